package org.onconlp.timeline;

import java.util.List;
import java.util.Map;

/**
 * One fact of a patient's timeline, merged over every document that reports it.
 *
 * @param kind diagnosis, stage, biomarker, treatment or event
 * @param key the normalised fact, e.g. {@code treatment|FOLFOX|chemotherapy|line=2}: two
 *     mentions with the same key are the same fact
 * @param label a short readable summary
 * @param date the date the entry is ordered by (ISO, possibly month or year only), or null
 * @param dateSource {@code fact} when the fact's own date was written, {@code document} when it
 *     is the date of the earliest reporting document
 * @param line line of therapy, 0 when none
 * @param attributes the fact's contract values (for a treatment, the statuses seen in document
 *     order under {@code statuses})
 * @param sources every mention of the fact, in input order
 */
public record TimelineEntry(
    String kind,
    String key,
    String label,
    String date,
    String dateSource,
    int line,
    Map<String, String> attributes,
    List<Provenance> sources) {}

package org.onconlp.io;

/**
 * One input report as read from a source, before any processing.
 *
 * @param id report identifier (contract {@code id}); never null for an accepted record
 * @param patientId pseudonymous patient identifier, or null when the source has none
 * @param type contract document type, or null when unknown
 * @param date ISO 8601 report date, or null when unknown
 * @param text the original report text
 * @param position where the record came from (file, line or row), for rejects and provenance
 */
public record Record(
    String id, String patientId, String type, String date, String text, String position)
    implements SourceItem {}

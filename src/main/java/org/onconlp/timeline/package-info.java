/**
 * Patient timelines: the ordered, merged sequence of diagnoses, stages, biomarker results,
 * treatment lines and events of each patient across documents, built after the per-document
 * pipeline from its contract JSON ({@link org.onconlp.timeline.Timelines}, {@link
 * org.onconlp.timeline.TimelineBuilder}), each entry linked to the documents and offsets it
 * comes from; the {@code onconlp timeline} command prints them.
 */
package org.onconlp.timeline;

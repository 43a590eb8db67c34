/**
 * PHI of system exports pasted into a report (delimited tables and KEY=value lines, HL7 v2
 * segments, DICOM header dumps), found by the names of their fields. CAS-free.
 *
 * <p>Entry point: {@link org.onconlp.deid.record.RecordExportFinder}, run by {@link
 * org.onconlp.deid.LexiconPhiAnnotator}.
 */
package org.onconlp.deid.record;

package org.onconlp.deid.record;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PhiSpan;

/**
 * Finds the PHI of structured records pasted into clinical text, by the names of their fields
 * rather than by the look of their values: delimited tables with a header row and KEY=value
 * lines ({@link DelimitedExports}), HL7 v2 segments ({@link Hl7Segments}) and DICOM header dumps
 * ({@link DicomHeaders}). CAS-free, immutable and thread-safe; the field names are data files
 * under {@code /org/onconlp/deid/} (export-fields.txt, hl7-fields.txt, dicom-attributes.txt).
 */
public final class RecordExportFinder {
  private final DelimitedExports delimited;
  private final Hl7Segments hl7;
  private final DicomHeaders dicom;

  /** A finder with the default field lists. */
  public RecordExportFinder() {
    ExportValues values = new ExportValues();
    this.delimited = new DelimitedExports(values);
    this.hl7 = new Hl7Segments(values);
    this.dicom = new DicomHeaders(values);
  }

  /**
   * Finds the PHI of the structured records in a text.
   *
   * @param text any text (empty, huge or garbage is fine)
   * @return spans in no particular order, possibly overlapping (the resolver arbitrates)
   */
  public List<PhiSpan> find(String text) {
    List<PhiSpan> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    if (text.indexOf('=') >= 0 || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0 || text.indexOf("\",\"") >= 0) {
      delimited.find(text, out);
    }
    if (text.indexOf('|') >= 0) {
      hl7.find(text, out);
    }
    if (text.indexOf("(00") >= 0) {
      dicom.find(text, out);
    }
    return out;
  }
}

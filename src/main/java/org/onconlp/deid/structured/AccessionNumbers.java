package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.regex.Pattern;

/**
 * Unlabelled identifiers with a shape of their own (ID): a pathology accession number after its
 * upper-case prefix ("AP 24-3318") and the human-readable line of a barcode ("*0043318*").
 */
final class AccessionNumbers {
  private final Pattern specimenSpaced;
  private final Pattern barcode;

  AccessionNumbers(PatternLibrary lib) {
    this.specimenSpaced = lib.compile("SPECIMEN_SPACED");
    this.barcode = lib.compile("BARCODE");
  }

  /**
   * "AP 24-3318": an accession number whose upper-case prefix of one to three letters stands
   * before the digits at {@code i}, a space apart; adds it and returns its end, or -1.
   */
  int specimenAt(StructuredScan s, int i) {
    if (i < 2 || !isSpace(s.text.charAt(i - 1))) {
      return -1;
    }
    int start = s.letterPrefixStart(i, 3, true);
    if (start < 0) {
      return -1;
    }
    int end = s.matchAt(specimenSpaced, start);
    if (end > i) {
      s.add(start, end, "ID");
    }
    return end;
  }

  /** "*0043318*": the human-readable line of a barcode; adds its content and returns its end. */
  int atBarcode(StructuredScan s, int i) {
    if (i + 1 >= s.n || !Character.isLetterOrDigit(s.text.charAt(i + 1))) {
      return i;
    }
    int end = s.matchAt(barcode, i);
    if (end < 0) {
      return i;
    }
    s.add(i + 1, end - 1, "ID");
    return end;
  }
}

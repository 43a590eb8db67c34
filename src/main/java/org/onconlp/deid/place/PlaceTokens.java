package org.onconlp.deid.place;

import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/** Token tests shared by the place finders behind {@link PlaceFinder}. */
final class PlaceTokens {
  /** Spaces between two words that make them separate columns or header fields. */
  static final int COLUMN_GAP = 3;

  private PlaceTokens() {}

  /** Index of the first token ending after {@code offset} (binary search). */
  static int firstTokenAt(PhiTokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True if token {@code k} is letters only: "HPV+" or "CH2" is a marker or a code, no acronym. */
  static boolean isAllLetters(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAllDigits(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isDigit(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPostalCode(PhiTokens t, int i) {
    // "40,05 Gy" is a dose.
    if (t.end[i] - t.begin[i] != 5 || !isAllDigits(t, i)) {
      return false;
    }
    int dept = (t.text.charAt(t.begin[i]) - '0') * 10 + (t.text.charAt(t.begin[i] + 1) - '0');
    return dept >= 1 && dept <= 98 && dept != 96;
  }

  /**
   * "971 59", "20 167": a postal code cut in two by OCR, two digit groups one space apart that
   * make five digits of a valid département, opening a line and followed by a capitalised word.
   */
  static boolean isSplitPostalCode(PhiTokens t, int i) {
    int n = i + 1;
    if (!t.lineBefore[i] || n + 1 >= t.size || t.lineBefore[n] || t.lineBefore[n + 1] || t.begin[n] - t.end[i] != 1
        || t.shape[n] != Shape.NUMBER || !isAllDigits(t, i) || !isAllDigits(t, n) || !t.capitalised(n + 1)) {
      return false;
    }
    int a = t.end[i] - t.begin[i];
    int b = t.end[n] - t.begin[n];
    if (a < 2 || b < 2 || a + b != 5) {
      return false;
    }
    int dept = (t.text.charAt(t.begin[i]) - '0') * 10 + (t.text.charAt(t.begin[i] + 1) - '0');
    return dept >= 1 && dept <= 98 && dept != 96;
  }

  /** True if token {@code k} is made of dots only (a leader between a label and its value). */
  static boolean isDots(PhiTokens t, int k) {
    if (k >= t.size) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (t.text.charAt(c) != '.' && t.text.charAt(c) != '…') {
        return false;
      }
    }
    return true;
  }

  /** True if a postal code follows token {@code k} on the same line. */
  static boolean postalCodeLater(PhiTokens t, int k) {
    for (int p = k + 1; p < t.size && !t.lineBefore[p]; p++) {
      if (t.shape[p] == Shape.NUMBER && isPostalCode(t, p)) {
        return true;
      }
    }
    return false;
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

/**
 * The numbers of a patient sticker line for {@link StructuredPhiFinder}: "DUBOIS Annie 12/05/1950
 * F 0041782 2400991". On a hospital label, the birth date and the sex letter are followed by the
 * patient's permanent number (IPP) and then the number of the stay (NDA); a plain run of digits
 * is otherwise no identifier, so only this layout counts: a full numeric date, one sex letter,
 * then one or two runs of six to twelve digits.
 */
final class StickerNumbers {
  private static final int MIN_DIGITS = 6;
  private static final int MAX_DIGITS = 12;

  /**
   * Adds the IPP (and the NDA after it) of a sticker line whose first number starts at {@code i}
   * and returns where they end, or -1 when {@code i} does not follow a date and a sex letter.
   */
  int addAt(StructuredScan s, int i) {
    String t = s.text;
    int firstEnd = runEnd(t, i);
    if (firstEnd < 0 || !afterDateAndSex(t, i)) {
      return -1;
    }
    s.add(i, firstEnd, "IPP");
    int p = firstEnd;
    while (p < s.n && isSpace(t.charAt(p)) && p - firstEnd < 4) {
      p++;
    }
    int secondEnd = p > firstEnd ? runEnd(t, p) : -1;
    if (secondEnd < 0) {
      return firstEnd;
    }
    s.add(p, secondEnd, "NDA");
    return secondEnd;
  }

  /** End of a run of six to twelve digits at {@code p} standing as a word, or -1. */
  private static int runEnd(String t, int p) {
    int e = p;
    while (e < t.length() && isAsciiDigit(t.charAt(e))) {
      e++;
    }
    int len = e - p;
    if (len < MIN_DIGITS || len > MAX_DIGITS) {
      return -1;
    }
    return e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '/') ? -1 : e;
  }

  /** True when " F " (M, H) and a full "dd/mm/yyyy" date stand right before {@code i}. */
  private static boolean afterDateAndSex(String t, int i) {
    int p = i - 1;
    int spaces = 0;
    while (p >= 0 && isSpace(t.charAt(p))) {
      p--;
      spaces++;
    }
    if (spaces == 0 || p < 11 || "MFH".indexOf(t.charAt(p)) < 0 || !isSpace(t.charAt(p - 1))) {
      return false;
    }
    p -= 2;
    while (p >= 0 && isSpace(t.charAt(p))) {
      p--;
    }
    int dateStart = p - 9;
    if (dateStart < 0) {
      return false;
    }
    return isAsciiDigit(t.charAt(dateStart)) && isAsciiDigit(t.charAt(dateStart + 1))
        && t.charAt(dateStart + 2) == '/' && isAsciiDigit(t.charAt(dateStart + 3))
        && isAsciiDigit(t.charAt(dateStart + 4)) && t.charAt(dateStart + 5) == '/'
        && isAsciiDigit(t.charAt(dateStart + 6)) && isAsciiDigit(t.charAt(dateStart + 9))
        && (dateStart == 0 || !isAsciiDigit(t.charAt(dateStart - 1)));
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

/**
 * Blocks of digit groups joined by single spaces that carry a social-security number (NIR) however
 * it was typed, for {@link DigitRuns}: letter-spaced as on a form with one box per digit ("2 8 4 0
 * 7 …"), oddly grouped ("29 241 876 532 98 90"), or mistyped with 13 or 14 digits or a wrong key,
 * which the strict NIR pattern rejects. A letter-spaced block may also hold the dates of the same
 * identity line glued to the number on either side ("1 4 2 3 … 5 3 0 9 0 1 1 9 8 7"): a date
 * before the number is a DATE, one after it the birth date (DATE_NAISSANCE); a letter-spaced block
 * of just one such date is a DATE. A block of 13 to 15 digits with the shape of a NIR (sex digit,
 * month 01–12 or a conventional 20–99) is SECU; a letter-spaced one without that shape is still an
 * identifier (ID). Rows of counts stay untouched: they rarely reach 13 digits with that shape.
 * Immutable and thread-safe.
 */
final class DigitBlocks {
  private static final int MAX_GROUPS = 32;
  private static final int DATE_DIGITS = 8;
  private static final int NIR_MIN = 13;
  private static final int NIR_MAX = 15;

  /**
   * The block of digit groups starting at the digit run at {@code i}: adds its values and returns
   * its end, or -1 when it carries none.
   */
  int addAt(StructuredScan s, int i) {
    String text = s.text;
    if (i > 0 && (isAsciiDigit(text.charAt(i - 1)) || isGlue(text, i - 1))) {
      return -1;
    }
    if (i > 1 && isSpace(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i - 2))) {
      // Inside a block already read and rejected as a whole: no tail of it is a block.
      return -1;
    }
    int[] starts = new int[MAX_GROUPS];
    int[] ends = new int[MAX_GROUPS];
    int groups = 0;
    int p = i;
    boolean single = groupEnd(text, i) == i + 1 && i + 2 < s.n && isSpace(text.charAt(i + 1))
        && groupEnd(text, i + 2) == i + 3;
    while (groups < MAX_GROUPS) {
      int e = groupEnd(text, p);
      if (e - p > 4 || (single && e - p > 1)) {
        // A letter-spaced block ends before the first longer group ("… 1 9 8 7 24 avenue").
        if (groups > 0 && single) {
          break;
        }
        return -1;
      }
      starts[groups] = p;
      ends[groups] = e;
      groups++;
      if (e + 1 < s.n && isSpace(text.charAt(e)) && isAsciiDigit(text.charAt(e + 1))) {
        p = e + 1;
      } else {
        break;
      }
    }
    if (groups < 3 || groups == MAX_GROUPS || continues(text, ends[groups - 1])) {
      return -1;
    }
    StringBuilder digits = new StringBuilder(groups * 2);
    for (int g = 0; g < groups; g++) {
      digits.append(text, starts[g], ends[g]);
    }
    return single ? addSpaced(s, digits, starts) : addGrouped(s, digits, starts, ends, groups);
  }

  /**
   * "29 241 876 532 98 90": a grouped block is SECU when it has the length and shape of a NIR and
   * the mixed groups of a typed number, one of three or four digits among them but not first; a row of values
   * has groups of one length ("150 180 210 250 300") or short ones ("9 10 11 12 13 14 15").
   */
  private static int addGrouped(StructuredScan s, CharSequence digits, int[] starts, int[] ends, int groups) {
    if (digits.length() < NIR_MIN || digits.length() > NIR_MAX || !nirShaped(digits, 0)) {
      return -1;
    }
    boolean longGroup = false;
    boolean mixed = false;
    for (int g = 0; g < groups; g++) {
      int length = ends[g] - starts[g];
      longGroup |= length >= 3;
      mixed |= length != ends[0] - starts[0];
    }
    // A NIR's sex digit opens it: a first group of four digits is another number's.
    if (!longGroup || !mixed || ends[0] - starts[0] > 3) {
      return -1;
    }
    int begin = starts[0];
    int end = ends[groups - 1];
    s.add(begin, end, "SECU");
    return end;
  }

  /**
   * A letter-spaced block: a NIR (13 to 15 digits) with a date glued before or after it, or one
   * date alone. {@code at[k]} is where digit {@code k} stands in the text.
   */
  private static int addSpaced(StructuredScan s, CharSequence digits, int[] at) {
    int n = digits.length();
    if (n == DATE_DIGITS) {
      if (!isDate(digits, 0)) {
        return -1;
      }
      s.add(at[0], at[n - 1] + 1, "DATE");
      return at[n - 1] + 1;
    }
    if (n < NIR_MIN || !varied(digits)) {
      // A row of scores or flags ("0 1 0 0 1 2 0 1 1 0 0 2 1") uses few digit values.
      return -1;
    }
    int from = 0;
    int to = n;
    if (n - DATE_DIGITS > NIR_MAX && isDate(digits, n - DATE_DIGITS)) {
      to = n - DATE_DIGITS;
    }
    if (to - from > NIR_MAX && isDate(digits, 0)) {
      from = DATE_DIGITS;
    }
    if (to - from > NIR_MAX || to - from < NIR_MIN) {
      s.add(at[0], at[n - 1] + 1, "ID");
      return at[n - 1] + 1;
    }
    if (from > 0) {
      s.add(at[0], at[from - 1] + 1, "DATE");
    }
    s.add(at[from], at[to - 1] + 1, nirShaped(digits, from) ? "SECU" : "ID");
    if (to < n) {
      s.add(at[to], at[n - 1] + 1, "DATE_NAISSANCE");
    }
    return at[n - 1] + 1;
  }

  /** At least five distinct digit values, as in any identifier of 13 digits or more. */
  private static boolean varied(CharSequence d) {
    int seen = 0;
    for (int k = 0; k < d.length(); k++) {
      seen |= 1 << (d.charAt(k) - '0');
    }
    return Integer.bitCount(seen) >= 5;
  }

  /** A sex digit (1, 2, 3, 4, 7, 8) and a month of INSEE's (01–12, or 20–99 when unknown). */
  private static boolean nirShaped(CharSequence d, int from) {
    char sex = d.charAt(from);
    if ("123478".indexOf(sex) < 0) {
      return false;
    }
    int month = twoDigits(d, from + 3);
    return (month >= 1 && month <= 12) || month >= 20;
  }

  /** Eight digits from {@code from} read as a day, a month and a year of 1900–2099. */
  private static boolean isDate(CharSequence d, int from) {
    int day = twoDigits(d, from);
    int month = twoDigits(d, from + 2);
    int century = twoDigits(d, from + 4);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (century == 19 || century == 20);
  }

  private static int groupEnd(String text, int p) {
    int e = p;
    while (e < text.length() && isAsciiDigit(text.charAt(e))) {
      e++;
    }
    return e;
  }

  private static int twoDigits(CharSequence d, int from) {
    return (d.charAt(from) - '0') * 10 + (d.charAt(from + 1) - '0');
  }

  /** A decimal mark or a unit glued to the block: part of a number or a code, not a block. */
  private static boolean continues(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return Character.isLetter(c)
        || ((c == ',' || c == '.' || c == '/' || c == '-')
            && end + 1 < text.length()
            && isAsciiDigit(text.charAt(end + 1)));
  }

  /** A letter, a decimal mark or a separator before the block ties it to a code or a number. */
  private static boolean isGlue(String text, int p) {
    char c = text.charAt(p);
    return Character.isLetter(c) || c == ',' || c == '.' || c == '/' || c == '-' || c == '+';
  }

}

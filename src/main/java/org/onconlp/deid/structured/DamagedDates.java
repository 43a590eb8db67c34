package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.regex.Pattern;

/**
 * Numeric dates damaged on their way into the text: letters OCR read for digits ("2S/O3/24",
 * "09/11/l948"), digits spaced out by OCR or typed in the boxes of a form ("2 7/O5/1 98 2",
 * "14 | 02 | 2024") and a day split by a stray space after a cue word ("le 1 2/12"). Each is
 * repaired in a copy and must then be a numeric date. Immutable and thread-safe.
 */
final class DamagedDates {
  private final Pattern dateNumeric;
  private final Pattern dateSpaced;
  private final Pattern dateDayMonthSplit;

  DamagedDates(PatternLibrary lib) {
    dateNumeric = lib.compile("DATE_NUMERIC");
    dateSpaced = lib.compile("DATE_SPACED");
    dateDayMonthSplit = lib.compile("DATE_DAY_MONTH_SPLIT");
  }

  /**
   * "le 1 2/12": a two-digit day split by a stray space after a cue word, whose joined day is a
   * day of the month (not "le 0 0/12", "le 3 5/12"); its end, or -1.
   */
  int splitDayMonthAt(StructuredScan s, int i) {
    int end = s.matchAt(dateDayMonthSplit, i);
    if (end < 0) {
      return -1;
    }
    int day = (s.text.charAt(i) - '0') * 10 + s.text.charAt(i + 2) - '0';
    return day >= 1 && day <= 31 ? end : -1;
  }

  /**
   * End of a letter-spaced date at {@code i} whose despaced text, with at most two OCR letters read
   * as digits ("2 7/O5/1 98 2"), three before a four-digit year, is a numeric date, or -1; a date
   * whose separators are spaced dashes needs a four-digit year ("10 - 12 - 14" is a list).
   */
  int spacedDateAt(StructuredScan s, int i) {
    int end = s.matchAt(dateSpaced, i);
    if (end < 0) {
      return -1;
    }
    StringBuilder compact = new StringBuilder(end - i);
    int letters = 0;
    for (int k = i; k < end; k++) {
      char c = s.text.charAt(k);
      char d = ocrDigit(c);
      letters += d != c ? 1 : 0;
      if (!isSpace(c)) {
        compact.append(d);
      }
    }
    if (compact.indexOf("|") >= 0 && !boxedDate(compact)) {
      return -1;
    }
    boolean fourDigitYear = yearLength(compact) == 4;
    if (compact.indexOf("-") >= 0 && !fourDigitYear) {
      return -1;
    }
    return letters <= (fourDigitYear ? 3 : 2) && dateNumeric.matcher(compact).matches() ? end : -1;
  }

  /**
   * "l2 - O3 - 2O24": a letter-spaced date opening on an OCR letter that opens its word (the
   * scan reaches it at the digit after the letter, {@code i}); its end (it starts at {@code i - 1}),
   * or -1 when there is none.
   */
  int letterOpenedSpacedDateAt(StructuredScan s, int i) {
    int start = i - 1;
    if (start < 0 || ocrDigit(s.text.charAt(start)) == s.text.charAt(start)
        || (start > 0 && Character.isLetterOrDigit(s.text.charAt(start - 1)))) {
      return -1;
    }
    return spacedDateAt(s, start);
  }

  /** Length of the last group of a despaced date ("2024" in "12-03-2024"). */
  private static int yearLength(CharSequence compact) {
    int k = compact.length();
    while (k > 0 && Character.isLetterOrDigit(compact.charAt(k - 1))) {
      k--;
    }
    return compact.length() - k;
  }

  /** "14|02|2024": between the boxes of a form both separators are bars and the year has four digits. */
  private static boolean boxedDate(CharSequence compact) {
    int first = -1;
    int second = -1;
    for (int k = 0; k < compact.length(); k++) {
      char c = compact.charAt(k);
      if (c == '/' || c == '.' || c == '|') {
        if (c != '|') {
          return false;
        }
        if (first < 0) {
          first = k;
        } else {
          second = k;
        }
      }
    }
    return second > first && compact.length() - second - 1 == 4;
  }

  /**
   * End of a numeric date read by OCR with a letter for a digit ("09/11/l948", "20/O2/2024",
   * "2S/O3/24": l or I for 1, O or o for 0, S for 5) at {@code i}, or -1: the token of digits,
   * those letters and date separators, with one or two such letters, must be a numeric date with
   * a four-digit year, or a two-digit one in the "dd/mm/yy" layout, once corrected (a code such
   * as "12/lO/ll" stays).
   */
  int ocrDateAt(StructuredScan s, int i) {
    String text = s.text;
    int e = i;
    int letters = 0;
    StringBuilder fixed = new StringBuilder(12);
    while (e < s.n && e - i <= 10) {
      char c = text.charAt(e);
      char d = ocrDigit(c);
      if (d != c) {
        letters++;
      } else if (!isAsciiDigit(c) && c != '/' && c != '.' && c != '-') {
        break;
      }
      fixed.append(d);
      e++;
    }
    // The sentence's full stop or a dash after the date is no part of it.
    while (fixed.length() > 0 && !Character.isLetterOrDigit(fixed.charAt(fixed.length() - 1))) {
      fixed.setLength(fixed.length() - 1);
      e--;
    }
    if (letters == 0 || letters > 2 || e - i < 8 || (e < s.n && Character.isLetterOrDigit(text.charAt(e)))) {
      return -1;
    }
    int lastSeparator =
        Math.max(fixed.lastIndexOf("/"), Math.max(fixed.lastIndexOf("."), fixed.lastIndexOf("-")));
    int yearLength = fixed.length() - lastSeparator - 1;
    boolean shortYear = yearLength == 2 && fixed.length() == 8 && fixed.indexOf("/") == 2;
    return (yearLength == 4 || shortYear) && dateNumeric.matcher(fixed).matches() ? e : -1;
  }

  /** The digit that OCR read as the letter {@code c} (l, I for 1; O, o for 0; S for 5), else {@code c}. */
  private static char ocrDigit(char c) {
    return switch (c) {
      case 'l', 'I' -> '1';
      case 'O', 'o' -> '0';
      case 'S' -> '5';
      default -> c;
    };
  }
}

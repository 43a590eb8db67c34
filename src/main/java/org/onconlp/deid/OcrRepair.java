package org.onconlp.deid;

/**
 * Undoes the letter-for-digit confusions of OCR in scanned letters ("Té1. : O5 36 49 4O 12",
 * "Mme B1anc", "46OOO CAH0RS") before the PHI finders read a text, so that their patterns and
 * lexicons see "05 36 49 40 12", "Blanc", "46000 CAHORS". Every change replaces one character by
 * one, so the offsets of the repaired text are those of the original and the spans found in it
 * apply to the original as they are.
 *
 * <p>A run of letters and digits is repaired when it is a number with confusable letters only
 * (O, o → 0; l, I → 1) or a word of at least four letters with one or two 0 or 1 inside it
 * (→ o, l; upper case among upper-case letters), or a zero opening a lower-case word ("0rléans" →
 * "Orléans"). Clinical codes keep their form: they mix other letters
 * and digits ("T2N0M0", "C3J1", "BRCA2"), end with their digit ("MLH1") or are short ("pT1a").
 * The text is left untouched unless it holds several repairs of three characters or more, the
 * mark of an OCR-damaged document rather than of one odd code ("sous O2"); only the numbers of a
 * date shape ({@link OcrDates}: "le O4/12", "2l juin", "juin 2O23") are repaired on their own.
 */
public final class OcrRepair {
  /** Fewer repairs than this in a text are taken as codes, not as OCR damage. */
  static final int MIN_REPAIRS = 3;

  private OcrRepair() {}

  /**
   * The text with its OCR confusions undone, or, when it shows fewer than {@link #MIN_REPAIRS} of
   * them, with only those of its dates undone (the same text when there are none).
   */
  public static String repaired(String text) {
    if (text == null) {
      return null;
    }
    char[] out = null;
    char[] datesOnly = null;
    int repairs = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (isDigitRun(text, i, end)) {
        // Nothing to undo; skipping it also keeps true dates from counting as repairs.
        i = end;
        continue;
      }
      String month = OcrDates.month(text, i, end);
      String fixed = month != null ? month : repairRun(text, i, end);
      boolean shaped =
          (isNumberRun(text, i, end) && (OcrDates.inDate(text, i, end) || inPhone(text, i, end)))
              || (OcrDates.isFiveRun(text, i, end) && OcrDates.inDate(text, i, end));
      if (fixed == null && shaped) {
        // "ll/O4": a day of confusable letters only, made a number by its date.
        fixed = asNumber(text, i, end);
      }
      if (fixed != null) {
        if (out == null) {
          out = text.toCharArray();
        }
        fixed.getChars(0, fixed.length(), out, i);
        // "sous O2": a two-character run is too common in clinical text to count as damage.
        repairs += end - i >= 3 ? 1 : 0;
        if (month != null || shaped) {
          if (datesOnly == null) {
            datesOnly = text.toCharArray();
          }
          fixed.getChars(0, fixed.length(), datesOnly, i);
        }
      }
      i = end;
    }
    if (repairs >= MIN_REPAIRS) {
      return new String(out);
    }
    return datesOnly != null ? new String(datesOnly) : text;
  }

  /**
   * True when the run {@code [begin, end)} is a group of a French phone number written in five
   * groups of two ("05 36 49 O2 61", "06.l2.34.56.78"): one separator throughout, a leading 0 and
   * at most two confusable letters in the whole number.
   */
  static boolean inPhone(String text, int begin, int end) {
    if (end - begin != 2) {
      return false;
    }
    int n = text.length();
    int from = begin;
    while (from >= 3 && isPhoneSeparator(text.charAt(from - 1)) && isGroup(text, from - 3)) {
      from -= 3;
    }
    if (from + 14 > n) {
      return false;
    }
    char separator = text.charAt(from + 2);
    int letters = 0;
    for (int g = 0; g < 5; g++) {
      int p = from + 3 * g;
      if (!isGroup(text, p) || (g < 4 && text.charAt(p + 2) != separator)) {
        return false;
      }
      letters += isAsciiDigit(text.charAt(p)) ? 0 : 1;
      letters += isAsciiDigit(text.charAt(p + 1)) ? 0 : 1;
    }
    boolean bounded =
        (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
            && (from + 14 == n || !Character.isLetterOrDigit(text.charAt(from + 14)));
    char lead = text.charAt(from);
    // "O1.42.15.93.30": the leading 0 may itself be read as a letter O.
    return bounded && (lead == '0' || lead == 'O' || lead == 'o') && letters <= 2 && begin < from + 14;
  }

  /** Two characters at {@code p}, digits or confusable letters, one of them a digit. */
  private static boolean isGroup(String text, int p) {
    return p >= 0
        && p + 2 <= text.length()
        && isNumberRun(text, p, p + 2)
        && (isAsciiDigit(text.charAt(p)) || isAsciiDigit(text.charAt(p + 1)));
  }

  private static boolean isPhoneSeparator(char c) {
    return c == ' ' || c == '.' || c == '\u00A0';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The run {@code [begin, end)} holds only digits and confusable letters. */
  private static boolean isDigitRun(String text, int begin, int end) {
    for (int k = begin; k < end; k++) {
      if (!(text.charAt(k) >= '0' && text.charAt(k) <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumberRun(String text, int begin, int end) {
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (!(c >= '0' && c <= '9') && c != 'O' && c != 'o' && c != 'l' && c != 'I') {
        return false;
      }
    }
    return true;
  }

  /** The repaired run {@code [begin, end)}, or null when it is no OCR confusion. */
  private static String repairRun(String text, int begin, int end) {
    int digits = 0;
    int confusableLetters = 0;
    int otherLetters = 0;
    int otherDigits = 0;
    int upper = 0;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
        otherDigits += c == '0' || c == '1' ? 0 : 1;
      } else if (c == 'O' || c == 'o' || c == 'l' || c == 'I') {
        confusableLetters++;
      } else {
        otherLetters++;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    if (digits > 0 && confusableLetters > 0 && otherLetters == 0) {
      return asNumber(text, begin, end);
    }
    int letters = confusableLetters + otherLetters;
    boolean inside =
        Character.isLetter(text.charAt(begin)) && Character.isLetter(text.charAt(end - 1));
    if (digits > 0 && otherDigits == 0 && digits <= 2 && letters >= 4 && inside) {
      return asWord(text, begin, end, upper == letters);
    }
    if (digits == 1 && text.charAt(begin) == '0' && letters >= 4 && upper == 0 && Character.isLetter(text.charAt(end - 1))) {
      // "CHR 0rléans": a capital O read as a zero opens a capitalised name.
      return "O" + text.substring(begin + 1, end);
    }
    return null;
  }

  private static String asNumber(String text, int begin, int end) {
    StringBuilder b = new StringBuilder(end - begin);
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      b.append(c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : c == 'S' ? '5' : c);
    }
    return b.toString();
  }

  private static String asWord(String text, int begin, int end, boolean upperCase) {
    StringBuilder b = new StringBuilder(end - begin);
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      char letter = c == '0' ? 'o' : c == '1' ? 'l' : c;
      b.append(upperCase && letter != c ? Character.toUpperCase(letter) : letter);
    }
    return b.toString();
  }
}

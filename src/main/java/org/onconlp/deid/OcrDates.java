package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.text.ResourceLines;

/**
 * The date shapes in which {@link OcrRepair} undoes a single letter-for-digit confusion even in a
 * text with no other OCR damage: a day and month with an optional year ("O4/12", "O3-O2-25",
 * "O3/O2"), a day before a month name ("2l juin") and a year after one ("juin 2O23", "déc.
 * 2O24"), and a month name with a digit for a letter beside a number ("ju1n 2O24"). In these
 * shapes the letters cannot be a word or a clinical code: every part of the date holds a true
 * digit and, once repaired, is a valid day, month or year ("sous O2 2-3 l/min" and "SpO2" stay
 * as they are).
 */
final class OcrDates {
  private static final String BASE = "/org/onconlp/deid/";
  /** Full and abbreviated French month names, lower case. */
  private static final Set<String> MONTHS = loadMonths();

  private OcrDates() {}

  private static Set<String> loadMonths() {
    List<String> months = new ArrayList<>(ResourceLines.load(BASE + "months.txt"));
    months.addAll(ResourceLines.load(BASE + "month-abbreviations.txt"));
    return Set.copyOf(months);
  }

  /**
   * True when the run {@code [begin, end)} of digits and confusable letters is part of a date
   * shape.
   */
  static boolean inDate(String text, int begin, int end) {
    return inNumericDate(text, begin, end)
        || dayBeforeMonth(text, begin, end)
        || yearAfterMonth(text, begin, end);
  }

  /** "O4/12", "O3-O2-25", "1O.O4.2024": the run is a part of a numeric date token. */
  private static boolean inNumericDate(String text, int begin, int end) {
    int n = text.length();
    int from = begin;
    while (from > 0 && isDatePart(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < n && isDatePart(text.charAt(to))) {
      to++;
    }
    while (to > from && isSeparator(text.charAt(to - 1))) {
      to--;
    }
    if ((from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))
        || (to < n && Character.isLetterOrDigit(text.charAt(to)))
        || from == to
        || isSeparator(text.charAt(from))) {
      return false;
    }
    List<String> parts = new ArrayList<>(3);
    List<Character> separators = new ArrayList<>(2);
    int start = from;
    for (int k = from; k <= to; k++) {
      if (k == to || isSeparator(text.charAt(k))) {
        if (k == start) {
          return false;
        }
        parts.add(text.substring(start, k));
        if (k < to) {
          separators.add(text.charAt(k));
        }
        start = k + 1;
      }
    }
    if (parts.size() == 2) {
      // A bare "O2-3" (oxygen, 2 to 3) or "l.5" is no date: two parts only with a slash, or with
      // a dot between two two-character parts ("l9.O4"). A day of letters only ("ll/O4") counts
      // when the month holds a true digit.
      // "le 22-O3", "du 1S/02": a dash between two two-character parts, or an S read for a 5,
      // only after a word that announces a day ("le", "du", "au", "depuis"...).
      boolean cued = dayCueBefore(text, from);
      String day = parts.get(0);
      String month = parts.get(1);
      if (day.indexOf('S') >= 0 || month.indexOf('S') >= 0) {
        if (!cued || !hasDigit(day) || !hasDigit(month)) {
          return false;
        }
        day = day.replace('S', '5');
        month = month.replace('S', '5');
      }
      char separator = separators.get(0);
      boolean twoByTwo = day.length() == 2 && month.length() == 2;
      boolean dayOk =
          validPart(day, 1, 31, 2) || (day.length() == 2 && validLetters(day, 1, 31));
      return (separator == '/' || (separator == '.' && twoByTwo) || (separator == '-' && twoByTwo && cued))
          && dayOk
          && validPart(month, 1, 12, 2)
          && (day.length() == 2 || month.length() == 2);
    }
    if (parts.size() == 3) {
      String year = parts.get(2);
      boolean yearOk =
          year.length() == 2
              ? validPart(year, 0, 99, 2)
              : year.length() == 4 && validPart(year, 1800, 2099, 4);
      return separators.get(0) == separators.get(1)
          && validPart(parts.get(0), 1, 31, 2)
          && validPart(parts.get(1), 1, 12, 2)
          && yearOk;
    }
    return false;
  }

  /** Words after which a short damaged day and month is read as a date. */
  private static final Set<String> DAY_CUES =
      Set.of("le", "du", "au", "depuis", "dès", "des", "jusqu'au", "jusqu’au", "date", "rdv", "avant",
          "après", "et");

  /** The word before {@code from} (spaces and a colon between) is one of {@link #DAY_CUES}. */
  private static boolean dayCueBefore(String text, int from) {
    int e = from;
    while (e > 0 && (isBlank(text.charAt(e - 1)) || text.charAt(e - 1) == ':')) {
      e--;
    }
    int b = e;
    while (b > 0 && e - b < 10 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '’')) {
      b--;
    }
    return e < from && b < e && DAY_CUES.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  private static boolean hasDigit(String part) {
    for (int k = 0; k < part.length(); k++) {
      if (part.charAt(k) >= '0' && part.charAt(k) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * "1S", "2S": a run of digits and confusable letters with an S read for a 5 and a true digit;
   * only a part of a cued numeric date ({@link #inDate}) makes it a number.
   */
  static boolean isFiveRun(String text, int begin, int end) {
    boolean five = false;
    boolean digit = false;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      five |= c == 'S';
      digit |= c >= '0' && c <= '9';
      if (!(c >= '0' && c <= '9') && "OolIS".indexOf(c) < 0) {
        return false;
      }
    }
    return five && digit && end - begin <= 2;
  }

  /** "2l juin": a day of one or two characters before a month name. */
  private static boolean dayBeforeMonth(String text, int begin, int end) {
    if (!validPart(text.substring(begin, end), 1, 31, 2)) {
      return false;
    }
    int p = end;
    if (p >= text.length() || !isBlank(text.charAt(p))) {
      return false;
    }
    while (p < text.length() && isBlank(text.charAt(p))) {
      p++;
    }
    int e = p;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > p && MONTHS.contains(text.substring(p, e).toLowerCase(Locale.ROOT));
  }

  /** "juin 2O23", "déc. 2O24": a four-character year after a month name. */
  private static boolean yearAfterMonth(String text, int begin, int end) {
    if (end - begin != 4 || !validPart(text.substring(begin, end), 1800, 2099, 4)) {
      return false;
    }
    int p = begin;
    if (p == 0 || !isBlank(text.charAt(p - 1))) {
      return false;
    }
    while (p > 0 && isBlank(text.charAt(p - 1))) {
      p--;
    }
    if (p > 0 && text.charAt(p - 1) == '.') {
      p--;
    }
    int e = p;
    while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    return e > p && MONTHS.contains(text.substring(p, e).toLowerCase(Locale.ROOT));
  }

  /**
   * "ju1n 2O24", "3 avr1l": the month name read with one or two digits for letters (1 for i or l,
   * 0 for o), when a number stands right before or after it; the repaired word, or null.
   */
  static String month(String text, int begin, int end) {
    if (end - begin < 3 || end - begin > 9) {
      return null;
    }
    int digits = 0;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      digits += c == '0' || c == '1' ? 1 : 0;
    }
    if (digits == 0 || digits > 2 || !(numberBefore(text, begin) || numberAfter(text, end))) {
      return null;
    }
    return monthOf(text.substring(begin, end).toCharArray(), 0);
  }

  private static String monthOf(char[] word, int from) {
    boolean upper = Character.isUpperCase(word[0]) && Character.isUpperCase(word[word.length - 1]);
    for (int k = from; k < word.length; k++) {
      char c = word[k];
      if (c == '0') {
        word[k] = upper ? 'O' : 'o';
        String found = monthOf(word, k + 1);
        word[k] = c;
        return found;
      }
      if (c == '1') {
        for (char letter : new char[] {'i', 'l'}) {
          word[k] = upper ? Character.toUpperCase(letter) : letter;
          String found = monthOf(word, k + 1);
          if (found != null) {
            word[k] = c;
            return found;
          }
        }
        word[k] = c;
        return null;
      }
      if (!Character.isLetter(c)) {
        return null;
      }
    }
    String candidate = new String(word);
    return MONTHS.contains(candidate.toLowerCase(Locale.ROOT)) ? candidate : null;
  }

  /** A day (digits, or confusable letters with a digit) ends at the blank before {@code i}. */
  private static boolean numberBefore(String text, int i) {
    int p = i;
    if (p == 0 || !isBlank(text.charAt(p - 1))) {
      return false;
    }
    while (p > 0 && isBlank(text.charAt(p - 1))) {
      p--;
    }
    int e = p;
    while (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
      p--;
    }
    return e > p && validPart(text.substring(p, e), 1, 31, 2);
  }

  /** A year of four characters (digits or confusable letters) follows the blank at {@code i}. */
  private static boolean numberAfter(String text, int i) {
    int p = i;
    if (p >= text.length() || !isBlank(text.charAt(p))) {
      return false;
    }
    while (p < text.length() && isBlank(text.charAt(p))) {
      p++;
    }
    int e = p;
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return e - p == 4 && validPart(text.substring(p, e), 1800, 2099, 4);
  }

  /**
   * A part of {@code 1..maxLength} characters, holding a true digit, whose repaired value lies in
   * {@code [min, max]}.
   */
  private static boolean validPart(String part, int min, int max, int maxLength) {
    if (part.isEmpty() || part.length() > maxLength) {
      return false;
    }
    int value = 0;
    boolean digit = false;
    for (int k = 0; k < part.length(); k++) {
      char c = part.charAt(k);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
        digit = true;
      } else if (c == 'O' || c == 'o') {
        d = 0;
      } else if (c == 'l' || c == 'I') {
        d = 1;
      } else {
        return false;
      }
      value = value * 10 + d;
    }
    return digit && value >= min && value <= max;
  }

  /** Two confusable letters only ("ll") whose value as digits lies in {@code [min, max]}. */
  private static boolean validLetters(String part, int min, int max) {
    int value = 0;
    for (int k = 0; k < part.length(); k++) {
      char c = part.charAt(k);
      if (c == 'l' || c == 'I') {
        value = value * 10 + 1;
      } else if (c == 'O' || c == 'o') {
        value = value * 10;
      } else {
        return false;
      }
    }
    return value >= min && value <= max;
  }

  private static boolean isDatePart(char c) {
    return (c >= '0' && c <= '9') || c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == 'S' || isSeparator(c);
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '-' || c == '.';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.Locale;

/**
 * Ages written without their unit, for {@link StructuredPhiFinder}: the age in brackets after a
 * birth date ("17 juillet 1933 (90)", under a "date de naissance (âge)" label) and the age with
 * the abbreviation "a" after a patient's name or sex ("CAMBOU Germaine ép. Rigal, 94a", "F  90a"),
 * and the value of an age field in a form or table ("| âge au décès : 93 |").
 * Only ages of 90 or more are PHI; the finder checks the value.
 */
final class ShortAges {
  /** Years an age in brackets may add to a birth year to reach the time of writing. */
  private static final int EARLIEST_WRITING_YEAR = 1990;
  private static final int LATEST_WRITING_YEAR = 2040;
  /** Longest age label before its colon, in characters ("âge au moment du diagnostic"). */
  private static final int MAX_AGE_LABEL = 32;

  private ShortAges() {}

  /**
   * True when the number {@code [i, runEnd)} stands alone in brackets right after a four-digit
   * year and the year plus the number is a plausible year of writing: "1933 (90)".
   */
  static boolean afterBirthYear(String text, int i, int runEnd) {
    if (i < 7 || runEnd >= text.length() || text.charAt(runEnd) != ')') {
      return false;
    }
    int p = i - 1;
    if (text.charAt(p) != '(') {
      return false;
    }
    p--;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    int yearEnd = p + 1;
    int yearStart = yearEnd - 4;
    if (yearStart < 0 || (yearStart > 0 && Character.isLetterOrDigit(text.charAt(yearStart - 1)))) {
      return false;
    }
    for (int k = yearStart; k < yearEnd; k++) {
      if (!isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    int year = Integer.parseInt(text, yearStart, yearEnd, 10);
    int age = Integer.parseInt(text, i, runEnd, 10);
    return year + age >= EARLIEST_WRITING_YEAR && year + age <= LATEST_WRITING_YEAR;
  }

  /**
   * True when the number {@code [i, runEnd)} is the whole value of a field labelled by an age,
   * in a form or a table cell: "| âge au décès : 93 |", "Age = 91", "âge à l'inclusion : 92".
   * The label opens its field (line start, a cell border, a semicolon or a wide gap).
   */
  static boolean afterAgeLabel(String text, int i, int runEnd) {
    int n = text.length();
    int q = runEnd;
    while (q < n && text.charAt(q) == ' ') {
      q++;
    }
    if (q < n && text.charAt(q) != '\n' && text.charAt(q) != '\r' && text.charAt(q) != '|' && text.charAt(q) != ';') {
      return false;
    }
    int p = i - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0 || (text.charAt(p) != ':' && text.charAt(p) != '=')) {
      return false;
    }
    int labelEnd = p;
    int start = labelEnd - 1;
    while (start >= 0 && labelEnd - start <= MAX_AGE_LABEL && !opensField(text, start)) {
      start--;
    }
    if (start >= 0 && !opensField(text, start)) {
      return false;
    }
    String label = text.substring(start + 1, labelEnd).strip().toLowerCase(Locale.ROOT);
    return label.startsWith("âge") || label.startsWith("age ") || label.equals("age");
  }

  /** True if the character at {@code p} ends the field before a label: a line break, a cell border, a semicolon or a wide gap. */
  private static boolean opensField(String text, int p) {
    char c = text.charAt(p);
    return c == '\n' || c == '\r' || c == '|' || c == ';' || c == '\t' || (c == ' ' && p > 0 && text.charAt(p - 1) == ' ');
  }

  /**
   * True when the number {@code [i, runEnd)} carries the abbreviation "a" of "ans", glued to it
   * or after one space and then closed by a stop, a comma or a bracket (not the verb: "93 a
   * été"), and follows a comma, a bracket or a sex mark of an identity row: ", 94a", "(92a)",
   * "(93 a.)", "Marie-Thérèse, 91 a, dossier", "DUPONT JEANNE  F  90a".
   */
  static boolean abbreviatedYears(String text, int i, int runEnd) {
    int n = text.length();
    int a = runEnd < n && text.charAt(runEnd) == ' ' ? runEnd + 1 : runEnd;
    if (i < 1 || a >= n || text.charAt(a) != 'a') {
      return false;
    }
    char after = a + 1 < n ? text.charAt(a + 1) : '\n';
    if (Character.isLetterOrDigit(after)
        || (a > runEnd && ".,;)\n\r".indexOf(after) < 0)) {
      return false;
    }
    char prev = text.charAt(i - 1);
    return prev == '(' || (prev == ' ' && i > 1 && text.charAt(i - 2) == ',') || afterSexMark(text, i);
  }

  /** "F  90a": a lone upper-case M, F or H, then spaces, right before {@code i}. */
  private static boolean afterSexMark(String text, int i) {
    int p = i - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p == i - 1 || p < 1 || "MFH".indexOf(text.charAt(p)) < 0) {
      return false;
    }
    return text.charAt(p - 1) == ' ';
  }
}

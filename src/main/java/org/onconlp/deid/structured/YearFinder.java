package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.regex.Pattern;

/**
 * Calendar years for {@link StructuredPhiFinder}: the year of an event ("en 2015", "(2018)") is a
 * DATE, as in corpora/GUIDELINES.md (a surrogate strategy shifts it with the patient's offset, so
 * the time course of a disease survives); spans of years ("2016-2020") and lifespans
 * ("(1921-1979)"), whose first year after a person's name is DATE_NAISSANCE.
 */
final class YearFinder {
  private final Pattern yearSpan;
  private final Pattern year;
  private final Pattern yearEvent;
  private final Pattern yearRange;

  YearFinder(PatternLibrary lib) {
    this.yearSpan = lib.compile("YEAR_SPAN");
    this.year = lib.compile("YEAR");
    this.yearEvent = lib.compile("YEAR_EVENT");
    this.yearRange = lib.compile("YEAR_RANGE");
  }

  /** A labelled year ("né en 1932"), or -1. */
  int yearAt(StructuredScan s, int from) {
    return s.matchAt(year, from);
  }

  /** The year of an event, not a number with its unit ("2000 mg"), or -1. */
  int eventYearAt(StructuredScan s, int i) {
    return s.matchAt(yearEvent, i);
  }

  /**
   * The years joined at the four-digit run at {@code i} followed by {@code next}: a span of
   * years ("2016-2020") or a lifespan in parentheses; adds them and returns their end, or -1.
   */
  int spanOrRangeAt(StructuredScan s, int i, char next) {
    if (next == '-') {
      int spanEnd = yearSpanAt(s, i);
      if (spanEnd > 0) {
        return spanEnd;
      }
    }
    if ((next == '-' || next == '–' || isSpace(next)) && i > 0) {
      return yearRangeAt(s, i);
    }
    return -1;
  }

  /**
   * "2016-2020 : surveillance": two calendar years joined by a hyphen, the second not earlier,
   * no quantity ("1900-2000 cGy") and no classification edition ("TNM 2017-2018"); a range in
   * parentheses is left to {@link #yearRangeAt}. Adds both years as dates and returns the end,
   * or -1.
   */
  private int yearSpanAt(StructuredScan s, int i) {
    String text = s.text;
    if (i > 0 && text.charAt(i - 1) == '(') {
      return -1;
    }
    int second = s.matchAt(yearSpan, i);
    if (second < 0 || text.substring(second, second + 4).compareTo(text.substring(i, i + 4)) < 0) {
      return -1;
    }
    int end = s.matchAt(yearEvent, second);
    if (end < 0) {
      return -1;
    }
    s.add(i, i + 4, "DATE");
    s.add(second, end, "DATE");
    return end;
  }

  /**
   * "(1921-1979)": a lifespan in parentheses. After a capitalised word inside its line or
   * sentence (a person: "Henri Morel (1943-2015)") the first year is the birth year, the second
   * a date; elsewhere ("Hormonothérapie (2015-2020)" opening its line) both are the years of an
   * event. A range whose second year comes first is left alone.
   */
  private int yearRangeAt(StructuredScan s, int i) {
    String text = s.text;
    if (text.charAt(i - 1) != '(') {
      return -1;
    }
    int end = s.matchAt(yearRange, i);
    if (end < 0) {
      return -1;
    }
    int second = end - 4;
    if (text.substring(second, end).compareTo(text.substring(i, i + 4)) < 0) {
      return -1;
    }
    s.add(i, i + 4, afterPersonName(text, i) ? "DATE_NAISSANCE" : "DATE");
    s.add(second, end, "DATE");
    return end;
  }

  /** A capitalised word stands before the '(' at {@code i - 1}, not opening its line or sentence. */
  private static boolean afterPersonName(String text, int i) {
    int p = i - 1;
    while (p > 0 && isSpace(text.charAt(p - 1))) {
      p--;
    }
    int w = p;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int q = w;
    while (q > 0 && isSpace(text.charAt(q - 1))) {
      q--;
    }
    boolean opensSentence = q == 0 || ".:\n\r".indexOf(text.charAt(q - 1)) >= 0;
    return w < p && Character.isUpperCase(text.charAt(w)) && !opensSentence;
  }
}

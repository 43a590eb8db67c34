package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.regex.Pattern;

/**
 * The values a label of labels.txt introduces, read by kind at a given offset: after the label
 * itself, in the further cells of its table row, under it in a stacked form, or in a typed table
 * column.
 */
final class LabelValues {
  /** What a label introduces, i.e. which pattern reads the value after it. */
  enum ValueKind {
    ID,
    NIR,
    PHONE,
    EXTENSION,
    DATE,
    YEAR,
    WEAK_ID,
    /** A block or specimen number with its block suffix. */
    SPECIMEN,
    /** A number of 8 to 13 digits in any grouping, or an identifier. */
    NUMBER,
    ZIP,
    /** An age of 90 or more, unit optional. */
    AGE,
    /** A code of any length with a digit ("N° de centre : 44"). */
    SHORT_ID
  }

  private final DateFinder dates;
  private final YearFinder years;
  private final NumberFinder numbers;
  private final Pattern idValue;
  private final Pattern spacedIdValue;
  private final Pattern weakIdValue;
  private final Pattern specimenValue;
  private final Pattern groupedNumber;
  private final Pattern zipValue;
  private final Pattern ageValue;
  private final Pattern shortIdValue;
  private final Pattern nirLoose;
  private final Pattern phoneLoose;
  private final Pattern phoneExtension;

  LabelValues(PatternLibrary lib, DateFinder dates, YearFinder years, NumberFinder numbers) {
    this.dates = dates;
    this.years = years;
    this.numbers = numbers;
    this.idValue = lib.compile("ID_VALUE");
    this.spacedIdValue = lib.compile("SPACED_ID_VALUE");
    this.weakIdValue = lib.compile("WEAK_ID_VALUE");
    this.specimenValue = lib.compile("SPECIMEN_VALUE");
    this.groupedNumber = lib.compile("GROUPED_NUMBER");
    this.zipValue = lib.compile("ZIP_VALUE");
    this.ageValue = lib.compile("AGE_VALUE");
    this.shortIdValue = lib.compile("SHORT_ID_VALUE");
    this.nirLoose = lib.compile("NIR_LOOSE");
    this.phoneLoose = lib.compile("PHONE_LOOSE");
    this.phoneExtension = lib.compile("PHONE_EXTENSION");
  }

  /** End of the value of the given kind starting exactly at {@code from}, or -1. */
  int valueAt(StructuredScan s, ValueKind kind, int from) {
    return switch (kind) {
      case ID -> idValues(s, from);
      case NIR -> s.matchAt(nirLoose, from);
      case PHONE -> Math.max(s.matchAt(phoneLoose, from), numbers.intlPhoneAt(s, from));
      case EXTENSION ->
          Math.max(
              s.matchAt(phoneExtension, from),
              Math.max(s.matchAt(phoneLoose, from), numbers.intlPhoneAt(s, from)));
      case WEAK_ID -> s.matchAt(weakIdValue, from);
      case SPECIMEN -> s.matchAt(specimenValue, from);
      case NUMBER -> Math.max(idValues(s, from), s.matchAt(groupedNumber, from));
      case ZIP -> s.matchAt(zipValue, from);
      case AGE -> s.matchAt(ageValue, from);
      case SHORT_ID -> s.matchAt(shortIdValue, from);
      case YEAR -> years.yearAt(s, from);
      case DATE -> dates.dateAt(s, from);
    };
  }

  /** "IPP/NDA : 8001234567 / 2300123456": one value, or two joined by a slash. */
  int idValues(StructuredScan s, int from) {
    int end = singleIdAt(s, from);
    int second = secondIdStart(s, end, false);
    return second > 0 ? s.matchAt(idValue, second) : end;
  }

  /** End of the one identifier (solid or letter-spaced) starting at {@code from}, or -1. */
  int singleIdAt(StructuredScan s, int from) {
    return Math.max(s.matchAt(idValue, from), s.matchAt(spacedIdValue, from));
  }

  /**
   * Start of a second identifier joined by a slash (or, when {@code dashToo}, by a dash between
   * spaces, "IPP / Venue : 870 119 402 - V24 031 887", or with a short letter prefix) to the one
   * ending at {@code end}, or -1.
   */
  int secondIdStart(StructuredScan s, int end, boolean dashToo) {
    if (end < 0) {
      return -1;
    }
    String text = s.text;
    int p = skipSpaces(s, end);
    // "IPP / Venue : 870 119 402 - V24 031 887": a spaced dash joins them too.
    boolean spacedDash = dashToo && p > end && p + 1 < s.n && text.charAt(p) == '-' && isSpace(text.charAt(p + 1));
    if (p >= s.n || (text.charAt(p) != '/' && !spacedDash)) {
      return -1;
    }
    p = skipSpaces(s, p + 1);
    return (s.matchAt(idValue, p) > p && !wordBeforeNumber(s, p)) || (dashToo && prefixedIdAt(s, p) > p) ? p : -1;
  }

  /** Start of a second identifier joined by a comma to the one ending at {@code end}, or -1. */
  int commaJoinedIdStart(StructuredScan s, int end) {
    if (end < 0 || end >= s.n || s.text.charAt(end) != ',') {
      return -1;
    }
    int p = skipSpaces(s, end + 1);
    return p > end + 1 && s.matchAt(idValue, p) > p && !wordBeforeNumber(s, p) ? p : -1;
  }

  /** "NDA 230045781": a word of letters and a space open the text at {@code p} (a label, no value). */
  private static boolean wordBeforeNumber(StructuredScan s, int p) {
    int q = p;
    while (q < s.n && Character.isLetter(s.text.charAt(q))) {
      q++;
    }
    return q > p && q < s.n && isSpace(s.text.charAt(q));
  }

  /**
   * End of a second identifier at {@code from}: one identifier, or a short upper-case prefix set
   * apart by a space before one ("contrat / adhésion : EMP-2025-004418 / CT 88120457").
   */
  int secondIdAt(StructuredScan s, int from) {
    return Math.max(singleIdAt(s, from), prefixedIdAt(s, from));
  }

  /** "CT 88120457": one to four upper-case letters, a space and an identifier; its end, or -1. */
  private int prefixedIdAt(StructuredScan s, int from) {
    String text = s.text;
    int p = from;
    while (p < s.n && p - from < 5 && text.charAt(p) >= 'A' && text.charAt(p) <= 'Z') {
      p++;
    }
    if (p == from || p - from > 4 || p + 1 >= s.n || text.charAt(p) != ' '
        || !isAsciiDigit(text.charAt(p + 1))) {
      return -1;
    }
    return singleIdAt(s, p + 1);
  }

  private static int skipSpaces(StructuredScan s, int p) {
    while (p < s.n && isSpace(s.text.charAt(p))) {
      p++;
    }
    return p;
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates (DATE) for {@link StructuredPhiFinder}: numeric, ISO, compact, textual, letter-spaced and
 * OCR-damaged dates at a digit run, short days and months after a cue word, and dates opened by a
 * word (a month, a weekday, a season, a holiday, a period word: "fin janvier", "mi-mars 2024").
 * Years are {@link YearFinder}'s.
 */
final class DateFinder {
  /** English ordinal suffixes glued to a day ("2nd March 2023"). */
  private static final Set<String> EN_ORDINALS = Set.of("st", "nd", "rd", "th");

  private final DateWords words;
  private final DayMonthCues cues;
  private final Pattern dateNumeric;
  private final Pattern dateIso;
  private final Pattern dateMonthYearNumeric;
  private final Pattern dateDayMonth;
  private final Pattern dateCompact;
  private final Pattern dateText;
  private final Pattern dateWeekday;
  private final Pattern dateMonthYear;
  private final Pattern dateDayAlone;
  private final Pattern dateMonthAlone;
  private final Pattern dateSeason;
  private final Pattern datePeriod;
  private final Pattern dateMonthAbbrAlone;
  private final Pattern dateHoliday;
  private final Pattern dateRegional;
  private final Pattern dateRfc;
  private final Pattern dateSpaceSeparated;
  private final Pattern dateDayMonthBare;
  private final Pattern dateDayMonthCued;
  private final Pattern dateRoman;
  private final Pattern dateDayRoman;
  private final Pattern dateInWords;
  private final Pattern afterSexMark;
  private final Pattern dateExport;
  private final Pattern dateUnknownDayMonth;
  /** Numeric dates damaged by OCR or by stray spaces. */
  private final DamagedDates damaged;
  /** The forms a labelled date may take, tried in turn by {@link #dateAt}. */
  private final Pattern[] labelledForms;

  /** Numeric dates damaged by OCR or by stray spaces, read by {@link DamagedDates}. */
  DamagedDates damaged() {
    return damaged;
  }

  DateFinder(PatternLibrary lib, DateWords words, DayMonthCues cues) {
    this.words = words;
    this.cues = cues;
    dateNumeric = lib.compile("DATE_NUMERIC");
    dateIso = lib.compile("DATE_ISO");
    dateMonthYearNumeric = lib.compile("DATE_MONTH_YEAR_NUMERIC");
    dateDayMonth = lib.compile("DATE_DAY_MONTH");
    dateCompact = lib.compile("DATE_COMPACT");
    dateText = lib.compile("DATE_TEXT");
    dateWeekday = lib.compile("DATE_WEEKDAY");
    dateMonthYear = lib.compile("DATE_MONTH_YEAR");
    dateDayAlone = lib.compile("DATE_DAY_ALONE");
    dateMonthAlone = lib.compile("DATE_MONTH_ALONE");
    dateSeason = lib.compile("DATE_SEASON");
    datePeriod = lib.compile("DATE_PERIOD");
    dateMonthAbbrAlone = lib.compile("DATE_MONTH_ABBR_ALONE");
    dateHoliday = lib.compile("DATE_HOLIDAY");
    dateRegional = lib.compile("DATE_REGIONAL");
    dateRfc = lib.compile("DATE_RFC");
    dateSpaceSeparated = lib.compile("DATE_SPACE_SEPARATED");
    dateDayMonthBare = lib.compile("DATE_DAY_MONTH_BARE");
    dateDayMonthCued = lib.compile("DATE_DAY_MONTH_CUED");
    dateRoman = lib.compile("DATE_ROMAN");
    dateDayRoman = lib.compile("DATE_DAY_ROMAN");
    dateInWords = lib.compile("DATE_IN_WORDS");
    afterSexMark = lib.compile("AFTER_SEX_MARK");
    dateExport = lib.compile("DATE_EXPORT");
    dateUnknownDayMonth = lib.compile("DATE_UNKNOWN_DAY_MONTH");
    damaged = new DamagedDates(lib);
    labelledForms =
        new Pattern[] {
          dateNumeric, dateIso, dateText, dateWeekday, dateMonthYear, dateMonthYearNumeric,
          dateCompact, dateRfc, dateRoman, lib.compile("DATE_COMPACT_VALUE"), dateExport,
          dateUnknownDayMonth
        };
  }

  /** "20240312": an eight-digit date, or -1. */
  int compactAt(StructuredScan s, int i) {
    return s.matchAt(dateCompact, i);
  }

  /**
   * "PRELEVE LE 12 11 2024": a space-separated date after a cue word; or, without a cue, one that
   * fills a cell of a table or a form on its own ("| 15 05 2024 |", "OUI  06 12 2023", "décès :
   * 03 03 2024"): after a bar, a colon, a line start or a column gap, and before a bar, a column
   * gap or the line end. In prose ("série 12 11 2024 mesures") it stays numbers; or -1.
   */
  int spaceSeparatedAt(StructuredScan s, int i) {
    int end = s.matchAt(dateSpaceSeparated, i);
    if (end < 0 || cues.cueWordBefore(s, i)) {
      return end;
    }
    return opensCell(s.text, i) && closesCell(s.text, end) ? end : -1;
  }

  private static boolean opensCell(String t, int i) {
    int p = i;
    while (p > 0 && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '\t')) {
      p--;
    }
    char before = p == 0 ? '\n' : t.charAt(p - 1);
    return before == '\n' || before == '|' || before == ':' || i - p >= 2 || t.charAt(i - 1) == '\t';
  }

  private static boolean closesCell(String t, int end) {
    int q = end;
    while (q < t.length() && (t.charAt(q) == ' ' || t.charAt(q) == '\t')) {
      q++;
    }
    return q == t.length() || t.charAt(q) == '\n' || t.charAt(q) == '\r' || t.charAt(q) == '|'
        || q - end >= 2;
  }

  /**
   * The dates of a digit run followed by a date separator ('/', '.', '-', '|'): full dates
   * first, then (only where no full date starts, their look-behinds being the costly part) OCR
   * dates, dates with a Roman month ("25.IV.2024"), days and months, bare "dd/mm" without a count word before, cued days and months, and
   * a bare "dd/mm" after a cue and one count word ("dernière cure 10/10.").
   */
  void offerAfterSeparator(StructuredScan s, int i, int runLength, char next, LongestMatch best) {
    best.offer(s.matchAt(dateNumeric, i), "DATE");
    if (runLength == 4) {
      best.offer(s.matchAt(dateIso, i), "DATE");
    }
    if (runLength == 2) {
      best.offer(s.matchAt(dateMonthYearNumeric, i), "DATE");
    }
    if (best.none()) {
      best.offer(damaged.ocrDateAt(s, i), "DATE");
    }
    if (best.none() && runLength <= 2 && (next == '-' || next == '/') && i + runLength + 1 < s.n
        && Character.isUpperCase(s.text.charAt(i + runLength + 1))) {
      best.offer(s.matchAt(dateExport, i), "DATE");
    }
    if (best.none() && runLength <= 2 && next != '|') {
      best.offer(s.matchAt(dateRoman, i), "DATE");
      if (best.none() && next == '/') {
        best.offer(s.matchAt(dateDayRoman, i), "DATE");
      }
    }
    if (best.none() && runLength <= 2) {
      best.offer(s.matchAt(dateDayMonth, i), "DATE");
    }
    if (best.none() && runLength == 2 && (next == '/' || next == '.')) {
      // "- 17.03 : transfert": a bulleted line may open with a dotted day and month.
      int end = s.matchAt(dateDayMonthBare, i);
      if (end > best.end() && !cues.afterGuard(s.text, i)) {
        best.offer(end, "DATE");
      }
    }
    if (best.none() && runLength <= 2) {
      best.offer(cuedDayMonthAt(s, i), "DATE");
    }
    if (best.none() && runLength == 2 && next == '/' && cues.pastGuardCueBefore(s, i)) {
      best.offer(s.matchAt(dateDayMonthBare, i), "DATE");
    }
  }

  /**
   * The dates of a short number before a word: "12 mars" (the month alternation is the costliest
   * pattern: only tried before a month name), "26 Feb 2024", regional month names.
   */
  void offerBeforeWord(StructuredScan s, int i, int runLength, String nextWord, LongestMatch best) {
    if (runLength > 2) {
      return;
    }
    if (words.months.contains(nextWord)) {
      best.offer(s.matchAt(dateText, i), "DATE");
    }
    if (nextWord.length() == 3 && Character.isLetter(s.text.charAt(i + runLength))) {
      // "26FEB2024": an export's day glued to its month and year.
      best.offer(s.matchAt(dateExport, i), "DATE");
    }
    if (DateWords.EN_MONTHS.contains(nextWord)
        || words.regionalMonths.contains(nextWord)
        || nextWord.equals("di")
        || nextWord.equals("d")
        || nextWord.equals("de")
        || EN_ORDINALS.contains(nextWord)) {
      best.offer(Math.max(s.matchAt(dateRfc, i), s.matchAt(dateRegional, i)), "DATE");
    }
  }

  /**
   * True when the full date {@code [i, end)} follows the sex letter of an identity line after a
   * capitalised name ("NOM Prénom – F – 05/05/1949"): a birth date. After a lower-case word the
   * letter is a title ("Bilan de M - 12/03/2024").
   */
  boolean afterSexMark(StructuredScan s, int i, int end) {
    if (end - i < 8 || i == 0 || s.matchAt(afterSexMark, i) < 0) {
      return false;
    }
    String text = s.text;
    int p = i - 1;
    while (p > 0 && !isSexLetter(text.charAt(p))) {
      p--;
    }
    p--;
    while (p >= 0 && (isSpace(text.charAt(p)) || ",|–-".indexOf(text.charAt(p)) >= 0)) {
      p--;
    }
    int wordEnd = p + 1;
    while (p >= 0 && (Character.isLetter(text.charAt(p)) || "'’-".indexOf(text.charAt(p)) >= 0)) {
      p--;
    }
    return wordEnd > p + 1 && Character.isUpperCase(text.charAt(p + 1));
  }

  private static boolean isSexLetter(char c) {
    return c == 'M' || c == 'F' || c == 'H';
  }

  /** "le 12", "les 3, 5 et 7": a day written alone after a little word, or -1. */
  int dayAloneAt(StructuredScan s, int i) {
    return DayMonthCues.afterDayCue(s.text, i) ? s.matchAt(dateDayAlone, i) : -1;
  }

  /**
   * A short day and month ("9/2", "21-2", "28.01", "12-3-24", "06/23") when one of the two words
   * before it on its line is a cue of day-month-cues.txt ("rcp uro 4/10") and no count or score
   * word of day-month-guards.txt stands between ("tdm ganglions 3/12").
   */
  private int cuedDayMonthAt(StructuredScan s, int i) {
    return cues.cueWordBefore(s, i) ? s.matchAt(dateDayMonthCued, i) : -1;
  }

  /**
   * The date opened by the lower-case word {@code word} at {@code i}: a date in words, a period
   * word, a holiday,
   * an e-mail header's weekday or English month ("June 6, 2024"), a month, a season or a
   * weekday; its end, or -1.
   */
  int wordDateAt(StructuredScan s, int i, int j, String word) {
    int end = -1;
    if (DateWords.DAY_WORDS.contains(word)) {
      end = s.matchAt(dateInWords, i);
    } else if (DateWords.PERIOD_WORDS.contains(word)) {
      end = s.matchAt(datePeriod, i);
    } else if (words.holidayWords.contains(word)) {
      end = s.matchAt(dateHoliday, i);
    } else if ((DateWords.EN_WEEKDAYS.contains(word) && j + 1 < s.n
            && (s.text.charAt(j) == ',' || isAsciiDigit(s.text.charAt(j + 1))))
        || DateWords.EN_MONTHS.contains(word)) {
      end = s.matchAt(dateRfc, i);
    }
    if (DateWords.UNKNOWN_PARTS.contains(word)) {
      // "UNK-MAR-1958", "UNK/UNK/1958": an export's date whose day is unknown.
      end = Math.max(s.matchAt(dateExport, i), s.matchAt(dateUnknownDayMonth, i));
    }
    if (end <= i && word.equals("sept")) {
      // "Sept 01,2026": the English abbreviation shares its spelling with the number seven.
      end = s.matchAt(dateRfc, i);
    }
    if (end > i) {
      return end;
    }
    if (words.months.contains(word)) {
      end = s.matchAt(dateMonthYear, i);
      if (end < 0) {
        end = s.matchAt(words.monthsFull.contains(word) ? dateMonthAlone : dateMonthAbbrAlone, i);
      }
    } else if (words.seasons.contains(word)) {
      end = s.matchAt(dateSeason, i);
    } else if (words.weekdays.contains(word)) {
      end = s.matchAt(dateWeekday, i);
    }
    return end;
  }

  /** The longest date of any form starting exactly at {@code from}, or -1. */
  int dateAt(StructuredScan s, int from) {
    int best = -1;
    for (Pattern p : labelledForms) {
      best = Math.max(best, s.matchAt(p, from));
    }
    best = Math.max(best, s.matchAt(dateSpaceSeparated, from));
    if (from < s.n && isAsciiDigit(s.text.charAt(from))) {
      best = Math.max(best, damaged.ocrDateAt(s, from));
    }
    return Math.max(best, damaged.spacedDateAt(s, from));
  }
}

package org.onconlp.deid;

import static org.onconlp.deid.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.StructuredScan.isSpace;

import java.util.regex.Pattern;

/**
 * Dates (DATE) for {@link StructuredPhiFinder}: numeric, ISO, compact, textual, letter-spaced and
 * OCR-damaged dates at a digit run, short days and months after a cue word, and dates opened by a
 * word (a month, a weekday, a season, a holiday, a period word: "fin janvier", "mi-mars 2024").
 * Years are {@link YearFinder}'s.
 */
final class DateFinder {
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
  private final Pattern dateSpaced;
  private final Pattern dateSpaceSeparated;
  private final Pattern dateDayMonthBare;
  private final Pattern dateDayMonthCued;
  private final Pattern dateDayMonthSplit;
  private final Pattern dateRoman;
  private final Pattern dateDayRoman;
  private final Pattern dateInWords;
  private final Pattern afterSexMark;
  /** The forms a labelled date may take, tried in turn by {@link #dateAt}. */
  private final Pattern[] labelledForms;

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
    dateSpaced = lib.compile("DATE_SPACED");
    dateSpaceSeparated = lib.compile("DATE_SPACE_SEPARATED");
    dateDayMonthBare = lib.compile("DATE_DAY_MONTH_BARE");
    dateDayMonthCued = lib.compile("DATE_DAY_MONTH_CUED");
    dateDayMonthSplit = lib.compile("DATE_DAY_MONTH_SPLIT");
    dateRoman = lib.compile("DATE_ROMAN");
    dateDayRoman = lib.compile("DATE_DAY_ROMAN");
    dateInWords = lib.compile("DATE_IN_WORDS");
    afterSexMark = lib.compile("AFTER_SEX_MARK");
    labelledForms =
        new Pattern[] {
          dateNumeric, dateIso, dateText, dateWeekday, dateMonthYear, dateMonthYearNumeric,
          dateCompact, dateRfc, dateRoman, lib.compile("DATE_COMPACT_VALUE")
        };
  }

  /** "20240312": an eight-digit date, or -1. */
  int compactAt(StructuredScan s, int i) {
    return s.matchAt(dateCompact, i);
  }

  /** "PRELEVE LE 12 11 2024": a space-separated date after a cue word, or -1. */
  int cuedSpaceSeparatedAt(StructuredScan s, int i) {
    return cues.cueWordBefore(s, i) ? s.matchAt(dateSpaceSeparated, i) : -1;
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
      best.offer(ocrDateAt(s, i), "DATE");
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
    if (best.none() && runLength == 2 && next == '/') {
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
    if (DateWords.EN_MONTHS.contains(nextWord)
        || words.regionalMonths.contains(nextWord)
        || nextWord.equals("di")
        || nextWord.equals("d")) {
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
      best = Math.max(best, ocrDateAt(s, from));
    }
    return Math.max(best, spacedDateAt(s, from));
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
   * as digits ("2 7/O5/1 98 2"), is a numeric date, or -1.
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
    return letters <= 2 && dateNumeric.matcher(compact).matches() ? end : -1;
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

package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onconlp.text.ResourceLines;

/**
 * The calendar words of {@link StructuredPhiFinder}'s dates (months, weekdays, seasons, holidays,
 * regional month names; data files under {@code /org/onconlp/deid/}): the word sets that trigger a
 * date pattern and the alternations the date patterns of patterns.txt refer to.
 */
final class DateWords {
  private static final String BASE = "/org/onconlp/deid/";
  /** Words of a period kept inside the date that follows them ("fin janvier", "mi-mars"). */
  static final Set<String> PERIOD_WORDS = Set.of("début", "debut", "fin", "mi", "courant");
  /**
   * Number words that may open a date written in words ("le vingt-six mai deux mille
   * vingt-cinq", "premier juin"); DATE_IN_WORDS of patterns.txt checks that a month follows.
   */
  static final Set<String> DAY_WORDS =
      Set.of(
          "premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente");
  /**
   * English weekdays opening an e-mail header date ("Mon, 26 Feb 2024", "Thursday, June 6,
   * 2024").
   */
  static final Set<String> EN_WEEKDAYS =
      Set.of(
          "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday");
  /** English months of an e-mail header date ("26 Feb 2024", "June 6, 2024"). */
  static final Set<String> EN_MONTHS =
      Set.of(
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december");

  /** How an export writes an unknown day or month ("UNK-MAR-1958", "XX/XX/1960"). */
  static final Set<String> UNKNOWN_PARTS = Set.of("unk", "uk", "nk", "xx");

  /** Full and abbreviated month names. */
  final Set<String> months;
  /** Full month names only: these alone may be a date. */
  final Set<String> monthsFull;
  /** Full and abbreviated weekday names. */
  final Set<String> weekdays;
  final Set<String> seasons;
  /** Folded first words of the holidays (holidays.txt). */
  final Set<String> holidayWords;
  final Set<String> regionalMonths;
  private final Map<String, String> alternations;

  DateWords() {
    List<String> monthFullList = ResourceLines.load(BASE + "months.txt");
    List<String> monthAbbrList = ResourceLines.load(BASE + "month-abbreviations.txt");
    List<String> weekdayFullList = ResourceLines.load(BASE + "weekdays.txt");
    List<String> weekdayAbbrList = ResourceLines.load(BASE + "weekday-abbreviations.txt");
    List<String> seasonList = ResourceLines.load(BASE + "seasons.txt");
    List<String> holidayList = ResourceLines.load(BASE + "holidays.txt");
    List<String> regionalMonthList = ResourceLines.load(BASE + "regional-months.txt");
    List<String> monthList = new ArrayList<>(monthFullList);
    monthList.addAll(monthAbbrList);
    List<String> weekdayList = new ArrayList<>(weekdayFullList);
    weekdayList.addAll(weekdayAbbrList);
    this.months = Set.copyOf(monthList);
    this.monthsFull = Set.copyOf(monthFullList);
    this.weekdays = Set.copyOf(weekdayList);
    this.seasons = Set.copyOf(seasonList);
    this.holidayWords =
        holidayList.stream().map(DateWords::firstWord).collect(Collectors.toUnmodifiableSet());
    this.regionalMonths = Set.copyOf(regionalMonthList);
    this.alternations =
        Map.of(
            "MONTH_NAME", PatternLibrary.alternation(monthList),
            "MONTH_FULL", PatternLibrary.alternation(monthFullList),
            "MONTH_ABBR", PatternLibrary.alternation(monthAbbrList),
            "WEEKDAY_NAME", PatternLibrary.alternation(weekdayFullList),
            "WEEKDAY_ABBR", PatternLibrary.alternation(weekdayAbbrList),
            "SEASON_NAME", PatternLibrary.alternation(seasonList),
            "HOLIDAY_NAME", PatternLibrary.alternation(holidayList),
            "REGIONAL_MONTH", PatternLibrary.alternation(regionalMonthList));
  }

  /** The generated fragments of patterns.txt ({MONTH_NAME}, {HOLIDAY_NAME}…). */
  Map<String, String> alternations() {
    return alternations;
  }

  /** Every word that may open a date. */
  List<String> triggers() {
    List<String> triggers = new ArrayList<>(months);
    triggers.addAll(weekdays);
    triggers.addAll(seasons);
    triggers.addAll(PERIOD_WORDS);
    triggers.addAll(DAY_WORDS);
    triggers.addAll(holidayWords);
    triggers.addAll(EN_WEEKDAYS);
    triggers.addAll(EN_MONTHS);
    triggers.addAll(UNKNOWN_PARTS);
    return triggers;
  }

  /** The lower-case first word of a phrase ("saint" for "Saint-Sylvestre"). */
  private static String firstWord(String phrase) {
    int i = 0;
    while (i < phrase.length() && Character.isLetter(phrase.charAt(i))) {
      i++;
    }
    return phrase.substring(0, i).toLowerCase(Locale.ROOT);
  }
}

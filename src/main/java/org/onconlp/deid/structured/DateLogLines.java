package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Days and months opening the lines of logs, schedules and event lists for
 * {@link StructuredPhiFinder}: "19/08  sortie d'aplasie", "  24/06   cisplatine hebdo S4",
 * "16.09  réactivation CMV", "14/3 17:05 > IDEC". A bare "dd/mm" is usually a count or a score,
 * so one such line alone counts only when a time follows its day and month; otherwise the line
 * must belong to a run of at least two lines opened by a day and month (at most two other lines
 * between them) whose dates go forward in time, as a log's do (a year may turn once). A run of
 * scores ("10/10", "8/10", "6/10") does not go forward and stays.
 */
final class DateLogLines {
  /** Lines of other text allowed between two dated lines of one run. */
  private static final int MAX_GAP = 2;
  private static final int MIN_RUN = 2;

  private final Pattern lineDate;
  private final Pattern lineTime;

  DateLogLines(PatternLibrary lib) {
    lineDate = lib.compile("LOG_LINE_DATE");
    lineTime = lib.compile("LOG_LINE_TIME");
  }

  /** A day and month opening a line: its span, its value and whether a time follows it. */
  private record Entry(int begin, int end, int ordinal, boolean timed) {}

  /** Adds the days and months opening the lines of the scanned text that are log dates. */
  void addDates(StructuredScan s) {
    String text = s.text;
    List<Entry> run = new ArrayList<>();
    int gap = 0;
    int p = 0;
    while (p < s.n) {
      int lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0) {
        lineEnd = s.n;
      }
      Entry entry = entryAt(s, p, lineEnd);
      if (entry != null) {
        run.add(entry);
        gap = 0;
      } else if (++gap > MAX_GAP && !run.isEmpty()) {
        flush(s, run);
      }
      p = lineEnd + 1;
    }
    flush(s, run);
  }

  /** The day and month opening the line {@code [p, lineEnd)}, or null. */
  private Entry entryAt(StructuredScan s, int p, int lineEnd) {
    String text = s.text;
    int q = p;
    while (q < lineEnd && q - p <= 8 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
      q++;
    }
    if (q >= lineEnd || !(isAsciiDigit(text.charAt(q)) || Character.isLetter(text.charAt(q)))) {
      return null;
    }
    int end = s.matchAt(lineDate, p);
    if (end < 0) {
      return null;
    }
    int separator = end - 1;
    while (isAsciiDigit(text.charAt(separator))) {
      separator--;
    }
    int begin = separator - 1;
    while (begin > p && isAsciiDigit(text.charAt(begin - 1))) {
      begin--;
    }
    int day = Integer.parseInt(text, begin, separator, 10);
    int month = Integer.parseInt(text, separator + 1, end, 10);
    return new Entry(begin, end, month * 32 + day, s.matchAt(lineTime, end) > end);
  }

  /** Adds the dates of a finished run and empties it. */
  private static void flush(StructuredScan s, List<Entry> run) {
    boolean chronological = run.size() >= MIN_RUN && goesForward(run);
    for (Entry e : run) {
      if (chronological || e.timed()) {
        s.add(e.begin(), e.end(), "DATE");
      }
    }
    run.clear();
  }

  /** The dates never go back, but for one turn of the year, and are not all the same day. */
  private static boolean goesForward(List<Entry> run) {
    int turns = 0;
    boolean moves = false;
    for (int k = 1; k < run.size(); k++) {
      int before = run.get(k - 1).ordinal();
      int now = run.get(k).ordinal();
      moves |= now != before;
      // A new year starts in an earlier month; an earlier day of the same month goes back.
      if (now < before && (now / 32 == before / 32 || ++turns > 1)) {
        return false;
      }
    }
    return moves;
  }
}

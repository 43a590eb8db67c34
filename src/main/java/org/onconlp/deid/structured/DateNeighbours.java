package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;

/**
 * Short dates that only read as dates beside other dates, for {@link StructuredPhiFinder}: a
 * date lends its shape to its neighbours. Runs after the scan, from the DATE spans found so far:
 *
 * <ul>
 *   <li>a list, a range or a comparison: a short date joined to a found date by a comma, a dash,
 *       an arrow, "et", "vs", "puis", "au"… ("S4 20mar, S5 25/06/1992", "(03/06 vs 15/04)", "les
 *       18, 20, 22 et 24/02", "du 18 au 29/03/2020", "de jan à fév 2007", "1995-juillet 1998");
 *   <li>a numbered series: when a found date follows a counter ("S1 30/04/1990", "Phase 1 -",
 *       "Entretien 1 (24/04"), the short dates after the other counters of the same word are dates
 *       too ("S8 12 / 05", "Phase 4 - 03feb", "Entretien 3 (15/5)");
 *   <li>a month and two-digit year whose year is one of the document's years ("1998 … 02/98");
 *   <li>the quarter before a year ("Campagne : T1 2024").
 * </ul>
 *
 * A short date after a count or score word of day-month-guards.txt ("ganglions 3/12", "EVA
 * 8/10") stays, as does a number followed by its unit. Each accepted date is an anchor in turn, so
 * a chain is followed to its end; the work is bounded by the number of dates found.
 */
final class DateNeighbours {
  /** Longest text looked at to the left of a date for a neighbour and its joiner. */
  private static final int LEFT_WINDOW = 24;
  /** Most counter words collected per document (a numbered series has one or two). */
  private static final int MAX_KEYS = 8;

  private final DayMonthCues cues;
  private final Pattern shortRight;
  private final Pattern joinRight;
  private final Pattern left;
  private final Pattern counter;

  DateNeighbours(PatternLibrary lib, DayMonthCues cues) {
    this.cues = cues;
    shortRight = lib.compile("NEIGHBOUR_SHORT");
    joinRight = lib.compile("NEIGHBOUR_JOIN_RIGHT");
    left = lib.compile("NEIGHBOUR_LEFT");
    counter = lib.compile("NEIGHBOUR_COUNTER");
  }

  /** Adds the neighbours of the DATE spans found so far in the scan. */
  void addDates(StructuredScan s) {
    Deque<int[]> anchors = new ArrayDeque<>();
    Set<String> keys = new HashSet<>();
    Set<String> years = new HashSet<>();
    List<PhiSpan> quarters = new ArrayList<>();
    for (PhiSpan p : s.found) {
      if (p.category().equals("DATE")) {
        yearOf(s.text, p, years);
        if (!bareYear(s.text, p)) {
          anchors.add(new int[] {p.begin(), p.end()});
        } else if (quarterBefore(s.text, p.begin())) {
          quarters.add(new PhiSpan(p.begin() - 3, p.end(), "DATE"));
        }
      }
    }
    s.found.addAll(quarters);
    if (anchors.isEmpty() && years.isEmpty()) {
      return;
    }
    Set<Integer> seen = new HashSet<>();
    for (int[] a : anchors) {
      seen.add(a[0]);
      String key = counterKey(s.text, a[0]);
      if (key != null && keys.size() < MAX_KEYS) {
        keys.add(key);
      }
    }
    for (String key : keys) {
      addSeries(s, key, anchors, seen);
    }
    if (!years.isEmpty()) {
      addMonthYears(s, years, anchors, seen);
    }
    while (!anchors.isEmpty()) {
      int[] a = anchors.poll();
      int q = s.matchAt(joinRight, a[1]);
      if (q > a[1] && !s.text.substring(a[1], q).contains("\n")) {
        add(s, q, s.matchAt(shortRight, q), anchors, seen);
      }
      addLeft(s, a[0], anchors, seen);
    }
  }

  /** The neighbour ending, with its joiner, right before the date at {@code begin}. */
  private void addLeft(StructuredScan s, int begin, Deque<int[]> anchors, Set<Integer> seen) {
    String t = s.text;
    for (int p = Math.max(0, begin - LEFT_WINDOW); p < begin; p++) {
      if (t.charAt(p) == '\n') {
        continue;
      }
      int end = s.matchAt(left, p);
      if (end < 0 || end > begin || t.substring(p, begin).indexOf('\n') >= 0
          || !joinedAt(t, end, begin)) {
        continue;
      }
      if (end - p <= 2 && !dayListBefore(t, p)) {
        continue;
      }
      add(s, p, end, anchors, seen);
      return;
    }
  }

  /** True when only a joiner lies between {@code end} and {@code begin}. */
  private static boolean joinedAt(String t, int end, int begin) {
    String between = t.substring(end, begin).strip().toLowerCase(Locale.ROOT);
    return switch (between) {
      case ",", ";", "-", "–", "->", "→", "et", "ou", "vs", "vs.", "versus", "au", "à" -> true;
      default -> false;
    };
  }

  /**
   * True when the day alone at {@code p} opens or continues a list of days: "les 18", "du 18",
   * "18, 20" (a number and a comma before it).
   */
  private static boolean dayListBefore(String t, int p) {
    int q = p;
    while (q > 0 && t.charAt(q - 1) == ' ') {
      q--;
    }
    if (q > 0 && t.charAt(q - 1) == ',') {
      int r = q - 1;
      while (r > 0 && t.charAt(r - 1) == ' ') {
        r--;
      }
      return r > 0 && isAsciiDigit(t.charAt(r - 1));
    }
    int w = q;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    if (w > 0 && Character.isLetterOrDigit(t.charAt(w - 1))) {
      return false;
    }
    String word = t.substring(w, q).toLowerCase(Locale.ROOT);
    return switch (word) {
      case "le", "les", "du", "des", "entre", "dès" -> true;
      default -> false;
    };
  }

  /** The short dates after the other counters of {@code key} ("S8 12 / 05" after "S1 30/04/1990"). */
  private void addSeries(StructuredScan s, String key, Deque<int[]> anchors, Set<Integer> seen) {
    String t = s.text;
    for (int k = t.indexOf(key); k >= 0; k = t.indexOf(key, k + key.length())) {
      if (k > 0 && Character.isLetterOrDigit(t.charAt(k - 1))) {
        continue;
      }
      int q = s.matchAt(counter, k + key.length());
      if (q > 0) {
        add(s, q, s.matchAt(shortRight, q), anchors, seen);
      }
    }
  }

  /** "02/98" when 1998 is one of the document's years; two-digit months only. */
  private void addMonthYears(
      StructuredScan s, Set<String> years, Deque<int[]> anchors, Set<Integer> seen) {
    String t = s.text;
    for (int k = t.indexOf('/'); k >= 0; k = t.indexOf('/', k + 1)) {
      if (k < 2 || k + 3 > s.n || !isAsciiDigit(t.charAt(k - 2)) || !isAsciiDigit(t.charAt(k - 1))
          || !isAsciiDigit(t.charAt(k + 1)) || !isAsciiDigit(t.charAt(k + 2))
          || !years.contains(t.substring(k + 1, k + 3))) {
        continue;
      }
      int month = Integer.parseInt(t, k - 2, k, 10);
      if (month >= 1 && month <= 12) {
        add(s, k - 2, s.matchAt(shortRight, k - 2), anchors, seen);
      }
    }
  }

  /** Adds {@code [begin, end)} as a DATE and as a new anchor unless guarded or already found. */
  private void add(StructuredScan s, int begin, int end, Deque<int[]> anchors, Set<Integer> seen) {
    if (end <= begin || !seen.add(begin) || cues.afterGuard(s.text, begin)) {
      return;
    }
    s.add(begin, end, "DATE");
    anchors.add(new int[] {begin, end});
  }

  /**
   * "T1 2024", "Q3 2023": the quarter of a campaign or a data lot before its year (the gold marks
   * the whole period); a TNM category is never followed by a calendar year.
   */
  private static boolean quarterBefore(String t, int begin) {
    if (begin < 3 || t.charAt(begin - 1) != ' ') {
      return false;
    }
    char letter = t.charAt(begin - 3);
    char digit = t.charAt(begin - 2);
    return (letter == 'T' || letter == 'Q') && digit >= '1' && digit <= '4'
        && (begin == 3 || !Character.isLetterOrDigit(t.charAt(begin - 4)));
  }

  /** A year alone ("2019"): too common beside counts to lend its shape. */
  private static boolean bareYear(String t, PhiSpan p) {
    if (p.end() - p.begin() != 4) {
      return false;
    }
    for (int k = p.begin(); k < p.end(); k++) {
      if (!isAsciiDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The two last digits of the year a DATE ends with ("1998", "12/03/2024"), if any. */
  private static void yearOf(String t, PhiSpan p, Set<String> years) {
    int e = p.end();
    if (e - p.begin() >= 4 && e >= 4
        && (t.startsWith("19", e - 4) || t.startsWith("20", e - 4))
        && isAsciiDigit(t.charAt(e - 2)) && isAsciiDigit(t.charAt(e - 1))
        && (e - 5 < 0 || !isAsciiDigit(t.charAt(e - 5)))) {
      years.add(t.substring(e - 2, e));
    }
  }

  /**
   * The word of the counter right before a date ("S" in "S1 30/04/1990", "Phase" in "Phase 1 -
   * 09/03/2014", "Entretien" in "Entretien 1 (24/04"), or null.
   */
  private static String counterKey(String t, int begin) {
    int p = begin;
    while (p > 0 && " (-:–".indexOf(t.charAt(p - 1)) >= 0 && begin - p < 4) {
      p--;
    }
    int digitsEnd = p;
    while (p > 0 && isAsciiDigit(t.charAt(p - 1)) && digitsEnd - p < 2) {
      p--;
    }
    if (p == digitsEnd || p > 0 && isAsciiDigit(t.charAt(p - 1))) {
      return null;
    }
    if (p > 0 && t.charAt(p - 1) == ' ') {
      p--;
    }
    int wordEnd = p;
    while (p > 0 && Character.isLetter(t.charAt(p - 1)) && wordEnd - p < 12) {
      p--;
    }
    if (p == wordEnd || p > 0 && Character.isLetterOrDigit(t.charAt(p - 1))) {
      return null;
    }
    return t.substring(p, wordEnd);
  }
}

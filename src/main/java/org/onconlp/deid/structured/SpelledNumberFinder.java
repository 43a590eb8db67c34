package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.structured.SpelledNumbers.Kind;
import org.onconlp.deid.structured.SpelledNumbers.Reading;
import org.onconlp.text.ResourceLines;

/**
 * PHI written as numbers in words, as in dictated reports: dates with a spelled day or year
 * ("quatorze février mille neuf cent soixante-trois", "septembre deux mille vingt-trois", "du
 * deux au neuf octobre"), birth dates after "né le", ages of 90 or more ("quatre-vingt-treize
 * ans"), phone numbers ("zéro deux soixante et un …", ten digits), and, only behind a cue of
 * spelled-number-cues.txt, social-security numbers, postal codes, identifiers ("examen numéro
 * vingt-quatre H zéro zéro huit cent cinquante-six") and house numbers before a street type.
 * Without a cue a spelled number is clinical ("trois centimètres", "grade deux") and stays.
 * CAS-free, immutable and thread-safe.
 */
final class SpelledNumberFinder {
  private static final String BASE = "/org/onconlp/deid/";
  private static final Set<String> HOUSE_SUFFIX = Set.of("bis", "ter", "quater");
  /** Words that end a street name read after a spelled house number. */
  private static final Set<String> STREET_END = Set.of("a", "virgule", "point", "et", "avec");
  private static final int STREET_NAME_WORDS = 4;

  private final SpelledNumbers numbers = new SpelledNumbers();
  private final SpelledNumberCues cues = new SpelledNumberCues();
  private final Set<String> months = new HashSet<>();
  private final Set<String> streetTypes = new HashSet<>();

  SpelledNumberFinder() {
    for (String m : ResourceLines.load(BASE + "months.txt")) {
      months.add(SpelledNumbers.fold(m));
    }
    for (String t : ResourceLines.load(BASE + "street-types.txt")) {
      streetTypes.add(SpelledNumbers.fold(t));
    }
  }

  /** Adds the spelled-number PHI of the scanned text to its findings. */
  void addValues(StructuredScan s) {
    s.found.addAll(find(s.text));
  }

  /** The spelled-number PHI of a text, possibly overlapping (the resolver arbitrates). */
  List<PhiSpan> find(String text) {
    List<PhiSpan> out = new ArrayList<>();
    SpelledWords w = SpelledWords.of(text);
    int k = 0;
    while (k < w.size) {
      int next = k + 1;
      if (months.contains(w.folded[k])) {
        next = Math.max(next, dateAtMonth(w, k, out));
      } else if (numbers.kind(w.folded[k]) != null && !continuesNumber(w, k)) {
        next = Math.max(next, numberRunAt(w, k, out));
      }
      k = next;
    }
    return out;
  }

  /** True when word {@code k} is inside a number begun before it. */
  private boolean continuesNumber(SpelledWords w, int k) {
    return w.joined[k] && numbers.kind(w.folded[k - 1]) != null;
  }

  /**
   * A date around the month at {@code m}: a spelled day before it ("premier", "trente et un") and
   * a spelled year after it ("mil neuf cent trente et un"; two digits only after a birth cue).
   * Adds it when a part is spelled (a date in digits is the date finder's); returns the next word.
   */
  private int dateAtMonth(SpelledWords w, int m, List<PhiSpan> out) {
    int dayStart = spelledDayStart(w, m);
    int start = dayStart >= 0 ? dayStart : digitDayStart(w, m);
    boolean birth = cues.before(w, "DATE_NAISSANCE", start >= 0 ? start : m);
    int end = m + 1;
    Reading year = m + 1 < w.size && w.joined[m + 1] ? numbers.read(w, m + 1) : null;
    boolean spelledYear =
        year != null
            && ((year.multiplied() && year.value() >= 1900 && year.value() <= 2099)
                || (birth && start >= 0 && !year.multiplied() && year.value() >= 10 && year.value() <= 99));
    if (spelledYear) {
      end = year.end();
    }
    if (dayStart < 0 && !spelledYear) {
      return m + 1;
    }
    out.add(new PhiSpan(w.begin[start >= 0 ? start : m], w.end[end - 1], birth ? "DATE_NAISSANCE" : "DATE"));
    return end;
  }

  /** Start of a spelled day of the month (1 to 31, "premier") ending right before {@code m}, or -1. */
  private int spelledDayStart(SpelledWords w, int m) {
    if (!w.joined[m]) {
      return -1;
    }
    if (numbers.kind(w.folded[m - 1]) == Kind.ORDINAL) {
      return m - 1;
    }
    for (int st = Math.max(0, m - 4); st < m; st++) {
      Reading r = numbers.read(w, st);
      if (r != null && r.end() == m && r.value() >= 1 && r.value() <= 31 && !continuesNumber(w, st)) {
        return st;
      }
    }
    return -1;
  }

  /** Start of a day in digits before {@code m} ("12 mars", "1er mars"), or -1. */
  private static int digitDayStart(SpelledWords w, int m) {
    int d = m - 1;
    if (d > 0 && w.folded[d].equals("er") && w.begin[d] == w.end[d - 1]) {
      d--;
    }
    if (d < 0 || d == m - 1 && !w.joined[m] || !StructuredScan.isAsciiDigit(w.text.charAt(w.begin[d]))) {
      return -1;
    }
    int len = w.end[d] - w.begin[d];
    return len <= 2 && Integer.parseInt(w.folded[d]) >= 1 && Integer.parseInt(w.folded[d]) <= 31 ? d : -1;
  }

  /** The PHI of the run of spelled numbers starting at {@code k}; returns the next word. */
  private int numberRunAt(SpelledWords w, int k, List<PhiSpan> out) {
    List<Reading> groups = new ArrayList<>();
    Reading r = numbers.read(w, k);
    while (r != null) {
      groups.add(r);
      r = r.end() < w.size && w.joined[r.end()] ? numbers.read(w, r.end()) : null;
    }
    if (groups.isEmpty()) {
      return k + 1;
    }
    int runEnd = groups.get(groups.size() - 1).end();
    Reading first = groups.get(0);
    int end;
    if (first.value() == 0 && (end = groupsEndAtDigits(groups, 10)) > 0 && !digitsOf(groups).startsWith("00")) {
      out.add(span(w, k, end, "TEL"));
      return end;
    }
    if (cues.before(w, "SECU", k) && isNirStart(groups)
        && ((end = groupsEndAtDigits(groups, 15)) > 0 || (end = groupsEndAtDigits(groups, 13)) > 0)) {
      out.add(span(w, k, end, "SECU"));
      return end;
    }
    if (cues.before(w, "ZIP", k) && (end = groupsEndAtDigits(groups, 5)) > 0) {
      out.add(span(w, k, end, "ZIP"));
      return end;
    }
    if (first.value() >= 90 && first.value() <= 120 && cues.around(w, "AGE", k, first.end())) {
      out.add(span(w, k, first.end(), "AGE"));
      return first.end();
    }
    if (first.multiplied() && first.value() >= 1900 && first.value() <= 2099 && cues.before(w, "DATE", k)) {
      out.add(span(w, k, first.end(), "DATE"));
      return first.end();
    }
    if ((end = identifierEnd(w, k, out)) > 0) {
      return end;
    }
    if ((end = houseNumber(w, k, first, out)) > 0) {
      return end;
    }
    dayOfRange(w, k, first, out);
    return runEnd;
  }

  /**
   * "examen numéro vingt-quatre H zéro zéro huit cent cinquante-six": spelled digit groups and
   * capital letters after an IPP, NDA or ID cue, with five digits or more (four with a letter).
   * Adds it and returns its end, or -1.
   */
  private int identifierEnd(SpelledWords w, int k, List<PhiSpan> out) {
    String category =
        cues.before(w, "IPP", k) ? "IPP" : cues.before(w, "NDA", k) ? "NDA" : cues.before(w, "ID", k) ? "ID" : null;
    if (category == null) {
      return -1;
    }
    int digits = 0;
    boolean letter = false;
    int p = k;
    int end = k;
    while (p < w.size && (p == k || w.joined[p])) {
      Reading r = numbers.read(w, p);
      if (r != null) {
        digits += Integer.toString(r.value()).length();
        p = r.end();
        end = p;
      } else if (p > k && w.end[p] - w.begin[p] <= 2 && w.isUpper(p)) {
        letter = true;
        p++;
      } else {
        break;
      }
    }
    if (digits < 5 && !(letter && digits >= 4)) {
      return -1;
    }
    out.add(span(w, k, end, category));
    return end;
  }

  /**
   * "au sept bis hent ar menez", "au numéro douze chemin de Haltzia": a spelled house number,
   * after an address cue or with a suffix, then a street type and up to four words of its name.
   * Adds the address and returns its end, or -1.
   */
  private int houseNumber(SpelledWords w, int k, Reading number, List<PhiSpan> out) {
    int p = number.end();
    boolean suffix = p < w.size && w.joined[p] && HOUSE_SUFFIX.contains(w.folded[p]);
    if (suffix) {
      p++;
    }
    boolean single = number.end() == k + 1 && number.value() == 1;
    if (single || p >= w.size || !streetTypes.contains(w.folded[p]) || !(suffix || cues.before(w, "ADRESSE", k))) {
      return -1;
    }
    int start = k > 0 && w.folded[k - 1].equals("numero") ? k - 1 : k;
    int end = p + 1;
    while (end < w.size && end - p <= STREET_NAME_WORDS && sameClause(w, end) && !STREET_END.contains(w.folded[end])) {
      end++;
    }
    out.add(span(w, start, end, "ADRESSE"));
    return end;
  }

  /** True when only spaces stand between word {@code k} and the one before it. */
  private static boolean sameClause(SpelledWords w, int k) {
    for (int p = w.end[k - 1]; p < w.begin[k]; p++) {
      char c = w.text.charAt(p);
      if (!StructuredScan.isSpace(c) && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** "du deux au neuf octobre": the first day of a range whose second day is before a month. */
  private void dayOfRange(SpelledWords w, int k, Reading day, List<PhiSpan> out) {
    int au = day.end();
    if (k == 0 || !w.folded[k - 1].equals("du") || day.value() < 1 || day.value() > 31
        || au + 2 >= w.size || !w.folded[au].equals("au")) {
      return;
    }
    int p = au + 1;
    Reading second = numbers.read(w, p);
    if (second != null) {
      p = second.end();
    } else if (numbers.kind(w.folded[p]) == Kind.ORDINAL || StructuredScan.isAsciiDigit(w.text.charAt(w.begin[p]))) {
      p++;
    } else {
      return;
    }
    if (p < w.size && months.contains(w.folded[p])) {
      out.add(span(w, k, day.end(), "DATE"));
    }
  }

  /** Word index after the groups whose digits make exactly {@code count} digits, or -1. */
  private static int groupsEndAtDigits(List<Reading> groups, int count) {
    int digits = 0;
    for (Reading g : groups) {
      digits += Integer.toString(g.value()).length();
      if (digits == count) {
        return g.end();
      }
      if (digits > count) {
        return -1;
      }
    }
    return -1;
  }

  private static String digitsOf(List<Reading> groups) {
    StringBuilder sb = new StringBuilder();
    for (Reading g : groups) {
      sb.append(g.value());
    }
    return sb.toString();
  }

  /** A social-security number opens with the sex digit 1 or 2 (7, 8 for provisional numbers). */
  private static boolean isNirStart(List<Reading> groups) {
    char c = digitsOf(groups).charAt(0);
    return c == '1' || c == '2' || c == '7' || c == '8';
  }

  private static PhiSpan span(SpelledWords w, int from, int to, String category) {
    return new PhiSpan(w.begin[from], w.end[to - 1], category);
  }
}

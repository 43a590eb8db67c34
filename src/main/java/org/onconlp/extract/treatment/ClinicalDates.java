package org.onconlp.extract.treatment;

import java.util.Map;
import java.util.Set;

/**
 * Reads a date written in French at a word position and returns it in ISO 8601, as precise as
 * written: {@code 12/03/2021}, {@code 12.03.21}, {@code 2021-03-12} → {@code 2021-03-12};
 * {@code 03/2021}, {@code mars 2021} → {@code 2021-03}; {@code 12 mars 2021}, {@code 1er mars
 * 2021} → {@code 2021-03-12}; a year alone after "en", "depuis", "de", "du", "au" or "jusqu'en"
 * → {@code 2021}. Masked dates ({@code [DATE]}) and impossible dates give nothing. Words are
 * folded ({@link Words}); dates may be shifted by de-identification and are read as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClinicalDates {
  /** A date found at a position: its ISO form and the number of words it covers. */
  public record Found(String iso, int length) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("fevrier", 2),
          Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("mars", 3), Map.entry("avril", 4),
          Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
          Map.entry("juil", 7), Map.entry("aout", 8), Map.entry("septembre", 9),
          Map.entry("sept", 9), Map.entry("octobre", 10), Map.entry("oct", 10),
          Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12),
          Map.entry("dec", 12));

  private static final Set<String> YEAR_INTRODUCERS =
      Set.of("en", "depuis", "de", "du", "au", "jusqu'en", "des", "fin", "debut", "mi");

  private ClinicalDates() {}

  /**
   * The date starting at word {@code i}, or null.
   *
   * @param w words
   * @param i position
   * @param limit exclusive limit of the words to read
   */
  public static Found at(Words w, int i, int limit) {
    String t = w.norm(i);
    if (t.isEmpty()) {
      return null;
    }
    char c = t.charAt(0);
    if (c >= '0' && c <= '9') {
      String numeric = numeric(t);
      if (numeric != null) {
        return new Found(numeric, 1);
      }
      // "12 mars 2021", "1er mars 2021"
      String dayText = t.endsWith("er") ? t.substring(0, t.length() - 2) : t;
      Integer day = number(dayText, 1, 2);
      if (day != null && i + 2 < limit && MONTHS.containsKey(w.norm(i + 1))) {
        Integer year = year(w.norm(i + 2));
        if (year != null && day >= 1 && day <= 31) {
          return new Found(iso(year, MONTHS.get(w.norm(i + 1)), day), 3);
        }
      }
      Integer year = t.length() == 4 ? year(t) : null;
      if (year != null && i > 0 && YEAR_INTRODUCERS.contains(w.norm(i - 1))) {
        return new Found(Integer.toString(year), 1);
      }
      return null;
    }
    Integer month = MONTHS.get(t);
    if (month != null && i + 1 < limit) {
      Integer year = year(w.norm(i + 1));
      if (year != null) {
        return new Found(iso(year, month, 0), 2);
      }
    }
    return null;
  }

  /** dd/mm/yyyy, dd/mm/yy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, mm/yyyy; else null. */
  static String numeric(String t) {
    char sep = 0;
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (ch == '/' || ch == '-' || ch == '.') {
        if (sep != 0 && ch != sep) {
          return null;
        }
        sep = ch;
      } else if (ch < '0' || ch > '9') {
        return null;
      }
    }
    if (sep == 0) {
      return null;
    }
    String[] parts = t.split(sep == '.' ? "\\." : String.valueOf(sep), -1);
    if (parts.length == 3 && parts[0].length() == 4) {
      Integer y = year(parts[0]);
      Integer m = number(parts[1], 1, 2);
      Integer d = number(parts[2], 1, 2);
      return y != null && valid(m, d) ? iso(y, m, d) : null;
    }
    if (parts.length == 3) {
      Integer d = number(parts[0], 1, 2);
      Integer m = number(parts[1], 1, 2);
      Integer y = parts[2].length() == 2 ? number(parts[2], 2, 2) : year(parts[2]);
      if (y != null && parts[2].length() == 2) {
        // Two-digit years: clinical reports are about this century or the end of the last one.
        y += y > 50 ? 1900 : 2000;
      }
      return y != null && valid(m, d) ? iso(y, m, d) : null;
    }
    if (parts.length == 2 && sep == '/' && parts[1].length() == 4) {
      Integer m = number(parts[0], 1, 2);
      Integer y = year(parts[1]);
      return y != null && m != null && m >= 1 && m <= 12 ? iso(y, m, 0) : null;
    }
    return null;
  }

  private static boolean valid(Integer m, Integer d) {
    return m != null && d != null && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }

  private static Integer year(String t) {
    Integer y = number(t, 4, 4);
    return y != null && y >= 1900 && y <= 2099 ? y : null;
  }

  private static Integer number(String t, int minDigits, int maxDigits) {
    if (t.length() < minDigits || t.length() > maxDigits) {
      return null;
    }
    int v = 0;
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (ch < '0' || ch > '9') {
        return null;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  private static String iso(int year, int month, int day) {
    StringBuilder sb = new StringBuilder(10).append(year).append('-');
    if (month < 10) {
      sb.append('0');
    }
    sb.append(month);
    if (day > 0) {
      sb.append('-');
      if (day < 10) {
        sb.append('0');
      }
      sb.append(day);
    }
    return sb.toString();
  }
}

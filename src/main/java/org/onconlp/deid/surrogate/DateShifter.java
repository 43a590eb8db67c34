package org.onconlp.deid.surrogate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts a written French date by a number of days and writes it back in the same format:
 * "2 janvier 2006" stays "&lt;day&gt; &lt;month&gt; &lt;year&gt;", "12/03/2021" stays dd/MM/yyyy
 * (zero padding, separators and two-digit years kept), "mars 2021" stays month and year (the
 * middle of the month is shifted), a year alone is shifted by whole years ({@link
 * #yearShift}), a weekday is recomputed, upper-case month names stay upper case. Partial dates
 * move too: "3/11" and "lundi 11/03" (day and month), "février" (a month alone, shifted from its
 * middle), "le 14" (a day alone, read in a 31-day month), "été 2023" (a season keeps its name,
 * the year moves by whole years); letter-spaced OCR dates ("1 4 / 0 6 / 2 0 2 1") come back
 * unspaced. Stateless and thread-safe.
 */
public final class DateShifter {
  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };
  private static final String[] FOLDED_MONTHS = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre"
  };
  private static final Locale FRENCH = Locale.FRENCH;
  private static final Pattern NUMERIC =
      Pattern.compile("([0-9]{1,2})([/.|-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})");
  private static final Pattern ISO = Pattern.compile("([0-9]{4})([/.-])([0-9]{2})\\2([0-9]{2})");
  private static final Pattern DAY_MONTH = Pattern.compile("([0-9]{1,2})([/.])([0-9]{1,2})");
  private static final Pattern WEEKDAY_LEAD = Pattern.compile("(\\p{L}+)(\\.?)(\\s+)(.+)", Pattern.DOTALL);
  private static final Pattern DAY = Pattern.compile("[0-9]{1,2}");
  private static final Pattern SEASON_YEAR = Pattern.compile("(\\p{L}+)(\\s+)([0-9]{4})");
  private static final Pattern SPACED_DIGITS = Pattern.compile("[0-9] [0-9]|[0-9] *[/.] +[0-9]|[0-9] +[/.] *[0-9]");
  private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}+");
  private static final String[] WEEKDAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
  };
  private static final String[] SEASONS = {"printemps", "ete", "automne", "hiver"};
  /** A month with 31 days of the reference year, for a day of the month written alone. */
  private static final int DAY_ALONE_MONTH = 1;
  private static final Pattern COMPACT = Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{4})");
  private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("([0-9]{2})([/.|-])([0-9]{4})");
  private static final Pattern TEXT =
      Pattern.compile("(?:(\\p{L}+)(\\s+))?(1er|[0-9]{1,2})(\\s*)(\\p{L}+)(\\.?)(?:(\\s+)([0-9]{4}|[0-9]{2}))?");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)(\\.?)(\\s+)([0-9]{4}|[0-9]{2})");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  /** Reference year for day-month dates written without a year (not a leap year). */
  private static final int NO_YEAR = 2001;

  /** Whole years a year alone moves for a shift of {@code days} (never 0 for a non-zero shift). */
  public static int yearShift(int days) {
    if (days == 0) {
      return 0;
    }
    int years = Math.max(1, Math.round(Math.abs(days) / 365.25f));
    return days > 0 ? years : -years;
  }

  /**
   * The shifted date in the same written format, or null when the text is no date this class
   * reads (the caller then masks it).
   */
  public String shift(String written, int days) {
    String s = written.strip();
    Matcher m;
    try {
      if (SPACED_DIGITS.matcher(s).find()) {
        String compact = s.replace(" ", "");
        return NUMERIC.matcher(compact).matches() ? shift(compact, days) : null;
      }
      int lead;
      if ((m = WEEKDAY_LEAD.matcher(s)).matches() && (lead = weekday(m.group(1))) >= 0) {
        String rest = m.group(4);
        String shifted = isNumeric(rest) ? shift(rest, days) : null;
        if (shifted != null) {
          // Without a year the weekday moves with the shift, as the real calendar would.
          String name = WEEKDAYS[Math.floorMod(lead + days, 7)];
          String written4 = m.group(2).isEmpty() ? name : name.substring(0, 3);
          return sameCase(written4, m.group(1)) + m.group(2) + m.group(3) + shifted;
        }
      }
      if ((m = SEASON_YEAR.matcher(s)).matches() && season(m.group(1))) {
        return m.group(1) + m.group(2) + (Integer.parseInt(m.group(3)) + yearShift(days));
      }
      if (DAY.matcher(s).matches()) {
        return Integer.toString(LocalDate.of(NO_YEAR, DAY_ALONE_MONTH, Integer.parseInt(s)).plusDays(days).getDayOfMonth());
      }
      if (MONTH_WORD.matcher(s).matches()) {
        int month = month(s);
        return month > 0 && FOLDED_MONTHS[month - 1].equals(fold(s))
            ? monthName(LocalDate.of(NO_YEAR, month, 15).plusDays(days).getMonthValue(), s)
            : null;
      }
      if ((m = ISO.matcher(s)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 3), num(m, 4)).plusDays(days);
        String sep = m.group(2);
        return String.format(Locale.ROOT, "%04d%s%02d%s%02d", d.getYear(), sep, d.getMonthValue(), sep, d.getDayOfMonth());
      }
      if ((m = NUMERIC.matcher(s)).matches()) {
        String y = m.group(4);
        int year = y.length() == 2 ? twoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
        LocalDate d = LocalDate.of(year, num(m, 3), num(m, 1)).plusDays(days);
        String sep = m.group(2);
        String yy = y.length() == 2 ? String.format(Locale.ROOT, "%02d", d.getYear() % 100) : Integer.toString(d.getYear());
        return pad(d.getDayOfMonth(), m.group(1).length()) + sep + pad(d.getMonthValue(), m.group(3).length()) + sep + yy;
      }
      if ((m = COMPACT.matcher(s)).matches()) {
        LocalDate d = LocalDate.of(num(m, 3), num(m, 2), num(m, 1)).plusDays(days);
        return String.format(Locale.ROOT, "%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      }
      if ((m = MONTH_YEAR_NUMERIC.matcher(s)).matches()) {
        LocalDate d = LocalDate.of(num(m, 3), num(m, 1), 15).plusDays(days);
        return String.format(Locale.ROOT, "%02d%s%04d", d.getMonthValue(), m.group(2), d.getYear());
      }
      if ((m = DAY_MONTH.matcher(s)).matches()) {
        LocalDate d = LocalDate.of(NO_YEAR, num(m, 3), num(m, 1)).plusDays(days);
        return pad(d.getDayOfMonth(), m.group(1).length()) + m.group(2) + pad(d.getMonthValue(), m.group(3).length());
      }
      if ((m = YEAR.matcher(s)).matches()) {
        return Integer.toString(Integer.parseInt(s) + yearShift(days));
      }
      if ((m = MONTH_YEAR.matcher(s)).matches()) {
        int month = month(m.group(1));
        if (month > 0) {
          String y = m.group(4);
          int year = y.length() == 2 ? twoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
          LocalDate d = LocalDate.of(year, month, 15).plusDays(days);
          String yy = y.length() == 2 ? String.format(Locale.ROOT, "%02d", d.getYear() % 100) : Integer.toString(d.getYear());
          return monthName(d.getMonthValue(), m.group(1)) + m.group(2) + m.group(3) + yy;
        }
        return null;
      }
      if ((m = TEXT.matcher(s)).matches()) {
        int month = month(m.group(5));
        if (month <= 0) {
          return null;
        }
        int day = m.group(3).equals("1er") ? 1 : num(m, 3);
        String y = m.group(8);
        int year = y == null ? NO_YEAR : y.length() == 2 ? twoDigitYear(Integer.parseInt(y)) : Integer.parseInt(y);
        LocalDate d = LocalDate.of(year, month, day).plusDays(days);
        StringBuilder b = new StringBuilder();
        if (m.group(1) != null) {
          String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, FRENCH);
          b.append(sameCase(weekday, m.group(1))).append(m.group(2));
        }
        // French writes the first day of a month as an ordinal: "1er mars".
        b.append(d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth()));
        b.append(m.group(4)).append(monthName(d.getMonthValue(), m.group(5))).append(m.group(6));
        if (y != null) {
          b.append(m.group(7)).append(y.length() == 2 ? String.format(Locale.ROOT, "%02d", d.getYear() % 100) : Integer.toString(d.getYear()));
        }
        return b.toString();
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /**
   * Shifts an ISO date (yyyy-MM-dd, with an optional time part, or yyyy-MM or yyyy).
   *
   * @return the shifted ISO value, or null when it cannot be read
   */
  public String shiftIso(String iso, int days) {
    if (iso == null) {
      return null;
    }
    try {
      if (iso.length() >= 10 && ISO.matcher(iso.substring(0, 10)).matches()) {
        return LocalDate.parse(iso.substring(0, 10)).plusDays(days).toString();
      }
      if (iso.length() == 7) {
        LocalDate d = LocalDate.parse(iso + "-15").plusDays(days);
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      }
      if (iso.length() == 4 && YEAR.matcher(iso).matches()) {
        return Integer.toString(Integer.parseInt(iso) + yearShift(days));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** True for a numeric date, with or without its year, or a day of the month alone. */
  private static boolean isNumeric(String s) {
    return NUMERIC.matcher(s).matches() || DAY_MONTH.matcher(s).matches() || DAY.matcher(s).matches();
  }

  private static int weekday(String word) {
    String f = fold(word);
    for (int i = 0; i < WEEKDAYS.length; i++) {
      if (WEEKDAYS[i].equals(f) || (f.length() == 3 && WEEKDAYS[i].startsWith(f))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean season(String word) {
    String f = fold(word);
    for (String season : SEASONS) {
      if (season.equals(f)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String word) {
    return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  private static String pad(int value, int width) {
    return width == 2 ? String.format(Locale.ROOT, "%02d", value) : Integer.toString(value);
  }

  private static int month(String word) {
    String f = fold(word);
    for (int i = 0; i < FOLDED_MONTHS.length; i++) {
      if (FOLDED_MONTHS[i].equals(f) || (f.length() >= 3 && FOLDED_MONTHS[i].startsWith(f))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String monthName(int month, String like) {
    return sameCase(MONTHS[month - 1], like);
  }

  private static String sameCase(String word, String like) {
    if (like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(like.charAt(0))) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return word;
  }
}

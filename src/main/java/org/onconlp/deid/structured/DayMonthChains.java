package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * Days and months chained into a list or a range for {@link StructuredPhiFinder}: "Séances 22/01
 * -> 08/03", "Séances : 10/06, 12/06, 14/06/2024", "18/01-19/01 USC". A bare "dd/mm" is usually
 * a count or a score, and a count word before it ("séances", "fractions") normally blocks it; but
 * a chain of two or more two-digit days and months joined by an arrow, a comma or a dash is a
 * schedule when one of them carries a year or cannot be a proper fraction (its day is greater
 * than its month: "22/01", "08/03"). A run of scores ("10/10 -> 09/10") or node counts
 * ("03/12, 05/14") keeps numerators no greater than their denominators and stays.
 */
final class DayMonthChains {
  private static final int MIN_MEMBERS = 2;

  /** One "dd/mm" or "dd/mm/yy(yy)" of a chain: its span and whether it reads as a date only. */
  private record Member(int begin, int end, boolean dateOnly) {}

  /**
   * Adds the members of the chain starting at {@code i} as DATE spans and returns where the
   * chain ends, or -1 when no chain of dates starts there.
   */
  int addChainAt(StructuredScan s, int i) {
    List<Member> members = new ArrayList<>(4);
    Member m = memberAt(s.text, i);
    int p = i;
    boolean dated = false;
    while (m != null) {
      members.add(m);
      dated |= m.dateOnly();
      p = m.end();
      int next = joinerEnd(s.text, p);
      m = next > p ? memberAt(s.text, next) : null;
    }
    if (members.size() < MIN_MEMBERS || !dated) {
      return -1;
    }
    for (Member member : members) {
      s.add(member.begin(), member.end(), "DATE");
    }
    return p;
  }

  /**
   * "PSA : 0,03 (09/23) -> 0,11 (12/23)": a two-digit month and year in brackets on a line that
   * joins values with an arrow, the dates of a marker's kinetics; adds it and returns its end, or
   * -1.
   */
  int addBracketedMonthYearAt(StructuredScan s, int i) {
    String t = s.text;
    if (i < 1 || i + 6 > s.n || t.charAt(i - 1) != '(' || t.charAt(i + 5) != ')'
        || !digits(t, i, 2) || t.charAt(i + 2) != '/' || !digits(t, i + 3, 2)) {
      return -1;
    }
    int month = Integer.parseInt(t, i, i + 2, 10);
    if (month < 1 || month > 12 || !arrowOnLine(t, i)) {
      return -1;
    }
    s.add(i, i + 5, "DATE");
    return i + 5;
  }

  /** True when the line around {@code i} holds an arrow ("->", "→"); bounded to 200 characters each way. */
  private static boolean arrowOnLine(String t, int i) {
    int from = i;
    while (from > 0 && i - from < 200 && t.charAt(from - 1) != '\n') {
      from--;
    }
    int to = i;
    while (to < t.length() && to - i < 200 && t.charAt(to) != '\n') {
      to++;
    }
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '→' || (c == '-' && k + 1 < to && t.charAt(k + 1) == '>')) {
        return true;
      }
    }
    return false;
  }

  /** The two-digit day and month (with an optional year) at {@code p}, or null. */
  private static Member memberAt(String t, int p) {
    int n = t.length();
    if (p + 5 > n || !digits(t, p, 2) || t.charAt(p + 2) != '/' || !digits(t, p + 3, 2)) {
      return null;
    }
    int day = Integer.parseInt(t, p, p + 2, 10);
    int month = Integer.parseInt(t, p + 3, p + 5, 10);
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return null;
    }
    int end = p + 5;
    boolean year = false;
    if (end < n && t.charAt(end) == '/') {
      int y = end + 1;
      int len = 0;
      while (y + len < n && isAsciiDigit(t.charAt(y + len))) {
        len++;
      }
      if (len != 2 && len != 4) {
        return null;
      }
      end = y + len;
      year = true;
    }
    if (end < n && (isAsciiDigit(t.charAt(end)) || Character.isLetter(t.charAt(end)))) {
      return null;
    }
    if (end + 1 < n && t.charAt(end) == '/' && isAsciiDigit(t.charAt(end + 1))) {
      return null;
    }
    return new Member(p, end, year || day > month);
  }

  /** Where the next member would start after the joiner at {@code p} ("->", ",", "-", "→"), or p. */
  private static int joinerEnd(String t, int p) {
    int n = t.length();
    int q = p;
    while (q < n && isSpace(t.charAt(q))) {
      q++;
    }
    if (q >= n) {
      return p;
    }
    char c = t.charAt(q);
    if (c == ',' || c == '→' || c == '–') {
      q++;
    } else if (c == '-') {
      while (q < n && t.charAt(q) == '-') {
        q++;
      }
      if (q < n && t.charAt(q) == '>') {
        q++;
      }
    } else {
      return p;
    }
    while (q < n && isSpace(t.charAt(q))) {
      q++;
    }
    return q;
  }

  private static boolean digits(String t, int p, int count) {
    for (int k = p; k < p + count; k++) {
      if (!isAsciiDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

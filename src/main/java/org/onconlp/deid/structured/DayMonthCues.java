package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;

/**
 * The words before a short day and month that make it a date ("rcp uro 4/10"; day-month-cues.txt)
 * or a count or a score ("ganglions : 10/12"; day-month-guards.txt), and the little words before
 * a day written alone ("le 12").
 */
final class DayMonthCues {
  private static final String BASE = "/org/onconlp/deid/";
  /** Words that make a following bare "dd/mm" a count or a score (day-month-guards.txt). */
  private final Set<String> guards;
  /**
   * Words after which a short bare day and month is a date (day-month-cues.txt), mapped to true
   * when they count only right before the number.
   */
  private final Map<String, Boolean> cues;
  /** Cues that count across one guard word ("dernière cure 10/10."). */
  private final Set<String> pastGuardCues;
  private final TextNormaliser folder = new TextNormaliser();

  DayMonthCues() {
    this.guards = Set.copyOf(ResourceLines.load(BASE + "day-month-guards.txt"));
    Map<String, Boolean> read = new HashMap<>();
    Set<String> pastGuard = new HashSet<>();
    for (String line : ResourceLines.load(BASE + "day-month-cues.txt")) {
      String[] fields = line.split("\t");
      List<String> tags = fields.length > 1 ? List.of(fields[1].split(",")) : List.of();
      read.put(fields[0], tags.contains("adjacent"));
      if (tags.contains("past-guard")) {
        pastGuard.add(fields[0]);
      }
    }
    this.cues = Map.copyOf(read);
    this.pastGuardCues = Set.copyOf(pastGuard);
  }

  /** One of the two words before {@code i} (spaces, ':' or '~' between) is a day-month cue. */
  boolean cueWordBefore(StructuredScan s, int i) {
    int p = i;
    for (int words = 0; words < 2; words++) {
      int e = skipBack(s.text, p, ":~");
      p = wordStart(s, e);
      if (p == e) {
        return false;
      }
      String word = folder.fold(s.text, p, e);
      Boolean adjacentOnly = cues.get(word);
      if (adjacentOnly != null && (words == 0 || !adjacentOnly)) {
        return true;
      }
      if (guards.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the word right before {@code i} (a colon may follow it) is a guard and the word
   * before it a "past-guard" cue ("dernière cure 10/10", "Prochaine cure : 11/04").
   */
  boolean pastGuardCueBefore(StructuredScan s, int i) {
    int guardEnd = skipBack(s.text, i, ":");
    int guardStart = wordStart(s, guardEnd);
    int cueEnd = skipBack(s.text, guardStart, "");
    int cueStart = wordStart(s, cueEnd);
    return guardStart < guardEnd
        && cueStart < cueEnd
        && guards.contains(folder.fold(s.text, guardStart, guardEnd))
        && pastGuardCues.contains(folder.fold(s.text, cueStart, cueEnd));
  }

  /** Back from {@code p} over spaces and the characters of {@code marks}. */
  private static int skipBack(String text, int p, String marks) {
    while (p > 0 && (isSpace(text.charAt(p - 1)) || marks.indexOf(text.charAt(p - 1)) >= 0)) {
      p--;
    }
    return p;
  }

  /** Start of the letters and digits ending at {@code e} (at most one word long), or e. */
  private static int wordStart(StructuredScan s, int e) {
    int p = e;
    while (p > 0 && e - p <= s.longestWord && Character.isLetterOrDigit(s.text.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /**
   * True when one of the three words before {@code i} on its line, within the sentence, is a
   * count or score word of day-month-guards.txt ("ganglions : 10/12", "TA 12/08").
   */
  boolean afterGuard(String text, int i) {
    int p = i;
    for (int words = 0; words < 3; words++) {
      while (p > 0 && !Character.isLetterOrDigit(text.charAt(p - 1))) {
        char c = text.charAt(p - 1);
        if (c == '\n' || c == '.' || c == ';') {
          return false;
        }
        p--;
      }
      int e = p;
      while (p > 0 && (Character.isLetterOrDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '+')) {
        p--;
      }
      if (p == e) {
        return false;
      }
      int wordEnd = text.charAt(e - 1) == '+' ? e - 1 : e;
      if (guards.contains(folder.fold(text, p, wordEnd))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cheap pre-test for DATE_DAY_ALONE: the number follows "le", "les", "du", "au" and a space,
   * or a comma inside a list of days.
   */
  static boolean afterDayCue(String text, int i) {
    if (i < 3) {
      return false;
    }
    char prev = text.charAt(i - 1);
    if (prev == ',') {
      return true;
    }
    if (!Character.isWhitespace(prev) && !isSpace(prev)) {
      return false;
    }
    char c = Character.toLowerCase(text.charAt(i - 2));
    return c == 'e' || c == 's' || c == 'u' || c == ',';
  }
}

package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names that the layout of their line announces, with no title or label:
 *
 * <ul>
 *   <li>a log line: a date, a time and a colon, then words in capitals and a bracketed role
 *       ("30/05/2017 10:10: CAVALIER S MARION (PHC)"), the family name first and the given name
 *       last;
 *   <li>an identity row: capitalised words before a cell separator "|" whose next cells hold the
 *       sex or a date ("Récapitulatif ANDROSEF GRIGOT THIERRY | H | 22/01/1965", "Patient 1: Azila
 *       Marie | F | 12/05/1973"), the family name first unless the first word is a given name
 *       and the last one is not.
 * </ul>
 *
 * Every word must read as a name (not a common, clinical, drug, place or department word, see
 * {@link NameListSiblings#plausibleWord}). Immutable and thread-safe.
 */
final class LayoutNames {
  /** Most words of one name. */
  private static final int MAX_WORDS = 4;
  /** Cells after the name in which the sex or a date must appear. */
  private static final int CELLS_AHEAD = 3;
  /** "30/05/2017 10:10:", "2024-03-12 08h15 -": a time stamp opening a log line. */
  private static final Pattern STAMP = Pattern.compile(
      "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4},?[ \\t]+(?:à[ \\t]+)?\\d{1,2}[:h]\\d{2}(?::\\d{2})?[ \\t]*[:|–-][ \\t]*");
  /** A date cell: "22/01/1965", "1965-01-22", "22.01.65". */
  private static final Pattern DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b.*");
  /** A sex cell. */
  private static final Pattern SEX = Pattern.compile("(?:[HFM]|homme|femme|masculin|f[ée]minin)", Pattern.CASE_INSENSITIVE);

  private final NameTokens names;
  private final NameListSiblings words;

  LayoutNames(NameTokens names, NameListSiblings words) {
    this.names = names;
    this.words = words;
  }

  /** Adds the names of the log lines and identity rows of the document. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Matcher stamp = STAMP.matcher(t.text);
    for (int k = 0; k < t.size; k++) {
      if (t.lineBefore[k] && t.shape[k] == Shape.NUMBER) {
        logLine(t, k, stamp, out, used);
      } else if (t.is(k, "|") && k > 0 && !t.lineBefore[k] && identityCells(t, k)) {
        identityRow(t, k, out, used);
      }
    }
  }

  /** "30/05/2017 10:10: CAVALIER S MARION (PHC)": the name between the stamp and the role. */
  private void logLine(PhiTokens t, int k, Matcher stamp, List<PhiSpan> out, boolean[] used) {
    stamp.region(t.begin[k], lineEnd(t.text, t.begin[k]));
    if (!stamp.lookingAt()) {
      return;
    }
    int first = k;
    while (first < t.size && t.begin[first] < stamp.end()) {
      first++;
    }
    List<Integer> run = new ArrayList<>();
    int j = first;
    while (j < t.size && !t.lineBefore[j] && run.size() <= MAX_WORDS
        && (t.shape[j] == Shape.UPPER || t.shape[j] == Shape.TITLE
            || (t.shape[j] == Shape.LETTER && !run.isEmpty() && !t.is(j + 1, ".")))) {
      run.add(j++);
    }
    if (run.size() < 2 || run.size() > MAX_WORDS || j >= t.size || t.lineBefore[j] || !t.is(j, "(")
        || !plausible(t, run, used)) {
      return;
    }
    boolean allUpper = run.stream().allMatch(w -> t.shape[w] != Shape.TITLE);
    if (allUpper) {
      // "CAVALIER S MARION": the family name (with its letter) first, the given name last.
      int last = run.get(run.size() - 1);
      NameTokens.emit(t, run.get(0), run.get(run.size() - 2), "NOM", out, used);
      NameTokens.emit(t, last, last, "PRENOM", out, used);
    } else {
      byCase(t, run, out, used);
    }
  }

  /** "Guillaume THOMAS": the word in capitals is the family name, the capitalised ones given names. */
  private static void byCase(PhiTokens t, List<Integer> run, List<PhiSpan> out, boolean[] used) {
    for (int w : run) {
      NameTokens.emit(t, w, w, t.shape[w] == Shape.TITLE ? "PRENOM" : "NOM", out, used);
    }
  }

  /** True when one of the next cells of the row after the separator {@code bar} is a sex or a date. */
  private static boolean identityCells(PhiTokens t, int bar) {
    String text = t.text;
    int end = lineEnd(text, t.begin[bar]);
    int p = t.end[bar];
    for (int cell = 0; cell < CELLS_AHEAD && p < end; cell++) {
      int next = text.indexOf('|', p);
      int cellEnd = next < 0 || next > end ? end : next;
      String value = text.substring(p, cellEnd).strip();
      if (SEX.matcher(value).matches() || DATE.matcher(value).matches()) {
        return true;
      }
      p = cellEnd + 1;
    }
    return false;
  }

  /** The capitalised words right before the separator {@code bar}, read as one identity. */
  private void identityRow(PhiTokens t, int bar, List<PhiSpan> out, boolean[] used) {
    List<Integer> run = new ArrayList<>();
    int j = bar - 1;
    Shape shape = t.shape[j];
    while (j >= 0 && run.size() <= MAX_WORDS && (t.shape[j] == Shape.UPPER || t.shape[j] == Shape.TITLE)
        && (shape == Shape.TITLE || t.shape[j] == Shape.UPPER)) {
      run.add(0, j);
      if (t.lineBefore[j]) {
        break;
      }
      j--;
    }
    if (!run.isEmpty() && shape == Shape.TITLE && !t.lineBefore[run.get(0)] && !t.is(run.get(0) - 1, ":")) {
      // "Compte Rendu Opératoire Azila Marie |": capitalised words need a colon or a line start before them.
      return;
    }
    if (run.size() < 2 || run.size() > MAX_WORDS) {
      return;
    }
    int found = 0;
    while (found < run.size() && !used[run.get(found)]) {
      found++;
    }
    if (found < run.size()) {
      // "ORVALDIN PESQUET MARCELIN |" with "PESQUET MARCELIN" found by another rule: the words
      // before it in capitals complete the family name.
      List<Integer> before = run.subList(0, found);
      if (!before.isEmpty() && shape == Shape.UPPER && plausible(t, before, used)) {
        NameTokens.emit(t, before.get(0), before.get(before.size() - 1), "NOM", out, used);
      }
      return;
    }
    if (!plausible(t, run, used)) {
      return;
    }
    int first = run.get(0);
    int last = run.get(run.size() - 1);
    boolean givenFirst = names.isGiven(t, first) && !names.isGiven(t, last);
    boolean sameCase = run.stream().allMatch(w -> t.shape[w] == t.shape[first]);
    if (!sameCase) {
      byCase(t, run, out, used);
    } else if (givenFirst) {
      NameTokens.emit(t, first, first, "PRENOM", out, used);
      NameTokens.emit(t, run.get(1), last, "NOM", out, used);
    } else {
      NameTokens.emit(t, first, run.get(run.size() - 2), "NOM", out, used);
      NameTokens.emit(t, last, last, "PRENOM", out, used);
    }
  }

  /** True when no word is taken and every word of two letters or more reads as a name. */
  private boolean plausible(PhiTokens t, List<Integer> run, boolean[] used) {
    for (int w : run) {
      if (used[w] || (t.shape[w] != Shape.LETTER && !words.plausibleWord(t, w))) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}

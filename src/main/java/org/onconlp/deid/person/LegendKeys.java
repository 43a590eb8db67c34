package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Lower-case initials a legend keys to a person ("Légende signatures : cf = Coralie Favre ; ab =
 * Anne Brun"), and the same keys in the cells of the document's tables ("| cf |", "| cf/AL |").
 * Lower-case keys are words or abbreviations elsewhere ("cf." = "see", "et", "ml"), so a key counts
 * only when it opens a legend entry and a given name follows its "=", and an occurrence only as a
 * cell's whole value or a slash-joined part of it. Upper-case keys are {@link RecurringInitials}'s.
 */
final class LegendKeys {
  /** Most letters of a lower-case key. */
  private static final int MAX_KEY = 3;

  private final PhiLexicons lex;

  LegendKeys(PhiLexicons lex) {
    this.lex = lex;
  }

  /** Reads the legends, then marks each keyed initials in a table cell. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    if (t.text.indexOf('=') < 0) {
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int k = 1; k + 2 < t.size; k++) {
      if (!t.is(k, "=") || t.lineBefore[k] || t.lineBefore[k + 1] || t.glued(k) || t.glued(k + 1)) {
        continue;
      }
      int key = k - 1;
      if (isLowerKey(t, key) && opensEntry(t, key) && namesPerson(t, k + 1)) {
        keys.add(t.text.substring(t.begin[key], t.end[key]));
        if (!used[key]) {
          NameTokens.emit(t, key, key, "NOM", out, used);
        }
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    for (int k = 1; k < t.size; k++) {
      if (!used[k] && t.shape[k] == Shape.LOWER && keys.contains(t.text.substring(t.begin[k], t.end[k])) && inCell(t, k)) {
        NameTokens.emit(t, k, k, "NOM", out, used);
      }
    }
  }

  private static boolean isLowerKey(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    if (t.shape[k] != Shape.LOWER || len < 2 || len > MAX_KEY) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** The key opens its line or follows a legend's colon or an entry separator. */
  private static boolean opensEntry(PhiTokens t, int k) {
    return t.lineBefore[k] || k == 0 || t.is(k - 1, ":") || t.is(k - 1, ";") || t.is(k - 1, ",") || t.is(k - 1, "/")
        || t.is(k - 1, "(");
  }

  /** "Coralie Favre", "C. Favre", "Coralie FAVRE": a given name or an initial, then a capitalised family name. */
  private boolean namesPerson(PhiTokens t, int j) {
    if (j + 1 >= t.size || t.lineBefore[j + 1]) {
      return false;
    }
    if (t.shape[j] == Shape.LETTER && t.is(j + 1, ".") && t.glued(j + 1)) {
      return j + 2 < t.size && !t.lineBefore[j + 2] && (t.shape[j + 2] == Shape.TITLE || t.shape[j + 2] == Shape.UPPER);
    }
    return t.shape[j] == Shape.TITLE && lex.isGivenName(t.fold[j])
        && (t.shape[j + 1] == Shape.TITLE || t.shape[j + 1] == Shape.UPPER);
  }

  /** The token is a cell's whole value or a slash-joined part of it: a bar, slash or column gap on each side. */
  private static boolean inCell(PhiTokens t, int k) {
    if (t.lineBefore[k]) {
      return false;
    }
    boolean before = t.is(k - 1, "|") || t.is(k - 1, "/") && t.glued(k) && t.glued(k - 1)
        || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP && t.shape[k - 1] != Shape.NUMBER && !t.is(k - 1, ":");
    int n = k + 1;
    boolean after = n >= t.size || t.lineBefore[n] || t.is(n, "|") || t.is(n, "/") && t.glued(n)
        || t.begin[n] - t.end[k] >= NameWords.COLUMN_GAP;
    return before && after;
  }
}

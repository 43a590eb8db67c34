package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Who acted, after a date or a time and "par", with no verb of writing right before "par":
 * "relu et corrigé le 12/04/2024 par TC", "Demande faite le 16/04/2024 par OF/dp", software
 * footers "Edité le 09/06/2023 15:47 par jdupont", "Scanné le 19.03.2024 par sylvie". The value
 * must be initials (joined by slashes) or one lower-case login or given name, and must close the
 * line, a bracket or a clause, so that "le 12/04 par voie orale" stays clinical.
 */
final class DatedBy {
  /** A date or a time closing the text before "par" (OCR letters O and l may stand for digits). */
  private static final Pattern DATED =
      Pattern.compile("(?:[0-9Ol]{1,2}[/.][0-9Ol]{1,2}(?:[/.][0-9Ol]{2,4})?|[0-9Ol]{1,2}[:h][0-9Ol]{2})\\s*$");
  /** Most characters read back from "par" for the date. */
  private static final int LOOK_BACK = 24;
  /** Shortest and longest login read after "par". */
  private static final int MIN_LOGIN = 4;
  private static final int MAX_LOGIN = 14;

  private final PhiLexicons lex;
  private final NameInitials initials;

  DatedBy(PhiLexicons lex, NameInitials initials) {
    this.lex = lex;
    this.initials = initials;
  }

  /**
   * The actor after "par" at token {@code i}, when a date or time comes right before it.
   *
   * @return the token after the actor, or {@code i} when there is none
   */
  int after(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int j = i + 1;
    if (j >= t.size || used[j] || t.lineBefore[j] || t.lineBefore[i] || !dated(t, i)) {
      return i;
    }
    int[] units = new int[2 * 3];
    int n = 0;
    int g = j;
    while (n < units.length) {
      int e = initials.unit(t, g);
      if (e < 0 || !initials.plausible(t, g, e) || used[g]) {
        break;
      }
      units[n++] = g;
      units[n++] = e;
      if (!t.is(e, "/") || !t.glued(e) || e + 1 >= t.size || !t.glued(e + 1)) {
        break;
      }
      g = e + 1;
    }
    if (n > 0 && closes(t, units[n - 1])) {
      Set<String> learned = new HashSet<>();
      for (int x = 0; x < n; x += 2) {
        NameInitials.emitUnit(t, units[x], units[x + 1], out, used, learned);
      }
      return units[n - 1];
    }
    if (t.shape[j] == Shape.LOWER && isWord(t, j) && closes(t, j + 1)) {
      String f = t.fold[j];
      if (lex.isGivenName(f) && !lex.isCommonWordOrPlural(f)) {
        NameTokens.emit(t, j, j, "PRENOM", out, used);
        return j + 1;
      }
      int len = t.end[j] - t.begin[j];
      if (len >= MIN_LOGIN && len <= MAX_LOGIN && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)) {
        NameTokens.emit(t, j, j, "NOM", out, used);
        return j + 1;
      }
    }
    return i;
  }

  private static boolean dated(PhiTokens t, int i) {
    int from = Math.max(0, t.begin[i] - LOOK_BACK);
    int lineStart = t.text.lastIndexOf('\n', t.begin[i] - 1) + 1;
    return DATED.matcher(t.text).region(Math.max(from, lineStart), t.begin[i]).find();
  }

  /** Line end, a closing bracket, a comma, a semicolon, a dash, a full stop or a column gap. */
  private static boolean closes(PhiTokens t, int e) {
    if (e >= t.size || t.lineBefore[e]) {
      return true;
    }
    return t.is(e, ")") || t.is(e, "]") || t.is(e, ",") || t.is(e, ";") || t.is(e, ".") || t.is(e, "-") || t.is(e, "—")
        || t.begin[e] - t.end[e - 1] >= NameWords.COLUMN_GAP;
  }

  private static boolean isWord(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }
}

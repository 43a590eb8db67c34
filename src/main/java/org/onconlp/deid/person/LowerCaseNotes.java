package org.onconlp.deid.person;

import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names in hurried notes typed in lower case: a patient's line opening with a known family and
 * given name ("faucher denis, 67a, ddn …") and a given name alone in brackets ("(sandrine)").
 */
final class LowerCaseNotes {
  private final PhiLexicons lex;
  private final NameTokens names;

  LowerCaseNotes(PhiLexicons lex, NameTokens names) {
    this.lex = lex;
    this.names = names;
  }

  /**
   * "faucher denis, 67a, ddn 17.8.1956", "pujadas monique epouse sirvent, ddn …": a hurried note
   * opening the patient's line in lower case with a known family name and a known given name
   * (neither a common word), then a comma or a birth-name cue, and a number later on the line
   * (age, birth date, record number).
   *
   * @return the token after the given name, or {@code i} when the line is no such header
   */
  int lowerIdentityLine(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    if (n + 1 >= t.size || used[i] || t.lineBefore[n] || t.shape[n] != Shape.LOWER || t.lineBefore[n + 1]
        || !(t.is(n + 1, ",") || NameWords.BIRTH_NAME.contains(t.fold[n + 1]))
        || !names.isLowerName(t.fold[i]) || !names.isFamily(t.fold[i])
        || !names.isLowerName(t.fold[n]) || !names.isGiven(t, n)) {
      return i;
    }
    for (int k = n + 2; k < t.size && !t.lineBefore[k] && k <= n + NameWords.MAX_DATED_BY_TOKENS; k++) {
      if (t.shape[k] == Shape.NUMBER) {
        NameTokens.emit(t, i, i, "NOM", out, used);
        NameTokens.emit(t, n, n, "PRENOM", out, used);
        return n + 1;
      }
    }
    return i;
  }

  /**
   * "ide annonce (sandrine)", "mari present (jordi, 06 39 …)": in a line typed in lower case, a
   * known given name alone in brackets or before a phone number; not a commune ("(valence)").
   */
  boolean bracketedGivenName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    boolean closed = t.is(n, ")") || (t.is(n, ",") && n + 1 < t.size && t.shape[n + 1] == Shape.NUMBER);
    if (used[i] || !closed || t.lineBefore[n] || !names.isGiven(t, i) || !names.isLowerName(t.fold[i])
        || lex.communes().longestMatch(t.fold, i, i + 1) > 0 || !NameTokens.lowerCaseLine(t, i)) {
      return false;
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    return true;
  }
}

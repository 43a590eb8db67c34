package org.onconlp.deid.person;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Given names typed in lower case next to a family name: after a family name in capitals that
 * another rule found ("M. BOULANGER rémi", "Mme GUÉGUEN claire⏎", "pt : MOREAU jean-marc"), and
 * before an initial or a capitalised family name ("réalisé par nadia F. et loïc Guéguen"). The
 * word must be a known given name; a given name that is also a common word ("claire", "rose")
 * counts only after a family name in capitals and when it closes the name (a line end or a
 * comma, a full stop, a bracket after it), never before a name, where prose puts adjectives.
 */
final class LowerCaseGivenNames {
  /** Tokens that close a name after its given name. */
  private static final Set<String> CLOSERS = Set.of(",", ".", ")", ";", "/", "|");

  private final PhiLexicons lex;
  private final NameTokens names;

  LowerCaseGivenNames(PhiLexicons lex, NameTokens names) {
    this.lex = lex;
    this.names = names;
  }

  /** Adds the lower-case given names next to the name spans of {@code out} and before capitalised names. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int found = out.size();
    for (int s = 0; s < found; s++) {
      PhiSpan span = out.get(s);
      if (!"NOM".equals(span.category())) {
        continue;
      }
      int k = Arrays.binarySearch(t.end, 0, t.size, span.end());
      if (k >= 0 && t.shape[k] == Shape.UPPER && t.end[k] - t.begin[k] >= 2) {
        afterFamilyName(t, k + 1, out, used);
      }
    }
    for (int k = 0; k + 1 < t.size; k++) {
      if (t.shape[k] == Shape.LOWER && !used[k] && !t.lineBefore[k + 1] && t.begin[k + 1] - t.end[k] == 1) {
        beforeFamilyName(t, k, out, used);
      }
    }
  }

  /** "BOULANGER rémi": the lower-case given name right after a family name in capitals. */
  private void afterFamilyName(PhiTokens t, int g, List<PhiSpan> out, boolean[] used) {
    if (g >= t.size || used[g] || t.lineBefore[g] || t.shape[g] != Shape.LOWER || t.begin[g] - t.end[g - 1] != 1
        || !givenName(t, g)) {
      return;
    }
    boolean closes = g + 1 >= t.size || t.lineBefore[g + 1] || CLOSERS.contains(t.fold[g + 1]);
    if (closes || !lex.isCommonWordOrPlural(t.fold[g])) {
      NameTokens.emit(t, g, g, "PRENOM", out, used);
    }
  }

  /** "nadia F.", "loïc Guéguen": a known given name that is no word, then an initial or a family name. */
  private void beforeFamilyName(PhiTokens t, int g, List<PhiSpan> out, boolean[] used) {
    int n = g + 1;
    if (used[n] || !givenName(t, g) || lex.isCommonWordOrPlural(t.fold[g]) || !lex.isFrequentGivenName(first(t.fold[g]))) {
      return;
    }
    boolean initial = t.shape[n] == Shape.LETTER && t.is(n + 1, ".") && t.glued(n + 1);
    boolean family = t.shape[n] == Shape.TITLE && t.end[n] - t.begin[n] >= 3 && !names.isGiven(t, n)
        && !lex.isCommonWordOrPlural(t.fold[n]) && !lex.isStopWord(t.fold[n]) && !names.isPlaceMoreThanName(t.fold[n]);
    if (!initial && !family) {
      return;
    }
    NameTokens.emit(t, g, g, "PRENOM", out, used);
    NameTokens.emit(t, n, initial ? n + 1 : n, "NOM", out, used);
  }

  /** A known given name (or two joined by a hyphen) of three letters or more that is no stop word or month. */
  private boolean givenName(PhiTokens t, int g) {
    String f = t.fold[g];
    return f.length() >= 3 && names.isGiven(t, g) && !lex.isStopWord(f) && !NameTokens.isMonth(f);
  }

  private static String first(String folded) {
    int dash = folded.indexOf('-');
    return dash > 0 ? folded.substring(0, dash) : folded;
  }
}

package org.onconlp.deid.place;

import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/** How long a commune or a proper name is at a token: read by the town and facility finders. */
final class Communes {
  private final PhiLexicons lex;

  Communes(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * "vit a montelimar", "(st nazaire)", "87042 limoges": the length of a commune written in lower
   * case at {@code c}, or 0. A one-word commune must be no common word, stop word or given name
   * and have four letters or more ("a jeun", "a vie" are no towns).
   */
  int lowerCaseCommune(PhiTokens t, int c) {
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.LOWER) {
      return 0;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    // "à l'union des quadrants": after an article, the name must be no common word either.
    boolean article = len == 2 && PlaceWords.ARTICLES.contains(t.fold[c]) || t.fold[c].equals("l'");
    if (len == 1 || article) {
      String f = t.fold[c + len - 1];
      if (f.length() < 4 || lex.isCommonWordOrPlural(f) || lex.isStopWord(f) || lex.isGivenName(f)) {
        return 0;
      }
    }
    for (int k = c; k < c + len; k++) {
      // "à l'hôpital" is no visit to the commune L'Hôpital.
      if (t.shape[k] != Shape.LOWER && t.shape[k] != Shape.OTHER || PlaceWords.LOWER_TEXT_HEADS.contains(t.fold[k])) {
        return 0;
      }
    }
    return len;
  }

  /** The number of capitalised tokens (at most three) from {@code i} on the same line. */
  int properNameRun(PhiTokens t, int i) {
    int p = i;
    while (p < t.size && p - i < 3 && (p == i || !t.lineBefore[p])
        && t.capitalised(p) && !lex.isStopWord(t.fold[p])) {
      p++;
    }
    return p - i;
  }
}

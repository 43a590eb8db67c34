package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * A facility named by its own name and its kind in brackets: "rééducation à Valmante (SMR)",
 * "entrée aux Tilleuls (EHPAD)", "suivie par Les Hauts-Prés (HAD)". The kinds are those of
 * follow-up, long-stay and home care, which are named after a place or a founder rather than
 * after a head word; an acute-care kind ("(CHU)") often follows a physician's name and is not
 * read here.
 */
final class FacilityKindInBrackets {
  /** Folded acronyms of facility kinds written in brackets after a facility's name. */
  private static final Set<String> KINDS = Set.of("smr", "ssr", "ehpad", "usld", "had", "ssiad", "clcc", "mas", "fam");
  /** Longest name read before the brackets, in tokens. */
  private static final int MAX_NAME = 5;

  private final PhiLexicons lex;

  FacilityKindInBrackets(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * Reads the capitalised name at {@code i} (with its connectors) when "(KIND)" follows it on the
   * same line and the name is not a person's; adds it as HOPITAL. Returns the token after the
   * name, or {@code i}.
   *
   * @param person tokens read as a person's name
   */
  int facility(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    if (!t.capitalised(i) || person[i] || (i > 0 && !t.lineBefore[i] && t.capitalised(i - 1))) {
      return i;
    }
    int k = i;
    int last = -1;
    boolean proper = false;
    while (k < t.size && k - i < MAX_NAME && (k == i || !t.lineBefore[k])
        && (t.capitalised(k) || (last >= 0 && PlaceWords.CONNECTORS.contains(t.fold[k])))) {
      if (t.capitalised(k)) {
        last = k;
        // "Bilan (SMR) demandé": a sentence opening on a common word names no facility.
        proper |= !lex.isStopWord(t.fold[k]) && !lex.isCommonWordOrPlural(t.fold[k]) && !KINDS.contains(t.fold[k]);
      }
      k++;
    }
    int open = last + 1;
    boolean bracketed = last >= 0 && open + 2 < t.size && !t.lineBefore[open] && t.is(open, "(")
        && KINDS.contains(t.fold[open + 1]) && t.is(open + 2, ")");
    if (!bracketed || !proper) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[last], "HOPITAL"));
    return open;
  }
}

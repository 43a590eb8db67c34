package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Premises of care and lodging named after a kind that is no hospital head word (HOPITAL):
 * "Pharmacie de la Bourse", "Foyer-logement Les Tilleuls", "Maison des Parents du Nord". After
 * an article a common word is a name ("de la Bourse"); a lower-case word ends it ("Maison des
 * associations" is a building of an address, "Foyer de fracture" a lesion), and a name opening
 * on a facility head, a descriptor or a compass point ("Pharmacie du CHU", "Maison de Santé")
 * is left to the facility finders.
 */
final class NamedPremises {
  /** Folded kinds of premises named after a place or a founder. */
  private static final Set<String> KINDS = Set.of("pharmacie", "foyer", "foyer-logement", "maison");
  /** Words a name may run to. */
  private static final int MAX_WORDS = 6;

  private final PhiLexicons lex;

  NamedPremises(PhiLexicons lex) {
    this.lex = lex;
  }

  /** The premises opening at capitalised token {@code i}; returns the token after the name, or {@code i}. */
  int premises(PhiTokens t, int i, List<PhiSpan> out) {
    if (!KINDS.contains(t.fold[i]) || !(t.shape[i] == Shape.TITLE || t.shape[i] == Shape.UPPER)) {
      return i;
    }
    int p = i + 1;
    boolean article = false;
    while (p < t.size && !t.lineBefore[p] && p - i <= 2 && isConnector(t, p)) {
      article |= PlaceWords.ARTICLES.contains(t.fold[p]) || t.capitalised(p);
      p++;
    }
    if (p >= t.size || t.lineBefore[p] || !t.capitalised(p) || !isNameWord(t.fold[p], article)) {
      return i;
    }
    int last = p;
    int words = 1;
    boolean proper = !lex.isCommonWordOrPlural(t.fold[p]);
    for (int k = p + 1; k < t.size && !t.lineBefore[k] && k - p < MAX_WORDS; k++) {
      if (t.capitalised(k) && !lex.isStopWord(t.fold[k])) {
        last = k;
        words++;
        proper |= !lex.isCommonWordOrPlural(t.fold[k]);
      } else if (!isConnector(t, k)) {
        break;
      }
    }
    // "FOYER DE FRACTURE": in an upper-case heading, common words name nothing.
    // "une Maison des Parents": a house of a national network, named by one common word, is no place.
    if (!proper && (t.shape[i] == Shape.UPPER || (t.fold[i].equals("maison") && words == 1))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[last], "HOPITAL"));
    return last + 1;
  }

  /** True if token {@code k} is a connector of a name ("de", "la", "Les"), no spaced dash. */
  private static boolean isConnector(PhiTokens t, int k) {
    return PlaceWords.CONNECTORS.contains(t.fold[k]) && !(t.is(k, "-") && !t.glued(k));
  }

  /** True if a folded word may open the name: no stop word, head, descriptor, compass point, unit or department word. */
  private boolean isNameWord(String f, boolean afterArticle) {
    return !lex.isStopWord(f) && !PlaceWords.HEADS.contains(f) && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.COMPASS.contains(f)
        && !PlaceWords.UNIT_WORDS.contains(f) && !f.startsWith("departement") && (afterArticle || !lex.isCommonWordOrPlural(f));
  }
}

package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Care homes named "Résidence" and their name (HOPITAL) outside an address: "adressée à la
 * Résidence La Chaumière, Sancerre", "vivant à la résidence A Qietüdine (Monaco)" (the name
 * only after a lower-case head), "Résidence
 * Mutualiste Le Bois Joli" in a letterhead. On an address line (after "demeurant", "Adresse :",
 * before a house number, a building part or a postal code) the residence is the patient's
 * building and the address finders read it.
 */
final class CareResidences {
  /** Words of a residence's kind between the head and its name: "Résidence Mutualiste …". */
  private static final Set<String> KINDS = Set.of("mutualiste", "medicalisee", "seniors", "services", "-services");
  /** Articles that open a residence's name, with the Corsican and Occitan ones ("A Qietüdine"). */
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "du", "des", "a", "u", "i", "lou", "lo");
  /** Words before a residence on the same line that make it the patient's address. */
  private static final Set<String> ADDRESS_WORDS =
      Set.of("adresse", "domicile", "domicilie", "domiciliee", "demeurant", "demeurante", "logement", "habite", "habitant", "reside");
  /** Words after a residence's name and a comma or a bracket that make it a care home. */
  private static final Set<String> CARE_WORDS = Set.of("ehpad", "usld", "ehpa", "marpa");
  /** Words a residence's name may run to. */
  private static final int MAX_WORDS = 6;

  private final PhiLexicons lex;

  CareResidences(PhiLexicons lex) {
    this.lex = lex;
  }

  /** A care residence opening at token {@code i}; returns the token after it, or {@code i}. */
  int residence(PhiTokens t, int i, List<PhiSpan> out) {
    if (!t.fold[i].equals("residence") && !t.fold[i].equals("residence-services")) {
      return i;
    }
    int p = i + 1;
    while (p < t.size && !t.lineBefore[p] && KINDS.contains(t.fold[p]) && !(t.is(p, "-") && !t.glued(p))) {
      p++;
    }
    if (p >= t.size || t.lineBefore[p] || !t.capitalised(p)) {
      return i;
    }
    int first = p;
    int last = -1;
    boolean proper = ARTICLES.contains(t.fold[first]) && first + 1 < t.size && t.capitalised(first + 1);
    for (int words = 0; p < t.size && !t.lineBefore[p] && words < MAX_WORDS; p++, words++) {
      String f = t.fold[p];
      if (t.capitalised(p) && (p == first || !lex.isStopWord(f) || ARTICLES.contains(f))) {
        last = ARTICLES.contains(f) && p > first ? last : p;
        proper |= !lex.isStopWord(f) && !lex.isCommonWordOrPlural(f) && !ARTICLES.contains(f);
      } else if (!PlaceWords.CONNECTORS.contains(f) || (t.is(p, "-") && !t.glued(p))) {
        break;
      }
    }
    if (last < 0 || !proper || addressLine(t, i, last + 1) && !careAfter(t, last + 1)) {
      return i;
    }
    // "vivant à la résidence A Qietüdine": a lower-case head is no part of the name.
    out.add(new PhiSpan(t.begin[t.shape[i] == Shape.LOWER ? first : i], t.end[last], "HOPITAL"));
    return last + 1;
  }

  /** True if the residence {@code [i, e)} stands on the patient's address line. */
  private boolean addressLine(PhiTokens t, int i, int e) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (ADDRESS_WORDS.contains(t.fold[k])) {
        return true;
      }
      if (t.lineBefore[k]) {
        break;
      }
    }
    int n = t.is(e, ",") || t.is(e, "-") ? e + 1 : e;
    if (n >= t.size || t.lineBefore[n]) {
      return false;
    }
    return t.shape[n] == Shape.NUMBER || PlaceWords.BUILDING_PARTS.contains(t.fold[n]) || lex.isStreetType(t.fold[n]);
  }

  /** True if a care-home word follows the name after a comma or a bracket: "(Résidence X, EHPAD)". */
  private static boolean careAfter(PhiTokens t, int e) {
    return e + 1 < t.size && (t.is(e, ",") || t.is(e, "(")) && !t.lineBefore[e + 1] && CARE_WORDS.contains(t.fold[e + 1]);
  }
}

package org.onconlp.deid.place;

import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * A hamlet or lieu-dit named on its own before the postal code of its commune: "Kerlann,
 * 29600 Morlaix" opening an address line, "vit seule à La Croix-Haute, 15140 Salers". The
 * capitalised words between the line start, "à" or a separator and the comma before a postal
 * code followed by a known commune are the address (the street rules need a street number or a
 * street word, which a hamlet lacks).
 */
final class HamletBeforeZip {
  /** Longest hamlet name, in tokens. */
  private static final int MAX_WORDS = 6;

  private final PhiLexicons lex;

  HamletBeforeZip(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * Adds the hamlet before postal code {@code zip} as ADRESSE; returns true if one was read.
   *
   * @param person tokens read as a person's name
   */
  boolean hamlet(PhiTokens t, int zip, List<PhiSpan> out, boolean[] person) {
    int last = zip - 2;
    if (last < 0 || t.lineBefore[zip] || t.lineBefore[zip - 1] || !t.is(zip - 1, ",") || !knownTownAfter(t, zip)
        || !t.capitalised(last)) {
      return false;
    }
    int first = last;
    while (first > 0 && last - first < MAX_WORDS && !t.lineBefore[first] && part(t, first - 1)) {
      first--;
    }
    while (first < last && !t.capitalised(first)) {
      first++;
    }
    boolean opened = t.lineBefore[first] || t.is(first - 1, "à") || t.is(first - 1, "a") || t.is(first - 1, "(")
        || t.is(first - 1, ":") || t.is(first - 1, ";");
    if (!opened || !proper(t, first, last, person) || overlapsLast(t, first, out)) {
      return false;
    }
    out.add(new PhiSpan(t.begin[first], t.end[last], "ADRESSE"));
    return true;
  }

  /** True if token {@code k} may be part of a hamlet's name: a capitalised word, a connector, a glued dash. */
  private static boolean part(PhiTokens t, int k) {
    return !t.lineBefore[k + 1] && (t.capitalised(k) || PlaceWords.CONNECTORS.contains(t.fold[k]) || (t.is(k, "-") && t.glued(k)));
  }

  /** True if the words hold a proper name: a word that is no common word, stop word nor a person's name. */
  private boolean proper(PhiTokens t, int first, int last, boolean[] person) {
    boolean name = false;
    for (int k = first; k <= last; k++) {
      if (person[k] || PlaceWords.HEADS.contains(t.fold[k])) {
        return false;
      }
      name |= t.capitalised(k) && t.fold[k].length() >= 3 && !lex.isCommonWordOrPlural(t.fold[k]) && !lex.isStopWord(t.fold[k]);
    }
    return name;
  }

  /** True if a known commune, capitalised, follows postal code {@code zip} on its line. */
  private boolean knownTownAfter(PhiTokens t, int zip) {
    int c = zip + 1;
    return PlaceTokens.isPostalCode(t, zip) && c < t.size && !t.lineBefore[c] && t.capitalised(c)
        && lex.communes().longestMatch(t.fold, c, t.size) > 0;
  }

  /** True if the last span found reaches into token {@code first}. */
  private static boolean overlapsLast(PhiTokens t, int first, List<PhiSpan> out) {
    return !out.isEmpty() && out.get(out.size() - 1).end() > t.begin[first];
  }
}

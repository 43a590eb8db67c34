package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * "(IPP Bergonié 2400973)", "NDA Hautepierre : 1234567": the facility that issued a patient
 * identifier, named between the identifier's label and its number, is a HOPITAL.
 */
final class FacilityOfIdentifier {
  /** Labels of identifiers issued by a facility, folded. */
  private static final Set<String> LABELS = Set.of("ipp", "nda", "nip");
  /** Shortest facility name read there: "Curie" yes, "du" no. */
  private static final int MIN_LETTERS = 4;

  private final PhiLexicons lex;
  /** Short names of well-known facilities (facility-short-names.txt). */
  private final Set<String> shortNames;

  FacilityOfIdentifier(PhiLexicons lex, Set<String> shortNames) {
    this.lex = lex;
    this.shortNames = shortNames;
  }

  /**
   * The facility at capitalised token {@code i}, between an identifier label and a number (a
   * colon, "n°" or "no" may stand before the number). Returns the token after it, or {@code i}.
   */
  int facility(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || t.lineBefore[i] || !LABELS.contains(t.fold[i - 1]) || t.fold[i].length() < MIN_LETTERS
        || !(t.shape[i] == Shape.TITLE || t.shape[i] == Shape.UPPER)
        || !(shortNames.contains(t.fold[i]) || nameWord(t.fold[i]))) {
      return i;
    }
    int n = i + 1;
    while (n < t.size && n <= i + 2 && !t.lineBefore[n] && (t.is(n, ":") || t.fold[n].equals("n°") || t.fold[n].equals("no"))) {
      n++;
    }
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.NUMBER) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
    return i + 1;
  }

  /**
   * True if a folded word may name a facility: no common word, stop word, label word, nor a
   * person's name ("IPP DURAND 1234" names the patient).
   */
  private boolean nameWord(String f) {
    return !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f) && !lex.isGivenName(f) && !lex.isFamilyName(f) && !LABELS.contains(f)
        && !PlaceWords.HEADS.contains(f);
  }
}

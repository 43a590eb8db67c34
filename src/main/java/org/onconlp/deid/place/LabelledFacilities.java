package org.onconlp.deid.place;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * The value of a form field naming a care provider (HOPITAL): "Prestataire : Alliance Santé
 * Pyrénées (agréé HAD)", "Laboratoire : Biomédia Sud", "Officine : Grande Pharmacie Dupleix". The
 * labels are those of facility-labels.txt; the value runs over capitalised words and connectors
 * up to the end of the line, a bracket or a punctuation mark, and must hold a proper name (a word
 * that is no common word, descriptor, facility kind or unit): "Laboratoire : Hématologie" or
 * "Structure : Non renseignée" name no place.
 */
final class LabelledFacilities {
  /** Tokens a label may run to before its colon. */
  private static final int MAX_LABEL = 5;
  /** Words a value may run to. */
  private static final int MAX_WORDS = 8;

  /** Folded offices whose "des entrées" / "des admissions" names a site after it. */
  private static final Set<String> OFFICES = Set.of("bureau", "service", "accueil", "cellule");
  /** Folded objects of an admissions office. */
  private static final Set<String> OFFICE_OBJECTS = Set.of("entrees", "admissions");
  /** Letters of an upper-case floor or wing after an office ("RDC", "BAT"). */
  private static final int MAX_LOCATION_ACRONYM = 3;

  private final PhiLexicons lex;
  /** Folded labels, their words joined by one space. */
  private final Set<String> labels = new HashSet<>(ResourceLines.load("/org/onconlp/deid/facility-labels.txt"));

  LabelledFacilities(PhiLexicons lex) {
    this.lex = lex;
  }

  /** The value opening at capitalised token {@code i} after a facility label; returns the token after it, or {@code i}. */
  int value(PhiTokens t, int i, List<PhiSpan> out) {
    if (i < 2 || t.lineBefore[i] || !t.is(i - 1, ":") || !t.capitalised(i) || lex.isStopWord(t.fold[i]) || !labelled(t, i - 1)) {
      return i;
    }
    return name(t, i, i, out);
  }

  /**
   * "Bureau des admissions - La Meynard", "(bureau des entrées Lyon Sud)": the site named after
   * the admissions office that issued a paper. Returns the token after the site, or {@code i}.
   */
  int afterAdmissionsOffice(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.lineBefore[i] || !t.capitalised(i)) {
      return i;
    }
    int k = i - 1;
    if (k >= 0 && (t.is(k, "-") || t.is(k, "–") || t.is(k, ":")) && !t.lineBefore[k]) {
      k--;
    }
    if (k < 2 || !OFFICE_OBJECTS.contains(t.fold[k]) || !t.fold[k - 1].equals("des") || !OFFICES.contains(t.fold[k - 2])) {
      return i;
    }
    // "La Meynard": a site may open on its article.
    int first = PlaceWords.ARTICLES.contains(t.fold[i]) && i + 1 < t.size && !t.lineBefore[i + 1] && t.capitalised(i + 1) ? i + 1 : i;
    // "Bureau des entrées - RDC hall B": a short upper-case word is a floor or a wing, no site.
    boolean shortAcronym = t.shape[first] == Shape.UPPER && t.end[first] - t.begin[first] <= MAX_LOCATION_ACRONYM;
    return lex.isStopWord(t.fold[first]) || shortAcronym ? i : name(t, i, first, out);
  }

  /**
   * The name opening at token {@code i} (its first word to test at {@code first}), over
   * capitalised words and connectors, if it holds a proper name. Returns the token after it, or
   * {@code i}.
   */
  private int name(PhiTokens t, int i, int first, List<PhiSpan> out) {
    int last = -1;
    boolean proper = false;
    for (int k = first; k < t.size && (k == first || !t.lineBefore[k]) && k - i < MAX_WORDS; k++) {
      String f = t.fold[k];
      if (t.capitalised(k) && !lex.isStopWord(f)) {
        last = k;
        proper |= !lex.isCommonWordOrPlural(f) && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.HEADS.contains(f)
            && !PlaceWords.UNIT_WORDS.contains(f);
      } else if (!PlaceWords.CONNECTORS.contains(f) || t.is(k, "-") && !t.glued(k)) {
        break;
      }
    }
    if (!proper) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[last], "HOPITAL"));
    return last + 1;
  }

  /** True if the tokens from the line start to colon {@code colon} spell a facility label. */
  private boolean labelled(PhiTokens t, int colon) {
    int start = colon - 1;
    while (start > 0 && !t.lineBefore[start] && colon - start < MAX_LABEL) {
      start--;
    }
    if (!t.lineBefore[start] && start > 0) {
      return false;
    }
    // "Pharmacie d'officine :", "Prestataire :": the label is the whole beginning of its line.
    StringBuilder label = new StringBuilder();
    for (int k = start; k < colon; k++) {
      String f = t.fold[k];
      if (label.length() > 0 && !label.toString().endsWith("'")) {
        label.append(' ');
      }
      label.append(f);
    }
    return labels.contains(label.toString());
  }
}

package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names without a title or a label: a known given name next to a family name ("Marie DUPONT",
 * "DUPONT Marie"), and a known given name alone inside a sentence ("et Morgane, qui vit à
 * Brest").
 */
final class UntitledNames {
  private static final int POSTCODE_LENGTH = 5;
  /** Age units in "Gwendal (24 ans, …)": a given name followed by an age is a person. */
  private static final Set<String> AGE_UNITS = Set.of("ans", "an", "mois");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameGroups groups;

  UntitledNames(PhiLexicons lex, NameTokens names, NameLabels labels, NameGroups groups) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.groups = groups;
  }

  /** "Marie DUPONT", "DUPONT Marie", "Marie Dupont" (a known family name) without a title. */
  int weakName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int j = i + 1;
    if (j >= t.size || t.lineBefore[j] || used[i]) {
      return i + 1;
    }
    String a = t.fold[i];
    String b = t.fold[j];
    // "Nolwenn Le Floch": a particle may open the family name.
    boolean particle = NameWords.PARTICLES.contains(b) && j + 1 < t.size && !t.lineBefore[j + 1] && t.capitalised(j + 1);
    if (lex.isStopWord(a) || (lex.isStopWord(b) && !particle)
        || (t.shape[j] != Shape.UPPER && t.shape[j] != Shape.TITLE)) {
      return i + 1;
    }
    boolean aGiven = t.shape[i] == Shape.TITLE && names.isGiven(t, i) && !lex.isCommonWord(a);
    boolean bGiven = t.shape[j] == Shape.TITLE && names.isGiven(t, j) && !lex.isCommonWord(b);
    // "N'DIAYE Aminata": a family name glued to an elided particle, known or not.
    boolean elided = i > 0 && t.glued(i) && t.fold[i - 1].endsWith("'") && NameWords.PARTICLES.contains(t.fold[i - 1])
        && !used[i - 1];
    boolean aFamily = t.shape[i] == Shape.UPPER && a.length() >= 3 && (names.isFamily(a) || elided)
        && (!lex.isCommonWord(a) || (bGiven && lex.isFrequentGivenName(b)));
    if (aGiven && familyAfterGiven(t, a, j)) {
      return groups.group(t, i, out, used, false, false);
    }
    if (aFamily && bGiven && t.begin[j] - t.end[i] < NameWords.COLUMN_GAP) {
      // "LOPES Maria da Graça": the group reads the given names that follow.
      return groups.group(t, elided ? i - 1 : i, out, used, false, false);
    }
    if (aFamily && bGiven) {
      // "GRANDJEAN            Élodie": two cells of a table row.
      NameTokens.emit(t, elided ? i - 1 : i, i, "NOM", out, used);
      NameTokens.emit(t, j, j, "PRENOM", out, used);
      return j + 1;
    }
    if (upperFamilyThenGiven(t, i, j) && (j + 1 >= t.size || t.lineBefore[j + 1] || !t.capitalised(j + 1))) {
      // "GUILLAUMOT ODETTE - 25H02957", "\"DIALLO AISSATOU\"": both in capitals, a family name
      // that is no given name, then a given name; not a town ("SAINT ETIENNE").
      NameTokens.emit(t, i, i, "NOM", out, used);
      NameTokens.emit(t, j, j, "PRENOM", out, used);
      return j + 1;
    }
    return i + 1;
  }

  /**
   * "Sylvie Hamon", "Sandrine Le Bihan", "Marie DUPONT": after the given name {@code given}, a
   * family name at {@code j} that is no common word (it need not be in the family-name list:
   * foreign and rare names).
   */
  private boolean familyAfterGiven(PhiTokens t, String given, int j) {
    NameGroups.Word second = groups.word(t, j, false);
    if (second == null || second.initial()) {
      return false;
    }
    int w = second.last();
    String f = t.fold[w];
    boolean upper = t.shape[w] == Shape.UPPER && f.length() >= 3 && !lex.isCommonWord(f);
    boolean title = t.shape[w] == Shape.TITLE && (f.length() >= 3 || second.first() < w)
        && !lex.isCommonWordOrPlural(f) && !names.isPlaceMoreThanName(given);
    return upper || title;
  }

  /** True for two upper-case words: a known family name that is no given name, then a given name. */
  private boolean upperFamilyThenGiven(PhiTokens t, int i, int j) {
    String a = t.fold[i];
    String b = t.fold[j];
    return t.shape[i] == Shape.UPPER && t.shape[j] == Shape.UPPER && t.begin[j] - t.end[i] < NameWords.COLUMN_GAP
        && a.length() >= 3 && names.isFamily(a) && !names.isGiven(t, i) && !lex.isCommonWordOrPlural(a)
        && names.isGiven(t, j) && !lex.isCommonWordOrPlural(b)
        && lex.communes().longestMatch(t.fold, i, t.size) == 0;
  }

  /**
   * "et Morgane, qui vit à Brest", "(Katell, cabinet infirmier)", "Moussa, 14 ans": a known
   * given name standing alone inside a sentence is a person's given name. Not at the start of a
   * line or a sentence, not next to another capitalised word (a place or a longer name that
   * the other rules judge), not a common word, not a commune rather than a name ("Paris").
   */
  int loneGivenName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (used[i] || t.shape[i] != Shape.TITLE || !names.isGiven(t, i)) {
      return i + 1;
    }
    String f = t.fold[i];
    int n = i + 1;
    boolean lineEnd = n >= t.size || t.lineBefore[n];
    // "… compris. -Karim", "10h20 - Aurore (IDE)": a note signed with a given name after a dash.
    boolean signature = t.is(i - 1, "-") && !t.lineBefore[i]
        && (lineEnd || (t.is(n, "(") && n + 2 < t.size && t.is(n + 2, ")") && labels.isRole(t.fold[n + 1])));
    // "Gwendal (24 ans, marin)": a given name and an age.
    boolean aged =
        t.is(n, "(") && n + 2 < t.size && t.shape[n + 1] == Shape.NUMBER && AGE_UNITS.contains(t.fold[n + 2]);
    // "Martine, secrétaire USP": a given name and its role, alone at the start of a line.
    boolean signedRole =
        t.lineBefore[i] && t.is(n, ",") && n + 1 < t.size && !t.lineBefore[n + 1] && labels.isRole(t.fold[n + 1]);
    boolean person = signature || aged || signedRole;
    if (t.lineBefore[i] && !person) {
      return i + 1;
    }
    boolean sentenceStart = t.is(i - 1, ".") || t.is(i - 1, "!") || t.is(i - 1, "?") || t.is(i - 1, "-");
    boolean nextCapitalised = n < t.size && !t.lineBefore[n] && t.capitalised(n);
    if ((sentenceStart && !person) || t.capitalised(i - 1) || nextCapitalised || lex.isCommonWordOrPlural(f)
        || lex.isStopWord(f)
        || names.isPlaceMoreThanName(f) || NameTokens.isMonth(f) || lex.isCountry(f) || NameTokens.hasInnerCapital(t, i)
        || (!person && !lex.isFrequentGivenName(f) && lex.isFamilyName(f))
        || (i > 0 && t.shape[i - 1] == Shape.NUMBER && t.end[i - 1] - t.begin[i - 1] == POSTCODE_LENGTH)) {
      // "75015 Paris": after a postcode, the town.
      return i + 1;
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    return i + 1;
  }
}

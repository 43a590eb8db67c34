package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Carers and relatives named in lower case in informal notes: a known given name before its
 * role in brackets ("vu avec nathalie (IDE de tri)", "lucie / nadia (AS)"), after a role word
 * ("demande de l'IDE aurélie"), and a given and family name before a phone number ("(karine
 * fabre, 06 …", "sophie lapierre-morel, tel …"). A given name must be in the lexicon and be no
 * common word, stop word or month.
 */
final class InformalNames {
  /** Care roles written next to a carer's given name ("julie (AS)", "l'IDE aurélie"). */
  private static final Set<String> CARE_ROLES =
      Set.of(
          "ide", "idec", "idel", "as", "ash", "aide-soignante", "aide-soignant", "interne", "externe", "infirmier",
          "infirmiere", "kine", "kinesitherapeute", "cadre", "iao", "ioa", "iade", "ibode", "ipa", "psychologue",
          "psy", "dieteticienne", "dieteticien", "assistante", "secretaire", "manipulatrice", "manipulateur",
          "esi", "operateur", "operatrice", "etudiante", "etudiant", "stagiaire", "sage-femme", "auxiliaire", "aes", "ergotherapeute");
  /** How many tokens back from a colon a role label may start ("circulante (coordonnateur check-list) :"). */
  private static final int LABEL_REACH = 8;

  private final NameTokens names;
  private final NameLabels labels;

  InformalNames(NameTokens names, NameLabels labels) {
    this.names = names;
    this.labels = labels;
  }

  /**
   * "julie (AS)", "jérôme (interne)", "lucie / nadia (AS)": a lower-case given name right before
   * a care role in brackets, and a given name before it joined by "/" (two signatures).
   *
   * @return the token after the name, or {@code i} when there is none
   */
  int beforeRole(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int open = i + 1;
    if (open + 1 >= t.size || !lowerGiven(t, i, used) || !t.is(open, "(") || t.lineBefore[open]
        || t.lineBefore[open + 1] || !CARE_ROLES.contains(t.fold[open + 1])) {
      return i;
    }
    if (i >= 2 && t.is(i - 1, "/") && !t.lineBefore[i - 1] && lowerGiven(t, i - 2, used)) {
      NameTokens.emit(t, i - 2, i - 2, "PRENOM", out, used);
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    return i + 1;
  }

  /**
   * "demande de l'IDE aurélie en HDJ", "kiné jérôme": a lower-case given name right after a
   * care role word.
   */
  boolean afterRole(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int r = i - 1;
    if (r < 0 || t.lineBefore[i] || !lowerGiven(t, i, used) || !CARE_ROLES.contains(roleWord(t.fold[r]))) {
      return false;
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    return true;
  }

  /**
   * "IDE nuit : steph", "circulante (coordonnateur check-list) : sophie": a lower-case given
   * name right after the colon of a label of the same line that holds a care role.
   */
  boolean afterRoleLabel(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (i < 2 || !t.is(i - 1, ":") || t.lineBefore[i] || t.lineBefore[i - 1] || !lowerGiven(t, i, used)) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 1 - LABEL_REACH; k--) {
      String f = t.fold[k];
      if (t.is(k, ":") || t.is(k, ";")) {
        return false;
      }
      // Not the "De :" of a message header, a role label of two letters.
      if (CARE_ROLES.contains(f) || (labels.isRole(f) && f.length() >= 3)) {
        NameTokens.emit(t, i, i, "PRENOM", out, used);
        return true;
      }
      if (t.lineBefore[k]) {
        return false;
      }
    }
    return false;
  }

  /**
   * "(karine fabre, 06 39 …", "sophie lapierre-morel, tel 06 …": opening a line or a bracket, a
   * known given name then a known family name (or two joined by a hyphen) in lower case, a comma
   * and a number later on the line (a phone number, a date).
   *
   * @return the token after the family name, or {@code i} when there is none
   */
  int givenThenFamily(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    if (!(t.lineBefore[i] || t.is(i - 1, "(")) || n + 1 >= t.size || !lowerGiven(t, i, used) || used[n]
        || t.lineBefore[n] || t.shape[n] != Shape.LOWER || !names.isFamily(t.fold[n])
        || !names.isLowerName(t.fold[n]) || !t.is(n + 1, ",")) {
      return i;
    }
    for (int k = n + 2; k < t.size && !t.lineBefore[k] && k <= n + NameWords.MAX_DATED_BY_TOKENS; k++) {
      if (t.shape[k] == Shape.NUMBER) {
        NameTokens.emit(t, i, i, "PRENOM", out, used);
        NameTokens.emit(t, n, n, "NOM", out, used);
        return n + 1;
      }
    }
    return i;
  }

  /** "l'ide" as one token: the word after the elided article. */
  private static String roleWord(String folded) {
    int apostrophe = Math.max(folded.lastIndexOf('\''), folded.lastIndexOf('’'));
    return apostrophe < 0 ? folded : folded.substring(apostrophe + 1);
  }

  /** A lower-case known given name of three letters or more, no common word, no commune alone. */
  private boolean lowerGiven(PhiTokens t, int k, boolean[] used) {
    if (k < 0) {
      return false;
    }
    String f = t.fold[k];
    return !used[k] && t.shape[k] == Shape.LOWER && names.isGiven(t, k) && names.isLowerName(f)
        && !names.isPlaceMoreThanName(f);
  }
}

package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Carers and relatives named in lower case in informal notes: a known given name before its
 * role in brackets ("vu avec nathalie (IDE de tri)", "lucie / nadia (AS)"), after a role word
 * ("demande de l'IDE aurélie"), and a given and family name before a phone number ("(karine
 * fabre, 06 …", "sophie lapierre-morel, tel …"), a given name signing a handover after a dash
 * ("-- sophie, IDE") and a capitalised name in brackets after a care role ("-- interne (Théo
 * Py)"). A given name must be in the lexicon and be no common word, stop word or month.
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

  /** Longest name in brackets after a care role: "interne (Anne-Laure Le Py)". */
  private static final int MAX_BRACKETED_WORDS = 3;

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;

  InformalNames(PhiLexicons lex, NameTokens names, NameLabels labels) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
  }

  /**
   * "-- sophie, IDE", "-- yannick IDE", "— gaëlle (G. Pennec)": the lower-case given name that
   * signs an entry of a handover after a dash, closing its line or followed by a comma, a full
   * stop, a care role or the writer's name in brackets (an initial and a capitalised family name,
   * whose family name is taken too).
   *
   * @return the token after what was read, or {@code i} when nothing signs here
   */
  int dashSignature(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (!afterSignOffDash(t, i) || !lowerGiven(t, i, used)) {
      return i;
    }
    int n = i + 1;
    boolean closed = n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, ".") || t.is(n, "(")
        || CARE_ROLES.contains(t.fold[n]);
    if (!closed) {
      return i;
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    int family = n + 3;
    if (t.is(n, "(") && family + 1 < t.size && t.shape[n + 1] == Shape.LETTER && t.is(n + 2, ".")
        && t.shape[family] == Shape.TITLE && t.is(family + 1, ")") && !t.lineBefore[family] && !used[family]
        && !lex.isCommonWordOrPlural(t.fold[family]) && !lex.isStopWord(t.fold[family])) {
      NameTokens.emit(t, family, family, "NOM", out, used);
      return family + 2;
    }
    return n;
  }

  /** True if a dash of two hyphens or a long dash stands right before token {@code i}, on its line. */
  private static boolean afterSignOffDash(PhiTokens t, int i) {
    int c = t.begin[i] - 1;
    while (c >= 0 && t.text.charAt(c) == ' ') {
      c--;
    }
    if (c < 0 || c == t.begin[i] - 1) {
      return false;
    }
    char last = t.text.charAt(c);
    return last == '—' || last == '–' || (last == '-' && c > 0 && t.text.charAt(c - 1) == '-');
  }

  /**
   * "-- interne (Théo Py)", "l'IDE (Le Goff)": capitalised words in brackets right after a care
   * role are the carer's name (the last the family name, a known given name before it), when
   * none is a common word, a stop word or an acronym.
   *
   * @return the token after the closing bracket, or {@code i} when there is no name
   */
  int roleThenBracket(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int open = i + 1;
    if (!CARE_ROLES.contains(roleWord(t.fold[i])) || !t.is(open, "(") || t.lineBefore[open]) {
      return i;
    }
    int k = open + 1;
    while (k < t.size && k - open <= MAX_BRACKETED_WORDS && !t.lineBefore[k] && !used[k] && bracketedName(t, k)) {
      k++;
    }
    int last = k - 1;
    if (last == open || k >= t.size || !t.is(k, ")")) {
      return i;
    }
    for (int w = open + 1; w < last; w++) {
      NameTokens.emit(t, w, w, names.isGiven(t, w) ? "PRENOM" : "NOM", out, used);
    }
    // "l'interne (Yanis)": a known given name alone is the given name carers go by.
    boolean givenAlone = last == open + 1 && names.isGiven(t, last) && !lex.isFamilyName(t.fold[last]);
    NameTokens.emit(t, last, last, givenAlone ? "PRENOM" : "NOM", out, used);
    return k + 1;
  }

  /**
   * A capitalised word of two letters or more, no acronym, common word, stop word or month; a
   * commune's name counts, the role before the bracket making the words a person ("interne (Py)").
   */
  private boolean bracketedName(PhiTokens t, int k) {
    String f = t.fold[k];
    return t.shape[k] == Shape.TITLE && f.length() >= 2 && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)
        && !NameTokens.isMonth(f);
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

package org.onconlp.deid.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Initials of typists, writers and trial patients: "MK/ap" alone on a line, "frappé … par KM.",
 * "Réf. : HB", "Initiales CRF : G-S"; each group of letters is a name.
 */
final class TypistInitials {
  /** Verbs of typing or writing a text, after which "par XY." names the typist by initials. */
  private static final Set<String> TYPED_BY =
      Set.of(
          "saisi", "saisie", "frappe", "frappee", "dicte", "dictee", "redige", "redigee", "relu", "relue", "tape", "tapee",
          "edite", "editee", "imprime", "imprimee", "scanne", "scannee", "numerise", "numerisee", "recu", "recue",
          "enregistre", "enregistree");
  /** A trial patient's spelt initials: "G-S", "R.M.", "J.-P.D.", "M.-T. R." (upper-case letters joined). */
  private static final Pattern SPELT_INITIALS = Pattern.compile("\\p{Lu}(?:(?:\\.-?|-|\\. )\\p{Lu})+\\.?(?=\\s|$|[,;)])");
  /** Typist's initials: "MK/ap", "HB/NL", "NR", groups of two or three letters joined by "/". */
  private static final Pattern INITIALS_GROUPS =
      Pattern.compile("(\\p{L}{2,3})(?:/\\p{L}{2,3})*(?=\\s|$|[.,;)])");
  private static final Pattern INITIALS_GROUP = Pattern.compile("\\p{L}{2,3}");

  private final PhiLexicons lex;

  TypistInitials(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * "Réf. : MK/ap", "N/Réf : HB", "Saisie : NR", "Initiales CRF : G-S", "Initiales : R.M.": after
   * a label of kind "initials" (name-labels.txt) and its colon, the value is a run of initials
   * groups ("MK/ap": each a name) or of single letters joined by "-" or "." (a trial patient's
   * initials: family name first, then given names). Not a reference number, not a word ("le",
   * "non").
   *
   * @return the token after the initials, or {@code i} when there are none
   */
  int labelledInitials(PhiTokens t, int i, List<PhiSpan> out) {
    int colon = i + 1;
    while (colon < t.size && colon <= i + NameWords.MAX_INITIALS_LABEL && !t.lineBefore[colon] && !t.is(colon, ":")) {
      colon++;
    }
    int k = colon + 1;
    if (k >= t.size || !t.is(colon, ":") || t.lineBefore[k]) {
      return i;
    }
    int lineEnd = t.text.indexOf('\n', t.begin[k]);
    String rest = t.text.substring(t.begin[k], lineEnd < 0 ? t.text.length() : lineEnd);
    Matcher letters = SPELT_INITIALS.matcher(rest);
    boolean spelt = letters.lookingAt();
    int space = spelt ? letters.group().lastIndexOf(' ') : -1;
    if (space > 0) {
      // "M.-T. R.": written apart, the given name's initials, then the family name's.
      out.add(new PhiSpan(t.begin[k], t.begin[k] + space, "PRENOM"));
      out.add(new PhiSpan(t.begin[k] + space + 1, t.begin[k] + letters.end(), "NOM"));
      return tokenAfter(t, k, t.begin[k] + letters.end());
    }
    if (spelt) {
      int n = 0;
      for (int c = 0; c < letters.end(); c++) {
        if (Character.isLetter(rest.charAt(c))) {
          int at = t.begin[k] + c;
          out.add(new PhiSpan(at, at + 1, n++ == 0 ? "NOM" : "PRENOM"));
        }
      }
      return tokenAfter(t, k, t.begin[k] + letters.end());
    }
    Matcher groups = INITIALS_GROUPS.matcher(rest);
    String first = groups.lookingAt() ? groups.group(1).toLowerCase(Locale.ROOT) : null;
    // "Réf. : ME/ai": a group followed by another is initials even when it spells a word.
    boolean run = first != null && groups.end() > groups.end(1);
    if (first == null || (!run && (lex.isStopWord(first) || lex.isCommonWord(first)))) {
      return i;
    }
    Matcher group = INITIALS_GROUP.matcher(rest).region(0, groups.end());
    while (group.find()) {
      out.add(new PhiSpan(t.begin[k] + group.start(), t.begin[k] + group.end(), "NOM"));
    }
    return tokenAfter(t, k, t.begin[k] + groups.end());
  }

  /** The first token from {@code k} on that starts at or after character {@code offset}. */
  private static int tokenAfter(PhiTokens t, int k, int offset) {
    int j = k;
    while (j < t.size && t.begin[j] < offset) {
      j++;
    }
    return j;
  }

  /**
   * "Saisie eCRF faite le 22/03/2024 par KM.": upper-case initials ending the sentence after
   * "par", when a verb of typing or writing (saisi, frappé, dicté, rédigé, relu) stands earlier
   * on the line; "confirmé par IRM." has no such verb.
   */
  int typedByInitials(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int k = i + 1;
    // "scanné … par lv.", "édité … par ngu - page 1": lower-case initials too, when no word.
    boolean lowerInitials = k < t.size && t.shape[k] == Shape.LOWER && !lex.isStopWord(t.fold[k])
        && !lex.isCommonWordOrPlural(t.fold[k]);
    if (k >= t.size || t.lineBefore[k] || (t.shape[k] != Shape.UPPER && !lowerInitials) || !isInitialsGroup(t, k)
        || !(k + 1 == t.size || t.lineBefore[k + 1] || t.is(k + 1, ".") || t.is(k + 1, ",") || t.is(k + 1, "-")
            || t.begin[k + 1] - t.end[k] >= NameWords.COLUMN_GAP || datedAfter(t, k + 1))) {
      return i;
    }
    if (typedBefore(t, i)) {
      NameTokens.emit(t, k, k, "NOM", out, used);
      return k + 1;
    }
    return i;
  }

  /** "tapée par jl le 22/01/25": "le" and a date after the typist's initials. */
  private static boolean datedAfter(PhiTokens t, int k) {
    return k + 1 < t.size && t.is(k, "le") && !t.lineBefore[k + 1] && t.shape[k + 1] == Shape.NUMBER;
  }

  /** True if a verb of typing or writing stands before token {@code i} on its line, close to it. */
  private static boolean typedBefore(PhiTokens t, int i) {
    for (int b = i - 1; b >= 0 && i - b <= NameWords.MAX_DATED_BY_TOKENS && !t.lineBefore[b + 1]; b--) {
      if (TYPED_BY.contains(t.fold[b])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "RB/LC/kg", "VD/fb": the writer's and typist's initials alone on a line, as letters are
   * signed in French hospitals; each group is a name.
   */
  int dictationInitials(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    // Alone on a line, or closing a "Dicté le … – frappé le … – NSH/RA/mv" line.
    // ... or after the last sentence of a line: "Conciliation terminée à 10h30. AM/CG".
    // ... or in brackets after the typing date: "frappé le 19.06.24 (PYG/cb)".
    boolean bracketed = t.is(i - 1, "(") && typedBefore(t, i - 1);
    boolean start = t.lineBefore[i] || (t.fold[i - 1].equals("-") && !t.glued(i))
        || (t.is(i - 1, ".") && !t.glued(i) && t.shape[i] == Shape.UPPER) || bracketed;
    if (!start || !isInitialsGroup(t, i)) {
      return i;
    }
    int k = i + 1;
    int groups = 1;
    // "pl/ nb": one space may follow the slash.
    while (k + 1 < t.size && !t.lineBefore[k] && t.is(k, "/") && t.glued(k) && t.begin[k + 1] - t.end[k] <= 1
        && !t.lineBefore[k + 1] && isInitialsGroup(t, k + 1)) {
      k += 2;
      groups++;
    }
    // "jf/sb  --  dicte non relu": a dash may follow the initials.
    boolean closed = k < t.size && !t.lineBefore[k] && ((bracketed && t.is(k, ")")) || NameTokens.isDash(t, k))
        && !lex.isCommonWordOrPlural(t.fold[i]);
    // "MP" alone on the last line of a letter: the typist's initials.
    // "SA" too: a possessive alone in capitals on its own line cannot be a sentence.
    boolean typist = groups == 1 && k == t.size && t.lineBefore[i] && t.shape[i] == Shape.UPPER
        && (NameWords.POSSESSIVES.contains(t.fold[i]) || !lex.isStopWord(t.fold[i]) && !lex.isCommonWord(t.fold[i]));
    if ((groups < 2 && !typist) || (groups > 1 && hasUpperStopWord(t, i, k))
        || (k < t.size && !t.lineBefore[k] && t.begin[k] - t.end[k - 1] < NameWords.COLUMN_GAP && !closed)) {
      return i;
    }
    for (int g = i; g < k; g += 2) {
      NameTokens.emit(t, g, g, "NOM", out, used);
    }
    return k;
  }

  /** True if a three-letter upper-case group of {@code i..k} (step 2) is a stop word: "TEP/TDM" are no initials. */
  private boolean hasUpperStopWord(PhiTokens t, int i, int k) {
    for (int g = i; g < k; g += 2) {
      if (t.shape[g] == Shape.UPPER && t.end[g] - t.begin[g] > 2 && lex.isStopWord(t.fold[g])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInitialsGroup(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    if (len < 2 || len > 3 || (t.shape[k] != Shape.UPPER && t.shape[k] != Shape.LOWER)) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }
}

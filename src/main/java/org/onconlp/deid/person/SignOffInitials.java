package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Initials closing a signature or validation line: "Signé le 17/09/2024 – (JR/HP)", "Validé : RF
 * / CV", "signature électronique HCD", "L. Da Silva (LDS) – 29/10/2024", "(visa : JH)", "(agent :
 * lm)", a writer's and typist's "GV/md" after a column gap or "p/o", and "NH" or "mt" alone
 * closing a note. Every group of letters is a name (NOM).
 */
final class SignOffInitials {
  /** Words of signing or validating: on the line before the initials, they make them a signature. */
  private static final Set<String> SIGN_WORDS =
      Set.of(
          "signe", "signee", "signature", "signatures", "signes", "valide", "validee", "validation", "visa", "paraphe",
          "cachet", "agent", "electronique", "electroniquement", "relu", "relue", "verifie", "verifiee", "controle");
  /** Units written like a typist's initials ("UI/ml", "MUI/kg"), never initials. */
  private static final Set<String> UNITS =
      Set.of("ml", "kg", "mg", "dl", "mn", "min", "cm", "mm", "gr", "sem", "an", "ans", "mol", "mmol", "ui", "h", "j");
  /** Clinical roles after whose label "M." is a given name's initial ("Physicien médical : M. Haas"). */
  private static final Set<String> CLINICAL_ROLES =
      Set.of(
          "physicien", "radiotherapeute", "chirurgien", "oncologue", "radiologue", "pathologiste", "biologiste",
          "anesthesiste", "operateur", "signataire", "redacteur", "redactrice", "valideur", "auteur", "interne");
  /** Closing words of a message, after which "M. Sarrazin" signs with an initial. */
  private static final Set<String> CLOSINGS =
      Set.of("merci", "cordialement", "amicalement", "confraternellement", "bien", "bises", "salutations");
  /** Most groups in a run of initials ("RB/LC/kg"). */
  private static final int MAX_GROUPS = 4;
  /** Most tokens between a signing word and the initials on their line. */
  private static final int MAX_SIGN_DISTANCE = 14;

  private final PhiLexicons lex;

  SignOffInitials(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * A run of initials groups ("JR/HP", "RF / CV", "SB/ah", "HCD") starting at token {@code i}
   * and closing its line (or before ")" closing it, a spaced dash or a column gap), when: a
   * signing word stands earlier on the line and the run follows "(", a label's colon, a spaced
   * dash or slash or the signing word itself; or the run mixes an upper-case writer's group and a
   * lower-case typist's group ("GV/md") after a column gap or "p/o".
   *
   * @return the token after the run, or {@code i} when there is none
   */
  int run(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (i == 0 || used[i] || t.lineBefore[i] || !isGroup(t, i) || (t.glued(i) && !t.is(i - 1, "("))) {
      return i;
    }
    int k = i + 1;
    int groups = 1;
    boolean upper = t.shape[i] == Shape.UPPER;
    boolean lower = t.shape[i] == Shape.LOWER;
    while (groups < MAX_GROUPS && k + 1 < t.size && t.is(k, "/") && !t.lineBefore[k] && !t.lineBefore[k + 1]
        && t.begin[k] - t.end[k - 1] <= 1 && t.begin[k + 1] - t.end[k] <= 1 && isGroup(t, k + 1)) {
      upper |= t.shape[k + 1] == Shape.UPPER;
      lower |= t.shape[k + 1] == Shape.LOWER;
      k += 2;
      groups++;
    }
    // "IE / PL": a group after a spaced slash continues a run whose first group another rule took.
    if (!closesLine(t, k) || !plausible(t, i, k, groups, t.is(i - 1, "/"))) {
      return i;
    }
    int p = i - 1;
    boolean signed = signedBefore(t, i);
    boolean spacedMark = (t.is(p, "(") && (t.is(k, ")") || k == t.size || t.lineBefore[k]))
        || t.is(p, ":") || (NameTokens.isDash(t, p) || t.is(p, "/")) && !t.glued(p);
    boolean afterSignWord = SIGN_WORDS.contains(t.fold[p]);
    boolean typist = upper && lower && groups >= 2 && t.shape[i] == Shape.UPPER && t.shape[p] != Shape.NUMBER
        && (t.begin[i] - t.end[p] >= NameWords.COLUMN_GAP || perOrder(t, p));
    if (!(signed && (spacedMark || afterSignWord)) && !typist) {
      return i;
    }
    for (int g = i; g < k; g += 2) {
      NameTokens.emit(t, g, g, "NOM", out, used);
    }
    return k;
  }

  /**
   * "Revoir la fille en fin de semaine. NH", "mt" alone on the last line: one group of
   * initials closing the whole text after a sentence or a blank line signs the note.
   */
  boolean closingInitials(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (i == 0 || i + 1 != t.size || used[i] || !isGroup(t, i) || !plausible(t, i, i + 1, 1, false)) {
      return false;
    }
    boolean afterSentence = t.shape[i] == Shape.UPPER && (t.is(i - 1, ".") || t.is(i - 1, "!")) && !t.glued(i);
    boolean aloneAfterBlank = t.lineBefore[i] && NameTokens.blankLineBefore(t, i);
    if (!afterSentence && !aloneAfterBlank) {
      return false;
    }
    NameTokens.emit(t, i, i, "NOM", out, used);
    return true;
  }

  /**
   * "Physicien médical : M. Haas", "Signature du médecin :⏎M. Le Dren", "Merci !⏎>> M.
   * Sarrazin": "M." before a capitalised name is a given name's initial, not "Monsieur", after a
   * clinical role's label, under a signature label or on the line after a closing word.
   */
  void initialNotTitle(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 2;
    if (n >= t.size || !t.is(i, "M") || !t.is(i + 1, ".") || !t.glued(i + 1) || t.lineBefore[n] || !t.capitalised(n)) {
      return;
    }
    boolean afterRole = false;
    if (i >= 2 && t.is(i - 1, ":") && !t.lineBefore[i]) {
      for (int b = i - 2; b >= 0 && b >= i - 4 && !afterRole; b--) {
        afterRole = CLINICAL_ROLES.contains(t.fold[b]);
        if (t.lineBefore[b]) {
          break;
        }
      }
    }
    if (afterRole || (lineStart(t, i) && signingLineBefore(t, i))) {
      out.add(new PhiSpan(t.begin[i], t.end[i + 1], "PRENOM"));
    }
  }

  /** Token {@code i} opens its line, after quote marks of a reply (">>") at most. */
  private static boolean lineStart(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k] && NameTokens.isMadeOf(t, k - 1, ">")) {
      k--;
    }
    return t.lineBefore[k] && (k == i || NameTokens.isMadeOf(t, k, ">"));
  }

  /** The line before token {@code i}'s line holds a closing word, or a signature label ending with ":". */
  private static boolean signingLineBefore(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k]) {
      k--;
    }
    boolean colonEnd = k > 0 && t.is(k - 1, ":");
    for (int b = k - 1; b >= 0; b--) {
      if (CLOSINGS.contains(t.fold[b]) || (colonEnd && t.fold[b].startsWith("signature"))) {
        return true;
      }
      if (t.lineBefore[b]) {
        return false;
      }
    }
    return false;
  }

  /** The run ends its line, or is closed by ")" ending it or followed by a dash, or a column gap follows. */
  private static boolean closesLine(PhiTokens t, int k) {
    if (k >= t.size || t.lineBefore[k]) {
      return true;
    }
    if (t.is(k, ")")) {
      int n = k + 1;
      return n >= t.size || t.lineBefore[n] || NameTokens.isDash(t, n);
    }
    return NameTokens.isDash(t, k) && !t.glued(k) || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP;
  }

  /**
   * No word: one group must be no stop word, common word (unless it continues a run) or unit; a
   * run of several no unit.
   */
  private boolean plausible(PhiTokens t, int i, int k, int groups, boolean continued) {
    for (int g = i; g < k; g += 2) {
      String f = t.fold[g];
      if (UNITS.contains(f)
          || (groups == 1 && (lex.isStopWord(f) || (!continued && lex.isCommonWordOrPlural(f))))) {
        return false;
      }
    }
    return true;
  }

  /** "p/o AHS/mk": "per order", signing for someone else. */
  private static boolean perOrder(PhiTokens t, int p) {
    return p >= 2 && t.is(p, "o") && t.is(p - 1, "/") && t.is(p - 2, "p");
  }

  /** True if a signing word stands before token {@code i} on its line, close to it. */
  private static boolean signedBefore(PhiTokens t, int i) {
    for (int b = i - 1; b >= 0 && i - b <= MAX_SIGN_DISTANCE; b--) {
      if (SIGN_WORDS.contains(t.fold[b])) {
        return true;
      }
      if (t.lineBefore[b]) {
        return false;
      }
    }
    return false;
  }

  /** Two to four letters, all upper or all lower case. */
  private static boolean isGroup(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    if (len < 2 || len > 4 || (t.shape[k] != Shape.UPPER && t.shape[k] != Shape.LOWER)) {
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

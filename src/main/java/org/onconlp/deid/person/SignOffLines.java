package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * People signing with initials, a login or a bare given name: after a closing line or an e-mail
 * separator ("Merci,⏎Sam", "Bien à vous,⏎--⏎élodie", "Cordialement,⏎M.-C. — bureau"), after a
 * signing dash ("-- LV", "— m. chevallier, psychologue", "16:07 - CBR"), after a signing label
 * ("Signature investigateur : G.P.", "(paraphe) M-O R"), a typist's group after a name ("Dr Zimmer
 * Hélène / ab"), initials opening a line after a blank line ("J.P. diét."), and logins after a
 * user cue ("utilisateur sbonnet", "SAISI_PAR=gm").
 */
final class SignOffLines {
  /** Last words of a closing line. */
  private static final Set<String> CLOSINGS =
      Set.of(
          "merci", "cordialement", "amicalement", "confraternellement", "bises", "salutations", "amities", "vous",
          "remerciements", "bisous", "courage");
  /** Words of signing on a line, after which initials after a colon, bracket or gap sign it. */
  private static final Set<String> SIGN_WORDS =
      Set.of("signature", "paraphe", "visa", "validation", "signe", "signee", "valide", "validee");
  /** Words naming a user account, before a login. */
  private static final Set<String> LOGIN_CUES =
      Set.of("utilisateur", "user", "login", "operateur", "operatrice", "saisi_par", "user_id", "auteur", "dact");

  private final PhiLexicons lex;
  private final NameInitials initials;

  SignOffLines(PhiLexicons lex, NameInitials initials) {
    this.lex = lex;
    this.initials = initials;
  }

  /** Finds every signature above; {@code out} holds the names found so far. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Set<String> learned = new HashSet<>();
    for (int k = 0; k < t.size; k++) {
      if (LOGIN_CUES.contains(t.fold[k])) {
        login(t, k, out, used);
      } else if (isDash(t, k)) {
        afterDash(t, k, out, used, learned);
      } else if (t.lineBefore[k] || k == 0) {
        lineStart(t, k, out, used, learned);
      } else if (isUnitStart(t, k) && !used[k] && signedBefore(t, k)) {
        unitClosing(t, k, out, used, learned, true);
      }
    }
  }

  /**
   * A lower-case login: first letters then a family name of the lexicon ("sbonnet", "dlemaire"),
   * or any lower-case word that is no common word after a user cue.
   */
  static boolean isLogin(PhiLexicons lex, PhiTokens t, int k) {
    if (k >= t.size || t.shape[k] != Shape.LOWER || t.end[k] - t.begin[k] < 4) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    String f = t.fold[k];
    return !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f) && !lex.isGivenName(f)
        && (lex.isFamilyName(f.substring(1)) && f.length() >= 5 || lex.isFamilyName(f.substring(2)) && f.length() >= 6);
  }

  private void login(PhiTokens t, int k, List<PhiSpan> out, boolean[] used) {
    int j = k + 1;
    while (j < t.size && (t.is(j, ":") || t.is(j, "=") || t.is(j, ".")) && !t.lineBefore[j]) {
      j++;
    }
    if (j >= t.size || used[j] || t.lineBefore[j] || t.shape[j] != Shape.LOWER) {
      return;
    }
    String f = t.fold[j];
    boolean initialsGroup = NameInitials.isGroup(t, j) && !NameInitials.NOT_INITIALS.contains(f)
        && (t.is(j - 1, "=") || t.is(j - 1, ".")) && (j + 1 >= t.size || t.lineBefore[j + 1] || !t.glued(j + 1));
    if (isLogin(lex, t, j) || initialsGroup) {
      NameTokens.emit(t, j, j, "NOM", out, used);
    } else if (lex.isGivenName(f) && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)) {
      NameTokens.emit(t, j, j, "PRENOM", out, used);
    }
  }

  /** "-- LV", "— m. chevallier, psychologue", "16:07 - CBR", "Hélène / ab": a signature after a dash or slash. */
  private void afterDash(PhiTokens t, int k, List<PhiSpan> out, boolean[] used, Set<String> learned) {
    int j = k + 1;
    while (j < t.size && isDash(t, j) && t.glued(j)) {
      j++;
    }
    if (j >= t.size || t.lineBefore[j] || used[j] || t.glued(j)) {
      return;
    }
    boolean opens = t.lineBefore[k] || k == 0 || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP
        || t.shape[k - 1] == Shape.NUMBER && !t.is(k, "/") || t.is(k, "/") && used[k - 1];
    if (!opens) {
      return;
    }
    if (t.is(k, "/")) {
      if (t.shape[j] == Shape.LOWER && NameInitials.isGroup(t, j) && closes(t, j + 1)
          && !NameInitials.NOT_INITIALS.contains(t.fold[j]) && !lex.isStopWord(t.fold[j])) {
        NameTokens.emit(t, j, j, "NOM", out, used);
      } else if (initials.unit(t, j) > j + 1) {
        // "D. H. / K. V.": the second signer's initials after those another rule took.
        unitClosing(t, j, out, used, learned, false);
      }
      return;
    }
    if (t.text.charAt(t.begin[j]) == 'm' && t.is(j + 1, ".") && j + 2 < t.size && !t.lineBefore[j + 2]
        && t.end[j] - t.begin[j] == 1 && isNameWord(t, j + 2)) {
      NameTokens.emit(t, j, j + 1, "PRENOM", out, used);
      NameTokens.emit(t, j + 2, j + 2, "NOM", out, used);
    } else if (isLogin(lex, t, j) && closes(t, j + 1)) {
      NameTokens.emit(t, j, j, "NOM", out, used);
    } else {
      unitClosing(t, j, out, used, learned, false);
    }
  }

  /**
   * A line opening with a signature: after a closing line or a separator, initials, a given name
   * or a short lower-case word alone; after a blank line, letters with dots ("J.P. diét."), or a
   * writer's and typist's groups ("FDLBM/sc").
   */
  private void lineStart(PhiTokens t, int k, List<PhiSpan> out, boolean[] used, Set<String> learned) {
    int j = k;
    while (j < t.size && NameTokens.isMadeOf(t, j, ">") && !t.lineBefore[j + 1 < t.size ? j + 1 : j]) {
      j++;
    }
    if (j >= t.size || used[j] || (j > k && t.lineBefore[j])) {
      return;
    }
    if (afterClosing(t, k)) {
      if (unitClosing(t, j, out, used, learned, false)) {
        return;
      }
      String f = t.fold[j];
      boolean alone = closes(t, j + 1) || t.is(j + 1, ",");
      boolean given = lex.isGivenName(f) && (t.shape[j] == Shape.TITLE || t.shape[j] == Shape.LOWER);
      boolean nickname = t.shape[j] == Shape.LOWER && f.length() >= 3 && f.length() <= 8 && closes(t, j + 1)
          && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f);
      if (alone && (given || nickname) && !lex.isStopWord(f)) {
        NameTokens.emit(t, j, j, "PRENOM", out, used);
      }
      return;
    }
    if (k > 0 && NameTokens.blankLineBefore(t, k)) {
      int e = initials.unit(t, j);
      if (e > j + 1) {
        NameInitials.emitUnit(t, j, e, out, used, learned);
      } else if (e == j + 1 && t.shape[j] == Shape.UPPER && t.is(e, "/") && e + 1 < t.size && t.glued(e)
          && t.glued(e + 1) && t.shape[e + 1] == Shape.LOWER && NameInitials.isGroup(t, e + 1) && closes(t, e + 2)) {
        NameTokens.emit(t, j, j, "NOM", out, used);
        NameTokens.emit(t, e + 1, e + 1, "NOM", out, used);
      }
    }
  }

  /**
   * Initials at {@code j} closing their line (or before a comma, a dash or a column gap), runs
   * joined by a spaced slash included ("C. H. / T. W."); single groups must be no word.
   *
   * @return true if initials were emitted
   */
  private boolean unitClosing(
      PhiTokens t, int j, List<PhiSpan> out, boolean[] used, Set<String> learned, boolean signed) {
    int g = j;
    int[] units = new int[2 * 3];
    int n = 0;
    while (n < units.length) {
      int e = initials.unit(t, g);
      if (e < 0 || (e == g + 1 && !plausibleGroup(t, g, signed))) {
        return false;
      }
      units[n++] = g;
      units[n++] = e;
      if (e < t.size && t.is(e, "/") && !t.lineBefore[e] && e + 1 < t.size && !t.lineBefore[e + 1]
          && initials.unit(t, e + 1) > 0) {
        g = e + 1;
      } else {
        break;
      }
    }
    int end = units[n - 1];
    if (!(closes(t, end) || t.is(end, ",") || isDash(t, end) || t.is(end, "(") || units[1] > units[0] + 1)) {
      return false;
    }
    for (int x = 0; x < n; x += 2) {
      NameInitials.emitUnit(t, units[x], units[x + 1], out, used, learned);
    }
    return true;
  }

  /** An upper-case group of two to five letters, no role abbreviation nor (unless signed) a word. */
  private boolean plausibleGroup(PhiTokens t, int k, boolean signed) {
    String f = t.fold[k];
    return t.shape[k] == Shape.UPPER && !NameInitials.NOT_INITIALS.contains(f) && !lex.isStopWord(f)
        && (signed || !lex.isCommonWordOrPlural(f));
  }

  /** The previous non-blank line ends with a closing word, or is an e-mail separator ("--"). */
  private static boolean afterClosing(PhiTokens t, int k) {
    int p = k - 1;
    while (p >= 0 && (t.is(p, ",") || t.is(p, ".") || t.is(p, "!") || NameTokens.isMadeOf(t, p, ">"))) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    if (isDash(t, p)) {
      int q = p;
      while (q > 0 && !t.lineBefore[q] && isDash(t, q - 1)) {
        q--;
      }
      return t.lineBefore[q] || q == 0;
    }
    return CLOSINGS.contains(t.fold[p]);
  }

  /** A signing word earlier on token {@code k}'s line, and a colon, a bracket or a column gap right before it. */
  private static boolean signedBefore(PhiTokens t, int k) {
    boolean marked = t.is(k - 1, ":") || t.is(k - 1, ")") || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP;
    if (!marked) {
      return false;
    }
    for (int b = k - 1; b >= 0; b--) {
      if (SIGN_WORDS.contains(t.fold[b])) {
        return true;
      }
      if (t.lineBefore[b]) {
        return false;
      }
    }
    return false;
  }

  private static boolean isUnitStart(PhiTokens t, int k) {
    return t.shape[k] == Shape.UPPER || NameInitials.isLetterToken(t, k);
  }

  private boolean isNameWord(PhiTokens t, int k) {
    String f = t.fold[k];
    return (t.shape[k] == Shape.LOWER || t.shape[k] == Shape.TITLE) && f.length() >= 3 && !lex.isStopWord(f)
        && !lex.isCommonWordOrPlural(f);
  }

  /** The line ends before token {@code k}, or a column gap comes. */
  private static boolean closes(PhiTokens t, int k) {
    return k >= t.size || t.lineBefore[k] || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP;
  }

  private static boolean isDash(PhiTokens t, int k) {
    return NameTokens.isDash(t, k) || NameTokens.isMadeOf(t, k, "-") || t.is(k, "/");
  }
}

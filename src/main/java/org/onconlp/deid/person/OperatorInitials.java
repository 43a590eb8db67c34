package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Initials of whoever acted, written without a label's colon: an operator chain in a pharmacy or
 * lab trace ("hotte n° 2 - opératrice BGT, contrôle PLM"), an English trial query's answer
 * ("(03MAR2024, RT for PL)"), and the rows of a validation block ("Circuit de validation :" then
 * "Technique : KLM / DPR - 18/07"), whose labels are techniques rather than visa words. A checking
 * word ("contrôle") counts only after an operator's initials on its line, so "contrôle TDM" stays
 * clinical; role and clinical abbreviations, stop words and words are never initials. Who typed,
 * coded or handled the file is written the same way: "frappe ab", "(op. MLC)", "(secrétariat
 * SL)", "codeur (sbo)"; there the initials may be lower case, and after a typing word even a
 * role abbreviation is a typist ("frappe MT").
 */
final class OperatorInitials {
  /** Who prepares or handles, written before their initials. */
  private static final Set<String> OPERATORS =
      Set.of("operateur", "operatrice", "preparateur", "preparatrice", "manipulateur", "manipulatrice");
  /** Who typed, coded or handled the file, written before their initials, maybe in brackets. */
  private static final Set<String> CLERKS = Set.of("secretariat", "secretaire", "codeur", "codeuse", "op");
  /** Typing words: after them no role abbreviation is meant ("frappe MT" is no "médecin traitant"). */
  private static final Set<String> TYPING = Set.of("frappe", "dactylo", "dactylographie");
  /** Units and abbreviations written like a typist's lower-case initials. */
  private static final Set<String> LOWER_NOT_INITIALS = Set.of("ml", "mg", "kg", "cm", "mm", "min", "mn", "sem", "cf", "ds", "pr", "dr");
  /** Who checks, after an operator on the same line. */
  private static final Set<String> CHECKERS = Set.of("controle", "controleur", "controleuse", "verification", "verifie", "verif");
  /** Words of a heading opening a block of visas, one row per step. */
  private static final Set<String> BLOCK_HEADS = Set.of("validation", "validations", "signataires", "intervenants");
  /** Roman numerals ("opérateur II") are ranks, not initials. */
  private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
  /** Most letters of a group of initials. */
  private static final int MAX_GROUP = 4;
  /** Most rows read under a validation heading. */
  private static final int MAX_ROWS = 8;

  private final PhiLexicons lex;
  private final VisaInitials visas;

  OperatorInitials(PhiLexicons lex, VisaInitials visas) {
    this.lex = lex;
    this.visas = visas;
  }

  /** Marks the initials of every form above. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int operatorLine = -1;
    for (int k = 0; k + 1 < t.size; k++) {
      if (t.lineBefore[k]) {
        operatorLine = -1;
      }
      String f = t.fold[k];
      if (OPERATORS.contains(f) || CHECKERS.contains(f) && operatorLine >= 0) {
        if (group(t, k + 1) && closes(t, k + 2) && !used[k + 1]) {
          NameTokens.emit(t, k + 1, k + 1, "NOM", out, used);
          operatorLine = k + 1;
        }
      } else if (CLERKS.contains(f) || TYPING.contains(f)) {
        clerk(t, k, out, used);
      } else if ("for".equals(f) && k > 0 && group(t, k - 1) && group(t, k + 1) && closes(t, k + 2)
          && (t.lineBefore[k - 1] || t.is(k - 2, "(") || t.is(k - 2, ","))) {
        if (!used[k - 1]) {
          NameTokens.emit(t, k - 1, k - 1, "NOM", out, used);
        }
        if (!used[k + 1]) {
          NameTokens.emit(t, k + 1, k + 1, "NOM", out, used);
        }
      } else if (BLOCK_HEADS.contains(f) && t.is(k + 1, ":") && (k + 2 >= t.size || t.lineBefore[k + 2])) {
        rows(t, k + 2, out, used);
      }
    }
  }

  /**
   * The initials right after a clerk's or typing word at {@code k}: "frappe ab", "secrétariat SL)",
   * "op. MLC", "codeur (sbo)"; the initials close the line, a clause or a bracket.
   */
  private void clerk(PhiTokens t, int k, List<PhiSpan> out, boolean[] used) {
    int g = k + 1;
    if ("op".equals(t.fold[k])) {
      // "op." abbreviates "opérateur" only with its dot, inside a bracket or a header.
      if (!t.is(g, ".") || !t.glued(g)) {
        return;
      }
      g++;
    }
    boolean bracketed = g < t.size && t.is(g, "(") && !t.lineBefore[g];
    if (bracketed) {
      g++;
    }
    if (g >= t.size || t.lineBefore[g] || used[g] || !closes(t, g + 1) || bracketed && !t.is(g + 1, ")")) {
      return;
    }
    boolean typing = TYPING.contains(t.fold[k]);
    if (t.shape[g] == Shape.LOWER ? lowerGroup(t, g) : typing ? capitals(t, g) && !lex.isStopWord(t.fold[g]) : group(t, g)) {
      NameTokens.emit(t, g, g, "NOM", out, used);
    }
  }

  /** Two or three lower-case letters that are no word, stop word, unit or abbreviation ("ab", "sbo"). */
  private boolean lowerGroup(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    String f = t.fold[k];
    return len >= 2 && len <= 3 && letters(t, k) && !LOWER_NOT_INITIALS.contains(f) && !NameInitials.NOT_INITIALS.contains(f)
        && !lex.isStopWord(f) && !lex.isCommonWordOrPlural(f);
  }

  /** Two to four capitals, letters only. */
  private static boolean capitals(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    return t.shape[k] == Shape.UPPER && len >= 2 && len <= MAX_GROUP && letters(t, k);
  }

  private static boolean letters(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** Each row under a validation heading, up to a blank line: "Technique : KLM / DPR". */
  private void rows(PhiTokens t, int first, List<PhiSpan> out, boolean[] used) {
    int rows = 0;
    for (int k = first; k < t.size && rows < MAX_ROWS; k++) {
      if (!t.lineBefore[k]) {
        continue;
      }
      if (k > first && blankBefore(t, k)) {
        return;
      }
      rows++;
      visas.after(t, k, false, out, used);
    }
  }

  private static boolean blankBefore(PhiTokens t, int k) {
    int first = t.text.indexOf('\n', t.end[k - 1]);
    int second = first < 0 ? -1 : t.text.indexOf('\n', first + 1);
    return second >= 0 && second < t.begin[k];
  }

  /** Two to four capitals, no Roman numeral, role or clinical abbreviation, stop word nor word. */
  private boolean group(PhiTokens t, int k) {
    if (k < 0 || k >= t.size || !capitals(t, k)) {
      return false;
    }
    String f = t.fold[k];
    return !ROMAN.matcher(f).matches() && !NameInitials.NOT_INITIALS.contains(f) && !lex.isStopWord(f) && !lex.isCommonWordOrPlural(f);
  }

  /** The group closes its line, a clause (comma, semicolon, dash, bracket, colon) or a column. */
  private static boolean closes(PhiTokens t, int n) {
    return n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, ";") || t.is(n, ")") || t.is(n, ":") || t.is(n, "-")
        || t.is(n, "–") || t.is(n, "—") || t.is(n, "|") || t.begin[n] - t.end[n - 1] >= 2;
  }
}

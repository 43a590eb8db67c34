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
 * clinical; role and clinical abbreviations, stop words and words are never initials.
 */
final class OperatorInitials {
  /** Who prepares or handles, written before their initials. */
  private static final Set<String> OPERATORS =
      Set.of("operateur", "operatrice", "preparateur", "preparatrice", "manipulateur", "manipulatrice");
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
    if (k < 0 || k >= t.size || t.shape[k] != Shape.UPPER) {
      return false;
    }
    int len = t.end[k] - t.begin[k];
    if (len < 2 || len > MAX_GROUP) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
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

package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names after a title ("Dr", "Mme", "M.", "Drs"): the group, a list of doctors ("Drs X et Y"),
 * and what may follow a patient's civil name (birth name, given name after a comma or in
 * parentheses, birth date).
 */
final class TitledNames {
  private static final Set<String> TITLES =
      Set.of(
          "dr", "docteur", "pr", "professeur", "mme", "madame", "mlle", "mademoiselle",
          "monsieur", "mr", "me", "mgr", "drs", "docteurs", "prs", "professeurs", "mmes", "vve");
  /** Titles that also count in lower case ("mme piot a appelé", "annulation mr gasnier"). */
  static final Set<String> LOWER_CASE_TITLES = Set.of("dr", "pr", "mme", "mr", "mlle");
  private static final Set<String> CIVIL_TITLES =
      Set.of("m", "mme", "madame", "mlle", "mademoiselle", "monsieur", "mr", "vve");
  /** A marital status written between a civil title and the name ("Mme veuve LAFAYE"). */
  private static final Set<String> MARITAL = Set.of("veuve", "epouse", "divorcee");
  private static final int MAX_PARENTHESIS_DATE = 24;
  private static final Set<String> LIST_TITLES = Set.of("drs", "docteurs", "prs", "professeurs");
  /** Punctuation a title may be glued to: "(M. PONCET", "«Mme Durand". */
  private static final Set<String> OPENERS = Set.of("(", "[", "«", "\"", "'");
  /** Full-word titles: a period after them ends the sentence ("le père de Monsieur. Trois"). */
  private static final Set<String> WORD_TITLES =
      Set.of("docteur", "professeur", "madame", "mademoiselle", "monsieur", "docteurs", "professeurs");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameGroups groups;

  TitledNames(PhiLexicons lex, NameTokens names, NameGroups groups) {
    this.lex = lex;
    this.names = names;
    this.groups = groups;
  }

  /** True if token {@code i} is a title (M. needs its dot). */
  static boolean isTitle(PhiTokens t, int i) {
    if (i >= t.size) {
      return false;
    }
    String f = t.fold[i];
    if (!t.capitalised(i)) {
      return t.shape[i] == Shape.LOWER && LOWER_CASE_TITLES.contains(f);
    }
    if (f.equals("m")) {
      // "(M. PONCET)": glued to an opening bracket or quote, but not to a word ("CM.").
      return t.is(i + 1, ".") && t.glued(i + 1) && (i == 0 || !t.glued(i) || OPENERS.contains(t.fold[i - 1]));
    }
    return TITLES.contains(f);
  }

  private static int afterTitle(PhiTokens t, int i) {
    if (t.is(i + 1, ".") && WORD_TITLES.contains(t.fold[i])) {
      // The period ends the sentence: what follows is no name.
      return i + 1;
    }
    return t.is(i + 1, ".") ? i + 2 : i + 1;
  }

  /** A title and the name group after it (with a list or a civil name's birth name and date). */
  int titled(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    int next = afterTitle(t, i);
    if (CIVIL_TITLES.contains(f) && next < t.size && t.shape[next] == Shape.LOWER && MARITAL.contains(t.fold[next])) {
      // "Mme veuve LAFAYE": the marital status stands between the title and the name.
      next++;
    }
    int end = groups.group(t, next, out, used, true, false, true);
    if (CIVIL_TITLES.contains(f)) {
      end = afterCivilName(t, end, out, used);
    }
    if (LIST_TITLES.contains(f)) {
      end = continueList(t, end, out, used);
    }
    return end;
  }

  private int continueList(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    for (int n = 0; n < NameWords.MAX_LIST; n++) {
      // "Drs Le Bihan - Quéré - Oukacha": a spaced dash joins the list too, with no common word after it.
      boolean dash = end < t.size && NameTokens.isDash(t, end) && !t.glued(end) && !t.glued(end + 1);
      if (!(t.is(end, ",") || t.is(end, "et") || dash) || end + 1 >= t.size || (dash && t.lineBefore[end + 1])) {
        return end;
      }
      int after = groups.group(t, end + 1, out, used, !dash, false);
      if (after == end + 1) {
        return end;
      }
      end = after;
    }
    return end;
  }

  /**
   * After a label: an optional title, then a name group (or a list separated by ';' ',').
   *
   * @param strong the first word may be a common word ("Nom : Blanc"); not after a role label
   */
  int skipTitle(PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong) {
    int end = i;
    for (int n = 0; n < NameWords.MAX_LIST; n++) {
      int start = end;
      boolean civil = false;
      if (start < t.size && isTitle(t, start)) {
        civil = CIVIL_TITLES.contains(t.fold[start]);
        start = afterTitle(t, start);
      }
      int after = groups.group(t, start, out, used, strong || start > end, false, true);
      if (after == start) {
        return end;
      }
      if (!strong && start == end + 2 && t.fold[end].equals("m") && after == start + 1) {
        staffInitial(t, end, out, used);
      }
      after = civil ? afterCivilName(t, after, out, used) : givenAfterComma(t, after, out, used);
      end = after;
      if (!(t.is(end, ";") || t.is(end, ",")) || end + 1 >= t.size || t.lineBefore[end + 1]
          || !(isTitle(t, end + 1))) {
        return end;
      }
      end++;
    }
    return end;
  }

  /**
   * What may follow a patient's civil name: "née LEROY", ", Jean", then the birth date
   * "(12/03/1950)", ", 21.12.71", "- 09.01.1945", "le 9 janvier 1945".
   */
  int afterCivilName(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    int k = t.is(end, ",") ? end + 1 : end;
    // "née LEROY", "ép. AIT-OUFELLA Nadia"
    int name = k + 1 < t.size && t.is(k + 1, ".") && t.glued(k + 1) ? k + 2 : k + 1;
    if (name < t.size && NameWords.BIRTH_NAME.contains(t.fold[k]) && t.capitalised(name)) {
      end = groups.group(t, name, out, used, true, true);
    }
    end = givenAfterComma(t, end, out, used);
    end = givenInParentheses(t, end, out, used);
    birthDateInParentheses(t, end, out);
    return end;
  }

  /** "sa mère, Mme Fleury (Odile)": a known given name alone in parentheses after a civil name. */
  private int givenInParentheses(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    int k = end + 1;
    if (!t.is(end, "(") || !t.is(k + 1, ")") || t.lineBefore[k] || t.shape[k] != Shape.TITLE || !names.isGiven(t, k)
        || lex.isCommonWord(t.fold[k]) || lex.communes().longestMatch(t.fold, k, k + 1) > 0) {
      // "M. Leroux (Nancy)": where the person lives.
      return end;
    }
    NameTokens.emit(t, k, k, "PRENOM", out, used);
    return k + 2;
  }

  /** "M. DUPONT, Jean": a capitalised word after the comma that follows an upper-case name. */
  private int givenAfterComma(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    if (!t.is(end, ",") || end + 1 >= t.size || t.lineBefore[end + 1] || end < 1
        || t.shape[end + 1] != Shape.TITLE) {
      return end;
    }
    // After an upper-case family name ("DUPONT, Marie"), or a second given name after a first
    // one ("LAFAYE Germaine, Lucienne"): then both must be known given names.
    boolean secondGiven = t.shape[end - 1] == Shape.TITLE && names.isGiven(t, end - 1);
    if (t.shape[end - 1] != Shape.UPPER && !secondGiven) {
      return end;
    }
    NameGroups.Word w = groups.word(t, end + 1, true);
    if (w == null || (lex.isCommonWord(t.fold[w.last()]) && !names.isGiven(t, w.last()))
        || (secondGiven && !names.isGiven(t, w.last()))) {
      return end;
    }
    NameTokens.emit(t, w.first(), w.last(), "PRENOM", out, used);
    return w.last() + 1;
  }

  /**
   * "IDE M. Rolland", "Signature IDE : M. Chabrier": before a carer's family name alone, "M." is
   * the initial of the given name as often as the title; it is redacted with the name (not in
   * "Physicien : M. Hugo Taïeb", where the given name follows).
   */
  static void staffInitial(PhiTokens t, int m, List<PhiSpan> out, boolean[] used) {
    NameTokens.emit(t, m, m + 1, "PRENOM", out, used);
  }

  /**
   * "Mme Marie Dupont (12/03/1950)": a date right after a patient's civil name (in parentheses,
   * after a comma, a dash or "le") is the birth date; the structured finder reports the same span as DATE and the resolver
   * keeps DATE_NAISSANCE (stronger on a tie).
   */
  static void birthDateInParentheses(PhiTokens t, int k, List<PhiSpan> out) {
    if (k < t.size && (t.is(k, "(") || t.is(k, ",") || t.is(k, "-") || t.is(k, "le"))) {
      k++;
    }
    if (k >= t.size || t.shape[k] != Shape.NUMBER || t.lineBefore[k]) {
      return;
    }
    int last = k;
    if (k + 2 < t.size && NameWords.FOLDED_MONTHS.contains(t.fold[k + 1]) && t.shape[k + 2] == Shape.NUMBER) {
      last = k + 2;
    }
    String date = t.text.substring(t.begin[k], t.end[last]);
    if (date.length() <= MAX_PARENTHESIS_DATE && date.matches("[0-9]{1,2}(?:er)?[./ -].*[0-9]{2}")) {
      out.add(new PhiSpan(t.begin[k], t.end[last], "DATE_NAISSANCE"));
    }
  }
}

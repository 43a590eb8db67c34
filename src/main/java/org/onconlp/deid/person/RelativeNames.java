package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names of relatives after a relation cue of relation-cues.txt ("son fils, Emilien Masson", "soeur
 * monique", "ses enfants, Théo, Maël et Inès") and birth names after a birth-name cue ("née
 * BOUVIER", "Martine ROSE épouse BASTIDE").
 */
final class RelativeNames {
  /** Whose relative a relation cue names: "le frère de Monsieur", "l'amie du couple". */
  private static final Set<String> RELATIVE_OWNERS =
      Set.of("monsieur", "madame", "couple", "patient", "patiente", "defunt", "defunte", "famille");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameGroups groups;

  RelativeNames(PhiLexicons lex, NameTokens names, NameGroups groups) {
    this.lex = lex;
    this.names = names;
    this.groups = groups;
  }

  /**
   * "son fils, Emilien Masson", "personne de confiance : Julie Martin": a capitalised name on
   * the same line after a relation cue (relation-cues.txt) and an optional separator. A title
   * there is left to the title rule; a single known given name is PRENOM.
   *
   * @return the token after the name, or {@code i} when there is none
   */
  int relative(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int len = lex.relationCues().longestMatch(t.fold, i, t.size);
    if (len == 0) {
      return i;
    }
    int k = i + len;
    // Whose relative: "le frère de Monsieur, Yvon", "l'amie du couple, Morgane Le Roux".
    int owner = k;
    if (k + 1 < t.size && (t.fold[k].equals("de") || t.fold[k].equals("du"))) {
      int o = t.is(k + 1, "la") ? k + 2 : k + 1;
      owner = o < t.size && RELATIVE_OWNERS.contains(t.fold[o]) ? o + 1 : k;
    }
    if (owner > k && owner < t.size && (t.is(owner, ",") || t.is(owner, ":") || t.is(owner, "("))) {
      k = owner;
    }
    if (k < t.size && (t.is(k, ",") || t.is(k, ":") || t.is(k, "(") || t.is(k, "-") || t.is(k, "–"))) {
      k++;
    }
    // "Fille aînée kelly": a lower-case given name after the relation's qualifier.
    if (k + 1 < t.size && NameWords.RELATION_ADJECTIVES.contains(t.fold[k]) && t.shape[k + 1] == Shape.LOWER
        && !t.lineBefore[k + 1]) {
      k++;
    }
    // "Mari, jean-hugues", "Fille aînée kelly": after a capitalised cue, a lower-case given name
    // after a comma or the relation's qualifier, never an abbreviation ("CONFIANCE (art.").
    boolean lowerCue = t.shape[i] == Shape.LOWER;
    if (k < t.size && !t.lineBefore[k] && t.shape[k] == Shape.LOWER
        && (lowerCue || (t.is(k - 1, ",") || NameWords.RELATION_ADJECTIVES.contains(t.fold[k - 1])) && !t.is(k + 1, "."))) {
      return lowerRelative(t, i, k, out, used);
    }
    if (k >= t.size || (t.lineBefore[k] && k > i + len) || !t.capitalised(k) || TitledNames.isTitle(t, k)) {
      return i;
    }
    NameGroups.Word first = groups.word(t, k, false);
    if (first == null || (t.lineBefore[k] && !names.isGiven(t, first.last()))) {
      return i;
    }
    int next = first.last() + 1;
    NameGroups.Word second = next < t.size && !t.lineBefore[next] ? groups.word(t, next, false) : null;
    if (second == null && !first.initial() && t.shape[first.last()] == Shape.TITLE && names.isGiven(t, first.last())) {
      NameTokens.emit(t, first.first(), first.last(), "PRENOM", out, used);
      return moreRelatives(t, first.last() + 1, out, used);
    }
    if (second == null && lex.communes().longestMatch(t.fold, first.first(), first.last() + 1) > 0) {
      // "Mme Kervella (fille, Lorient)": where the relative lives, not a name.
      return i;
    }
    return moreRelatives(t, groups.group(t, k, out, used, false, false), out, used);
  }

  /**
   * "soeur monique", "fille laia sirvent": in a note typed all in lower case, a known given name
   * (no common word) right after a relation cue, and a known family name after it.
   *
   * @return the token after the name, or {@code i} when there is none
   */
  private int lowerRelative(PhiTokens t, int i, int k, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[k];
    // Only in a line typed in lower case, or set off by a comma or brackets ("le mari, ousmane,",
    // "son frère (ricardo)"), or a frequent given name: in prose "cousin germain" is no name.
    boolean setOff = t.is(k - 1, ",") || t.is(k - 1, "(") || t.is(k + 1, ",") || t.is(k + 1, ")");
    if (used[k] || f.length() < 3 || !names.isGiven(t, k) || lex.isCommonWordOrPlural(f) || lex.isStopWord(f)
        || NameTokens.isMonth(f) || NameWords.RELATION_ADJECTIVES.contains(f)
        || !(setOff || NameTokens.lowerCaseLine(t, i) || lex.isFrequentGivenName(f))) {
      return i;
    }
    NameTokens.emit(t, k, k, "PRENOM", out, used);
    int n = k + 1;
    if (n < t.size && !t.lineBefore[n] && t.shape[n] == Shape.LOWER && names.isFamily(t.fold[n]) && !names.isGiven(t, n)
        && !lex.isCommonWordOrPlural(t.fold[n]) && !lex.isStopWord(t.fold[n])) {
      NameTokens.emit(t, n, n, "NOM", out, used);
      return n + 1;
    }
    return moreLowerRelatives(t, n, out, used);
  }

  /**
   * "les enfants lenny, maelys et tom": after a lower-case relative's given name, the next
   * lower-case given names of the list joined by "," or "et" on the same line, each a known
   * given name that is no common word, stop word or month.
   */
  private int moreLowerRelatives(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    for (int n = 0; n < NameWords.MAX_LIST; n++) {
      int k = end + 1;
      if (!(t.is(end, "et") || t.is(end, ",")) || k >= t.size || t.lineBefore[k] || used[k]
          || t.shape[k] != Shape.LOWER || !isLowerGiven(t, k)) {
        return end;
      }
      NameTokens.emit(t, k, k, "PRENOM", out, used);
      end = k + 1;
    }
    return end;
  }

  private boolean isLowerGiven(PhiTokens t, int k) {
    String f = t.fold[k];
    return f.length() >= 3 && names.isGiven(t, k) && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)
        && !NameTokens.isMonth(f) && !NameWords.RELATION_ADJECTIVES.contains(f);
  }

  /**
   * "la fratrie (Thi Hoa et Minh)", "ses enfants, Théo, Maël et Inès": after a relative's name,
   * the next names of the list joined by "," or "et" on the same line, each a capitalised word
   * that is no common word (unless a known given name) and no commune; a lone word is a given
   * name.
   */
  private int moreRelatives(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    for (int n = 0; n < NameWords.MAX_LIST; n++) {
      int k = end + 1;
      if (!(t.is(end, "et") || t.is(end, ",")) || k >= t.size || t.lineBefore[k] || used[k]
          || t.shape[k] != Shape.TITLE) {
        return end;
      }
      NameGroups.Word w = groups.word(t, k, false);
      if (w == null || w.initial() || (lex.isCommonWordOrPlural(t.fold[w.last()]) && !names.isGiven(t, w.last()))
          || lex.communes().longestMatch(t.fold, k, t.size) > 0 && !names.isGiven(t, w.last())) {
        return end;
      }
      boolean alone = w.last() + 1 >= t.size || t.lineBefore[w.last() + 1] || !t.capitalised(w.last() + 1);
      if (alone) {
        NameTokens.emit(t, w.first(), w.last(), "PRENOM", out, used);
        end = w.last() + 1;
      } else {
        end = groups.group(t, k, out, used, false, false);
      }
    }
    return end;
  }

  /**
   * "née BOUVIER", "épouse FAURE Adaeze", "nee bouvier": the family names after a birth-name
   * cue (not "née le", not "son épouse"), the used name before the cue and a birth date after.
   *
   * @return the token after the names, or {@code i} when there are none
   */
  int birthName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    // "avec epouse marie-josephe": in lower case, a given name after "épouse" is the wife's.
    boolean wife = i + 1 < t.size && t.shape[i + 1] == Shape.LOWER && names.isGiven(t, i + 1)
        && !lex.isFamilyName(t.fold[i + 1]);
    if (NameWords.BIRTH_NAME.contains(f) && !t.is(i + 1, "le") && !t.is(i + 1, "en") && !wife
        && !(i > 0 && NameWords.POSSESSIVES.contains(t.fold[i - 1]))) {
      int from = t.is(i + 1, ".") && t.glued(i + 1) ? i + 2 : i + 1;
      // "nee bouvier": a lower-case cue may be followed by a known family name in lower case
      // (not after "ne", the negation as often as "né").
      int end = from < t.size ? groups.group(t, from, out, used, true, true, !f.equals("ne")) : from;
      if (end > from) {
        nameBeforeBirthName(t, i, out, used);
        TitledNames.birthDateInParentheses(t, end, out);
        return end;
      }
    }
    return i;
  }

  /**
   * "2) HEBERT née GOSSELIN", "Martine ROSE épouse BASTIDE": the upper-case word right before a
   * birth-name cue is the used family name (a common word only after a given name), and a
   * capitalised given name before it the given name.
   */
  private void nameBeforeBirthName(PhiTokens t, int cue, List<PhiSpan> out, boolean[] used) {
    int k = cue - 1;
    if (k < 0 || t.lineBefore[cue] || used[k] || t.shape[k] != Shape.UPPER || t.end[k] - t.begin[k] < 3) {
      return;
    }
    int g = k - 1;
    boolean given = g >= 0 && !t.lineBefore[k] && !used[g] && t.shape[g] == Shape.TITLE && names.isGiven(t, g)
        && !lex.isCommonWord(t.fold[g]);
    if (lex.isStopWord(t.fold[k]) || (lex.isCommonWordOrPlural(t.fold[k]) && !given)) {
      return;
    }
    NameTokens.emit(t, k, k, "NOM", out, used);
    if (given) {
      NameTokens.emit(t, g, g, "PRENOM", out, used);
    }
  }
}

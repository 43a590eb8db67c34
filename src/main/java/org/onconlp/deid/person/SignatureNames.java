package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names that sign a text or an act: after "signé par" and other verbs of kind "by", initials
 * opening a signature line ("L. G."), a given name and an initial ("Gwen B."), an initial and a
 * family name ("C. Poli").
 */
final class SignatureNames {
  /** Tokens of a date-and-time stamp between a verb and "par": "Imprimé le 10/10 à 08:57 par". */
  private static final Set<String> STAMP_WORDS = Set.of("le", "a", "h", ":", "/", ",", "-");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameGroups groups;

  SignatureNames(PhiLexicons lex, NameTokens names, NameLabels labels, NameGroups groups) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.groups = groups;
  }

  /**
   * True if a verb of kind "by" (name-labels.txt) stands before "par" at {@code i}: right before
   * it, one word before it ("signé électroniquement par"), or before a date and a time on the
   * same line ("Edité le 02/04/2024 à 07:51 par").
   */
  boolean afterByWord(PhiTokens t, int i) {
    if ((i > 0 && labels.isByWord(t.fold[i - 1])) || (i > 1 && labels.isByWord(t.fold[i - 2]))) {
      return true;
    }
    for (int k = i - 1; k >= 0 && i - k <= NameWords.MAX_DATED_BY_TOKENS && !t.lineBefore[k + 1]; k--) {
      if (labels.isByWord(t.fold[k])) {
        return true;
      }
      boolean dateOrTime = t.shape[k] == Shape.NUMBER || STAMP_WORDS.contains(t.fold[k]) || NameTokens.isMonth(t.fold[k]);
      if (!dateOrTime) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Gwen B.", "Chantal M." in a care table or a signature: a known given name and the initial
   * of the family name. Not a common word ("Vitamine B."), not after another capitalised word.
   */
  int givenAndInitial(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    // "christelle R." opening a line of a hastily typed message: a lower-case given name too.
    // "… IDE de nuit / julie V. AS": or after a slash, the next signature of the line.
    boolean lowerSignature = t.shape[i] == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "/") || afterSigned(t, i))
        && !lex.isStopWord(t.fold[i]);
    if (used[i] || (t.shape[i] != Shape.TITLE && !lowerSignature) || n + 1 >= t.size || t.lineBefore[n]
        || t.shape[n] != Shape.LETTER
        || !t.is(n + 1, ".") || !t.glued(n + 1) || t.glued(n) || !names.isGiven(t, i)
        || lex.isCommonWordOrPlural(t.fold[i]) || (!t.lineBefore[i] && t.capitalised(i - 1))
        || (n + 2 < t.size && !t.lineBefore[n + 2] && t.capitalised(n + 2) && !labels.isRole(t.fold[n + 2]))) {
      // "Cécile R. IDE": the carer's role may follow the signature.
      return i;
    }
    NameTokens.emit(t, i, i, "PRENOM", out, used);
    NameTokens.emit(t, n, n + 1, "NOM", out, used);
    return n + 2;
  }

  /** "signé steph H.": token {@code i} follows "signé" opening its line. */
  static boolean afterSigned(PhiTokens t, int i) {
    return i > 0 && t.lineBefore[i - 1] && !t.lineBefore[i] && ("signe".equals(t.fold[i - 1]) || "signee".equals(t.fold[i - 1]));
  }

  /**
   * "L. G." opening a line and ending it (or before "/ ASS", "- IDE"): a signature made of the
   * initials of a given name and a family name; "N." alone on the last line of the text.
   */
  int initialsSignature(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    // "À jeudi.\nN.": one initial alone on the last line signs a message with a given name.
    if (t.lineBefore[i] && i > 0 && i + 2 == t.size && t.is(i + 1, ".") && t.glued(i + 1) && !used[i]) {
      NameTokens.emit(t, i, i + 1, "PRENOM", out, used);
      return t.size;
    }
    int second = i + 2;
    int after = i + 4;
    if (!t.lineBefore[i] || used[i] || !t.is(i + 1, ".") || !t.glued(i + 1) || second >= t.size
        || t.lineBefore[second] || t.shape[second] != Shape.LETTER || !t.is(second + 1, ".") || !t.glued(second + 1)) {
      return i;
    }
    if (after < t.size && !t.lineBefore[after] && !t.is(after, "/") && !(t.is(after, "-") && !t.glued(after))) {
      return i;
    }
    NameTokens.emit(t, i, i + 1, "PRENOM", out, used);
    NameTokens.emit(t, second, second + 1, "NOM", out, used);
    return after;
  }

  /** "C. Poli", "J.-D. Mattei", "P. GAUTHIER" without a title: an initial and a family name. */
  int initialName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    NameGroups.Word initial = groups.word(t, i, false, false);
    if (initial == null || !initial.initial() || initial.last() + 1 >= t.size || t.lineBefore[initial.last() + 1]
        || (i > 0 && t.glued(i))) {
      return i + 1;
    }
    NameGroups.Word name = groups.word(t, initial.last() + 1, false, false);
    if (name == null) {
      // "– L. Gros" ending a line of a call log: a signature, even with a family name that is a word.
      NameGroups.Word word = groups.word(t, initial.last() + 1, true, false);
      int after = word == null ? -1 : word.last() + 1;
      boolean signature = word != null && !word.initial() && (t.lineBefore[i] || (NameTokens.isDash(t, i - 1) && !t.glued(i)))
          && (after >= t.size || t.lineBefore[after]) && t.shape[word.last()] == Shape.TITLE
          && names.isFamily(t.fold[word.last()]);
      if (signature) {
        NameTokens.emit(t, initial.first(), initial.last(), "PRENOM", out, used);
        NameTokens.emit(t, word.first(), word.last(), "NOM", out, used);
        return after;
      }
    }
    if (name == null || name.initial()
        || (lex.isCommonWord(t.fold[name.last()]) && !names.isGiven(t, name.last())
            && !NameTokens.isMonth(t.fold[name.last()]))) {
      return i + 1;
    }
    return groups.group(t, i, out, used, false, false, false);
  }
}

package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * A lone group of initials signing a line or a block, anywhere in the text: after a sentence and
 * a dash closing the line ("… rappel prévu. — KD"), alone in brackets on its line ("[TB]" closing
 * a message), after a message's closing word ("Amitiés, R. P."), opening a line before the
 * writer's role in brackets ("G. H. (diététicienne)") or before an extension ("(G.H. – poste
 * 4 12 80)"), or opening a line before a dash and the writer's role ("bjt - IDEC"), or in lower
 * case closing the whole text, alone on the last line or after a spaced slash or dash ("… copie
 * dossier / md", "… coordinatrice - jw"), or alone on a line before an e-mail's "--". The
 * initials close the line or stand before the role; role and clinical abbreviations, stop words
 * and words never count ({@link NameInitials#plausible}).
 */
final class ClosingInitials {
  /** Closing words of a message before the writer's initials. */
  private static final Set<String> CLOSINGS =
      Set.of("bises", "bisous", "amities", "amicalement", "cordialement", "confraternellement", "merci", "salutations", "biz");
  /** Roles a writer puts in brackets after their initials. */
  private static final Set<String> ROLES =
      Set.of(
          "educatrice", "educateur", "ide", "idel", "idec", "infirmiere", "infirmier", "assistante", "assistant", "psychologue",
          "kine", "kinesitherapeute", "dieteticienne", "dieteticien", "secretaire", "interne", "cadre", "ergotherapeute",
          "orthophoniste", "psychomotricienne", "coordinatrice", "coordinateur", "aide-soignante", "stagiaire",
          "pharmacienne", "pharmacien", "preparatrice", "preparateur", "manipulatrice", "manipulateur");
  /** Words naming a phone extension after initials. */
  private static final Set<String> EXTENSIONS = Set.of("poste", "tel", "bip", "dect", "ligne");

  private final NameInitials initials;

  ClosingInitials(NameInitials initials) {
    this.initials = initials;
  }

  /** Marks each group of initials signing a line in one of the forms above. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Set<String> learned = new HashSet<>();
    for (int k = 1; k < t.size; k++) {
      if (used[k]) {
        continue;
      }
      int e = initials.unit(t, k);
      // "M.-A.C.": letters glued to a mark before them belong to a longer unit.
      if (e < 0 || t.glued(k) && !t.is(k - 1, "(") && !t.is(k - 1, "[") || !initials.plausible(t, k, e) || anyUsed(used, k, e)) {
        continue;
      }
      if (hasCapital(t, k) ? signs(t, k, e) : beforeRole(t, k, e) || closesText(t, k, e)) {
        NameInitials.emitUnit(t, k, e, out, used, learned);
        k = e - 1;
      }
    }
  }

  private static boolean signs(PhiTokens t, int k, int e) {
    boolean lineEnd = e >= t.size || t.lineBefore[e];
    if (lineEnd && isDash(t, k - 1) && !t.lineBefore[k - 1] && k >= 2 && sentenceEnd(t, k - 2) && !t.lineBefore[k]) {
      return true;
    }
    if (lineEnd && !t.lineBefore[k] && t.is(k - 1, ",") && k >= 2 && CLOSINGS.contains(t.fold[k - 2])) {
      return true;
    }
    boolean bracket = t.is(k - 1, "[") || t.is(k - 1, "(");
    if (bracket && t.lineBefore[k - 1] && e < t.size && (t.is(e, "]") || t.is(e, ")"))
        && (e + 1 >= t.size || t.lineBefore[e + 1])) {
      return true;
    }
    if (t.lineBefore[k] && e + 1 < t.size && t.is(e, "(") && !t.lineBefore[e + 1] && ROLES.contains(t.fold[e + 1])) {
      return e - k > 1;
    }
    if (beforeRole(t, k, e)) {
      return true;
    }
    return t.is(k - 1, "(") && e + 1 < t.size && (isDash(t, e) || t.is(e, ",")) && EXTENSIONS.contains(t.fold[e + 1]);
  }

  /** "ncl - IDEC", "SB, interne": initials opening a line, then a dash or comma and the writer's role. */
  private static boolean beforeRole(PhiTokens t, int k, int e) {
    return t.lineBefore[k] && e + 1 < t.size && (isDash(t, e) || t.is(e, ",")) && !t.lineBefore[e + 1]
        && ROLES.contains(t.fold[e + 1]);
  }

  /**
   * "cg" alone on the text's last line, "… / md" or "… - jw" ending it, "kb" alone on a line
   * above an e-mail signature's "--": a lower-case group signing the text.
   */
  private static boolean closesText(PhiTokens t, int k, int e) {
    if (e != k + 1) {
      return false;
    }
    if (e == t.size) {
      boolean spacedMark = !t.lineBefore[k] && !t.glued(k) && !t.glued(k - 1) && !t.lineBefore[k - 1]
          && (t.is(k - 1, "/") || isDash(t, k - 1));
      return t.lineBefore[k] || spacedMark;
    }
    if (!t.lineBefore[k] || !t.lineBefore[e]) {
      return false;
    }
    int after = t.is(e, "--") ? e + 1 : t.is(e, "-") && e + 1 < t.size && t.is(e + 1, "-") && t.glued(e + 1) ? e + 2 : -1;
    return after > 0 && (after >= t.size || t.lineBefore[after]);
  }

  private static boolean sentenceEnd(PhiTokens t, int k) {
    return t.is(k, ".") || t.is(k, "!") || t.is(k, "?");
  }

  private static boolean isDash(PhiTokens t, int k) {
    return t.is(k, "—") || t.is(k, "–") || t.is(k, "-") || t.is(k, "--");
  }

  /** Lower-case groups ("et", "ok") close too many lines: they count only before a role. */
  private static boolean hasCapital(PhiTokens t, int k) {
    return Character.isUpperCase(t.text.charAt(t.begin[k]));
  }

  private static boolean anyUsed(boolean[] used, int k, int e) {
    for (int x = k; x < e; x++) {
      if (used[x]) {
        return true;
      }
    }
    return false;
  }
}

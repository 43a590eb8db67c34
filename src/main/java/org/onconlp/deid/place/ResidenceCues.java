package org.onconlp.deid.place;

import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * A residence verb of place-cues.txt standing a few words before "à", the words between telling
 * with whom or how the patient lives: "vit seule à", "habite avec son fils à", "loge chez sa sœur
 * Anke à", "réside désormais à". The place after "à" is then a town as surely as after "vit à".
 */
final class ResidenceCues {
  /** Folded words that may stand between a residence verb and "à". */
  private static final Set<String> COMPLEMENTS =
      Set.of(
          "seul", "seule", "seuls", "seules", "chez", "avec", "sa", "son", "ses", "leur", "leurs", "un", "une", "le", "la", "les",
          "soeur", "frere", "fille", "fils", "filles", "enfants", "mari", "epouse", "epoux", "femme", "conjoint", "conjointe",
          "compagnon", "compagne", "parents", "mere", "pere", "tante", "oncle", "niece", "neveu", "cousin", "cousine", "ami",
          "amie", "amis", "belle-fille", "beau-frere", "belle-soeur", "petit-fils", "petite-fille", "ainee", "aine", "cadette",
          "cadet", "desormais", "actuellement", "maintenant", "toujours", "depuis", "temporairement", "provisoirement", "alors",
          "encore", ",");
  /** Residence verbs, folded, that may stand away from their "à". */
  private static final Set<String> VERBS =
      Set.of(
          "vit", "vivait", "vivant", "vivante", "habite", "habitait", "reside", "residait", "residant", "residante", "demeure",
          "loge", "logee", "logeait", "heberge", "hebergee", "installe", "installee");
  /** Words a complement may run to. */
  private static final int MAX_WORDS = 6;

  private ResidenceCues() {}

  /**
   * True if a residence verb stands before "à" at token {@code a}, on its line, with only a
   * complement between (at least one word: "vit à" is read by the plain place cue).
   */
  static boolean before(PhiTokens t, int a, PhiLexicons lex) {
    for (int k = a - 1; k >= 0 && a - k <= MAX_WORDS + 1 && !t.lineBefore[k + 1]; k--) {
      String f = t.fold[k];
      if (VERBS.contains(f)) {
        return k < a - 1;
      }
      // "chez sa sœur Anke": a given name of the relative may stand in the complement.
      boolean relativeName = t.shape[k] == Shape.TITLE && lex.isGivenName(f);
      if (!COMPLEMENTS.contains(f) && !relativeName) {
        return false;
      }
    }
    return false;
  }
}

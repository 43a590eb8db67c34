package org.onconlp.context;

import java.util.Objects;

/**
 * One cue of the lexicon, as written in its data file.
 *
 * @param phrase the words matched, in matching form (folded, alternatives expanded), e.g.
 *     {@code ne permet pas d exclure}
 * @param kind what the cue says about mentions in its scope
 * @param direction which side of the cue its scope covers
 * @param biomarkerTest for a negation cue, whether it also negates a {@code Biomarker}: only
 *     wordings saying the test was not done ("non recherché") do; every other negative wording
 *     next to a biomarker is its result ("HER2 négatif", "absence de mutation")
 * @param adjacent whether the cue reaches only a mention right next to it, with no word in
 *     between: "non" and "négatif" qualify one word ("tumeur non résécable", "recherche de
 *     carcinome négative"), and a wider reach turns "type non spécifique, emboles" into a
 *     negated embolus
 */
public record Cue(
    String phrase,
    CueKind kind,
    CueDirection direction,
    boolean biomarkerTest,
    boolean adjacent) {

  /** Validates the components. */
  public Cue {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
  }
}

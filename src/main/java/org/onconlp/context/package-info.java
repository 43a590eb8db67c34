/**
 * French ConText: negation, hypothesis, family and history flags on clinical mentions.
 *
 * <p>{@link org.onconlp.context.ContextAnnotator} is the uimaFIT plumbing; the algorithm is
 * CAS-free: {@link org.onconlp.context.ContextTokens} (words, folding),
 * {@link org.onconlp.context.CueLexicon} (cue files as a word trie, one leftmost-longest pass
 * per sentence) and {@link org.onconlp.context.ContextResolver} (scope rules). Cue lists live in
 * {@code src/main/resources/org/onconlp/context/}, one file per {@link
 * org.onconlp.context.CueKind}.
 *
 * <p>Decisions, each backed by a test in {@code ContextAnnotatorTest}:
 *
 * <ul>
 *   <li>Sentences: the shortest covering {@code Sentence}; without one, a line break or ". "
 *       ends the sentence ({@link org.onconlp.context.FallbackSentences}).
 *   <li>Biomarkers: only "test not done" negations ("non recherché") set {@code negated};
 *       "HER2 négatif", "absence de mutation EGFR", "pas d'amplification HER2" are results.
 *       "Triple négatif" and "ganglions négatifs" are pseudo-cues (phenotype, node count).
 *   <li>Pseudo-cues: "ne permet pas d'exclure", "ne peut être exclu(e)", "on ne peut
 *       éliminer", "n'est pas exclu(e)" are hypotheses; "sans doute", "non seulement",
 *       "pas de changement", "pas d'évolution" (the lesion is stable, not absent) and
 *       "histoire de la maladie" (a heading) trigger nothing.
 *   <li>"Disparition de" negates (absent now). A proposed treatment ("proposition de
 *       chimiothérapie") is not hypothetical: its status says planned; "à discuter",
 *       "pourra être discutée" are.
 *   <li>History needs a cue ("antécédent de", "traitée en 2015 pour", "il y a 10 ans", ...) or an
 *       {@code antecedents} section: a date alone is not history.
 *   <li>Flags are only raised, never cleared.
 * </ul>
 */
package org.onconlp.context;

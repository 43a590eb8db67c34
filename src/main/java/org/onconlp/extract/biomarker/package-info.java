/**
 * Biomarkers and molecular alterations with their results: IHC (ER, PR, HER2, Ki-67, PD-L1,
 * p16, CD20, AR, MMR proteins), molecular biology (EGFR, ALK, ROS1, KRAS, NRAS, BRAF, MET, RET,
 * NTRK, PIK3CA, BRCA1/2, HRD, TP53, IDH1/2, MGMT, 1p/19q, MSI, TMB, HPV), haematology (FLT3,
 * NPM1, JAK2, BCR-ABL, del(17p), t(4;14), t(11;14)) and serum markers (PSA, CA 15-3, CA-125,
 * CEA, CA 19-9).
 *
 * <p>{@link org.onconlp.extract.biomarker.BiomarkerAnnotator} is the uimaFIT plumbing; the
 * algorithm is CAS-free: {@link org.onconlp.extract.biomarker.BiomarkerLexicon} (names as a
 * token trie, {@code biomarkers.txt}), {@link org.onconlp.extract.biomarker.ResultParser} (result
 * words, {@code results.txt}; numbers and thresholds, {@code values.txt}), {@link
 * org.onconlp.extract.biomarker.HgvsNormaliser} (variants) and {@link
 * org.onconlp.extract.biomarker.BiomarkerFinder} (windows, groups, look-alikes).
 *
 * <p>Decisions, each backed by tests:
 *
 * <ul>
 *   <li>Results are normalised to the contract: HER2 0/1+ negative, 2+ equivocal, 3+ positive,
 *       "HER2-low" low, an in-situ hybridisation after an IHC score a second HER2 mention with
 *       its method; ER/PR/AR positive from 1 %; PD-L1 negative below 1, low from 1, high from
 *       50; Ki-67 high from 20 %; TMB high from 10 mut/Mb; serum markers positive above their
 *       upper reference limit; "sauvage", "non muté", "absence de mutation" wild_type; MMR
 *       "expression conservée" proficient and "perte d'expression" deficient; MSS negative. The
 *       thresholds are data ({@code values.txt}).
 *   <li>A pending, failed or undone test ("en cours", "non contributif", "non réalisé",
 *       "ininterprétable") and a test named without result ("recherche de mutation KRAS") are
 *       kept with interpretation {@code unknown} (GUIDELINES §4.3; {@code
 *       PARAM_UNKNOWN_INTERPRETATION} "" leaves it out): no positive or negative result is ever
 *       invented for them. Their words are part of the mention, so the ContextAnnotator does not
 *       negate them; "pas de recherche de mutation EGFR" is negated (its {@code test} cue).
 *   <li>Negative results are results, not negations: "HER2 négatif" and "absence de mutation
 *       KRAS" carry their interpretation and no flag (the ContextAnnotator's biomarker rule).
 *   <li>"RH" (hormone receptors) is read as ER, as the onco corpus annotates it.
 *   <li>Not biomarkers: a name without result or test phrase, in a method description ("panel
 *       NGS couvrant EGFR, KRAS"), after "anti"/"inhibiteur"; "Pr"/"PR." as Professeur; "met en
 *       évidence"; "RH" after a blood group; "RE-" glued to a French word.
 * </ul>
 */
package org.onconlp.extract.biomarker;

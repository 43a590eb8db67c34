/**
 * Treatments: drugs (INN, brand, dictation variants → English INN and ATC), named regimens with
 * their components, surgery, radiotherapy (dose, fractions), transplant and cell therapy, with
 * status, line, setting, dates and stop reason.
 *
 * <p>{@link org.onconlp.extract.treatment.TreatmentAnnotator} is the uimaFIT plumbing; the
 * algorithm is CAS-free: {@link org.onconlp.extract.treatment.TreatmentLexicon} (data files
 * {@code drugs.tsv}, {@code regimens.tsv}, {@code procedures.tsv}, {@code cues.tsv}, {@code
 * qualifiers.txt}, {@code exclusions.txt}, {@code first-line-contexts.txt} beside it), {@link
 * org.onconlp.extract.treatment.TreatmentFinder} (one lexicon pass per sentence, nearest-cue
 * attributes), {@link org.onconlp.extract.treatment.ClinicalDates} (French dates → ISO), over
 * {@link org.onconlp.extract.treatment.Words} and {@link
 * org.onconlp.extract.treatment.Segment}s read from the CAS by {@link
 * org.onconlp.extract.treatment.CasWords} (shared with the event annotator).
 *
 * <p>Decisions, each backed by a test in {@code TreatmentFinderTest}:
 *
 * <ul>
 *   <li>Combinations: each drug of "carboplatine AUC5 + pémétrexed" is a treatment of its own
 *       (the annotation guidelines' spans), with the attributes read once for the group;
 *       cytotoxics glued into one word ("carboplatine-pémétrexed") stay one treatment {@code
 *       carboplatin-pemetrexed} with {@code components}, as the onco corpus annotates them. With
 *       {@code PARAM_SPLIT_COMBINATIONS = false} every combination is one treatment.
 *   <li>Named regimens keep their name upper case and list their components; XELOX and CAPOX
 *       are one regimen, {@code CAPOX}.
 *   <li>Generic classes ("chimiothérapie", "immunothérapie", "hormonothérapie") are treatments
 *       too (agent a French noun), so "pas d'indication de chimiothérapie" can be negated.
 *   <li>Lines: written lines are read; in a report about a metastatic solid tumour or a
 *       haematological malignancy, systemic treatments without one get line 1 (or the line
 *       before the lowest written one), the onco corpus convention ({@code
 *       PARAM_INFER_FIRST_LINE}).
 *   <li>A proposed treatment is {@code planned}, not hypothetical; one "à discuter" is both
 *       (the hypothesis comes from the ContextAnnotator).
 * </ul>
 */
package org.onconlp.extract.treatment;

/**
 * De-identification: finds protected health information (PHI) in the original view and builds
 * the de-identified view every extractor reads.
 *
 * <p>The slot: any number of PHI components run on {@link org.onconlp.types.Views#ORIGINAL}
 * and add {@link org.onconlp.types.Phi} annotations (category from the output contract,
 * component = the annotator's simple name, no surrogate). They may overlap each other freely.
 * {@link org.onconlp.deid.DeidViewBuilder} runs last: {@link org.onconlp.deid.PhiResolver} keeps
 * a non-overlapping subset (longest span, then category priority from {@code
 * phi-priority.txt}), a {@link org.onconlp.deid.surrogate.SurrogateStrategy} chosen by {@link
 * org.onconlp.deid.DeidMode} writes each surrogate, and the {@code deid} view receives the text
 * with every kept span replaced. {@link org.onconlp.deid.DeidOffsetMapper} maps offsets of the deid view back to the original
 * views. A new name or place finder therefore only has to emit {@code Phi} annotations and be
 * placed before the builder.
 *
 * <p>{@link org.onconlp.deid.StructuredPhiAnnotator} is the first component: identifiers with a
 * fixed shape (NIR, phones, e-mails, URLs, postal codes in addresses, labelled IPP / NDA / RPPS /
 * ID, dates, birth dates, ages of 90 or more), its patterns and labels are data files beside
 * this package's classes. {@link org.onconlp.deid.LexiconPhiAnnotator} (person names: NOM, PRENOM, the
 * patient's own identity from the input; places: ADRESSE, VILLE, ZIP, HOPITAL) uses the INSEE /
 * COG / FINESS lexicons of {@code lex/}, shared once per pipeline by
 * {@link org.onconlp.deid.PhiLexiconResource}; {@link org.onconlp.deid.NameFinderAnnotator} runs
 * last the OpenNLP model trained by {@link org.onconlp.deid.model.NameFinderTraining} (shipped in the
 * jar and on by default), with the other finders' candidates as context. The finders read the
 * text through {@link org.onconlp.deid.OcrRepair}, which undoes OCR letter/digit confusions
 * without moving any offset.
 *
 * <p>Where each family of rules starts (the classes it wires are named in each one's
 * documentation): person names in {@link org.onconlp.deid.person.PersonNameFinder} (its rules built in
 * {@code PersonRules}, the triggers at lower-case words and in forms in {@code LowerCaseTriggers}
 * and {@code FormTriggers}); places in {@link org.onconlp.deid.place.PlaceFinder} (streets, house
 * numbers and foreign addresses, facilities, imaging practices, care residences, letterheads and
 * fax headers, towns); fixed-shape values in {@link org.onconlp.deid.structured.StructuredPhiFinder} (the
 * values a digit run opens in {@code DigitRuns}, dates in {@code DateFinder} and
 * {@code DamagedDates}, labelled identifiers, numbers spelled out in words in
 * {@code SpelledNumberFinder}); pasted system exports (CSV, HL7, DICOM) in
 * {@code RecordExportFinder}; the model's context and decoding in
 * {@link org.onconlp.deid.model.NameFinderContext} and {@code RecallBiasedNameFinder}, the clinical
 * words it must not take for names in {@code ClinicalTerms}; names carried to their other
 * occurrences in {@link org.onconlp.deid.NameRecurrences}.
 *
 * <p>Modes: MASK writes {@code [CATEGORY]}; SURROGATE ({@link
 * org.onconlp.deid.surrogate.SurrogateGenerator}) writes realistic values keyed by a {@link
 * org.onconlp.deid.surrogate.SurrogateSecret} and shifts dates per patient; {@link
 * org.onconlp.deid.surrogate.ReidentificationTable} writes the mapping for authorised staff. No original
 * text, identity or secret is ever logged or put in an exception message.
 */
package org.onconlp.deid;

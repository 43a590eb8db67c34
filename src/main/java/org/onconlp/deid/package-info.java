/**
 * De-identification: finds protected health information (PHI) in the original view and builds
 * the de-identified view every extractor reads. This package is the stage itself: the UIMA
 * annotators the pipeline assembles and what they share; the finders they run live in the
 * sub-packages below.
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
 * <p>The annotators, in pipeline order: {@link org.onconlp.deid.StructuredPhiAnnotator}
 * (fixed-shape values); {@link org.onconlp.deid.LexiconPhiAnnotator} (person names, places and
 * pasted exports, with the INSEE / COG / FINESS lexicons of {@code lex/} shared once per pipeline
 * by {@link org.onconlp.deid.PhiLexiconResource}); {@link org.onconlp.deid.NameFinderAnnotator}
 * (the OpenNLP model, shipped in the jar and on by default, with the other finders' candidates
 * as context); {@link org.onconlp.deid.NameRecurrenceAnnotator} (names carried to their other
 * occurrences, {@code NameRecurrences}); {@link org.onconlp.deid.BirthDateAnnotator}
 * (birth dates by their place, {@code BirthDates}); then {@link org.onconlp.deid.DeidViewBuilder}.
 * The finders read the text through {@link org.onconlp.deid.OcrRepair}, which undoes OCR
 * letter/digit confusions without moving any offset, as tokens ({@link
 * org.onconlp.deid.PhiTokens}) with the lexicons of {@link org.onconlp.deid.PhiLexicons}; spans
 * where no PHI can stand are {@link org.onconlp.deid.NonPhiZones}, and words or notations that are
 * none (acronyms, foreign words, roles, export keys, HL7 and classification codes) {@link
 * org.onconlp.deid.NonPhiWords}.
 *
 * <p>Where each feature lives:
 *
 * <ul>
 *   <li>{@link org.onconlp.deid.structured}: fixed-shape values (NIR, phones, e-mails, URLs,
 *       postal codes, labelled identifiers, dates, ages, numbers spelled out, tables), from {@link
 *       org.onconlp.deid.structured.StructuredPhiFinder};
 *   <li>{@link org.onconlp.deid.person}: person names, from {@link
 *       org.onconlp.deid.person.PersonNameFinder};
 *   <li>{@link org.onconlp.deid.place}: streets, towns, postal codes by a town, facilities,
 *       letterheads, from {@link org.onconlp.deid.place.PlaceFinder};
 *   <li>{@link org.onconlp.deid.record}: pasted system exports (CSV, HL7, DICOM), from {@link
 *       org.onconlp.deid.record.RecordExportFinder};
 *   <li>{@link org.onconlp.deid.model}: the OpenNLP name finder's context, training and
 *       decoding, from {@link org.onconlp.deid.model.NameFinderContext};
 *   <li>{@link org.onconlp.deid.surrogate}: masks, surrogates, date shifts and the
 *       re-identification table, from {@link org.onconlp.deid.surrogate.SurrogateStrategy}.
 * </ul>
 *
 * <p>Data files (patterns, labels, lexicons) stay under {@code /org/onconlp/deid/} for every
 * sub-package. No original text, identity or secret is ever logged or put in an exception
 * message.
 */
package org.onconlp.deid;

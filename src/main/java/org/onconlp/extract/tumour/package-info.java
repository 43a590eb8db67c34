/**
 * Tumour extraction: what cancer, where, how aggressive, coded in ICD-O-3.
 *
 * <p>{@link org.onconlp.extract.tumour.TumourAnnotator} (thin UIMA plumbing) runs {@link
 * org.onconlp.extract.tumour.TumourFinder} over the Token norms of each sentence: one
 * longest-match pass of the {@link org.onconlp.extract.tumour.TumourLexicon} token trie
 * (morphology.tsv, topography.tsv, laterality.tsv, written for onconlp), ADICAP codes decoded
 * by {@link org.onconlp.extract.tumour.AdicapDecoder} (tables derived from the ADICAP thesaurus
 * via EDS-NLP) and grades by {@link org.onconlp.extract.tumour.GradeParser}.
 *
 * <p>Rules, documented here because a cohort query depends on them:
 *
 * <ul>
 *   <li><b>Behaviour</b>: benign /0, borderline /1, in situ /2 and invasive /3 are distinct
 *       terms (CCIS 8500/2 vs CCI 8500/3); an ADICAP code's behaviour digit decides its own.
 *   <li><b>Metastasis vs primary</b>: "métastase hépatique d'un ADK colique" gives a tumour
 *       8140/6 whose {@code topography} is the organ holding the metastasis (C22, as the
 *       pathologist codes the specimen and as the corpus is annotated) and whose {@code
 *       primarySite} is the primary (C18); "ADK colique" is also a tumour of its own (8140/3,
 *       C18). A metastasis naming no primary ("métastases osseuses", "lésion
 *       secondaire") is a metastasis event, not a tumour, unless the annotator's
 *       {@code standaloneMetastases} parameter asks for it (8000/6).
 *   <li><b>Site</b>: the site written after the term in its sentence, else before it, else
 *       the term's default (CCI → C50, mélanome → C44), else the document's main organ; a
 *       subsite (QSE → C50.4) refines a same-organ site; the document's only subsite and only
 *       laterality of an organ reach every tumour of that organ, except tumours whose sentence
 *       (or the heading just before it) reads as family, past, ruled-out or suspected
 *       (no-propagation-cues.txt), and such a sentence's site words lend nothing; a generic
 *       "cancer" / "K" / "néo" (8000/3) takes the histology of the document's primary tumours
 *       of its organ when they have exactly one malignant morphology (never a metastasis's,
 *       never a ruled-out, past or relative's tumour's).
 *   <li><b>Grade</b>: attached to the nearest tumour of the grade's sentence; when the sentence
 *       has none, in a conclusion (synthese, diagnostic) section to the nearest tumour before
 *       it in that section, else the section's first; elsewhere to the nearest tumour before it
 *       within 300 characters. A formal system replaces a differentiation grade, never the
 *       reverse; "grade 2" without a system is SBR in the breast, ISUP in the kidney, WHO in
 *       the brain, FNCLCC in a sarcoma; "de haut grade" is a nuclear grade on an in-situ
 *       carcinoma, WHO high/low on an invasive one; a tumour without a grade takes the grade
 *       of a tumour of the same morphology in the document.
 * </ul>
 */
package org.onconlp.extract.tumour;

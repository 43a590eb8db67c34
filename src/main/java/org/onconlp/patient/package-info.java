/**
 * Patient-level consolidation of contract documents, after the per-document pipeline.
 *
 * <p>A report often leaves out what the patient's other reports say: a consultation writes
 * "cancer du sein HER2+" where the pathology report said "carcinome canalaire infiltrant du sein
 * gauche"; a tumour board writes "ADK pulmonaire" where the biopsy said "lobe supérieur droit".
 * Annotators read the patient's file and code the mention fully; a per-document annotator cannot
 * (house style rule 4: no patient state inside annotators). {@link
 * org.onconlp.patient.PatientTumourConsolidator} fills a tumour's missing topography, subsite,
 * laterality, histology (for a generic "cancer") and grade from the patient's other documents
 * when they agree on a single value, and records which fields were inferred and from which
 * documents ({@code inferred}, {@code inferredFrom}), so a cohort query can keep text-only
 * values. {@link org.onconlp.patient.PatientContextRewriter} applies it to a JSON Lines file in
 * two streaming passes; {@code onconlp patient-context} and {@code onconlp eval
 * --patient-context} expose it.
 *
 * <p>This is a package of its own rather than part of {@code timeline}: the timeline reads
 * contract documents into per-patient views for display, while consolidation is a
 * contract-to-contract transform that the evaluator, the indexer and warehouse loaders use on the
 * documents themselves, with no notion of time.
 */
package org.onconlp.patient;

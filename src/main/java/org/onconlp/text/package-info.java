/**
 * The text layer: sections, sentences and tokens of French clinical reports.
 *
 * <p>Each annotator works on the text of the view it is given (map it to {@link
 * org.onconlp.types.Views#DEID} for extraction, or run it on the original view for
 * de-identification). Recommended order: {@link org.onconlp.text.SectionAnnotator} (so that
 * headings become sentences of their own and no sentence crosses a section start), then {@link
 * org.onconlp.text.SentenceAnnotator}, then {@link org.onconlp.text.TokenAnnotator}.
 *
 * <p>The algorithms are plain CAS-free classes usable on their own: {@link
 * org.onconlp.text.FrenchTokenizer}, {@link org.onconlp.text.TextNormaliser} (offset-preserving
 * matching form), {@link org.onconlp.text.ClinicalSentenceSplitter} and {@link
 * org.onconlp.text.SectionDetector}.
 */
package org.onconlp.text;

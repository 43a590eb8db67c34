/**
 * Fixed-shape PHI: social-security numbers (checked by {@link
 * org.onconlp.deid.structured.NirValidator}), phones, e-mails and URLs, postal codes in addresses,
 * labelled identifiers (IPP, NDA, RPPS, ID), dates and birth dates, ages of 90 or more, numbers
 * spelled out in words and the values of tables. CAS-free.
 *
 * <p>Entry point: {@link org.onconlp.deid.structured.StructuredPhiFinder}, adapted by {@link
 * org.onconlp.deid.StructuredPhiAnnotator}. It scans the text once ({@code StructuredScan}); the
 * values a digit run opens are read in {@code DigitRuns}, dates in {@code DateFinder} and {@code
 * DamagedDates}, labelled identifiers in {@code LabelledIdentifiers}, numbers spelled out in
 * {@code SpelledNumberFinder}, table columns in {@code TableColumns}. Patterns and labels are data
 * files under {@code /org/onconlp/deid/} ({@code patterns.txt}, {@code labels.txt}).
 */
package org.onconlp.deid.structured;

package org.onconlp.eval.synth;

/**
 * A personal-data span planted in a synthetic report: contract PHI category and UTF-16 offsets
 * into the report text (begin inclusive, end exclusive).
 *
 * @param category a contract PHI category (NOM, PRENOM, DATE, SECU …)
 * @param begin start offset in the text
 * @param end end offset in the text
 */
public record PlantedPhi(String category, int begin, int end) {}

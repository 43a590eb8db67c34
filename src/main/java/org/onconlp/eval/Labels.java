package org.onconlp.eval;

import java.util.Set;

/** The label vocabulary shared by gold readers, the contract converter and the scorers. */
public final class Labels {
  /** Contract PHI categories, used directly as entity labels. */
  public static final Set<String> PHI =
      Set.of(
          "NOM",
          "PRENOM",
          "DATE",
          "DATE_NAISSANCE",
          "ADRESSE",
          "VILLE",
          "ZIP",
          "TEL",
          "MAIL",
          "SECU",
          "IPP",
          "NDA",
          "HOPITAL",
          "RPPS",
          "URL",
          "AGE",
          "ID");

  /** PHI categories whose leak is a direct re-identification risk, reported separately. */
  public static final Set<String> HIGH_RISK_PHI = Set.of("SECU", "TEL", "MAIL", "IPP", "NDA");

  /** Label of a tumour mention (contract array {@code tumours}). */
  public static final String TUMOUR = "Tumour";

  /** Label of a stage mention (contract array {@code stages}). */
  public static final String STAGE = "Stage";

  /** Label of a biomarker mention (contract array {@code biomarkers}). */
  public static final String BIOMARKER = "Biomarker";

  /** Label of a treatment mention (contract array {@code treatments}). */
  public static final String TREATMENT = "Treatment";

  /** Context flags of every mention, scored on all matched mentions. */
  public static final Set<String> CONTEXT_FLAGS =
      Set.of("negated", "hypothetical", "family", "historical");

  /** Attributes carried along for display but never scored (free notes, provenance). */
  public static final Set<String> UNSCORED_ATTRIBUTES = Set.of("note", "component", "surrogate");

  private Labels() {}

  /** True for a PHI category label. */
  public static boolean isPhi(String label) {
    return PHI.contains(label);
  }
}

package org.onconlp.patient;

/**
 * What one asserted primary tumour of a document says, in contract values (null when the
 * document does not say it).
 *
 * @param morphology ICD-O-3 morphology with behaviour ({@code 8500/3})
 * @param topography ICD-O-3 topography, with subsite when written ({@code C50.4})
 * @param laterality left, right or bilateral
 * @param gradeSystem grading system ({@code SBR})
 * @param gradeValue grade value in its system
 */
public record TumourEvidence(
    String morphology, String topography, String laterality, String gradeSystem, String gradeValue) {

  /** The organ: the topography's first 3 characters ({@code C50} for {@code C50.4}), or null. */
  public String organ() {
    return topography == null || topography.length() < 3 ? null : topography.substring(0, 3);
  }

  /**
   * The behaviour class: {@code "M"} for in-situ and malignant (/2, /3), {@code "B"} for benign
   * and uncertain (/0, /1), null when unknown. In situ and invasive lesions of one organ are the
   * same disease for site and side; a benign lesion is not.
   */
  public String behaviourClass() {
    if (morphology == null || morphology.length() != 6) {
      return null;
    }
    char b = morphology.charAt(5);
    return b == '2' || b == '3' ? "M" : b == '0' || b == '1' ? "B" : null;
  }
}

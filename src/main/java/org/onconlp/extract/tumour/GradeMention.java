package org.onconlp.extract.tumour;

/**
 * A histological grade found in a text.
 *
 * @param begin start offset (inclusive)
 * @param end end offset (exclusive)
 * @param system SBR, ISUP, FNCLCC, WHO, FUHRMAN, IASLC, NUCLEAR, DIFFERENTIATION, or the
 *     provisional GENERIC and LEVEL that the tumour's organ and behaviour resolve
 * @param value grade in its system: 1–4 (Arabic) for numbered systems; for differentiation
 *     well, moderately, poorly or undifferentiated; for LEVEL high, intermediate or low
 */
public record GradeMention(int begin, int end, String system, String value) {
  /** True for an explicit grading system, preferred to a differentiation phrase. */
  public boolean isFormal() {
    return !"DIFFERENTIATION".equals(system) && !"GENERIC".equals(system) && !"LEVEL".equals(system);
  }
}

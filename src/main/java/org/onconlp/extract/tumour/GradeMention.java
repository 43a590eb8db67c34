package org.onconlp.extract.tumour;

/**
 * A histological grade found in a text.
 *
 * @param begin start offset (inclusive)
 * @param end end offset (exclusive)
 * @param system SBR, ISUP, FNCLCC, WHO, FUHRMAN or DIFFERENTIATION
 * @param value grade in its system: 1–4 (Arabic) for numbered systems; for differentiation
 *     well, moderate, poor or undifferentiated
 */
public record GradeMention(int begin, int end, String system, String value) {
  /** True for an explicit grading system, preferred to a differentiation phrase. */
  public boolean isFormal() {
    return !"DIFFERENTIATION".equals(system);
  }
}

package org.onconlp.extract.tumour;

/**
 * One tumour found in a text, with its contract values (null when unknown).
 *
 * @param begin start offset (inclusive)
 * @param end end offset (exclusive)
 * @param morphology ICD-O-3 morphology with behaviour
 * @param topography ICD-O-3 topography (for a metastasis, of the organ holding it)
 * @param laterality left, right or bilateral
 * @param gradeSystem grading system of the attached grade
 * @param gradeValue grade value in its system
 * @param adicap ADICAP code (without separators) the tumour was coded with in the text
 * @param primarySite for a metastasis, ICD-O-3 topography of its primary when written
 */
public record TumourMention(
    int begin,
    int end,
    String morphology,
    String topography,
    String laterality,
    String gradeSystem,
    String gradeValue,
    String adicap,
    String primarySite) {

  /** Compact form for tests and logs, omitting unknown values: {@code 8500/3 C50 left SBR=2}. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    append(s, morphology);
    append(s, topography);
    append(s, laterality);
    if (gradeValue != null) {
      append(s, gradeSystem + "=" + gradeValue);
    }
    if (adicap != null) {
      append(s, "adicap=" + adicap);
    }
    if (primarySite != null) {
      append(s, "primary=" + primarySite);
    }
    return s.toString();
  }

  private static void append(StringBuilder s, String value) {
    if (value != null) {
      if (!s.isEmpty()) {
        s.append(' ');
      }
      s.append(value);
    }
  }
}

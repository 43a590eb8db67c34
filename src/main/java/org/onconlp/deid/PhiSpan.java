package org.onconlp.deid;

/**
 * A CAS-free PHI span found in a text: UTF-16 offsets, {@code begin} inclusive, {@code end}
 * exclusive, and its contract category (SECU, TEL, DATE, ...).
 *
 * @param begin start offset (inclusive)
 * @param end end offset (exclusive)
 * @param category contract PHI category
 */
public record PhiSpan(int begin, int end, String category) {
  /** Checks the offsets. */
  public PhiSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Invalid span [" + begin + "," + end + ")");
    }
  }

  /** Compact form for logs and tests: {@code [3,13]DATE}. Carries no text. */
  @Override
  public String toString() {
    return "[" + begin + "," + end + "]" + category;
  }
}

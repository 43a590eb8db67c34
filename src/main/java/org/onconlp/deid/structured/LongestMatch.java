package org.onconlp.deid.structured;

/**
 * The longest value read so far at one digit run of a {@link StructuredScan}: the patterns that
 * may start there are tried in turn, and a later one wins only with a longer match.
 */
final class LongestMatch {
  private int end = -1;
  private String category;

  /** Keeps {@code candidateEnd} if it ends later than the value kept so far. */
  void offer(int candidateEnd, String candidateCategory) {
    if (candidateEnd > end) {
      end = candidateEnd;
      category = candidateCategory;
    }
  }

  /** True while no pattern has matched (an empty match counts as a match). */
  boolean none() {
    return end < 0;
  }

  int end() {
    return end;
  }

  String category() {
    return category;
  }
}

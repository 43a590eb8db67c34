package org.onconlp.search;

/**
 * Small-count suppression: a count from 1 to threshold - 1 is shown as {@code "<threshold"} so
 * that no output reveals a cohort of a few identifiable patients (zero is shown: an empty cohort
 * identifies nobody). Applied to every count a user sees
 * (patients, reports, per-criterion counts and facet values).
 *
 * @param threshold smallest count shown as a number; 1 shows every count
 */
public record SmallCounts(int threshold) {
  /** The default threshold, the usual rule of French health-data warehouses. */
  public static final int DEFAULT_THRESHOLD = 10;

  /** Validates the threshold. */
  public SmallCounts {
    if (threshold < 1) {
      throw new IllegalArgumentException("the small-count threshold must be at least 1");
    }
  }

  /** True when the count must not be shown. */
  public boolean suppressed(long count) {
    return count > 0 && count < threshold;
  }

  /** The count as shown: the number, or {@code "<threshold"}. */
  public String show(long count) {
    return suppressed(count) ? "<" + threshold : Long.toString(count);
  }
}

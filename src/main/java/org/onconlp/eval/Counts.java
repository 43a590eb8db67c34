package org.onconlp.eval;

/**
 * True positives, false positives and false negatives, with the derived scores.
 *
 * <p>Convention for empty denominators: a ratio whose denominator is zero is 0, except that when
 * there is neither gold nor prediction (all three counts 0) precision, recall and F1 are 1 (nothing
 * to find, nothing found). Labels absent from both sides never appear in a report, so this only
 * matters for empty corpora ({@link Bootstrap} leaves such resamples out).
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Counts(long tp, long fp, long fn) {
  /** No counts. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  /** Component-wise sum. */
  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Number of gold items ({@code tp + fn}). */
  public long support() {
    return tp + fn;
  }

  /** {@code tp / (tp + fp)}. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** {@code tp / (tp + fn)}. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** Harmonic mean of precision and recall, {@code 2tp / (2tp + fp + fn)}. */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private double ratio(long num, long den) {
    if (tp == 0 && fp == 0 && fn == 0) {
      return 1.0;
    }
    return den == 0 ? 0.0 : (double) num / den;
  }
}

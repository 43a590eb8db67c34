package org.onconlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Percentile bootstrap confidence intervals on F1, resampling whole documents with replacement
 * (errors within a document are correlated, so documents are the sampling unit). The random
 * generator is seeded, so the same corpus, iterations and seed give the same intervals.
 */
public final class Bootstrap {

  /**
   * A confidence interval.
   *
   * @param low lower bound
   * @param high upper bound
   */
  public record Interval(double low, double high) {
    /** True when the interval does not contain 0 (a significant difference). */
    public boolean excludesZero() {
      return low > 0 || high < 0;
    }

    /** True when the two intervals share no value. */
    public boolean disjoint(Interval o) {
      return high < o.low || o.high < low;
    }
  }

  private final int iterations;
  private final long seed;

  /**
   * @param iterations number of resamples (1000 is the usual default)
   * @param seed random seed
   */
  public Bootstrap(int iterations, long seed) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
    this.seed = seed;
  }

  /**
   * 95 % intervals on F1 for every key found in the per-document counts (a key is a score name such
   * as {@code strict.NOM}; a document without a key contributes zero counts).
   */
  public Map<String, Interval> f1Intervals(List<Map<String, Counts>> perDocument) {
    return intervals(perDocument, null);
  }

  /**
   * Paired bootstrap: 95 % intervals on the F1 difference {@code B - A} per key, both systems
   * resampled on the same documents. {@code a} and {@code b} hold the same documents in the same
   * order. An interval excluding 0 marks a significant change.
   */
  public Map<String, Interval> pairedDeltaIntervals(
      List<Map<String, Counts>> a, List<Map<String, Counts>> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("paired samples must have the same documents");
    }
    return intervals(b, a);
  }

  /** Intervals on F1 of {@code x}, or on F1(x) - F1(base) when {@code base} is not null. */
  private Map<String, Interval> intervals(
      List<Map<String, Counts>> x, List<Map<String, Counts>> base) {
    Map<String, Interval> out = new TreeMap<>();
    int n = x.size();
    if (n == 0) {
      return out;
    }
    TreeSet<String> keySet = new TreeSet<>();
    x.forEach(m -> keySet.addAll(m.keySet()));
    if (base != null) {
      base.forEach(m -> keySet.addAll(m.keySet()));
    }
    List<String> keys = new ArrayList<>(keySet);
    long[][] xs = rows(x, keys);
    long[][] bs = base == null ? null : rows(base, keys);
    int width = keys.size() * 3;
    double[][] f1 = new double[keys.size()][iterations];
    SplittableRandom random = new SplittableRandom(seed);
    long[] sum = new long[width];
    long[] baseSum = new long[width];
    for (int it = 0; it < iterations; it++) {
      Arrays.fill(sum, 0);
      Arrays.fill(baseSum, 0);
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(n);
        add(sum, xs[d]);
        if (bs != null) {
          add(baseSum, bs[d]);
        }
      }
      for (int k = 0; k < keys.size(); k++) {
        double v = f1(sum, k);
        f1[k][it] = bs == null ? v : v - f1(baseSum, k);
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      double[] defined = Arrays.stream(f1[k]).filter(v -> !Double.isNaN(v)).sorted().toArray();
      if (defined.length > 0) {
        out.put(keys.get(k), new Interval(percentile(defined, 0.025), percentile(defined, 0.975)));
      }
    }
    return out;
  }

  /** One flat row of (tp, fp, fn) triples per document: the resampling loop is the hot spot. */
  private static long[][] rows(List<Map<String, Counts>> docs, List<String> keys) {
    long[][] rows = new long[docs.size()][keys.size() * 3];
    for (int d = 0; d < docs.size(); d++) {
      for (int k = 0; k < keys.size(); k++) {
        Counts c = docs.get(d).getOrDefault(keys.get(k), Counts.ZERO);
        rows[d][3 * k] = c.tp();
        rows[d][3 * k + 1] = c.fp();
        rows[d][3 * k + 2] = c.fn();
      }
    }
    return rows;
  }

  private static void add(long[] sum, long[] row) {
    for (int j = 0; j < row.length; j++) {
      sum[j] += row[j];
    }
  }

  /**
   * F1 of one key in a resample, NaN when the resample holds neither gold nor prediction for it:
   * such resamples say nothing about the label and are left out of its percentiles (counting them
   * as a perfect 1 would stretch the interval of rare labels upwards).
   */
  private static double f1(long[] sum, int k) {
    Counts c = new Counts(sum[3 * k], sum[3 * k + 1], sum[3 * k + 2]);
    return c.tp() + c.fp() + c.fn() == 0 ? Double.NaN : c.f1();
  }

  private static double percentile(double[] sorted, double q) {
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}

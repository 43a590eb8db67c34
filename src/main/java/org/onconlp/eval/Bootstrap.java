package org.onconlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Percentile bootstrap confidence intervals on F1, resampling whole documents with
 * replacement (errors within a document are correlated, so documents are the sampling unit).
 * The random generator is seeded, so the same corpus, iterations and seed give the same
 * intervals.
 */
public final class Bootstrap {

  /**
   * A confidence interval.
   *
   * @param low lower bound
   * @param high upper bound
   */
  public record Interval(double low, double high) {
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
   * 95 % intervals on F1 for every key found in the per-document counts (a key is a score
   * name such as {@code strict.NOM}; a document without a key contributes zero counts).
   */
  public Map<String, Interval> f1Intervals(List<Map<String, Counts>> perDocument) {
    Map<String, Interval> out = new TreeMap<>();
    int n = perDocument.size();
    if (n == 0) {
      return out;
    }
    List<String> keys = new ArrayList<>(new TreeSet<>(perDocument.stream().flatMap(m -> m.keySet().stream()).toList()));
    int width = keys.size() * 3;
    // One flat row of (tp, fp, fn) triples per document: the resampling loop is the hot spot.
    long[][] counts = new long[n][width];
    for (int d = 0; d < n; d++) {
      for (int k = 0; k < keys.size(); k++) {
        Counts c = perDocument.get(d).getOrDefault(keys.get(k), Counts.ZERO);
        counts[d][3 * k] = c.tp();
        counts[d][3 * k + 1] = c.fp();
        counts[d][3 * k + 2] = c.fn();
      }
    }
    double[][] f1 = new double[keys.size()][iterations];
    SplittableRandom random = new SplittableRandom(seed);
    long[] sum = new long[width];
    for (int it = 0; it < iterations; it++) {
      Arrays.fill(sum, 0);
      for (int i = 0; i < n; i++) {
        long[] doc = counts[random.nextInt(n)];
        for (int j = 0; j < width; j++) {
          sum[j] += doc[j];
        }
      }
      for (int k = 0; k < keys.size(); k++) {
        f1[k][it] = new Counts(sum[3 * k], sum[3 * k + 1], sum[3 * k + 2]).f1();
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      Arrays.sort(f1[k]);
      out.put(keys.get(k), new Interval(percentile(f1[k], 0.025), percentile(f1[k], 0.975)));
    }
    return out;
  }

  private static double percentile(double[] sorted, double q) {
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}

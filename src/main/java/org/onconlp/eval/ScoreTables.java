package org.onconlp.eval;

import java.util.Map;
import java.util.TreeMap;

/** Overall scores derived from per-label counts: micro sums, macro means and label groups. */
public final class ScoreTables {

  /**
   * Macro-averaged scores: the unweighted mean over labels of each label's precision, recall and F1
   * (so the macro F1 is not the harmonic mean of the macro precision and recall).
   *
   * @param precision mean precision
   * @param recall mean recall
   * @param f1 mean F1
   */
  public record Macro(double precision, double recall, double f1) {}

  private ScoreTables() {}

  /** Sum over all labels. */
  public static Counts micro(Map<String, Counts> byLabel) {
    return byLabel.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  /** Mean over labels (all 1 when there is no label). */
  public static Macro macro(Map<String, Counts> byLabel) {
    if (byLabel.isEmpty()) {
      return new Macro(1, 1, 1);
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (Counts c : byLabel.values()) {
      p += c.precision();
      r += c.recall();
      f += c.f1();
    }
    int n = byLabel.size();
    return new Macro(p / n, r / n, f / n);
  }

  /** Sums per group ({@code PHI}, {@code CLINICAL}), see {@link Evaluator#group}. */
  public static Map<String, Counts> groups(Map<String, Counts> byLabel) {
    Map<String, Counts> out = new TreeMap<>();
    byLabel.forEach((label, c) -> out.merge(Evaluator.group(label), c, Counts::plus));
    return out;
  }
}

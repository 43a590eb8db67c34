package org.onconlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Attribute accuracy on matched entity pairs.
 *
 * <p>An attribute is scored on a pair when the gold entity has a value for it, and for the context
 * flags ({@code negated}, {@code hypothetical}, {@code family}, {@code historical}) on every
 * matched non-PHI pair, an absent flag meaning false. Attributes only the prediction has (an extra
 * ATC code the annotator did not write) are not penalised here; they surface in fact scores. Notes
 * and provenance ({@link Labels#UNSCORED_ATTRIBUTES}) are never scored.
 */
public final class AttributeScorer {

  /** Correct and total decisions for one attribute. */
  public record Tally(long correct, long total) {
    /** Sum of two tallies. */
    public Tally plus(Tally o) {
      return new Tally(correct + o.correct, total + o.total);
    }

    /** {@code correct / total}, 0 when there is nothing to score. */
    public double accuracy() {
      return total == 0 ? 0.0 : (double) correct / total;
    }
  }

  /** One attribute that differs on a matched pair. */
  public record Mismatch(EvalEntity gold, EvalEntity pred, String attribute) {}

  private AttributeScorer() {}

  /** Attributes scored on one pair, in name order. */
  public static List<String> scoredAttributes(EvalEntity gold) {
    TreeSet<String> names = new TreeSet<>(gold.attributes().keySet());
    if (!Labels.isPhi(gold.label())) {
      names.addAll(Labels.CONTEXT_FLAGS);
    }
    names.removeAll(Labels.UNSCORED_ATTRIBUTES);
    return new ArrayList<>(names);
  }

  /**
   * Adds the pairs' decisions to {@code tallies} (label → attribute → tally) and their differences
   * to {@code mismatches}.
   */
  public static void score(
      List<Alignment.Match> matches,
      Map<String, Map<String, Tally>> tallies,
      List<Mismatch> mismatches) {
    for (Alignment.Match m : matches) {
      for (String attribute : scoredAttributes(m.gold())) {
        boolean ok = Objects.equals(m.gold().value(attribute), m.pred().value(attribute));
        tallies
            .computeIfAbsent(m.gold().label(), k -> new TreeMap<>())
            .merge(attribute, new Tally(ok ? 1 : 0, 1), Tally::plus);
        if (!ok) {
          mismatches.add(new Mismatch(m.gold(), m.pred(), attribute));
        }
      }
    }
  }
}

package org.onconlp.eval;

import java.util.List;

/**
 * The one-to-one pairing of one document's gold and predicted entities under one matching mode.
 *
 * @param matches matched pairs
 * @param falseNegatives gold entities left unmatched
 * @param falsePositives predicted entities left unmatched
 */
public record Alignment(
    List<Match> matches, List<EvalEntity> falseNegatives, List<EvalEntity> falsePositives) {

  /** A gold entity paired with a predicted one. */
  public record Match(EvalEntity gold, EvalEntity pred) {}

  /** Copies the lists. */
  public Alignment {
    matches = List.copyOf(matches);
    falseNegatives = List.copyOf(falseNegatives);
    falsePositives = List.copyOf(falsePositives);
  }

  /** Counts restricted to one label (all labels when {@code label} is null). */
  public Counts counts(String label) {
    long tp = matches.stream().filter(m -> label == null || m.gold().label().equals(label)).count();
    long fn = falseNegatives.stream().filter(e -> label == null || e.label().equals(label)).count();
    long fp = falsePositives.stream().filter(e -> label == null || e.label().equals(label)).count();
    return new Counts(tp, fp, fn);
  }
}

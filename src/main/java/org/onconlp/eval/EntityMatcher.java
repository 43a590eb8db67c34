package org.onconlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold and predicted entities of one document, one-to-one: a predicted entity matches at most
 * one gold entity and vice versa, and only entities of the same label are paired.
 *
 * <ul>
 *   <li>{@link #strict}: same label and identical fragments.
 *   <li>{@link #lenient}: first every strict pair, then, among the rest, greedily the pairs sharing
 *       the most characters (ties: closest start, then source order), so a predicted entity
 *       overlapping two gold entities matches the one it overlaps most and the other stays a false
 *       negative. Lenient true positives are therefore never fewer than strict ones.
 * </ul>
 *
 * <p>Entities without spans (contract mentions without offsets) are left out: they cannot be
 * located and count only in fact scores.
 */
public final class EntityMatcher {

  private EntityMatcher() {}

  /** Same label, same fragments. */
  public static Alignment strict(List<EvalEntity> gold, List<EvalEntity> pred) {
    return align(located(gold), located(pred), false);
  }

  /** Same label, overlapping fragments. */
  public static Alignment lenient(List<EvalEntity> gold, List<EvalEntity> pred) {
    return align(located(gold), located(pred), true);
  }

  private static List<EvalEntity> located(List<EvalEntity> entities) {
    return entities.stream().filter(EvalEntity::hasSpans).toList();
  }

  private record Candidate(int gold, int pred, int overlap, int distance) {}

  private static Alignment align(List<EvalEntity> gold, List<EvalEntity> pred, boolean lenient) {
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    List<Alignment.Match> matches = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        if (!predUsed[p]
            && gold.get(g).label().equals(pred.get(p).label())
            && gold.get(g).spans().equals(pred.get(p).spans())) {
          goldUsed[g] = true;
          predUsed[p] = true;
          matches.add(new Alignment.Match(gold.get(g), pred.get(p)));
          break;
        }
      }
    }
    if (lenient) {
      List<Candidate> candidates = new ArrayList<>();
      for (int g = 0; g < gold.size(); g++) {
        for (int p = 0; p < pred.size(); p++) {
          if (goldUsed[g] || predUsed[p] || !gold.get(g).label().equals(pred.get(p).label())) {
            continue;
          }
          int overlap = gold.get(g).overlap(pred.get(p));
          if (overlap > 0) {
            int distance = Math.abs(gold.get(g).begin() - pred.get(p).begin());
            candidates.add(new Candidate(g, p, overlap, distance));
          }
        }
      }
      candidates.sort(
          Comparator.comparingInt(Candidate::overlap)
              .reversed()
              .thenComparingInt(Candidate::distance)
              .thenComparingInt(Candidate::gold)
              .thenComparingInt(Candidate::pred));
      for (Candidate c : candidates) {
        if (!goldUsed[c.gold()] && !predUsed[c.pred()]) {
          goldUsed[c.gold()] = true;
          predUsed[c.pred()] = true;
          matches.add(new Alignment.Match(gold.get(c.gold()), pred.get(c.pred())));
        }
      }
    }
    List<EvalEntity> fn = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldUsed[g]) {
        fn.add(gold.get(g));
      }
    }
    List<EvalEntity> fp = new ArrayList<>();
    for (int p = 0; p < pred.size(); p++) {
      if (!predUsed[p]) {
        fp.add(pred.get(p));
      }
    }
    return new Alignment(matches, fn, fp);
  }
}

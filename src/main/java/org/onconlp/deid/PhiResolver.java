package org.onconlp.deid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.onconlp.text.ResourceLines;

/**
 * Arbitrates between overlapping PHI candidates from any number of components (structured
 * patterns, name lexicons, a trained name finder): the longest span wins; on equal lengths the
 * category listed first in {@code phi-priority.txt} wins, then the earlier span. The result is
 * non-overlapping, so each kept span can be replaced by a surrogate.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class PhiResolver {
  /** Classpath location of the default category priority list. */
  public static final String DEFAULT_PRIORITIES = "/org/onconlp/deid/phi-priority.txt";

  private final Map<String, Integer> rank;

  /** A resolver with the default priorities. */
  public PhiResolver() {
    this(ResourceLines.load(DEFAULT_PRIORITIES));
  }

  /**
   * A resolver with the given priorities.
   *
   * @param categoriesStrongestFirst categories, strongest first; unlisted categories rank last
   */
  public PhiResolver(List<String> categoriesStrongestFirst) {
    Map<String, Integer> r = new HashMap<>();
    for (String category : categoriesStrongestFirst) {
      r.putIfAbsent(category, r.size());
    }
    this.rank = Map.copyOf(r);
  }

  /** The tie-break rank of a category: lower is stronger; unknown categories rank last. */
  public int rank(String category) {
    return category == null ? Integer.MAX_VALUE : rank.getOrDefault(category, rank.size());
  }

  /**
   * Keeps a non-overlapping subset of the candidates.
   *
   * @param candidates spans of any type; empty spans are dropped
   * @param begin begin offset accessor
   * @param end end offset accessor
   * @param category category accessor
   * @return the kept candidates in text order
   */
  public <T> List<T> resolve(
      Collection<T> candidates,
      ToIntFunction<T> begin,
      ToIntFunction<T> end,
      Function<T, String> category) {
    List<T> byStrength = new ArrayList<>(candidates.size());
    for (T c : candidates) {
      if (end.applyAsInt(c) > begin.applyAsInt(c)) {
        byStrength.add(c);
      }
    }
    Comparator<T> longestFirst =
        Comparator.comparingInt((T c) -> begin.applyAsInt(c) - end.applyAsInt(c));
    byStrength.sort(
        longestFirst
            .thenComparingInt(c -> rank(category.apply(c)))
            .thenComparingInt(begin));
    // Kept spans by begin offset: a candidate overlaps a kept span if the kept span starting at
    // or before it ends after its begin, or the next kept span starts before its end.
    TreeMap<Integer, T> kept = new TreeMap<>();
    for (T c : byStrength) {
      int b = begin.applyAsInt(c);
      int e = end.applyAsInt(c);
      Map.Entry<Integer, T> before = kept.floorEntry(b);
      if (before != null && end.applyAsInt(before.getValue()) > b) {
        continue;
      }
      Integer after = kept.ceilingKey(b);
      if (after != null && after < e) {
        continue;
      }
      kept.put(b, c);
    }
    return List.copyOf(kept.values());
  }

  /** Convenience for CAS-free spans. */
  public List<PhiSpan> resolve(Collection<PhiSpan> candidates) {
    return resolve(candidates, PhiSpan::begin, PhiSpan::end, PhiSpan::category);
  }
}

package org.onconlp.deid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.onconlp.types.Phi;

/**
 * Maps offsets between the original text and the de-identified text, from the list of
 * replacements {@link DeidViewBuilder} made (each original {@code [begin,end)} replaced by a
 * surrogate of some length, in order, without overlap).
 *
 * <p>An offset strictly inside a replaced span maps to the start of its counterpart (the
 * surrogate, or the original span); offsets outside replaced spans map exactly, so a mention's
 * {@code [begin,end)} outside PHI round-trips. Immutable.
 */
public final class OffsetMap {
  /**
   * One replacement: the original span and the length of its surrogate.
   *
   * @param begin original begin offset (inclusive)
   * @param end original end offset (exclusive)
   * @param surrogateLength length of the text that replaced it
   */
  public record Replacement(int begin, int end, int surrogateLength) {}

  private final int[] origBegin;
  private final int[] origEnd;
  private final int[] deidBegin;
  private final int[] deidEnd;

  private OffsetMap(List<Replacement> sorted) {
    int k = sorted.size();
    origBegin = new int[k];
    origEnd = new int[k];
    deidBegin = new int[k];
    deidEnd = new int[k];
    int shift = 0;
    int previousEnd = 0;
    for (int i = 0; i < k; i++) {
      Replacement r = sorted.get(i);
      if (r.begin() < previousEnd || r.end() < r.begin() || r.surrogateLength() < 0) {
        throw new IllegalArgumentException("Replacements must be non-overlapping spans");
      }
      origBegin[i] = r.begin();
      origEnd[i] = r.end();
      deidBegin[i] = r.begin() + shift;
      deidEnd[i] = deidBegin[i] + r.surrogateLength();
      shift += r.surrogateLength() - (r.end() - r.begin());
      previousEnd = r.end();
    }
  }

  /** A map from replacements in any order; they must not overlap. */
  public static OffsetMap of(Collection<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Replacement::begin).thenComparingInt(Replacement::end));
    return new OffsetMap(sorted);
  }

  /**
   * A map from the {@link Phi} annotations of the original view, once {@link DeidViewBuilder}
   * has set their surrogates.
   */
  public static OffsetMap fromPhi(Collection<Phi> phis) {
    List<Replacement> replacements = new ArrayList<>(phis.size());
    for (Phi phi : phis) {
      String surrogate = phi.getSurrogate();
      if (surrogate == null) {
        throw new IllegalArgumentException("A Phi without surrogate: run DeidViewBuilder first");
      }
      replacements.add(new Replacement(phi.getBegin(), phi.getEnd(), surrogate.length()));
    }
    return of(replacements);
  }

  /** The original-text offset of a de-identified-text offset. */
  public int toOriginal(int deidOffset) {
    return map(deidOffset, deidBegin, deidEnd, origBegin, origEnd);
  }

  /** The de-identified-text offset of an original-text offset. */
  public int toDeid(int originalOffset) {
    return map(originalOffset, origBegin, origEnd, deidBegin, deidEnd);
  }

  private static int map(int offset, int[] fromBegin, int[] fromEnd, int[] toBegin, int[] toEnd) {
    int i = lastStartingAtOrBefore(fromBegin, offset);
    if (i < 0) {
      return offset;
    }
    if (offset < fromEnd[i]) {
      return toBegin[i];
    }
    return toEnd[i] + (offset - fromEnd[i]);
  }

  /** Index of the last span beginning at or before offset (binary search), or -1. */
  private static int lastStartingAtOrBefore(int[] begins, int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

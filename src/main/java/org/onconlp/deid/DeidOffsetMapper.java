package org.onconlp.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps offsets of the de-identified text back into the original text.
 *
 * <p>The contract's {@code text} is the original with each PHI span {@code [begin, end)} replaced
 * by its surrogate, in order. Outside surrogates an offset shifts by the accumulated length
 * difference; an offset inside a surrogate maps to the PHI's original boundary (a begin to the
 * PHI's begin, an end to its end), so a mention that covers part of a surrogate covers the whole
 * original PHI. A PHI without surrogate is taken as left in place (same length). Overlapping PHI
 * entries, which producers must not emit, are skipped after the first.
 */
public final class DeidOffsetMapper {

  /** One replacement: original span and its start and end in the de-identified text. */
  private record Replacement(int origBegin, int origEnd, int deidBegin, int deidEnd) {}

  /** A PHI entry as published: original span and surrogate (null when not replaced). */
  public record Phi(int begin, int end, String surrogate) {}

  private final List<Replacement> replacements;

  /** Builds the mapper from the document's PHI entries (any order). */
  public DeidOffsetMapper(List<Phi> phis) {
    List<Phi> sorted = new ArrayList<>(phis);
    sorted.sort(Comparator.comparingInt(Phi::begin).thenComparingInt(Phi::end));
    List<Replacement> out = new ArrayList<>();
    int shift = 0;
    int lastEnd = 0;
    for (Phi p : sorted) {
      if (p.begin() < lastEnd || p.end() < p.begin()) {
        continue;
      }
      int surrogateLength = p.surrogate() == null ? p.end() - p.begin() : p.surrogate().length();
      int deidBegin = p.begin() + shift;
      out.add(new Replacement(p.begin(), p.end(), deidBegin, deidBegin + surrogateLength));
      shift += surrogateLength - (p.end() - p.begin());
      lastEnd = p.end();
    }
    this.replacements = List.copyOf(out);
  }

  /** Original offset of a mention start found at {@code deidOffset}. */
  public int toOriginalBegin(int deidOffset) {
    Replacement r = last(deidOffset, false);
    if (r == null) {
      return deidOffset;
    }
    if (deidOffset < r.deidEnd()) {
      return r.origBegin();
    }
    return r.origEnd() + (deidOffset - r.deidEnd());
  }

  /** Original offset of a mention end (exclusive) found at {@code deidOffset}. */
  public int toOriginalEnd(int deidOffset) {
    Replacement r = last(deidOffset, true);
    if (r == null) {
      return deidOffset;
    }
    if (deidOffset <= r.deidEnd()) {
      return r.origEnd();
    }
    return r.origEnd() + (deidOffset - r.deidEnd());
  }

  /**
   * The last replacement starting before the offset (for an end offset, strictly before, so an end
   * that touches a surrogate's start stays outside it).
   */
  private Replacement last(int offset, boolean exclusiveEnd) {
    int lo = 0;
    int hi = replacements.size() - 1;
    Replacement found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Replacement r = replacements.get(mid);
      boolean before = exclusiveEnd ? r.deidBegin() < offset : r.deidBegin() <= offset;
      if (before) {
        found = r;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

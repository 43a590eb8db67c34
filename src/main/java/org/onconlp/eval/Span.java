package org.onconlp.eval;

/**
 * A half-open character range {@code [begin, end)} in UTF-16 code units (Java {@code String}
 * indices), the offset convention of the output contract.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int begin, int end) implements Comparable<Span> {

  /** Checks the range is well formed. */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - begin;
  }

  /** Number of characters this span shares with {@code other} (0 when disjoint). */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return begin + "-" + end;
  }
}

package org.onconlp.text;

/**
 * Text produced by {@link TextNormaliser} with the mapping of each normalised character back to
 * the original text, so that a match {@code [b, e)} in {@link #text()} maps to the exact
 * original span {@code [toOriginal(b), toOriginalEnd(e))}.
 *
 * <p>Immutable once built; the mapping arrays are never exposed.
 */
public final class NormalisedText {
  private final String text;
  // Original begin/end of the character that produced each normalised character; null when
  // the normalisation was one to one (the common case of plain text), saving two arrays.
  private final int[] begins;
  private final int[] ends;
  private final int originalLength;

  NormalisedText(String text, int[] begins, int[] ends, int originalLength) {
    this.text = text;
    this.begins = begins;
    this.ends = ends;
    this.originalLength = originalLength;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** Length of the original text. */
  public int originalLength() {
    return originalLength;
  }

  /**
   * Maps a begin offset (inclusive) in the normalised text to the original text.
   *
   * @param normIndex offset in {@code [0, text().length()]}
   * @return the original offset of the character that produced it; the original length for
   *     {@code text().length()}
   */
  public int toOriginal(int normIndex) {
    check(normIndex);
    if (normIndex == text.length()) {
      return originalLength;
    }
    return begins == null ? normIndex : begins[normIndex];
  }

  /**
   * Maps an end offset (exclusive) in the normalised text to the original text: the end of the
   * original character that produced the last normalised character, so that {@code œ} matched
   * as {@code o} or {@code oe} maps back to the whole {@code œ}, and a base letter followed by
   * combining accents maps back with its accents.
   *
   * @param normEnd offset in {@code [0, text().length()]}
   * @return the exclusive original end offset
   */
  public int toOriginalEnd(int normEnd) {
    check(normEnd);
    if (normEnd == 0) {
      return begins == null || text.isEmpty() ? 0 : begins[0];
    }
    return begins == null ? normEnd : ends[normEnd - 1];
  }

  /** Maps a normalised span to the original text. */
  public TextSpan toOriginal(TextSpan normSpan) {
    return new TextSpan(toOriginal(normSpan.begin()), toOriginalEnd(normSpan.end()));
  }

  private void check(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException(
          "Offset " + index + " outside normalised text of length " + text.length());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

package org.onconlp.text;

/**
 * A half-open character span {@code [begin, end)} in UTF-16 code units, as Java {@code String}
 * indices and the output contract use them.
 *
 * @param begin inclusive start offset
 * @param end exclusive end offset
 */
public record TextSpan(int begin, int end) {
  /** Checks the span is well formed. */
  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Invalid span [" + begin + ", " + end + ")");
    }
  }

  /** Returns the covered text of this span in {@code text}. */
  public String coveredText(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}

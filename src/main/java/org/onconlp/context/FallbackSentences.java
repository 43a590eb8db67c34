package org.onconlp.context;

import java.util.Arrays;

/**
 * Sentence limits used when no {@code Sentence} annotation covers a mention: a new sentence
 * starts after every line break and after a full stop followed by white space (". ").
 *
 * <p>French reports are laid out in lines ("Antécédents familiaux : néant" then the next item
 * on its own line), so a line break is the safer limit even where a sentence splitter would
 * carry on; "Dr. " style abbreviations are rare next to context cues.
 */
public final class FallbackSentences {
  private final int[] starts;
  private final int length;

  private FallbackSentences(int[] starts, int length) {
    this.starts = starts;
    this.length = length;
  }

  /**
   * Finds the sentence limits of a text in one pass.
   *
   * @param text the document text
   * @return its fallback sentences
   */
  public static FallbackSentences of(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean boundary =
          c == '\n'
              || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
      if (boundary) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new FallbackSentences(Arrays.copyOf(starts, n), text.length());
  }

  /**
   * Start of the sentence holding {@code offset}.
   *
   * @param offset a character offset
   * @return the sentence start
   */
  public int startOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? starts[i] : starts[Math.max(0, -i - 2)];
  }

  /**
   * End (exclusive) of the sentence holding the character just before {@code offset}.
   *
   * @param offset an exclusive end offset, e.g. a mention's end
   * @return the sentence end
   */
  public int endOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    int next = i >= 0 ? i : -i - 1;
    return next < starts.length ? starts[next] : length;
  }
}

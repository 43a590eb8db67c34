package org.onconlp.deid;

import java.util.List;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TextSpan;

/**
 * A text cut into tokens for the lexicon-based PHI finders: offsets, folded form (lower case,
 * no accents, typographic apostrophe as {@code '}), a shape and whether a line break precedes
 * the token. Built once per document and shared by the name and place finders, so the text is
 * tokenized once. Not thread-safe (a per-document value).
 *
 * <p>The arrays are public final fields, read in place by some fifty finders in their inner loops,
 * in the manner of Lucene's {@code BytesRef} and {@code CharsRef}: a per-document value built
 * here and never written after construction (no finder assigns an element: checked with
 * {@code grep}), by convention rather than by defensive copies.
 */
public final class PhiTokens {
  /** Token shapes. */
  public enum Shape {
    /** Letters, all upper case, two or more letters: DUPONT, CHU. */
    UPPER,
    /** Starts with an upper-case letter and has lower-case letters: Dupont, Saint-Louis. */
    TITLE,
    /** A single upper-case letter: an initial when a dot follows. */
    LETTER,
    /** Starts with a lower-case letter. */
    LOWER,
    /** Starts with a digit. */
    NUMBER,
    /** Anything else (punctuation, symbols). */
    OTHER
  }

  public final String text;
  public final int[] begin;
  public final int[] end;
  public final String[] fold;
  public final Shape[] shape;
  public final boolean[] lineBefore;
  public final int size;

  /**
   * Tokenizes a text.
   *
   * @param text the text
   * @param tokenizer the shared tokenizer
   * @param normaliser the shared normaliser
   */
  public PhiTokens(String text, FrenchTokenizer tokenizer, TextNormaliser normaliser) {
    this.text = text;
    List<TextSpan> spans = tokenizer.tokenize(text);
    size = spans.size();
    begin = new int[size];
    end = new int[size];
    fold = new String[size];
    shape = new Shape[size];
    lineBefore = new boolean[size];
    int previousEnd = 0;
    for (int i = 0; i < size; i++) {
      TextSpan s = spans.get(i);
      begin[i] = s.begin();
      end[i] = s.end();
      fold[i] = normaliser.fold(text, s.begin(), s.end());
      shape[i] = shapeOf(text, s.begin(), s.end());
      lineBefore[i] = i == 0 || hasLineBreak(text, previousEnd, s.begin());
      previousEnd = s.end();
    }
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static Shape shapeOf(String text, int b, int e) {
    char c = text.charAt(b);
    if (Character.isDigit(c)) {
      return Shape.NUMBER;
    }
    if (!Character.isLetter(c)) {
      return Shape.OTHER;
    }
    if (Character.isLowerCase(c)) {
      return Shape.LOWER;
    }
    boolean lower = false;
    int letters = 0;
    for (int i = b; i < e; i++) {
      char x = text.charAt(i);
      if (Character.isLetter(x)) {
        letters++;
        lower |= Character.isLowerCase(x);
      } else if (Character.isDigit(x)) {
        return Shape.OTHER;
      }
    }
    if (lower) {
      return Shape.TITLE;
    }
    return letters == 1 ? Shape.LETTER : Shape.UPPER;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** True if token {@code i} exists and is exactly {@code s} (case-sensitive). */
  public boolean is(int i, String s) {
    return i >= 0
        && i < size
        && end[i] - begin[i] == s.length()
        && text.regionMatches(begin[i], s, 0, s.length());
  }

  /** True if token {@code i} starts with an upper-case letter (TITLE, UPPER or LETTER). */
  public boolean capitalised(int i) {
    return i >= 0
        && i < size
        && (shape[i] == Shape.TITLE || shape[i] == Shape.UPPER || shape[i] == Shape.LETTER);
  }

  /** True if tokens {@code i-1} and {@code i} are separated by nothing (glued). */
  public boolean glued(int i) {
    return i > 0 && i < size && end[i - 1] == begin[i];
  }
}

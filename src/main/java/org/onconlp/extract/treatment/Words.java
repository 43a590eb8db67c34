package org.onconlp.extract.treatment;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextNormaliser;

/**
 * The words of a text as parallel arrays (offsets and folded norms), the CAS-free input of the
 * treatment and event finders. Built from the CAS {@code Token} annotations by the annotators, or
 * by tokenizing a string the way {@code TokenAnnotator} does (lexicon phrases, tests).
 *
 * <p>Immutable.
 */
public final class Words {
  private final String text;
  private final int[] begins;
  private final int[] ends;
  private final String[] norms;

  /**
   * Wraps already tokenized text.
   *
   * @param text the text the offsets point into
   * @param begins token starts, in text order
   * @param ends token ends
   * @param norms folded token forms (lower case, accents removed)
   */
  public Words(String text, int[] begins, int[] ends, String[] norms) {
    if (begins.length != ends.length || begins.length != norms.length) {
      throw new IllegalArgumentException("Token arrays differ in length");
    }
    this.text = text;
    this.begins = begins.clone();
    this.ends = ends.clone();
    this.norms = norms.clone();
  }

  /** Tokenizes {@code text} with {@link FrenchTokenizer} and folds each token. */
  public static Words of(String text, FrenchTokenizer tokenizer, TextNormaliser normaliser) {
    List<int[]> spans = new ArrayList<>();
    tokenizer.tokenize(text, (b, e) -> spans.add(new int[] {b, e}));
    int n = spans.size();
    int[] b = new int[n];
    int[] e = new int[n];
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      b[i] = spans.get(i)[0];
      e[i] = spans.get(i)[1];
      norm[i] = normaliser.fold(text, b[i], e[i]);
    }
    return new Words(text, b, e, norm);
  }

  /** Tokenizes {@code text} with a default tokenizer and normaliser (tests, lexicon phrases). */
  public static Words of(String text) {
    return of(text, new FrenchTokenizer(), new TextNormaliser());
  }

  /** The text the offsets point into. */
  public String text() {
    return text;
  }

  /** Number of words. */
  public int size() {
    return norms.length;
  }

  /** Start offset of word {@code i}. */
  public int begin(int i) {
    return begins[i];
  }

  /** End offset of word {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** Folded form of word {@code i}. */
  public String norm(int i) {
    return norms[i];
  }

  /** Word {@code i} as written. */
  public String surface(int i) {
    return text.substring(begins[i], ends[i]);
  }

  /** Whether words {@code i - 1} and {@code i} are on different lines. */
  public boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= norms.length) {
      return false;
    }
    for (int k = ends[i - 1]; k < begins[i]; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The folded forms of all words (lexicon phrases). */
  public List<String> norms() {
    return List.of(norms);
  }
}

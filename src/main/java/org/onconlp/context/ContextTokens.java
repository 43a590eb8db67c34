package org.onconlp.context;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words and punctuation of one text span, with offsets and a matching form (lower case,
 * accents folded, {@code œ} spelled {@code oe}).
 *
 * <p>Letters and digits make words; apostrophes and hyphens only separate words, so the elided
 * {@code n'est} gives {@code n}, {@code est} and {@code grand-mère} matches {@code grand mère};
 * white space separates; any other character is a one-character punctuation token
 * ({@code ;}, {@code :}, {@code ?}, {@code ,}). This is the ConText matching unit, independent
 * of the pipeline's {@code Token} annotations so that the annotator also works without them.
 */
public final class ContextTokens {
  /** Lower-case accent-free forms of U+00C0..U+017F, computed once, never written after. */
  private static final String[] LATIN_FOLD = buildLatinFold();

  private final int[] begins;
  private final int[] ends;
  private final String[] norms;
  private final int size;

  private ContextTokens(int[] begins, int[] ends, String[] norms, int size) {
    this.begins = begins;
    this.ends = ends;
    this.norms = norms;
    this.size = size;
  }

  /**
   * Splits {@code text[begin, end)} into tokens.
   *
   * @param text the document text
   * @param begin first character (inclusive), clamped to the text
   * @param end last character (exclusive), clamped to the text
   * @return the tokens, with offsets into {@code text}
   */
  public static ContextTokens of(String text, int begin, int end) {
    int from = Math.max(0, begin);
    int to = Math.min(text.length(), end);
    int capacity = Math.max(4, (to - from) / 4);
    int[] bs = new int[capacity];
    int[] es = new int[capacity];
    String[] ns = new String[capacity];
    int n = 0;
    StringBuilder word = new StringBuilder(16);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int start = i;
      String norm;
      if (Character.isLetterOrDigit(c)) {
        // Most words are already lower-case ASCII: take them as they are, fold only the others.
        boolean plain = true;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          char w = text.charAt(i);
          plain &= w < 0x80 && !(w >= 'A' && w <= 'Z');
          i++;
        }
        if (plain) {
          norm = text.substring(start, i);
        } else {
          word.setLength(0);
          for (int k = start; k < i; k++) {
            appendFolded(word, text.charAt(k));
          }
          norm = word.toString();
        }
      } else {
        i++;
        if (Character.isWhitespace(c) || isJoiner(c) || Character.isSurrogate(c)) {
          continue;
        }
        norm = String.valueOf(c);
      }
      if (n == bs.length) {
        bs = Arrays.copyOf(bs, n * 2);
        es = Arrays.copyOf(es, n * 2);
        ns = Arrays.copyOf(ns, n * 2);
      }
      bs[n] = start;
      es[n] = i;
      ns[n] = norm;
      n++;
    }
    return new ContextTokens(bs, es, ns, n);
  }

  /**
   * The matching form of a phrase: lower case, accents folded, {@code œ} as {@code oe}.
   *
   * @param s any text
   * @return its folded form, same word boundaries
   */
  public static String fold(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      appendFolded(sb, s.charAt(i));
    }
    return sb.toString();
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start offset of token {@code i}. */
  public int begin(int i) {
    return begins[i];
  }

  /** End offset of token {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** Matching form of token {@code i}. */
  public String norm(int i) {
    return norms[i];
  }

  /** Whether token {@code i} is a word (letters or digits) rather than punctuation. */
  public boolean isWord(int i) {
    return Character.isLetterOrDigit(norms[i].charAt(0));
  }

  /**
   * Index of the first token ending after {@code offset}, or {@link #size()} if none.
   *
   * @param offset a character offset
   * @return a token index
   */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index of the last token starting before {@code offset}, or -1 if none.
   *
   * @param offset a character offset
   * @return a token index
   */
  public int lastStartingBefore(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private static boolean isJoiner(char c) {
    // Apostrophes and hyphens join words in French spelling but carry no meaning for cues.
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010'
        || c == '\u2011' || c == '\u00AD';
  }

  private static void appendFolded(StringBuilder sb, char c) {
    if (c < 0x80) {
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    } else if (c >= 0xC0 && c <= 0x17F) {
      sb.append(LATIN_FOLD[c - 0xC0]);
    } else {
      sb.append(Character.toLowerCase(c));
    }
  }

  private static String[] buildLatinFold() {
    String[] table = new String[0x17F - 0xC0 + 1];
    for (char c = 0xC0; c <= 0x17F; c++) {
      String folded;
      switch (c) {
        case '\u00C6', '\u00E6' -> folded = "ae";
        case '\u0152', '\u0153' -> folded = "oe";
        case '\u00DF' -> folded = "ss";
        default -> {
          String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
          folded = decomposed.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
          if (folded.isEmpty()) {
            folded = String.valueOf(Character.toLowerCase(c));
          }
        }
      }
      table[c - 0xC0] = folded;
    }
    return table;
  }
}

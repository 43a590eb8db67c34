package org.onconlp.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Offset-preserving normaliser for matching: lower case, accents folded (é→e, ç→c), ligatures
 * expanded (œ→oe, æ→ae, ß→ss), compatibility forms folded (m²→m2, ﬁ→fi, …→...), typographic
 * quotes and apostrophes to {@code '} and {@code "}, dashes and minus signs to {@code -}, every
 * Unicode space (no-break, narrow no-break, thin) to a plain space, and invisible characters
 * (soft hyphen, zero-width space, byte-order mark, combining marks of NFD input) removed.
 *
 * <p>Because a character may become two ({@code œ}) or none (a combining accent), {@link
 * #normalise(String)} returns the mapping back to original offsets along with the text. Case
 * mapping is per code point and locale-independent ({@link Character#toLowerCase(int)}), so the
 * result never depends on the default locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormaliser {
  /** First code point of the precomputed fold table; below it, ASCII is handled inline. */
  private static final int TABLE_START = 0x80;

  /** End (exclusive) of the precomputed fold table: Latin-1, Latin Extended, punctuation. */
  private static final int TABLE_END = 0x2100;

  private static final String DROP = "";

  /** Folded form of each code point in [TABLE_START, TABLE_END); never written after init. */
  private final String[] table;

  /** Creates a normaliser (builds its small fold table once). */
  public TextNormaliser() {
    table = new String[TABLE_END - TABLE_START];
    for (int cp = TABLE_START; cp < TABLE_END; cp++) {
      table[cp - TABLE_START] = computeFold(cp);
    }
  }

  /**
   * Normalises {@code text} and keeps the mapping to original offsets.
   *
   * @param text original text, may be empty
   * @return the normalised text with its offset mapping
   */
  public NormalisedText normalise(String text) {
    int length = text.length();
    StringBuilder out = new StringBuilder(length);
    // Allocated only once a character does not map one to one.
    int[] begins = null;
    int[] ends = null;
    int i = 0;
    while (i < length) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      String folded = fold(cp);
      int produced = folded == null ? width : folded.length();
      if (begins == null && produced != width) {
        begins = new int[Math.max(16, length + 8)];
        ends = new int[begins.length];
        for (int k = 0; k < out.length(); k++) {
          begins[k] = k;
          ends[k] = k + 1;
        }
      }
      if (produced == 0) {
        // Dropped characters (combining accents) belong to the previous output character.
        if (begins != null && out.length() > 0) {
          ends[out.length() - 1] = i + width;
        }
      } else {
        if (begins != null && out.length() + produced > begins.length) {
          int capacity = Math.max(begins.length * 2, out.length() + produced);
          begins = Arrays.copyOf(begins, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
        int at = out.length();
        if (folded == null) {
          out.appendCodePoint(cp);
        } else {
          out.append(folded);
        }
        if (begins != null) {
          for (int k = at; k < at + produced; k++) {
            begins[k] = i;
            ends[k] = i + width;
          }
        }
      }
      i += width;
    }
    return new NormalisedText(out.toString(), begins, ends, length);
  }

  /**
   * Normalises a span of text without keeping the offset mapping (e.g. a token's norm).
   *
   * @param text text holding the span
   * @param begin inclusive start
   * @param end exclusive end
   * @return the normalised form of {@code text[begin, end)}
   */
  public String fold(CharSequence text, int begin, int end) {
    StringBuilder out = new StringBuilder(end - begin);
    int i = begin;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      String folded = fold(cp);
      if (folded == null) {
        out.appendCodePoint(cp);
      } else {
        out.append(folded);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Normalises a whole string without keeping the offset mapping. */
  public String fold(CharSequence text) {
    return fold(text, 0, text.length());
  }

  /** Returns the folded form of {@code cp}, or null when it is the code point itself. */
  private String fold(int cp) {
    if (cp < TABLE_START) {
      if (cp >= 'A' && cp <= 'Z') {
        return String.valueOf((char) (cp + ('a' - 'A')));
      }
      return null;
    }
    if (cp < TABLE_END) {
      return table[cp - TABLE_START];
    }
    return computeFold(cp);
  }

  /** Folds one code point from first principles; null when unchanged. */
  private static String computeFold(int cp) {
    String special = special(cp);
    if (special != null) {
      return special;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT) {
      return DROP;
    }
    if (type == Character.SPACE_SEPARATOR) {
      return " ";
    }
    if (type == Character.DASH_PUNCTUATION) {
      return "-";
    }
    String original = new String(Character.toChars(cp));
    String decomposed = Normalizer.normalize(original, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); ) {
      int d = decomposed.codePointAt(k);
      int dt = Character.getType(d);
      if (dt != Character.NON_SPACING_MARK && dt != Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(d == ' ' || Character.getType(d) == Character.SPACE_SEPARATOR
            ? ' ' : Character.toLowerCase(d));
      }
      k += Character.charCount(d);
    }
    String result = out.toString();
    return result.equals(original) ? null : result;
  }

  /** Characters NFKD leaves alone or gets wrong for matching purposes. */
  private static String special(int cp) {
    return switch (cp) {
      case 'œ', 'Œ' -> "oe";
      case 'æ', 'Æ' -> "ae";
      case 'ß' -> "ss";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ' -> "d";
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '\u0060' -> "'";
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> "\"";
      case '\u2212' -> "-";
      case '\u00A0', '\u202F', '\u2007' -> " ";
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> DROP;
      default -> null;
    };
  }
}

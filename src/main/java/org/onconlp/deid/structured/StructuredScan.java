package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;

/**
 * The state of one scan of {@link StructuredPhiFinder} over one text: the spans found so far, the
 * safety net's candidates and one reusable matcher per pattern, with the character tests the
 * finders behind it share. One per call of {@code find}, so the finders stay immutable.
 */
final class StructuredScan {
  final String text;
  final int n;
  /** Longest trigger word: a longer word is no trigger and is read no further. */
  final int longestWord;
  final List<PhiSpan> found = new ArrayList<>();
  /** Tokens that may be unlabelled identifiers, kept only where no other span was found. */
  final List<PhiSpan> netCandidates = new ArrayList<>();
  /** End of the last token the safety net has read. */
  int netCheckedUntil;
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  StructuredScan(String text, int longestWord) {
    this.text = text;
    this.n = text.length();
    this.longestWord = longestWord;
  }

  void add(int begin, int end, String category) {
    found.add(new PhiSpan(begin, end, category));
  }

  /** End of the match of {@code p} starting exactly at {@code from}, or -1. */
  int matchAt(Pattern p, int from) {
    if (from > n) {
      return -1;
    }
    Matcher m = matcher(p);
    m.region(from, n);
    return m.lookingAt() ? m.end() : -1;
  }

  /** True when the pattern matches exactly {@code text[from,to)}. */
  boolean matchesExactly(Pattern p, int from, int to) {
    Matcher m = matcher(p);
    m.region(from, to);
    return m.matches();
  }

  /** True when the pattern occurs somewhere in {@code text[from,to)}. */
  boolean occursIn(Pattern p, int from, int to) {
    Matcher m = matcher(p);
    m.region(from, to);
    return m.find();
  }

  private Matcher matcher(Pattern p) {
    return matchers.computeIfAbsent(
        p, k -> k.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
  }

  /**
   * The lower-case word after a number ("mars" in "12 mars", "1er mars", "12mars"), or "" when
   * no short word follows.
   */
  String wordAfter(int p) {
    if (text.regionMatches(true, p, "er", 0, 2)) {
      p += 2;
    }
    while (p < n && (isSpace(text.charAt(p)) || Character.isWhitespace(text.charAt(p)))) {
      p++;
    }
    int q = p;
    while (q < n && q - p <= longestWord && Character.isLetter(text.charAt(q))) {
      q++;
    }
    return q == p || q - p > longestWord ? "" : text.substring(p, q).toLowerCase(Locale.ROOT);
  }

  /**
   * Start of the one to {@code max} letters (upper case only if asked) standing right before the
   * separator at {@code i - 1}, not glued to a longer word ("AP 24-3318", "L-1210"), or -1.
   */
  int letterPrefixStart(int i, int max, boolean upperOnly) {
    int start = i - 1;
    while (start > 0 && i - 1 - start < max
        && (upperOnly
            ? Character.isUpperCase(text.charAt(start - 1))
            : Character.isLetter(text.charAt(start - 1)))) {
      start--;
    }
    return start == i - 1 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) ? -1 : start;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A space inside a line, the no-break spaces of word processors included. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}

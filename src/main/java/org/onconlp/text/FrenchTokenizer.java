package org.onconlp.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based tokenizer for French clinical text, written because no French OpenNLP tokenizer
 * model is available and OpenNLP's {@code SimpleTokenizer} breaks clinical codes apart.
 *
 * <p>One left-to-right scan over the text, no regular expressions. Whitespace separates chunks;
 * inside a chunk the rules are:
 *
 * <ul>
 *   <li>E-mail addresses and URLs ({@code scheme://…}, {@code www.…}) stay whole, without the
 *       surrounding punctuation.
 *   <li>A word is a run of letters, digits, superscripts and combining marks, joined across
 *       {@code -} (Ki-67, PD-L1, BCR-ABL, c'est-à-dire), {@code _}, and between two digits across
 *       {@code . , / :} (3.5, 3,5, 8500/3, 12/03/2021, 14:30), so C50.4, pT2N1a, ypT0N0 and
 *       HER2 are single tokens.
 *   <li>Trailing {@code +} signs stay on their word (3+, 2+, HER2+++, CD20+), as does a trailing
 *       {@code -} on a code or acronym (ER-, HER2-); {@code 4+3} splits.
 *   <li>HGVS variants keep every character they use: p.G12C, p.Gly12Cys, p.(Gly12Cys),
 *       c.35G&gt;T, c.1234+1G&gt;A, c.35_36delinsTT.
 *   <li>A parenthesis glued to a short lower-case word or to a TNM code is part of the token:
 *       del(17p), t(11;14)(q13;q32), inv(16), pN0(i+).
 *   <li>Elisions split after the apostrophe (' or ’): l'adénocarcinome → l' + adénocarcinome;
 *       other apostrophes between letters stay inside the word (aujourd'hui).
 *   <li>Percent signs are separate tokens ({@code 90%} → 90 + %), so the number is a plain
 *       numeric token; every other punctuation or symbol character is a one-character token,
 *       except a run of dots ({@code ...}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class FrenchTokenizer {
  /** Classpath location of the default elision list. */
  public static final String DEFAULT_ELISIONS = "/org/onconlp/text/elisions.txt";

  /** Longest content accepted inside a glued parenthesis such as t(11;14)(q13;q32). */
  private static final int MAX_GLUED_PARENTHESIS = 16;

  /** Receives token offsets without allocating a span per token. */
  @FunctionalInterface
  public interface SpanSink {
    /** Called once per token, in text order. */
    void accept(int begin, int end);
  }

  private final Set<String> elisions;

  /** Creates a tokenizer with the default French elisions (l', d', qu', jusqu'…). */
  public FrenchTokenizer() {
    this(ResourceLines.load(DEFAULT_ELISIONS));
  }

  /**
   * Creates a tokenizer with the given elided words.
   *
   * @param elisions elided words without apostrophe, compared in lower case
   */
  public FrenchTokenizer(Iterable<String> elisions) {
    HashSet<String> set = new HashSet<>();
    for (String e : elisions) {
      set.add(e.toLowerCase(Locale.ROOT));
    }
    this.elisions = Set.copyOf(set);
  }

  /** Tokenizes {@code text} and returns the token spans in text order. */
  public List<TextSpan> tokenize(CharSequence text) {
    List<TextSpan> spans = new ArrayList<>();
    tokenize(text, (b, e) -> spans.add(new TextSpan(b, e)));
    return spans;
  }

  /** Tokenizes {@code text}, handing each token's offsets to {@code sink} in text order. */
  public void tokenize(CharSequence text, SpanSink sink) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int chunkEnd = i;
      boolean mayBeLink = false;
      while (chunkEnd < length && !isSpace(text.charAt(chunkEnd))) {
        char c = text.charAt(chunkEnd);
        mayBeLink |= c == '@' || c == ':' || c == 'w' || c == 'W';
        chunkEnd++;
      }
      i = tokenizeChunk(text, i, chunkEnd, mayBeLink, sink);
    }
  }

  private int tokenizeChunk(
      CharSequence text, int start, int chunkEnd, boolean mayBeLink, SpanSink sink) {
    int i = start;
    if (mayBeLink) {
      int linkBegin = i;
      while (linkBegin < chunkEnd && isOpener(text.charAt(linkBegin))) {
        linkBegin++;
      }
      int linkEnd = linkEnd(text, linkBegin, chunkEnd);
      if (linkEnd > linkBegin) {
        for (int p = i; p < linkBegin; p++) {
          sink.accept(p, p + 1);
        }
        sink.accept(linkBegin, linkEnd);
        i = linkEnd;
      }
    }
    while (i < chunkEnd) {
      int end;
      if (isWordStart(text, i, chunkEnd)) {
        end = wordEnd(text, i, chunkEnd);
      } else if (text.charAt(i) == '.') {
        end = i + 1;
        while (end < chunkEnd && text.charAt(end) == '.') {
          end++;
        }
      } else if (Character.isHighSurrogate(text.charAt(i))
          && i + 1 < chunkEnd
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        end = i + 2;
      } else {
        end = i + 1;
      }
      sink.accept(i, end);
      i = end;
    }
    return chunkEnd;
  }

  private static boolean isWordStart(CharSequence text, int i, int limit) {
    return isWordChar(codePointAt(text, i, limit));
  }

  /** End of the word starting at {@code start}; never beyond {@code limit}. */
  private int wordEnd(CharSequence text, int start, int limit) {
    int hgvs = hgvsEnd(text, start, limit);
    if (hgvs > 0) {
      return hgvs;
    }
    int i = start;
    while (true) {
      while (i < limit) {
        int cp = codePointAt(text, i, limit);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i >= limit) {
        return limit;
      }
      char c = text.charAt(i);
      char prev = text.charAt(i - 1);
      char next = i + 1 < limit ? text.charAt(i + 1) : '\0';
      switch (c) {
        case '-', '\u2010', '\u2011' -> {
          if (isWordStart(text, i + 1, limit)) {
            i++;
          } else {
            return polarityMinusAllowed(text, start, i) ? i + 1 : i;
          }
        }
        case '_' -> {
          if (isWordStart(text, i + 1, limit)) {
            i++;
          } else {
            return i;
          }
        }
        case '.', ',', '/', ':' -> {
          if (isDigit(prev) && isDigit(next)) {
            i++;
          } else {
            return i;
          }
        }
        case '+' -> {
          int end = i;
          while (end < limit && text.charAt(end) == '+') {
            end++;
          }
          // A suffix sign (HER2 3+, CD20+); 4+3 is a sum and splits.
          return end < limit && isWordStart(text, end, limit) ? i : end;
        }
        case '\'', '\u2019', '\u02BC' -> {
          if (Character.isLetter(prev) && Character.isLetter(next)) {
            String head = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
            if (elisions.contains(head)) {
              return i + 1;
            }
            i++;
          } else {
            return i;
          }
        }
        case '(' -> {
          int close = gluedParenthesisEnd(text, start, i, limit);
          if (close < 0) {
            return i;
          }
          i = close;
        }
        default -> {
          return i;
        }
      }
    }
  }

  /** A trailing minus is a negative result (ER-, HER2-) only on codes and acronyms. */
  private static boolean polarityMinusAllowed(CharSequence text, int start, int end) {
    boolean upperOrDigit = true;
    for (int p = start; p < end && upperOrDigit; p++) {
      char c = text.charAt(p);
      upperOrDigit = Character.isUpperCase(c) || isDigit(c);
    }
    return upperOrDigit && (end - start) <= 8;
  }

  /**
   * Returns the index after the {@code )} of a parenthesis glued to the word {@code [start,
   * open)}, or -1 when the parenthesis is ordinary punctuation. Glued groups are cytogenetic
   * (del(17p), t(11;14)) after a short lower-case word, TNM suffixes (pN0(i+), pN1(sn)), or a
   * further group chained to a glued one (t(11;14)(q13;q32)).
   */
  private static int gluedParenthesisEnd(CharSequence text, int start, int open, int limit) {
    boolean chained = text.charAt(open - 1) == ')';
    if (!chained && !isCytogeneticWord(text, start, open) && !isTnmLike(text, start, open)) {
      return -1;
    }
    int max = Math.min(limit, open + 2 + MAX_GLUED_PARENTHESIS);
    for (int p = open + 1; p < max; p++) {
      char c = text.charAt(p);
      if (c == ')') {
        return p > open + 1 ? p + 1 : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == ';' || c == '+' || c == '-' || c == '.'
          || c == ',')) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isCytogeneticWord(CharSequence text, int start, int end) {
    if (end - start > 4) {
      return false;
    }
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (!(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** True when the word contains a TNM category: an upper-case T, N or M followed by 0-4/X/i. */
  private static boolean isTnmLike(CharSequence text, int start, int end) {
    for (int p = start; p + 1 < end; p++) {
      char c = text.charAt(p);
      char n = text.charAt(p + 1);
      if ((c == 'T' || c == 'N' || c == 'M')
          && ((n >= '0' && n <= '4') || n == 'x' || n == 'X' || n == 'i')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the end of an HGVS variant description starting at {@code start} (HGVS
   * nomenclature: a one-letter reference-sequence prefix c., g., m., n., r. or p.), or -1.
   */
  private static int hgvsEnd(CharSequence text, int start, int limit) {
    if (start + 2 >= limit || text.charAt(start + 1) != '.') {
      return -1;
    }
    char prefix = text.charAt(start);
    char first = text.charAt(start + 2);
    boolean opens;
    if (prefix == 'p') {
      opens = (first >= 'A' && first <= 'Z') || first == '(' || first == '=' || first == '?'
          || first == '*' || isDigit(first);
    } else if (prefix == 'c' || prefix == 'g' || prefix == 'm' || prefix == 'n' || prefix == 'r') {
      opens = isDigit(first) || first == '(' || first == '*' || first == '?'
          || (first == '-' && start + 3 < limit && isDigit(text.charAt(start + 3)));
    } else {
      opens = false;
    }
    if (!opens) {
      return -1;
    }
    int depth = 0;
    int i = start + 2;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (!(Character.isLetterOrDigit(c) || "_+-*>?;=.:".indexOf(c) >= 0)) {
        break;
      }
      i++;
    }
    // Sentence punctuation after the variant (p.G12C. / c.35G>T;) is not part of it.
    while (i > start + 2 && ".;:".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /**
   * Returns the end of an e-mail address or URL starting at {@code start}, or -1. Trailing
   * sentence punctuation and an unbalanced closing bracket are left out.
   */
  private static int linkEnd(CharSequence text, int start, int chunkEnd) {
    if (start >= chunkEnd || !Character.isLetterOrDigit(text.charAt(start))) {
      return -1;
    }
    int end = chunkEnd;
    int opened = 0;
    for (int p = start; p < chunkEnd; p++) {
      char c = text.charAt(p);
      if (c == '(' || c == '[') {
        opened++;
      }
    }
    while (end > start) {
      char c = text.charAt(end - 1);
      if ((c == ')' || c == ']') && opened > 0) {
        break;
      }
      if (".,;:!?)]>»\"'”’".indexOf(c) < 0) {
        break;
      }
      end--;
    }
    String chunk = text.subSequence(start, end).toString();
    String lower = chunk.toLowerCase(Locale.ROOT);
    int scheme = lower.indexOf("://");
    if (scheme > 0 && scheme + 3 < lower.length() && isAsciiLetters(lower, 0, scheme)) {
      return end;
    }
    if (lower.startsWith("www.") && lower.length() > 6 && lower.indexOf('.', 4) > 4) {
      return end;
    }
    int at = chunk.indexOf('@');
    if (at > 0 && at == chunk.lastIndexOf('@') && at + 1 < chunk.length()) {
      int dot = chunk.indexOf('.', at + 2);
      if (dot > 0 && dot + 1 < chunk.length() && isMailPart(chunk, 0, at)
          && isMailPart(chunk, at + 1, chunk.length())) {
        return end;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetters(String s, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = s.charAt(p);
      if (!(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMailPart(String s, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = s.charAt(p);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+'
          || c == '%')) {
        return false;
      }
    }
    return true;
  }

  private static int codePointAt(CharSequence text, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < limit) {
      char low = text.charAt(i + 1);
      if (Character.isLowSurrogate(low)) {
        return Character.toCodePoint(c, low);
      }
    }
    return c;
  }

  /** Letters, digits, superscript digits (m²) and combining marks (NFD accents). */
  private static boolean isWordChar(int cp) {
    if (cp < 0) {
      return false;
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_NUMBER
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isOpener(char c) {
    return "([{<«\"'“‘".indexOf(c) >= 0;
  }

  /** Whitespace including the no-break spaces French typography puts before : ; ! ? and %. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\uFEFF';
  }
}

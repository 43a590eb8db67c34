package org.onconlp.extract.biomarker;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onconlp.text.ResourceLines;

/**
 * The method of a biomarker result that does not write it ({@code methods.txt}): implied by the
 * kind of result ("RE : 95 %" is an immunohistochemistry result), or given by the method
 * statement written above the result in its paragraph ("Technique : NGS ADN + ARN" over a list
 * of mutations). Pathology and molecular reports state the method once per paragraph, and the
 * corpus annotates every result under it with that method (GUIDELINES §4.3).
 *
 * <p>Immutable and thread-safe.
 */
final class MethodRules {
  /** Classpath location of the default rules. */
  static final String DEFAULT_LOCATION = "/org/onconlp/extract/biomarker/methods.txt";

  /** Farthest a method statement is looked for above a result, in characters. */
  static final int MAX_CONTEXT = 1_500;

  private record Rule(String implied, List<String> fromContext) {}

  private final Map<MarkerKind, Rule> rules = new EnumMap<>(MarkerKind.class);
  private final ResultParser parser;

  /** Rules of the default data file, reading method words with {@code parser}. */
  MethodRules(ResultParser parser) {
    this(ResourceLines.load(DEFAULT_LOCATION), parser);
  }

  /**
   * Rules from data lines.
   *
   * @throws IllegalArgumentException on a malformed line or an unknown kind
   */
  MethodRules(List<String> lines, ResultParser parser) {
    this.parser = parser;
    for (String line : lines) {
      String[] c = line.split("\t");
      if (c.length != 3) {
        throw new IllegalArgumentException("Expected KIND, IMPLIED, FROM CONTEXT: " + line);
      }
      String implied = c[1].equals("-") ? null : c[1];
      List<String> context = c[2].equals("-") ? List.of() : List.of(c[2].split(","));
      rules.put(MarkerKind.valueOf(c[0]), new Rule(implied, context));
    }
  }

  /**
   * The method of a result of {@code kind} written at {@code begin} without its own method, or
   * null when neither its kind nor its paragraph tells.
   */
  String method(CharSequence text, int begin, MarkerKind kind) {
    Rule rule = rules.get(kind);
    if (rule == null) {
      return null;
    }
    if (rule.implied() != null) {
      return rule.implied();
    }
    return rule.fromContext().isEmpty() ? null : fromContext(text, begin, rule.fromContext());
  }

  private String fromContext(CharSequence text, int begin, List<String> allowed) {
    List<ResultParser.MethodCue> cues = parser.methods(text, paragraphStart(text, begin), begin);
    // Nearest line first; on a line, the first compatible method written: walking back, the
    // candidate of a line is the leftmost compatible cue seen before the line changes.
    String candidate = null;
    int line = -1;
    for (int i = cues.size() - 1; i >= 0; i--) {
      int start = lineStart(text, cues.get(i).start());
      if (start != line && candidate != null) {
        return candidate;
      }
      line = start;
      if (allowed.contains(cues.get(i).method())) {
        candidate = cues.get(i).method();
      }
    }
    return candidate;
  }

  /** Start of the paragraph holding {@code at}: after the last blank line, within reach. */
  private static int paragraphStart(CharSequence text, int at) {
    int limit = Math.max(0, at - MAX_CONTEXT);
    boolean blank = false;
    for (int i = at - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (blank && i + 1 < at) {
          return i + 1;
        }
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return limit;
  }

  private static int lineStart(CharSequence text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }
}

package org.onconlp.deid.structured;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onconlp.text.ResourceLines;

/**
 * Named regular-expression fragments loaded from {@code patterns.txt}, with {@code {NAME}}
 * references expanded, compiled once and immutable afterwards.
 */
final class PatternLibrary {
  // A reference is {NAME}; "\\p{L}" (a Unicode class) is not one.
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)}");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Map<String, String> fragments;

  /**
   * Loads fragments.
   *
   * @param location classpath location of the {@code NAME = regex} file
   * @param generated extra fragments built by code (e.g. a month-name alternation)
   */
  PatternLibrary(String location, Map<String, String> generated) {
    Map<String, String> raw = new HashMap<>(generated);
    for (String line : ResourceLines.load(location)) {
      int eq = line.indexOf(" = ");
      if (eq <= 0) {
        throw new IllegalArgumentException("Not a 'NAME = regex' line in " + location);
      }
      raw.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
    }
    this.fragments = Map.copyOf(raw);
  }

  /** Compiles the named fragment with every reference expanded. */
  Pattern compile(String name) {
    return Pattern.compile(expand(name), FLAGS);
  }

  /** Compiles an arbitrary regex whose {@code {NAME}} references point into this library. */
  Pattern compileExpression(String regex) {
    return Pattern.compile(expandText(regex, 0), FLAGS);
  }

  /** The named fragment with every reference expanded. */
  String expand(String name) {
    return expandText(lookup(name), 0);
  }

  private String lookup(String name) {
    String regex = fragments.get(name);
    if (regex == null) {
      throw new IllegalArgumentException("Unknown pattern fragment: " + name);
    }
    return regex;
  }

  private String expandText(String regex, int depth) {
    if (depth > 10) {
      throw new IllegalArgumentException("Pattern fragments nest too deeply (a cycle?): " + regex);
    }
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(expandText(lookup(m.group(1)), depth + 1)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An alternation of literal words, longest first so that "septembre" wins over "sept". */
  static String alternation(List<String> words) {
    return words.stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}

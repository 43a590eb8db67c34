package org.onconlp.eval.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed report template or lexicon value: a sequence of parts. Syntax (see the header of
 * {@code lexicon.txt}): {@code {key}} a random lexicon alternative, {@code {=key}} an
 * alternative fixed for the patient, {@code {a|b}} an inline choice (nesting allowed),
 * {@code {$SLOT}} a generated value, everything else literal. Parsed once at load time so that
 * generating a report is only appends.
 */
final class Template {
  /** One element of a parsed template. */
  sealed interface Part permits Literal, Slot, Lookup, Choice {}

  /** Literal text. */
  record Literal(String text) implements Part {}

  /** A generated value such as {@code PAT_NOM} or {@code DATE}. */
  record Slot(String name) implements Part {}

  /** A lexicon lookup; {@code perPatient} keeps the same alternative for all of a patient's reports. */
  record Lookup(String key, boolean perPatient) implements Part {}

  /** An inline choice between alternatives. */
  record Choice(List<List<Part>> alternatives) implements Part {}

  private final String source;
  private int pos;

  private Template(String source) {
    this.source = source;
  }

  /**
   * Parses template text.
   *
   * @param source the template text
   * @return its parts
   * @throws IllegalArgumentException on unbalanced braces
   */
  static List<Part> parse(String source) {
    Template parser = new Template(source);
    List<Part> parts = parser.sequence(false);
    if (parser.pos != source.length()) {
      throw new IllegalArgumentException("Unbalanced '}' at offset " + parser.pos);
    }
    return parts;
  }

  /** Reads parts up to the end, or up to an unconsumed '|' or '}' when inside braces. */
  private List<Part> sequence(boolean inBraces) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (inBraces && (c == '|' || c == '}')) {
        break;
      }
      if (c == '}') {
        break;
      }
      if (c == '{') {
        if (!literal.isEmpty()) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(braces());
      } else {
        literal.append(c);
        pos++;
      }
    }
    if (!literal.isEmpty()) {
      parts.add(new Literal(literal.toString()));
    }
    return List.copyOf(parts);
  }

  private Part braces() {
    int open = pos;
    pos++;
    List<List<Part>> alternatives = new ArrayList<>();
    alternatives.add(sequence(true));
    while (pos < source.length() && source.charAt(pos) == '|') {
      pos++;
      alternatives.add(sequence(true));
    }
    if (pos >= source.length() || source.charAt(pos) != '}') {
      throw new IllegalArgumentException("Unclosed '{' at offset " + open);
    }
    pos++;
    if (alternatives.size() == 1) {
      List<Part> only = alternatives.get(0);
      if (only.size() == 1 && only.get(0) instanceof Literal(String text)) {
        if (text.startsWith("$")) {
          return new Slot(text.substring(1));
        }
        if (text.startsWith("=")) {
          return new Lookup(text.substring(1), true);
        }
        return new Lookup(text, false);
      }
      throw new IllegalArgumentException("Empty or nested braces at offset " + open);
    }
    return new Choice(List.copyOf(alternatives));
  }
}

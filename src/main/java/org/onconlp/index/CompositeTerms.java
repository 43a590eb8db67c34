package org.onconlp.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Composite keyword terms that keep the attributes of one fact together, such as {@code
 * osimertinib|line=2|status=ongoing}: a query with attribute constraints ({@code
 * treatment:osimertinib[line>=2]}) enumerates the terms starting with {@code osimertinib|} in the
 * term dictionary and keeps those whose attributes satisfy it, so the constraints hold on the
 * same fact, not on any two facts of the report.
 */
public final class CompositeTerms {
  private CompositeTerms() {}

  /** Separates the key and the attributes. */
  public static final char SEPARATOR = '|';

  /** Encodes a key and its non-null attributes, in the map's order. */
  public static String encode(String key, SortedMap<String, String> attributes) {
    StringBuilder sb = new StringBuilder(key);
    attributes.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            sb.append(SEPARATOR).append(name).append('=').append(value.replace('|', '/'));
          }
        });
    return sb.toString();
  }

  /** The key of a composite term. */
  public static String key(String term) {
    int bar = term.indexOf(SEPARATOR);
    return bar < 0 ? term : term.substring(0, bar);
  }

  /** The attributes of a composite term, by name. */
  public static Map<String, String> attributes(String term) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] parts = term.split("\\|");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        out.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
      }
    }
    return out;
  }
}

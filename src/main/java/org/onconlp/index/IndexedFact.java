package org.onconlp.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One extracted fact of a report as the index sees it: its kind, its span in the de-identified
 * text, its context flags and the keyword and integer values it contributes to index fields (the
 * affirmative field names, without any {@link Qualifier} prefix). The search side rebuilds these
 * from the stored contract JSON to explain a hit with the same values the index matched.
 *
 * @param kind contract array the fact comes from: tumours, stages, biomarkers, treatments, events
 * @param begin start offset in the de-identified text, or -1 when the fact has no span
 * @param end end offset (exclusive), or -1
 * @param qualifiers the context flags set on the fact; empty when affirmative
 * @param keywords keyword values per field name
 * @param ints integer values per field name (indexed as points)
 */
public record IndexedFact(
    String kind,
    int begin,
    int end,
    Set<Qualifier> qualifiers,
    Map<String, List<String>> keywords,
    Map<String, List<Integer>> ints) {

  /** True when no context flag is set. */
  public boolean affirmative() {
    return qualifiers.isEmpty();
  }

  /** Collects the values of one fact. Not thread-safe; one per fact. */
  static final class Builder {
    private final String kind;
    private final int begin;
    private final int end;
    private final EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    private final Map<String, List<String>> keywords = new LinkedHashMap<>();
    private final Map<String, List<Integer>> ints = new LinkedHashMap<>();

    Builder(String kind, int begin, int end) {
      this.kind = kind;
      this.begin = begin;
      this.end = end;
    }

    Builder qualifier(Qualifier q) {
      qualifiers.add(q);
      return this;
    }

    Builder keyword(String field, String value) {
      if (value != null && !value.isEmpty()) {
        keywords.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
      }
      return this;
    }

    Builder integer(String field, int value) {
      ints.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
      return this;
    }

    IndexedFact build() {
      return new IndexedFact(
          kind,
          begin,
          end,
          Collections.unmodifiableSet(qualifiers),
          Collections.unmodifiableMap(keywords),
          Collections.unmodifiableMap(ints));
    }
  }
}

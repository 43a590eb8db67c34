package org.onconlp.extract.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One staging expression found in a text: its span, its contract {@code system} and its
 * fields keyed by contract name ({@code prefix}, {@code T}, {@code N}, {@code M}, {@code R},
 * {@code L}, {@code V}, {@code Pn}, {@code G}, {@code edition}, {@code nodesPositive},
 * {@code nodesExamined}, {@code mSite}, {@code value}, {@code primary}, {@code secondary},
 * {@code score}, {@code isup}), in the order they were set.
 *
 * @param begin start offset (inclusive)
 * @param end end offset (exclusive)
 * @param system contract stage system (TNM, STAGE_GROUP, FIGO, GLEASON, ...)
 * @param fields unmodifiable field values, never empty strings
 */
public record StageMention(int begin, int end, String system, Map<String, String> fields) {
  /** Checks the span and copies the fields. */
  public StageMention {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Bad span " + begin + ".." + end);
    }
    Objects.requireNonNull(system, "system");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The value of {@code field}, or null when it was not written. */
  public String get(String field) {
    return fields.get(field);
  }

  /** Compact form used in tests and logs: {@code TNM{prefix=p, T=2, N=1a, M=0}}. */
  public String describe() {
    return system + fields;
  }
}

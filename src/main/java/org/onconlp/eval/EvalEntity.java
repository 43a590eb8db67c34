package org.onconlp.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One annotated or predicted entity, independent of the format it came from.
 *
 * <p>Labels are the contract's PHI categories ({@code NOM}, {@code DATE} …) and the mention labels
 * {@code Tumour}, {@code Stage}, {@code Biomarker}, {@code Treatment}. Attributes are named like
 * contract fields ({@code morphology}, {@code T}, {@code interpretation}, {@code negated}, nested
 * fields joined with a dot such as {@code grade.system}); values are kept as written (trimmed) for
 * display and compared through {@link #value}, which normalises them ({@link
 * AttributeValues#normalise}). Blank and {@code false} values are dropped, so a BRAT binary
 * attribute that is absent and a contract flag that is {@code false} compare equal. An entity may
 * have no span at all (a contract stage group written without offsets): such entities count only in
 * document-level fact scores.
 *
 * @param label entity label
 * @param spans sorted, possibly discontinuous fragments in the ORIGINAL text
 * @param attributes attribute name to value as written
 */
public record EvalEntity(String label, List<Span> spans, Map<String, String> attributes) {

  /** Copies the parts, sorting fragments and dropping blank and false attributes. */
  public EvalEntity {
    spans = spans.stream().sorted().toList();
    Map<String, String> clean = new TreeMap<>();
    attributes.forEach(
        (k, v) -> {
          if (AttributeValues.normalise(v) != null) {
            clean.put(k, v.strip());
          }
        });
    attributes = Collections.unmodifiableMap(clean);
  }

  /** The normalised value of an attribute, for comparisons; null when absent. */
  public String value(String attribute) {
    return AttributeValues.normalise(attributes.get(attribute));
  }

  /** An entity with one contiguous span and no attributes. */
  public static EvalEntity of(String label, int begin, int end) {
    return new EvalEntity(label, List.of(new Span(begin, end)), Map.of());
  }

  /** True when the entity has at least one span and can be matched by offsets. */
  public boolean hasSpans() {
    return !spans.isEmpty();
  }

  /** Start of the first fragment (0 when there is none). */
  public int begin() {
    return spans.isEmpty() ? 0 : spans.get(0).begin();
  }

  /** End of the last fragment (0 when there is none). */
  public int end() {
    return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
  }

  /** Total number of characters shared with {@code other}'s fragments. */
  public int overlap(EvalEntity other) {
    int total = 0;
    for (Span a : spans) {
      for (Span b : other.spans) {
        total += a.overlap(b);
      }
    }
    return total;
  }

  /** The covered text, fragments joined by a space; empty when offsets fall outside text. */
  public String coveredText(String text) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (s.end() > text.length()) {
        return "";
      }
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(text, s.begin(), s.end());
    }
    return sb.toString();
  }

  /** Compact form for reports and test diffs: {@code NOM[10-15;20-25]{negated=true}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(label).append('[');
    for (int i = 0; i < spans.size(); i++) {
      sb.append(i > 0 ? ";" : "").append(spans.get(i));
    }
    sb.append(']');
    if (!attributes.isEmpty()) {
      sb.append(attributes);
    }
    return sb.toString();
  }
}

package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * Resolves dotted paths such as {@code strict.labels.DATE.f1} in a {@code scores.json} tree. Some
 * keys contain dots themselves ({@code grade.system}, {@code Biomarker.value}, {@code PHI.NOM}): at
 * each level the longest run of segments naming an existing key wins.
 */
public final class ScorePaths {

  private ScorePaths() {}

  /** The numeric value at {@code path}, or null when the path does not lead to a number. */
  public static Double number(JsonNode root, String path) {
    JsonNode n = resolve(root, path);
    return n != null && n.isNumber() ? n.asDouble() : null;
  }

  /** The node at {@code path}, or null. */
  public static JsonNode resolve(JsonNode root, String path) {
    String[] segments = path.split("\\.");
    JsonNode node = root;
    int i = 0;
    while (i < segments.length) {
      JsonNode next = null;
      int used = 0;
      for (int k = segments.length - i; k >= 1 && next == null; k--) {
        String key = String.join(".", Arrays.copyOfRange(segments, i, i + k));
        if (node != null && node.isObject() && node.has(key)) {
          next = node.get(key);
          used = k;
        }
      }
      if (next == null) {
        return null;
      }
      node = next;
      i += used;
    }
    return node;
  }
}

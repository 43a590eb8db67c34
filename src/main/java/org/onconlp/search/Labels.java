package org.onconlp.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.onconlp.text.ResourceLines;

/**
 * French labels of common codes for queries ({@code topography:poumon} → C34), from {@code
 * labels.txt} beside this class. Immutable and thread-safe.
 */
final class Labels {
  private final Map<String, String> codes = new HashMap<>();

  Labels() {
    for (String line : ResourceLines.load("/org/onconlp/search/labels.txt")) {
      String[] cols = line.split("\t");
      if (cols.length == 3) {
        codes.put(cols[1] + "\t" + fold(cols[0]), cols[2]);
      }
    }
  }

  /** The code of a label for a field ("topography", "morphology"), or null. */
  String code(String field, String label) {
    return codes.get(field + "\t" + fold(label));
  }

  /** Lower case without accents, single spaces. */
  static String fold(String s) {
    String d = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}

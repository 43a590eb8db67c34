package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads {@code documents.json}, the per-document counts an evaluation resamples, next to
 * {@code scores.json}: {@code {"schemaVersion":"1","documents":{"<id>":{"strict.NOM": [tp, fp, fn],
 * …}}}}. It holds document ids and counts, no text. {@code eval compare} uses it for a paired
 * bootstrap when both runs have one.
 */
public final class DocumentCounts {
  /** File name beside {@code scores.json}. */
  public static final String FILE_NAME = "documents.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentCounts() {}

  /** Writes the result's per-document counts (zero counts left out). */
  public static void write(EvalResult r, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", "1");
    ObjectNode docs = root.putObject("documents");
    for (int i = 0; i < r.documentIds().size(); i++) {
      ObjectNode d = docs.putObject(r.documentIds().get(i));
      new TreeMap<>(r.perDocument().get(i))
          .forEach(
              (key, c) -> {
                if (c.tp() + c.fp() + c.fn() > 0) {
                  d.putArray(key).add(c.tp()).add(c.fp()).add(c.fn());
                }
              });
    }
    JSON.writeValue(file.toFile(), root);
  }

  /** Reads a file written by {@link #write}: document id → key → counts. */
  public static Map<String, Map<String, Counts>> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    Map<String, Map<String, Counts>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> d : root.path("documents").properties()) {
      Map<String, Counts> counts = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> k : d.getValue().properties()) {
        if (k.getValue() instanceof ArrayNode a && a.size() == 3) {
          counts.put(
              k.getKey(), new Counts(a.get(0).asLong(), a.get(1).asLong(), a.get(2).asLong()));
        }
      }
      out.put(d.getKey(), counts);
    }
    return out;
  }

  /**
   * The paired samples of two runs: counts of the documents both runs scored, in the same order
   * ({@code [0]} = A, {@code [1]} = B).
   */
  public static List<List<Map<String, Counts>>> paired(
      Map<String, Map<String, Counts>> a, Map<String, Map<String, Counts>> b) {
    List<Map<String, Counts>> xa = new ArrayList<>();
    List<Map<String, Counts>> xb = new ArrayList<>();
    a.forEach(
        (id, counts) -> {
          if (b.containsKey(id)) {
            xa.add(counts);
            xb.add(b.get(id));
          }
        });
    return List.of(xa, xb);
  }
}

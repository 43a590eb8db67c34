package org.onconlp.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the error cases as {@code errors.jsonl}, one JSON object per case, for scripts that diff
 * or count errors across runs: {@code {"document", "kind", "label", "gold": {label, spans,
 * attributes}, "pred": {…}, "attributes": [differing names]}}. Like {@code scores.json} it holds no
 * document text: offsets and normalised attribute values only, free-text notes left out.
 */
public final class ErrorsJson {
  /** File name beside {@code scores.json}. */
  public static final String FILE_NAME = "errors.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorsJson() {}

  /** Writes every error case of {@code r} to {@code file}. */
  public static void write(EvalResult r, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ErrorCase c : r.errors()) {
        ObjectNode line = JSON.createObjectNode();
        line.put("document", c.documentId());
        line.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        line.put("label", c.label());
        if (c.gold() != null) {
          entity(line.putObject("gold"), c.gold());
        }
        if (c.pred() != null) {
          entity(line.putObject("pred"), c.pred());
        }
        if (!c.attributes().isEmpty()) {
          c.attributes().forEach(line.putArray("attributes")::add);
        }
        out.write(JSON.writeValueAsString(line));
        out.newLine();
      }
    }
  }

  private static void entity(ObjectNode node, EvalEntity e) {
    node.put("label", e.label());
    var spans = node.putArray("spans");
    e.spans().forEach(s -> spans.addArray().add(s.begin()).add(s.end()));
    ObjectNode attributes = node.putObject("attributes");
    for (String name : e.attributes().keySet()) {
      if (!Labels.UNSCORED_ATTRIBUTES.contains(name)) {
        attributes.put(name, e.value(name));
      }
    }
  }
}

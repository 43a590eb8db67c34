package org.onconlp.eval;

import org.onconlp.deid.DeidOffsetMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts documents in the output contract's JSON shape into {@link EvalDocument}s.
 *
 * <p>Two readings of the same shape:
 *
 * <ul>
 *   <li>{@link #prediction}: {@code text} is de-identified, so the offsets of {@code tumours},
 *       {@code stages}, {@code biomarkers}, {@code treatments} (and any other mention array) are
 *       mapped back to the original text through the {@code phi} list; {@code phi} offsets already
 *       point into the original.
 *   <li>{@link #gold}: a gold corpus written in the contract shape holds the ORIGINAL text, so
 *       every offset is taken as is and surrogates are ignored.
 * </ul>
 *
 * <p>Every scalar field of a mention except {@code begin}, {@code end}, {@code text} and {@code
 * component} becomes an attribute of the same name; nested objects are flattened with a dot ({@code
 * grade.system}); arrays are ignored. A mention without offsets keeps no span and counts only in
 * fact scores.
 *
 * <p>Treatment fields that the contract JSON cannot write under the gold's names are renamed: the
 * writer uses {@code startDate}/{@code endDate} because {@code end} is the offset, and {@code
 * doseGy} is a number where the gold note writes the dose with its unit ({@code dose=40 Gy}); they
 * are scored as {@code start}, {@code end} and {@code dose}.
 */
public final class ContractDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Contract array name to entity label, in contract order; PHI entries are labelled by their
   * category.
   */
  private static final List<Map.Entry<String, String>> MENTION_ARRAYS =
      List.of(
          Map.entry("tumours", Labels.TUMOUR),
          Map.entry("stages", Labels.STAGE),
          Map.entry("biomarkers", Labels.BIOMARKER),
          Map.entry("treatments", Labels.TREATMENT),
          Map.entry("events", "Event"));

  private ContractDocuments() {}

  /** Reads one published prediction, mapping mention offsets back to the original text. */
  public static EvalDocument prediction(JsonNode doc, List<String> problems) {
    return convert(doc, true, problems);
  }

  /** Reads one gold document whose {@code text} and offsets are the original's. */
  public static EvalDocument gold(JsonNode doc, List<String> problems) {
    return convert(doc, false, problems);
  }

  /**
   * Reads a JSON Lines file of contract documents; blank lines are skipped and unreadable lines
   * reported as problems.
   */
  public static Corpus readJsonLines(Path file, boolean prediction) throws IOException {
    List<EvalDocument> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Line line : readObjects(file, problems)) {
      List<String> local = new ArrayList<>();
      docs.add(prediction ? prediction(line.node(), local) : gold(line.node(), local));
      String where = file.getFileName() + ":" + line.number() + ": ";
      local.forEach(p -> problems.add(where + p));
    }
    return new Corpus(docs, problems);
  }

  /** A JSON object of a JSON Lines file with its line number. */
  record Line(int number, JsonNode node) {}

  /**
   * The objects with an {@code id} of a JSON Lines file, in file order; blank lines are skipped,
   * other lines reported in {@code problems}.
   */
  static List<Line> readObjects(Path file, List<String> problems) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          problems.add(file.getFileName() + ":" + lineNo + ": not valid JSON");
          continue;
        }
        if (node == null || !node.isObject() || !node.path("id").isValueNode()) {
          problems.add(file.getFileName() + ":" + lineNo + ": not an object with an id");
          continue;
        }
        lines.add(new Line(lineNo, node));
      }
    }
    return lines;
  }

  private static EvalDocument convert(JsonNode doc, boolean mapOffsets, List<String> problems) {
    String id = doc.path("id").asText("");
    String text = doc.path("text").asText("");
    List<EvalEntity> entities = new ArrayList<>();
    List<DeidOffsetMapper.Phi> phis = new ArrayList<>();
    for (JsonNode p : doc.path("phi")) {
      String category = p.path("category").asText("");
      Span span = span(p, problems, "phi");
      if (span != null && !mapOffsets && span.end() > text.length()) {
        problems.add("phi entry beyond the end of the text skipped");
        continue;
      }
      if (span == null || category.isEmpty()) {
        continue;
      }
      String surrogate = p.path("surrogate").isTextual() ? p.path("surrogate").asText() : null;
      phis.add(new DeidOffsetMapper.Phi(span.begin(), span.end(), surrogate));
      entities.add(new EvalEntity(category, List.of(span), Map.of()));
    }
    DeidOffsetMapper mapper = mapOffsets ? new DeidOffsetMapper(phis) : null;
    for (Map.Entry<String, String> array : MENTION_ARRAYS) {
      for (JsonNode m : doc.path(array.getKey())) {
        if (!m.isObject()) {
          continue;
        }
        List<Span> spans = new ArrayList<>();
        if (m.has("begin") || m.has("end")) {
          Span s = span(m, problems, array.getKey());
          if (s == null) {
            continue;
          }
          if (mapper != null) {
            int b = mapper.toOriginalBegin(s.begin());
            s = new Span(b, Math.max(b, mapper.toOriginalEnd(s.end())));
          } else if (s.end() > text.length()) {
            problems.add(array.getKey() + " entry beyond the end of the text skipped");
            continue;
          }
          spans.add(s);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        flatten("", m, attributes);
        if (array.getValue().equals(Labels.TREATMENT)) {
          renameTreatmentFields(attributes);
        }
        entities.add(new EvalEntity(array.getValue(), spans, attributes));
      }
    }
    return new EvalDocument(id, text, entities);
  }

  /** Gives the writer's treatment date and dose fields the gold's attribute names and forms. */
  private static void renameTreatmentFields(Map<String, String> attributes) {
    String start = attributes.remove("startDate");
    if (start != null) {
      attributes.putIfAbsent("start", start);
    }
    String end = attributes.remove("endDate");
    if (end != null) {
      attributes.putIfAbsent("end", end);
    }
    String dose = attributes.remove("doseGy");
    if (dose != null) {
      attributes.putIfAbsent("dose", gray(dose));
    }
  }

  /** {@code 40.0} becomes {@code 40 Gy}, {@code 50.4} stays {@code 50.4 Gy}. */
  private static String gray(String number) {
    try {
      return new BigDecimal(number.trim()).stripTrailingZeros().toPlainString() + " Gy";
    } catch (NumberFormatException e) {
      return number;
    }
  }

  private static Span span(JsonNode node, List<String> problems, String what) {
    JsonNode b = node.path("begin");
    JsonNode e = node.path("end");
    if (!b.canConvertToInt() || !e.canConvertToInt() || b.asInt() < 0 || e.asInt() < b.asInt()) {
      problems.add(what + " entry with invalid offsets skipped");
      return null;
    }
    return new Span(b.asInt(), e.asInt());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      String name = prefix + f.getKey();
      if (prefix.isEmpty()
          && (name.equals("begin")
              || name.equals("end")
              || name.equals("text")
              || name.equals("component"))) {
        continue;
      }
      JsonNode v = f.getValue();
      if (v.isObject()) {
        flatten(name + ".", v, out);
      } else if (v.isValueNode() && !v.isNull()) {
        out.put(name, v.asText());
      }
    }
  }
}

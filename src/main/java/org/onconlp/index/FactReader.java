package org.onconlp.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Turns the fact arrays of a contract JSON object (tumours, stages, biomarkers, treatments,
 * events) into {@link IndexedFact}s. Pure and thread-safe; tolerant of missing or odd values
 * (a value that cannot be read is skipped, never guessed).
 */
public final class FactReader {
  private FactReader() {}

  /** The facts of one report, in contract order. */
  public static List<IndexedFact> read(JsonNode report) {
    List<IndexedFact> facts = new ArrayList<>();
    for (JsonNode t : array(report, "tumours")) {
      facts.add(tumour(t));
    }
    for (JsonNode s : array(report, "stages")) {
      facts.add(stage(s));
    }
    for (JsonNode b : array(report, "biomarkers")) {
      facts.add(biomarker(b));
    }
    for (JsonNode t : array(report, "treatments")) {
      facts.add(treatment(t));
    }
    for (JsonNode e : array(report, "events")) {
      facts.add(event(e));
    }
    return facts;
  }

  private static Iterable<JsonNode> array(JsonNode report, String name) {
    JsonNode node = report.get(name);
    return node != null && node.isArray() ? node : List.of();
  }

  private static IndexedFact.Builder start(String kind, JsonNode f) {
    IndexedFact.Builder b =
        new IndexedFact.Builder(kind, f.path("begin").asInt(-1), f.path("end").asInt(-1));
    for (Qualifier q : Qualifier.values()) {
      if (f.path(q.key()).asBoolean(false)) {
        b.qualifier(q);
      }
    }
    return b;
  }

  private static String text(JsonNode f, String field) {
    JsonNode v = f.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static IndexedFact tumour(JsonNode f) {
    IndexedFact.Builder b = start("tumours", f);
    String topo = text(f, "topography");
    if (topo != null) {
      topo = topo.toUpperCase(Locale.ROOT);
      b.keyword(IndexSchema.TOPOGRAPHY, topo);
      if (topo.length() > 3) {
        b.keyword(IndexSchema.TOPOGRAPHY, topo.substring(0, 3));
      }
    }
    b.keyword(IndexSchema.MORPHOLOGY, text(f, "morphology"));
    String side = text(f, "laterality");
    b.keyword(IndexSchema.LATERALITY, side == null ? null : side.toLowerCase(Locale.ROOT));
    return b.build();
  }

  private static IndexedFact stage(JsonNode f) {
    IndexedFact.Builder b = start("stages", f);
    String system = text(f, "system");
    if (system == null) {
      return b.build();
    }
    system = system.toUpperCase(Locale.ROOT);
    b.keyword(IndexSchema.STAGE_SYSTEM, system);
    switch (system) {
      case "TNM" -> {
        tnm(b, IndexSchema.T, text(f, "T"));
        tnm(b, IndexSchema.N, text(f, "N"));
        tnm(b, IndexSchema.M, text(f, "M"));
      }
      case "STAGE_GROUP" -> {
        String value = text(f, "value");
        OptionalInt ordinal = StageValues.group(value);
        if (ordinal.isPresent()) {
          b.integer(IndexSchema.GROUP, ordinal.getAsInt());
          b.keyword(IndexSchema.GROUP + ".code", value.toUpperCase(Locale.ROOT));
        }
      }
      case "GLEASON" -> {
        int score = f.path("score").asInt(0);
        if (score == 0 && f.has("primary") && f.has("secondary")) {
          score = f.path("primary").asInt(0) + f.path("secondary").asInt(0);
        }
        if (score > 0) {
          b.integer(IndexSchema.GLEASON, score);
        }
        int isup = f.path("isup").asInt(0);
        if (isup > 0) {
          b.integer(IndexSchema.ISUP, isup);
        }
      }
      default -> {
        // Other systems (FIGO, Ann Arbor, Breslow…) are searchable by system name only.
      }
    }
    return b.build();
  }

  private static void tnm(IndexedFact.Builder b, String field, String value) {
    if (value == null) {
      return;
    }
    b.keyword(field + ".code", value.toLowerCase(Locale.ROOT));
    OptionalInt ordinal = StageValues.tnm(value);
    if (ordinal.isPresent()) {
      b.integer(field, ordinal.getAsInt());
    }
  }

  private static IndexedFact biomarker(JsonNode f) {
    IndexedFact.Builder b = start("biomarkers", f);
    String raw = text(f, "name");
    if (raw == null) {
      return b.build();
    }
    String name = IndexSchema.biomarkerName(raw);
    b.keyword(IndexSchema.BIOMARKER, name);
    String interpretation = text(f, "interpretation");
    if (interpretation != null) {
      b.keyword(IndexSchema.BIOMARKER, name + "=" + interpretation.toLowerCase(Locale.ROOT));
    }
    String variant = text(f, "variant");
    if (variant != null) {
      b.keyword(IndexSchema.BIOMARKER, name + "=" + IndexSchema.variant(variant));
    }
    JsonNode percent = f.get("percent");
    if (percent != null && percent.isNumber()) {
      b.integer(IndexSchema.BIOMARKER_PERCENT + name, (int) Math.round(percent.asDouble()));
    }
    return b.build();
  }

  private static IndexedFact treatment(JsonNode f) {
    IndexedFact.Builder b = start("treatments", f);
    String agent = lower(text(f, "agent"));
    String category = lower(text(f, "category"));
    b.keyword(IndexSchema.TREATMENT, agent);
    b.keyword(IndexSchema.TREATMENT, category);
    b.keyword(IndexSchema.AGENT, agent);
    String atc = text(f, "atc");
    b.keyword(IndexSchema.ATC, atc == null ? null : atc.toUpperCase(Locale.ROOT));
    TreeMap<String, String> attributes = new TreeMap<>();
    int line = f.path("line").asInt(0);
    if (line > 0) {
      attributes.put("line", Integer.toString(line));
    }
    attributes.put("status", lower(text(f, "status")));
    attributes.put("setting", lower(text(f, "setting")));
    for (String key : new String[] {agent, category}) {
      if (key != null) {
        b.keyword(IndexSchema.TREATMENT_FACT, CompositeTerms.encode(key, attributes));
      }
    }
    return b.build();
  }

  private static IndexedFact event(JsonNode f) {
    IndexedFact.Builder b = start("events", f);
    String type = lower(text(f, "type"));
    String response = lower(text(f, "response"));
    b.keyword(IndexSchema.EVENT, type);
    b.keyword(IndexSchema.EVENT, response);
    TreeMap<String, String> attributes = new TreeMap<>();
    String site = text(f, "site");
    attributes.put("site", site == null ? null : site.toUpperCase(Locale.ROOT));
    attributes.put("scale", text(f, "scale") == null ? null : text(f, "scale").toUpperCase(Locale.ROOT));
    attributes.put("value", text(f, "value"));
    for (String key : new String[] {type, response}) {
      if (key != null) {
        b.keyword(IndexSchema.EVENT_FACT, CompositeTerms.encode(key, attributes));
      }
    }
    return b.build();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}

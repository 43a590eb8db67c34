package org.onconlp.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one patient's timeline from contract documents ({@code output-format.md}): diagnoses
 * (tumours), stages, biomarker results, treatments and events, negated, hypothetical and family
 * mentions left out (they are not facts about the patient).
 *
 * <p>Mentions with the same normalised fact merge into one entry, whatever document reports
 * them: a diagnosis by morphology, topography and laterality; a stage by its values; a biomarker
 * by name, interpretation, value and variant; a treatment by agent and category, merging a
 * mention without a line with one that has it but keeping the same drug in two lines apart (its
 * statuses are kept in document order: planned, then ongoing, then completed); an event by its
 * values and date, an undated event by its document (a performance status of 1 in two
 * consultations is two observations).
 * Each entry keeps every mention it comes from ({@link Provenance}).
 *
 * <p>Entries are ordered by their own date when the text wrote one (treatment {@code
 * startDate}, event {@code date}), else by the date of the earliest document reporting them;
 * ties by line of therapy, then by kind (diagnosis, stage, biomarker, treatment, event), then by
 * first appearance. Entries without any date come last.
 *
 * <p>Not thread-safe: one builder per patient, fed in input order.
 */
public final class TimelineBuilder {
  private static final List<String> KINDS =
      List.of("diagnosis", "stage", "biomarker", "treatment", "event");

  private final String patientId;
  private final Map<String, Fact> facts = new LinkedHashMap<>();
  private final Map<String, List<Fact>> byTreatment = new LinkedHashMap<>();

  /** A fact being merged. */
  private static final class Fact {
    private final String kind;
    private final String key;
    private final String label;
    private int line;
    private final Map<String, String> attributes;
    private final List<Provenance> sources = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final int order;
    private String ownDate;
    private String documentDate;

    private Fact(
        String kind, String key, String label, int line, Map<String, String> attributes, int order) {
      this.kind = kind;
      this.key = key;
      this.label = label;
      this.line = line;
      this.attributes = attributes;
      this.order = order;
    }
  }

  /** A builder for one patient. */
  public TimelineBuilder(String patientId) {
    this.patientId = patientId;
  }

  /** The patient this builder is for. */
  public String patientId() {
    return patientId;
  }

  /** Adds the facts of one contract document. */
  public void add(JsonNode document) {
    String id = text(document, "id");
    String date = text(document, "date");
    for (JsonNode m : document.path("tumours")) {
      Map<String, String> a = values(m, "morphology", "topography", "laterality");
      fact(m, id, date, "diagnosis", a, null, 0);
    }
    for (JsonNode m : document.path("stages")) {
      Map<String, String> a =
          values(m, "system", "prefix", "T", "N", "M", "value", "primary", "secondary", "score");
      fact(m, id, date, "stage", a, null, 0);
    }
    for (JsonNode m : document.path("biomarkers")) {
      Map<String, String> a = values(m, "name", "interpretation", "value", "variant");
      fact(m, id, date, "biomarker", a, null, 0);
    }
    for (JsonNode m : document.path("treatments")) {
      Map<String, String> a = values(m, "agent", "category");
      int line = m.path("line").asInt(0);
      Fact f = treatment(m, id, date, a, line);
      String status = text(m, "status");
      if (f != null && status != null && !f.statuses.contains(status)) {
        f.statuses.add(status);
      }
    }
    for (JsonNode m : document.path("events")) {
      Map<String, String> a =
          values(m, "type", "scale", "value", "response", "site", "date");
      String eventDate = text(m, "date");
      if (eventDate == null) {
        // An undated event belongs to its document: the same value in two documents is two events.
        a.put("seen", id);
      }
      fact(m, id, date, "event", a, eventDate, 0);
    }
  }

  /**
   * A treatment merges with the same agent and category reported with the same line or without
   * one; the same drug in two different lines stays two entries.
   */
  private Fact treatment(JsonNode m, String docId, String docDate, Map<String, String> a, int line) {
    String base = key("treatment", a);
    List<Fact> same = byTreatment.computeIfAbsent(base, k -> new ArrayList<>());
    Fact target = null;
    for (Fact f : same) {
      if (line == 0 || f.line == 0 || f.line == line) {
        target = f;
        break;
      }
    }
    if (target != null && target.line == 0 && line > 0) {
      target.line = line;
      target.attributes.put("line", Integer.toString(line));
    }
    Map<String, String> keyed = new LinkedHashMap<>(a);
    if (target == null && line > 0) {
      keyed.put("line", Integer.toString(line));
    }
    Fact f = fact(m, docId, docDate, "treatment", target == null ? keyed : null, target,
        text(m, "startDate"), line);
    if (f != null && target == null) {
      same.add(f);
    }
    return f;
  }

  private static String key(String kind, Map<String, String> a) {
    StringBuilder key = new StringBuilder(kind);
    a.forEach((k, v) -> key.append('|').append(k).append('=').append(v.toLowerCase(Locale.ROOT)));
    return key.toString();
  }

  private Fact fact(
      JsonNode m, String docId, String docDate, String kind, Map<String, String> a,
      String ownDate, int line) {
    return fact(m, docId, docDate, kind, a, null, ownDate, line);
  }

  private Fact fact(
      JsonNode m, String docId, String docDate, String kind, Map<String, String> a,
      Fact existing, String ownDate, int line) {
    if (m.path("negated").asBoolean(false)
        || m.path("hypothetical").asBoolean(false)
        || m.path("family").asBoolean(false)
        || (existing == null && a.isEmpty())) {
      return null;
    }
    String k = existing != null ? existing.key : key(kind, a);
    Fact f = existing != null ? existing : facts.get(k);
    if (f == null) {
      Map<String, String> shown = new LinkedHashMap<>(a);
      shown.remove("seen");
      f = new Fact(kind, k, label(kind, shown), line, shown, facts.size());
      facts.put(k, f);
    }
    f.sources.add(
        new Provenance(
            docId, docDate, m.path("begin").asInt(), m.path("end").asInt(), text(m, "text")));
    if (ownDate != null && (f.ownDate == null || ownDate.compareTo(f.ownDate) < 0)) {
      f.ownDate = ownDate;
    }
    if (docDate != null && (f.documentDate == null || docDate.compareTo(f.documentDate) < 0)) {
      f.documentDate = docDate;
    }
    return f;
  }

  private static String label(String kind, Map<String, String> a) {
    return switch (kind) {
      case "diagnosis" -> join(a, "morphology", "topography", "laterality");
      case "stage" -> stageLabel(a);
      case "biomarker" -> join(a, "name", "value", "variant", "interpretation");
      case "treatment" -> join(a, "agent", "category");
      default -> join(a, "type", "scale", "value", "response", "site");
    };
  }

  private static String stageLabel(Map<String, String> a) {
    if ("TNM".equals(a.get("system"))) {
      return a.getOrDefault("prefix", "")
          + "T" + a.getOrDefault("T", "?")
          + "N" + a.getOrDefault("N", "?")
          + "M" + a.getOrDefault("M", "?");
    }
    return join(a, "system", "value", "score");
  }

  private static String join(Map<String, String> a, String... keys) {
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      String v = a.get(k);
      if (v != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(v);
      }
    }
    return sb.toString();
  }

  /** The timeline: merged entries in order (see class documentation). */
  public List<TimelineEntry> build() {
    List<TimelineEntry> out = new ArrayList<>(facts.size());
    List<Fact> ordered = new ArrayList<>(facts.values());
    ordered.sort(
        Comparator.comparing((Fact f) -> date(f) == null ? 1 : 0)
            .thenComparing(f -> date(f) == null ? "" : date(f))
            .thenComparingInt(f -> f.line == 0 ? Integer.MAX_VALUE : f.line)
            .thenComparingInt(f -> KINDS.indexOf(f.kind))
            .thenComparingInt(f -> f.order));
    for (Fact f : ordered) {
      Map<String, String> attributes = new LinkedHashMap<>(f.attributes);
      if (!f.statuses.isEmpty()) {
        attributes.put("statuses", String.join(",", f.statuses));
      }
      out.add(
          new TimelineEntry(
              f.kind, f.key, f.label, date(f), f.ownDate != null ? "fact" : "document", f.line,
              Collections.unmodifiableMap(attributes), List.copyOf(f.sources)));
    }
    return out;
  }

  private static String date(Fact f) {
    return f.ownDate != null ? f.ownDate : f.documentDate;
  }

  private static Map<String, String> values(JsonNode m, String... keys) {
    Map<String, String> a = new LinkedHashMap<>();
    for (String k : keys) {
      String v = text(m, k);
      if (v != null) {
        a.put(k, v);
      }
    }
    return a;
  }

  private static String text(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}

package org.onconlp.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads contract JSON Lines (the {@code process} command's output) into per-patient timelines
 * and renders them as JSON or as a text table.
 *
 * <p>Memory: the input is streamed line by line and document texts are dropped at once; what
 * stays in memory is one {@link TimelineBuilder} per patient holding that patient's merged facts
 * and their provenance (a few hundred bytes per distinct fact and per mention). By default the
 * builders of all patients are kept until the end, since one patient's documents may be spread
 * over the file. When the input is grouped by patient (each patient's documents contiguous, as
 * when the source is exported patient by patient), {@code grouped} prints each patient as soon
 * as the next one starts, in memory bounded by the largest patient. A patient filter keeps only
 * that patient's facts.
 */
public final class Timelines {
  private static final int SOURCES_SHOWN = 3;

  /** Receives one patient's timeline. */
  @FunctionalInterface
  public interface Sink {
    /** Called once per patient. */
    void accept(String patientId, List<TimelineEntry> entries) throws IOException;
  }

  /** What a read saw. */
  public record Summary(int documents, int patients, int withoutPatient, int unreadable) {}

  private Timelines() {}

  /**
   * Reads contract JSON Lines and hands each patient's timeline to {@code sink}.
   *
   * @param in the JSON Lines
   * @param patient only this patient, or null for all
   * @param grouped whether each patient's documents are contiguous (see class documentation)
   * @param mapper Jackson mapper
   * @param sink receives the timelines (input order of first appearance, or patient by patient
   *     when grouped)
   * @return counts of documents, patients, documents without patientId and unreadable lines
   */
  public static Summary read(
      BufferedReader in, String patient, boolean grouped, ObjectMapper mapper, Sink sink)
      throws IOException {
    Map<String, TimelineBuilder> builders = new LinkedHashMap<>();
    int documents = 0;
    int withoutPatient = 0;
    int unreadable = 0;
    int patients = 0;
    String current = null;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc;
      try {
        doc = mapper.readTree(line);
      } catch (IOException e) {
        unreadable++;
        continue;
      }
      if (doc == null || !doc.isObject()) {
        unreadable++;
        continue;
      }
      documents++;
      String id = doc.path("patientId").asText("");
      if (id.isBlank()) {
        withoutPatient++;
        continue;
      }
      if (patient != null && !patient.equals(id)) {
        continue;
      }
      if (grouped && current != null && !current.equals(id)) {
        TimelineBuilder done = builders.remove(current);
        if (done != null) {
          sink.accept(current, done.build());
          patients++;
        }
      }
      current = id;
      builders.computeIfAbsent(id, TimelineBuilder::new).add(doc);
    }
    for (TimelineBuilder b : builders.values()) {
      sink.accept(b.patientId(), b.build());
      patients++;
    }
    return new Summary(documents, patients, withoutPatient, unreadable);
  }

  /** A patient's timeline as one JSON object: {@code patientId} and {@code entries}. */
  public static ObjectNode toJson(String patientId, List<TimelineEntry> entries, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("patientId", patientId);
    ArrayNode array = root.putArray("entries");
    for (TimelineEntry e : entries) {
      ObjectNode o = array.addObject();
      o.put("kind", e.kind());
      if (e.date() != null) {
        o.put("date", e.date());
        o.put("dateSource", e.dateSource());
      }
      if (e.line() > 0) {
        o.put("line", e.line());
      }
      o.put("label", e.label());
      o.put("key", e.key());
      ObjectNode attributes = o.putObject("attributes");
      e.attributes().forEach(attributes::put);
      ArrayNode sources = o.putArray("sources");
      for (Provenance p : e.sources()) {
        ObjectNode s = sources.addObject();
        s.put("documentId", p.documentId());
        if (p.documentDate() != null) {
          s.put("documentDate", p.documentDate());
        }
        s.put("begin", p.begin());
        s.put("end", p.end());
        if (p.text() != null) {
          s.put("text", p.text());
        }
      }
    }
    return root;
  }

  /** A patient's timeline as a readable text table. */
  public static String table(String patientId, List<TimelineEntry> entries) {
    StringBuilder sb = new StringBuilder();
    sb.append("Patient ").append(patientId).append(" (").append(entries.size()).append(" entries)\n");
    sb.append(String.format(Locale.ROOT, "%-10s  %-9s  %-4s  %-44s  %s%n", "date", "kind", "line",
        "fact", "sources (document:begin-end)"));
    for (TimelineEntry e : entries) {
      String date = e.date() == null ? "-" : e.date() + ("document".equals(e.dateSource()) ? "*" : "");
      String fact = e.label();
      String statuses = e.attributes().get("statuses");
      if (statuses != null) {
        fact += " [" + statuses + "]";
      }
      StringBuilder src = new StringBuilder();
      for (int i = 0; i < e.sources().size() && i < SOURCES_SHOWN; i++) {
        Provenance p = e.sources().get(i);
        if (i > 0) {
          src.append(", ");
        }
        src.append(p.documentId()).append(':').append(p.begin()).append('-').append(p.end());
      }
      if (e.sources().size() > SOURCES_SHOWN) {
        src.append(" +").append(e.sources().size() - SOURCES_SHOWN);
      }
      sb.append(String.format(Locale.ROOT, "%-10s  %-9s  %-4s  %-44s  %s%n", date, e.kind(),
          e.line() > 0 ? Integer.toString(e.line()) : "", fact, src));
    }
    sb.append("(* date of the earliest reporting document; no star: the fact's own date)\n");
    return sb.toString();
  }
}

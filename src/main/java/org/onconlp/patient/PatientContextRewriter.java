package org.onconlp.patient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites contract JSON Lines with patient context, in two streaming passes over the file so
 * that it scales to millions of reports in any order: pass 1 keeps only a {@link PatientTumours}
 * summary per patient (a few entries each, no text); pass 2 rewrites each document with {@link
 * PatientTumourConsolidator}. Lines that are not a JSON object, and documents without {@code
 * patientId}, are written unchanged. Output order is input order.
 */
public final class PatientContextRewriter {
  private final ObjectMapper mapper;
  private final PatientTumourConsolidator consolidator = new PatientTumourConsolidator();

  /** What a rewrite saw and did. */
  public record Summary(int documents, int patients, int withoutPatient, int unreadable,
      int tumoursFilled, int fieldsFilled) {}

  /** A rewriter reading and writing JSON with {@code mapper}. */
  public PatientContextRewriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads {@code input} twice and writes the consolidated documents to {@code out}. */
  public Summary rewrite(Path input, Writer out) throws IOException {
    Map<String, PatientTumours> patients = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode doc = parse(line);
        String patient = doc == null ? "" : doc.path("patientId").asText("");
        if (!patient.isEmpty()) {
          consolidator.collect(doc, patients.computeIfAbsent(patient, k -> new PatientTumours()));
        }
      }
    }
    int documents = 0;
    int withoutPatient = 0;
    int unreadable = 0;
    PatientTumourConsolidator.Counts filled = new PatientTumourConsolidator.Counts(0, 0);
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = parse(line);
        if (!(doc instanceof ObjectNode object)) {
          unreadable++;
          out.write(line);
          out.write('\n');
          continue;
        }
        documents++;
        PatientTumours p = patients.get(object.path("patientId").asText(""));
        if (p == null) {
          withoutPatient++;
          out.write(line);
        } else {
          PatientTumourConsolidator.Counts c = consolidator.consolidate(object, p);
          filled = filled.plus(c);
          out.write(c.fields() == 0 ? line : mapper.writeValueAsString(object));
        }
        out.write('\n');
      }
    }
    return new Summary(documents, patients.size(), withoutPatient, unreadable, filled.tumours(),
        filled.fields());
  }

  private JsonNode parse(String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      return mapper.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }
}

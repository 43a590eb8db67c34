package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.onconlp.patient.PatientTumourConsolidator;

/**
 * Predictions completed with patient context before scoring: contract documents grouped by
 * patient ({@code patientId}, else the metadata CSV's), each tumour filled from the patient's
 * other documents by {@link PatientTumourConsolidator}, then read as {@link EvalDocument}s.
 */
final class PatientContextPredictions {

  /** Contract documents produced in memory, with the problems met producing them. */
  record Predictions(List<JsonNode> documents, List<String> problems) {}

  private final Map<String, String> patients;

  /** @param patients document id to patient id, used when a document has no patientId */
  PatientContextPredictions(Map<String, String> patients) {
    this.patients = patients;
  }

  /** Document id to patient id from a CSV with header columns {@code id} and {@code patientId}. */
  static Map<String, String> patients(Path csv) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (csv == null) {
      return out;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : format.parse(in)) {
        if (r.isMapped("id") && r.isMapped("patientId") && r.isSet("id") && r.isSet("patientId")
            && !r.get("patientId").isBlank()) {
          out.put(r.get("id").strip(), r.get("patientId").strip());
        }
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv.getFileName() + ": not a CSV with id and patientId columns", e);
    }
    return out;
  }

  /** Predictions read as they are, without patient context. */
  static Corpus plain(Predictions p) {
    List<EvalDocument> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>(p.problems());
    for (JsonNode json : p.documents()) {
      List<String> local = new ArrayList<>();
      docs.add(ContractDocuments.prediction(json, local));
      String id = json.path("id").asText("");
      local.forEach(x -> problems.add(id + ": " + x));
    }
    return new Corpus(docs, problems);
  }

  /** Consolidates in-memory predictions and reads them. */
  Corpus convert(Predictions p) {
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode json : p.documents()) {
      if (json instanceof ObjectNode o) {
        objects.add(withPatient(o));
      }
    }
    new PatientTumourConsolidator().consolidateAll(objects);
    return plain(new Predictions(new ArrayList<>(objects), p.problems()));
  }

  /** Reads a JSON Lines prediction file, consolidates it and reads it. */
  Corpus read(Path file) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ContractDocuments.Line line : ContractDocuments.readObjects(file, problems)) {
      docs.add(line.node());
    }
    return convert(new Predictions(docs, problems));
  }

  private ObjectNode withPatient(ObjectNode doc) {
    if (doc.path("patientId").asText("").isEmpty()) {
      String patient = patients.get(doc.path("id").asText(""));
      if (patient != null) {
        doc.put("patientId", patient);
      }
    }
    return doc;
  }
}

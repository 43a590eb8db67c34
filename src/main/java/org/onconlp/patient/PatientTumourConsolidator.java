package org.onconlp.patient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fills the missing attributes of a patient's tumour mentions from the patient's other documents,
 * on contract JSON (CAS-free, after the per-document pipeline).
 *
 * <p><b>Evidence</b> ({@link #collect}): the tumours of a document that are asserted (not negated,
 * hypothetical, about a relative or historical), not metastases (behaviour /6: their topography
 * is the organ holding the metastasis), with their written values only — a field a previous run
 * inferred ({@code inferred}) is never evidence, so consolidation does not feed on itself and
 * running it twice changes nothing.
 *
 * <p><b>Targets</b> ({@link #consolidate}): tumours that are not negated, hypothetical, about a
 * relative, nor metastases. Evidence from the target's own document is left out (the tumour
 * annotator already used its document). Evidence is compatible with a target when both are
 * malignant or in situ (/2, /3), or both benign or uncertain (/0, /1). In this order, each value
 * taken only when the compatible evidence has exactly one:
 *
 * <ol>
 *   <li>topography, for a tumour without one: the organ of the evidence of the same morphology
 *       (any morphology for a generic "cancer" 8000/3);
 *   <li>morphology, for a generic "cancer" (8000/3, or none) of a known organ: the specific
 *       malignant morphology of that organ's evidence, same behaviour;
 *   <li>subsite, for a bare organ ({@code C34}): the subsite of that organ's evidence ({@code
 *       C34.1});
 *   <li>laterality: that organ's evidence's side;
 *   <li>grade: that of the evidence of the same organ and morphology.
 * </ol>
 *
 * <p>Every filled tumour lists its inferred fields in {@code inferred} (contract names, {@code
 * grade} for the grade object) and the ids of the documents that supplied them in {@code
 * inferredFrom}. Thread-safe (no state).
 */
public final class PatientTumourConsolidator {
  /** Contract field listing the fields filled from the patient's other documents. */
  public static final String INFERRED = "inferred";
  /** Contract field listing the documents the inferred fields come from. */
  public static final String INFERRED_FROM = "inferredFrom";
  /** ICD-O-3 malignant neoplasm without histology ("cancer", "K", "néo"). */
  private static final String GENERIC = "8000/3";

  /** Counts of one consolidation. */
  public record Counts(int tumours, int fields) {
    /** Sum of two counts. */
    public Counts plus(Counts o) {
      return new Counts(tumours + o.tumours, fields + o.fields);
    }
  }

  /** Adds the evidence of one contract document to its patient's summary. */
  public void collect(JsonNode document, PatientTumours patient) {
    String id = document.path("id").asText("");
    for (JsonNode t : document.path("tumours")) {
      TumourEvidence e = evidence(t);
      if (e != null) {
        patient.add(id, e);
      }
    }
  }

  /**
   * Fills the tumours of {@code document} from {@code patient} (the summary of all the patient's
   * documents, this one included: its own evidence is skipped).
   */
  public Counts consolidate(ObjectNode document, PatientTumours patient) {
    String id = document.path("id").asText("");
    Map<TumourEvidence, Set<String>> others = new LinkedHashMap<>();
    patient.evidence().forEach((e, docs) -> {
      Set<String> rest = new TreeSet<>(docs);
      rest.remove(id);
      if (!rest.isEmpty()) {
        others.put(e, rest);
      }
    });
    Counts counts = new Counts(0, 0);
    if (others.isEmpty()) {
      return counts;
    }
    for (JsonNode t : document.path("tumours")) {
      if (t instanceof ObjectNode tumour) {
        counts = counts.plus(fill(tumour, others));
      }
    }
    return counts;
  }

  /**
   * Consolidates a set of contract documents in place: grouped by {@code patientId}, each
   * document filled from the patient's others; documents without a patient are left alone.
   */
  public Counts consolidateAll(List<ObjectNode> documents) {
    Map<String, PatientTumours> patients = new LinkedHashMap<>();
    for (ObjectNode d : documents) {
      String patient = d.path("patientId").asText("");
      if (!patient.isEmpty()) {
        collect(d, patients.computeIfAbsent(patient, k -> new PatientTumours()));
      }
    }
    Counts counts = new Counts(0, 0);
    for (ObjectNode d : documents) {
      PatientTumours p = patients.get(d.path("patientId").asText(""));
      if (p != null) {
        counts = counts.plus(consolidate(d, p));
      }
    }
    return counts;
  }

  /** The evidence a tumour gives, or null when it gives none. */
  static TumourEvidence evidence(JsonNode t) {
    if (!t.isObject() || flagged(t) || t.path("historical").asBoolean(false)) {
      return null;
    }
    Set<String> inferred = new TreeSet<>();
    t.path(INFERRED).forEach(f -> inferred.add(f.asText()));
    String morphology = inferred.contains("morphology") ? null : text(t, "morphology");
    if (morphology == null || morphology.endsWith("/6")) {
      return null;
    }
    String topography = inferred.contains("topography") ? null : text(t, "topography");
    String laterality = inferred.contains("laterality") ? null : text(t, "laterality");
    JsonNode grade = inferred.contains("grade") ? null : t.get("grade");
    String gradeSystem = grade == null ? null : text(grade, "system");
    String gradeValue = grade == null ? null : text(grade, "value");
    if (topography == null && laterality == null && gradeValue == null
        && GENERIC.equals(morphology)) {
      return null;
    }
    return new TumourEvidence(morphology, topography, laterality, gradeSystem, gradeValue);
  }

  private static Counts fill(ObjectNode t, Map<TumourEvidence, Set<String>> others) {
    String morphology = text(t, "morphology");
    if (flagged(t) || (morphology != null && morphology.endsWith("/6"))) {
      return new Counts(0, 0);
    }
    TumourEvidence self = new TumourEvidence(morphology, text(t, "topography"),
        text(t, "laterality"), null, null);
    String behaviour = self.behaviourClass() == null ? "M" : self.behaviourClass();
    boolean generic = morphology == null || GENERIC.equals(morphology);
    List<String> inferred = new ArrayList<>();
    Set<String> from = new TreeSet<>();
    Map<TumourEvidence, Set<String>> compatible = new LinkedHashMap<>();
    others.forEach((e, docs) -> {
      if (behaviour.equals(e.behaviourClass())) {
        compatible.put(e, docs);
      }
    });

    if (self.topography() == null) {
      Predicate<TumourEvidence> sameType =
          e -> generic || morphology.equals(e.morphology()) || GENERIC.equals(e.morphology());
      String organ = single(compatible, e -> sameType.test(e) ? e.organ() : null, from);
      if (organ != null) {
        t.put("topography", organ);
        inferred.add("topography");
      }
    }
    String organ = prefix(text(t, "topography"));
    if (organ == null) {
      return record(t, inferred, from);
    }
    Map<TumourEvidence, Set<String>> sameOrgan = new LinkedHashMap<>();
    compatible.forEach((e, docs) -> {
      if (organ.equals(e.organ())) {
        sameOrgan.put(e, docs);
      }
    });
    String current = text(t, "morphology");
    if (current == null || GENERIC.equals(current)) {
      String specific = single(sameOrgan,
          e -> e.morphology().endsWith("/3") && !GENERIC.equals(e.morphology()) ? e.morphology() : null,
          from);
      if (specific != null) {
        t.put("morphology", specific);
        inferred.add("morphology");
        current = specific;
      }
    }
    if (text(t, "topography").length() == 3) {
      String subsite = single(sameOrgan,
          e -> e.topography().length() > 3 ? e.topography() : null, from);
      if (subsite != null) {
        t.put("topography", subsite);
        if (!inferred.contains("topography")) {
          inferred.add("topography");
        }
      }
    }
    if (self.laterality() == null) {
      String side = single(sameOrgan, TumourEvidence::laterality, from);
      if (side != null) {
        t.put("laterality", side);
        inferred.add("laterality");
      }
    }
    String histology = current;
    if (!t.has("grade") && histology != null && !GENERIC.equals(histology)) {
      String grade = single(sameOrgan,
          e -> histology.equals(e.morphology()) && e.gradeValue() != null
              ? (e.gradeSystem() == null ? "" : e.gradeSystem()) + "\t" + e.gradeValue()
              : null,
          from);
      if (grade != null) {
        int tab = grade.indexOf('\t');
        ObjectNode g = t.putObject("grade");
        if (tab > 0) {
          g.put("system", grade.substring(0, tab));
        }
        g.put("value", grade.substring(tab + 1));
        inferred.add("grade");
      }
    }
    return record(t, inferred, from);
  }

  /**
   * The one distinct non-null value {@code key} gives over the evidence, or null when there is
   * none or more than one; the documents stating it are added to {@code from}.
   */
  private static String single(Map<TumourEvidence, Set<String>> evidence,
      Function<TumourEvidence, String> key, Set<String> from) {
    String value = null;
    Set<String> docs = new TreeSet<>();
    for (Map.Entry<TumourEvidence, Set<String>> e : evidence.entrySet()) {
      String v = key.apply(e.getKey());
      if (v == null) {
        continue;
      }
      if (value != null && !value.equals(v)) {
        return null;
      }
      value = v;
      docs.addAll(e.getValue());
    }
    if (value != null) {
      from.addAll(docs);
    }
    return value;
  }

  private static Counts record(ObjectNode t, List<String> inferred, Set<String> from) {
    if (inferred.isEmpty()) {
      return new Counts(0, 0);
    }
    ArrayNode fields = t.has(INFERRED) && t.get(INFERRED).isArray()
        ? (ArrayNode) t.get(INFERRED) : t.putArray(INFERRED);
    Set<String> already = new TreeSet<>();
    fields.forEach(f -> already.add(f.asText()));
    inferred.stream().filter(f -> !already.contains(f)).forEach(fields::add);
    ArrayNode sources = t.has(INFERRED_FROM) && t.get(INFERRED_FROM).isArray()
        ? (ArrayNode) t.get(INFERRED_FROM) : t.putArray(INFERRED_FROM);
    sources.forEach(s -> from.add(s.asText()));
    sources.removeAll();
    from.forEach(sources::add);
    return new Counts(1, inferred.size());
  }

  private static boolean flagged(JsonNode t) {
    return t.path("negated").asBoolean(false) || t.path("hypothetical").asBoolean(false)
        || t.path("family").asBoolean(false);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static String prefix(String topography) {
    return topography == null || topography.length() < 3 ? null : topography.substring(0, 3);
  }
}

package org.onconlp.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene document of one report from its contract JSON: metadata, the analysed
 * de-identified text, every fact's values as keyword and point fields (qualified facts under
 * {@code <qualifier>.<field>}), facet doc values of affirmative facts, and the contract JSON as a
 * stored field (compressed by the codec, see {@link CohortIndexWriter}).
 * Stateless and thread-safe.
 */
public final class ReportDocuments {
  private ReportDocuments() {}

  /**
   * Builds the document.
   *
   * @param report a contract JSON object
   * @param jsonLine the same object serialised (stored)
   * @throws IllegalArgumentException when the report has no {@code id} or {@code patientId}
   */
  public static Document build(JsonNode report, String jsonLine) {
    String id = report.path("id").asText("");
    String patient = report.path("patientId").asText("");
    if (id.isBlank()) {
      throw new IllegalArgumentException("report without id");
    }
    if (patient.isBlank()) {
      throw new IllegalArgumentException("report without patientId");
    }
    Document doc = new Document();
    doc.add(new KeywordField(IndexSchema.ID, id, Field.Store.YES));
    doc.add(new StringField(IndexSchema.PATIENT, patient, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.PATIENT, new BytesRef(patient)));
    String type = report.path("type").asText("");
    if (!type.isBlank()) {
      doc.add(new StringField(IndexSchema.TYPE, type, Field.Store.NO));
    }
    OptionalLong day = IndexSchema.epochDay(report.path("date").asText(null));
    if (day.isPresent()) {
      doc.add(new LongPoint(IndexSchema.DATE, day.getAsLong()));
      doc.add(new NumericDocValuesField(IndexSchema.DATE, day.getAsLong()));
    }
    doc.add(new TextField(IndexSchema.TEXT, report.path("text").asText(""), Field.Store.NO));
    doc.add(new StoredField(IndexSchema.JSON, jsonLine));
    for (IndexedFact fact : FactReader.read(report)) {
      if (fact.affirmative()) {
        addFields(doc, fact, "");
        addFacets(doc, fact);
      } else {
        for (Qualifier q : fact.qualifiers()) {
          addFields(doc, fact, q.key() + ".");
        }
      }
    }
    return doc;
  }

  private static void addFields(Document doc, IndexedFact fact, String prefix) {
    for (Map.Entry<String, List<String>> e : fact.keywords().entrySet()) {
      for (String value : e.getValue()) {
        doc.add(new StringField(prefix + e.getKey(), value, Field.Store.NO));
      }
    }
    for (Map.Entry<String, List<Integer>> e : fact.ints().entrySet()) {
      for (int value : e.getValue()) {
        doc.add(new IntPoint(prefix + e.getKey(), value));
      }
    }
  }

  private static void addFacets(Document doc, IndexedFact fact) {
    Map<String, List<String>> k = fact.keywords();
    for (String topo : k.getOrDefault(IndexSchema.TOPOGRAPHY, List.of())) {
      if (topo.length() == 3) {
        facet(doc, IndexSchema.FACET_TOPOGRAPHY, topo);
      }
    }
    for (int group : fact.ints().getOrDefault(IndexSchema.GROUP, List.of())) {
      facet(doc, IndexSchema.FACET_STAGE, StageValues.mainGroup(group));
    }
    for (String b : k.getOrDefault(IndexSchema.BIOMARKER, List.of())) {
      if (b.indexOf('=') > 0) {
        facet(doc, IndexSchema.FACET_BIOMARKER, b);
      }
    }
    for (String agent : k.getOrDefault(IndexSchema.AGENT, List.of())) {
      facet(doc, IndexSchema.FACET_TREATMENT, agent);
    }
  }

  private static void facet(Document doc, String field, String value) {
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}

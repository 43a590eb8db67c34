package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class ContractJsonWriterTest {
  private final ContractJsonWriter writer = new ContractJsonWriter();

  private static JsonSchema schema() {
    return ContractSchema.load();
  }

  @Test
  void writtenDocumentValidatesAgainstTheSchema() throws Exception {
    ObjectNode json = writer.toJson(SampleDocument.create(true));
    Set<ValidationMessage> errors = schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void badPhiCategoryFailsTheSchema() throws Exception {
    ObjectNode json = writer.toJson(SampleDocument.create(true));
    ((ObjectNode) json.get("phi").get(0)).put("category", "PATIENT_NAME");
    assertFalse(schema().validate(json).isEmpty());
  }

  @Test
  void missingArraysFailTheSchema() throws Exception {
    ObjectNode json = writer.toJson(SampleDocument.create(true));
    json.remove("treatments");
    assertFalse(schema().validate(json).isEmpty());
  }

  @Test
  void textIsTheDeidentifiedTextAndMetadataIsWritten() throws Exception {
    ObjectNode json = writer.toJson(SampleDocument.create(true));
    assertEquals(
        "1|2021/CR-0042|P000123|pathology|2021-03-04",
        String.join(
            "|",
            json.get("schemaVersion").asText(),
            json.get("id").asText(),
            json.get("patientId").asText(),
            json.get("type").asText(),
            json.get("date").asText()));
    assertEquals(SampleDocument.DEID, json.get("text").asText());
    assertFalse(writer.toJsonLine(json).contains("Zorglub"));
  }

  @Test
  void metadataFallsBackToTheOriginalView() throws Exception {
    assertEquals("2021/CR-0042", writer.toJson(SampleDocument.create(false)).get("id").asText());
  }

  @Test
  void phiOffsetsPointIntoTheOriginalText() throws Exception {
    JsonNode phi = writer.toJson(SampleDocument.create(true)).get("phi").get(0);
    assertEquals(
        "{\"begin\":9,\"end\":16,\"category\":\"NOM\",\"surrogate\":\"Martin\",\"component\":\"PersonNameFinder\"}",
        phi.toString());
    assertEquals(
        "Zorglub",
        SampleDocument.ORIGINAL.substring(phi.get("begin").asInt(), phi.get("end").asInt()));
  }

  @Test
  void tumourCarriesGradeObjectFlagsAndProvenance() throws Exception {
    JsonNode tumour = writer.toJson(SampleDocument.create(true)).get("tumours").get(0);
    assertEquals(
        "{\"begin\":43,\"end\":73,\"text\":\"Carcinome canalaire"
            + " infiltrant\",\"morphology\":\"8500/3\","
            + "\"topography\":\"C50\",\"laterality\":\"left\",\"grade\":{\"system\":\"SBR\",\"value\":\"2\"},"
            + "\"negated\":false,\"hypothetical\":false,\"family\":false,\"historical\":false,"
            + "\"component\":\"TumourAnnotator\"}",
        tumour.toString());
  }

  @Test
  void stageFieldsUseContractNamesAndOmitUnsetValues() throws Exception {
    JsonNode stages = writer.toJson(SampleDocument.create(true)).get("stages");
    assertEquals(
        "{\"begin\":90,\"end\":98,\"text\":\"pT2N1aM0\",\"system\":\"TNM\",\"prefix\":\"p\",\"T\":\"2\","
            + "\"N\":\"1a\",\"M\":\"0\",\"negated\":false,\"hypothetical\":false,\"family\":false,"
            + "\"historical\":false}",
        stages.get(0).toString());
    assertEquals(
        "GLEASON 4 3 7 3",
        String.join(
            " ",
            stages.get(1).get("system").asText(),
            stages.get(1).get("primary").toString(),
            stages.get(1).get("secondary").toString(),
            stages.get(1).get("score").toString(),
            stages.get(1).get("isup").toString()));
  }

  @Test
  void percentIsANumberAndZeroPercentIsKeptWhenWritten() throws Exception {
    JsonNode biomarkers = writer.toJson(SampleDocument.create(true)).get("biomarkers");
    assertFalse(biomarkers.get(0).has("percent"), "HER2 3+ has no percentage");
    assertEquals("90", biomarkers.get(1).get("percent").toString());
    assertEquals("0", biomarkers.get(2).get("percent").toString());
  }

  @Test
  void treatmentWritesLineAndStartDateAndOmitsUnsetOnes() throws Exception {
    JCas jcas = SampleDocument.create(true);
    JsonNode treatment = writer.toJson(jcas).get("treatments").get(0);
    assertEquals(
        "{\"begin\":152,\"end\":163,\"text\":\"Trastuzumab\",\"category\":\"targeted\","
            + "\"agent\":\"trastuzumab\",\"atc\":\"L01FD01\",\"line\":1,\"status\":\"planned\","
            + "\"startDate\":\"2021-04\",\"negated\":false,\"hypothetical\":true,\"family\":false,"
            + "\"historical\":false}",
        treatment.toString());
  }

  @Test
  void treatmentEndDateDoesNotOverwriteTheEndOffset() throws Exception {
    JCas jcas = SampleDocument.create(true);
    org.apache.uima.fit.util.JCasUtil.select(
            jcas.getView(org.onconlp.types.Views.DEID), org.onconlp.types.Treatment.class)
        .forEach(t -> t.setEndDate("2021-09-30"));
    JsonNode treatment = writer.toJson(jcas).get("treatments").get(0);
    assertEquals("163 2021-09-30", treatment.get("end") + " " + treatment.get("endDate").asText());
  }

  @Test
  void emptyArraysArePresent() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("Texte original.");
    jcas.createView(org.onconlp.types.Views.DEID).setDocumentText("Texte original.");
    ObjectNode json = writer.toJson(jcas);
    assertEquals(
        "{\"schemaVersion\":\"1\",\"text\":\"Texte original.\",\"phi\":[],\"tumours\":[],"
            + "\"stages\":[],\"biomarkers\":[],\"treatments\":[],\"events\":[]}",
        writer.toJsonLine(json));
  }

  private static JCas courseDocument() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    String text = "FOLFOX puis radiothérapie 50 Gy. PS 1. Progression hépatique.";
    jcas.setDocumentText(text);
    JCas deid = jcas.createView(org.onconlp.types.Views.DEID);
    deid.setDocumentText(text);
    org.onconlp.types.Treatment folfox = new org.onconlp.types.Treatment(deid, 0, 6);
    folfox.setAgent("FOLFOX");
    folfox.setComponents(
        org.apache.uima.jcas.cas.StringArray.create(
            deid, new String[] {"folinic acid", "fluorouracil", "oxaliplatin"}));
    folfox.addToIndexes();
    org.onconlp.types.Treatment radio = new org.onconlp.types.Treatment(deid, 12, 25);
    radio.setAgent("radiotherapie");
    radio.setDoseGy(50f);
    radio.setFractions(25);
    radio.addToIndexes();
    org.onconlp.types.Event ps = new org.onconlp.types.Event(deid, 33, 37);
    ps.setEventType("performance_status");
    ps.setScale("ECOG");
    ps.setValue("1");
    ps.addToIndexes();
    org.onconlp.types.Event progression = new org.onconlp.types.Event(deid, 39, 60);
    progression.setEventType("metastasis");
    progression.setSite("C22");
    progression.setDate("2021-05");
    progression.addToIndexes();
    return jcas;
  }

  @Test
  void treatmentComponentsDoseAndFractionsAreWritten() throws Exception {
    JsonNode treatments = writer.toJson(courseDocument()).get("treatments");
    assertEquals(
        "[\"folinic acid\",\"fluorouracil\",\"oxaliplatin\"] 50 25",
        treatments.get(0).get("components")
            + " "
            + treatments.get(1).get("doseGy")
            + " "
            + treatments.get(1).get("fractions"));
  }

  @Test
  void eventsAreWrittenWithTheirContractTypeField() throws Exception {
    JsonNode events = writer.toJson(courseDocument()).get("events");
    assertEquals(
        "{\"begin\":33,\"end\":37,\"text\":\"PS 1\",\"type\":\"performance_status\","
            + "\"scale\":\"ECOG\",\"value\":\"1\",\"negated\":false,\"hypothetical\":false,"
            + "\"family\":false,\"historical\":false} C22 2021-05",
        events.get(0)
            + " "
            + events.get(1).get("site").asText()
            + " "
            + events.get(1).get("date").asText());
  }

  @Test
  void eventsAndTreatmentExtrasValidateAgainstTheSchema() throws Exception {
    ObjectNode json = writer.toJson(courseDocument());
    json.put("id", "CR-1");
    Set<ValidationMessage> errors = schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    ((ObjectNode) json.get("events").get(0)).put("type", "hospitalisation");
    assertFalse(schema().validate(json).isEmpty());
  }

  @Test
  void documentWithoutDeidentifiedViewIsRefused() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("Patiente Zorglub.");
    assertThrows(IllegalArgumentException.class, () -> writer.toJson(jcas));
  }
}

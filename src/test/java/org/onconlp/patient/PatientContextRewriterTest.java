package org.onconlp.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientContextRewriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void laterReportCompletesAnEarlierOneAndOtherLinesPassUnchanged(@TempDir Path dir) throws Exception {
    String consultation = "{\"id\":\"P1-01\",\"patientId\":\"P1\",\"tumours\":[{\"text\":\"ADK pulmonaire\","
        + "\"morphology\":\"8140/3\",\"topography\":\"C34\"}]}";
    String garbage = "not json {";
    String anonymous = "{\"id\":\"X\",\"tumours\":[{\"text\":\"CCI\",\"morphology\":\"8500/3\"}]}";
    String pathology = "{\"id\":\"P1-02\",\"patientId\":\"P1\",\"tumours\":[{\"text\":\"adénocarcinome\","
        + "\"morphology\":\"8140/3\",\"topography\":\"C34.1\",\"laterality\":\"right\"}]}";
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, String.join("\n", consultation, garbage, anonymous, "", pathology) + "\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    PatientContextRewriter.Summary s = new PatientContextRewriter(JSON).rewrite(input, out);
    String[] lines = out.toString().split("\n");
    assertEquals(String.join("\n",
            "{\"id\":\"P1-01\",\"patientId\":\"P1\",\"tumours\":[{\"text\":\"ADK pulmonaire\","
                + "\"morphology\":\"8140/3\",\"topography\":\"C34.1\",\"laterality\":\"right\","
                + "\"inferred\":[\"topography\",\"laterality\"],\"inferredFrom\":[\"P1-02\"]}]}",
            garbage, anonymous, pathology),
        String.join("\n", lines));
    assertEquals(new PatientContextRewriter.Summary(3, 1, 1, 1, 1, 2), s);
  }

  @Test
  void emptyFileGivesEmptyOutput(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("empty.jsonl"), "", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    assertEquals(new PatientContextRewriter.Summary(0, 0, 0, 0, 0, 0),
        new PatientContextRewriter(JSON).rewrite(input, out));
    assertEquals("", out.toString());
  }

  @Test
  void completedDocumentStillFollowsTheContractSchema() throws Exception {
    String skeleton = "{\"schemaVersion\":\"1\",\"id\":\"%s\",\"patientId\":\"P1\",\"text\":\"%s\","
        + "\"phi\":[],\"stages\":[],\"biomarkers\":[],\"treatments\":[],\"tumours\":[{\"begin\":0,"
        + "\"end\":%d,\"text\":\"%s\",%s,\"negated\":false,\"hypothetical\":false,\"family\":false,"
        + "\"historical\":false}]}";
    var pathology = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(String.format(
        java.util.Locale.ROOT, skeleton, "P1-01", "CCI du sein gauche", 3, "CCI",
        "\"morphology\":\"8500/3\",\"topography\":\"C50.4\",\"laterality\":\"left\","
            + "\"grade\":{\"system\":\"SBR\",\"value\":\"2\"}"));
    var consultation = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(String.format(
        java.util.Locale.ROOT, skeleton, "P1-02", "cancer du sein", 14, "cancer du sein",
        "\"morphology\":\"8000/3\",\"topography\":\"C50\""));
    new PatientTumourConsolidator().consolidateAll(java.util.List.of(pathology, consultation));
    assertEquals("[\"morphology\",\"topography\",\"laterality\",\"grade\"] []",
        consultation.path("tumours").path(0).path("inferred") + " "
            + org.onconlp.io.ContractSchema.violations(consultation));
  }
}

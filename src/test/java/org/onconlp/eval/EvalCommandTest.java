package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.io.Record;
import picocli.CommandLine;

class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Vu ce jour Mme Dupont pour suivi.";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(EvalCommand command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static Path brat(Path dir) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("cr1.txt"), TEXT, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("cr1.ann"), "T1\tNOM 15 21\tDupont\n", StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void predictionsAreScoredIntoScoresJsonAndReportHtml(@TempDir Path dir) throws Exception {
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(
        pred,
        "{\"id\":\"cr1\",\"text\":\"Vu ce jour Mme Durand pour"
            + " suivi.\",\"phi\":[{\"begin\":15,\"end\":21,\"category\":\"NOM\",\"surrogate\":\"Durand\"}]}\n",
        StandardCharsets.UTF_8);
    Path report = dir.resolve("report");
    int code =
        run(
            new EvalCommand(),
            "--gold",
            brat(dir).toString(),
            "--pred",
            pred.toString(),
            "--report",
            report.toString(),
            "--bootstrap",
            "50");
    assertEquals(0, code, err.toString());
    JsonNode scores = ScoresJson.read(report.resolve("scores.json"));
    assertEquals(1.0, ScorePaths.number(scores, "strict.labels.NOM.f1"));
    assertTrue(
        Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8)
            .startsWith("<!DOCTYPE html>"));
    assertTrue(out.toString().contains("strict F1 1.000"));
  }

  @Test
  void withoutPredictionsTheInjectedPipelineRunsOnTheGoldTexts(@TempDir Path dir) throws Exception {
    Function<Record, JsonNode> fake =
        record -> {
          ObjectNode doc = JSON.createObjectNode().put("id", record.id());
          int b = record.text().indexOf("Dupont");
          doc.put("text", record.text().replace("Dupont", "Durand"));
          doc.putArray("phi")
              .addObject()
              .put("begin", b)
              .put("end", b + 6)
              .put("category", "PRENOM")
              .put("surrogate", "Durand");
          return doc;
        };
    Path report = dir.resolve("report");
    Path saved = dir.resolve("pred.jsonl");
    int code =
        run(
            new EvalCommand(fake),
            "--gold",
            brat(dir).toString(),
            "--report",
            report.toString(),
            "--save-pred",
            saved.toString(),
            "--bootstrap",
            "20");
    assertEquals(0, code, err.toString());
    JsonNode scores = ScoresJson.read(report.resolve("scores.json"));
    assertEquals(0.0, ScorePaths.number(scores, "strict.micro.f1"));
    assertEquals(1.0, ScorePaths.number(scores, "deid.charRecall"));
    assertEquals(1, Files.readAllLines(saved, StandardCharsets.UTF_8).size());
  }

  /** A fake pipeline finding "Dupont" as NOM, or nothing. */
  private static Function<Record, JsonNode> finding(boolean dupont) {
    return record -> {
      ObjectNode doc = JSON.createObjectNode().put("id", record.id()).put("text", record.text());
      int b = record.text().indexOf("Dupont");
      if (dupont && b >= 0) {
        doc.putArray("phi")
            .addObject()
            .put("begin", b)
            .put("end", b + 6)
            .put("category", "NOM")
            .put("surrogate", "[NOM]");
      } else {
        doc.putArray("phi");
      }
      return doc;
    };
  }

  @Test
  void deidModelOptionRunsThePipelineBuiltWithThatModel(@TempDir Path dir) throws Exception {
    Path model = Files.writeString(dir.resolve("deid.bin"), "weights", StandardCharsets.UTF_8);
    java.util.List<Path> asked = new java.util.ArrayList<>();
    EvalCommand command =
        new EvalCommand(
            finding(false),
            m -> {
              asked.add(m);
              return finding(true);
            },
            finding(false));
    Path report = dir.resolve("report");
    int code =
        run(command, "--gold", brat(dir).toString(), "--report", report.toString(),
            "--deid-model", model.toString(), "--bootstrap", "20");
    assertEquals(0, code, err.toString());
    assertEquals(java.util.List.of(model), asked);
    assertEquals(1.0, ScorePaths.number(ScoresJson.read(report.resolve("scores.json")), "deid.charRecall"));
  }

  @Test
  void deidModelWithPredictionsIsAUsageError(@TempDir Path dir) throws Exception {
    Path model = Files.writeString(dir.resolve("deid.bin"), "weights", StandardCharsets.UTF_8);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), "", StandardCharsets.UTF_8);
    EvalCommand command = new EvalCommand(finding(false), m -> finding(true), finding(false));
    int code =
        run(command, "--gold", brat(dir).toString(), "--pred", pred.toString(),
            "--report", dir.resolve("r").toString(), "--deid-model", model.toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("--deid-model applies only"), err.toString());
  }

  @Test
  void noDeidModelOptionRunsTheRulesOnlyPipeline(@TempDir Path dir) throws Exception {
    EvalCommand command = new EvalCommand(finding(true), m -> finding(true), finding(false));
    Path report = dir.resolve("report");
    int code =
        run(command, "--gold", brat(dir).toString(), "--report", report.toString(),
            "--no-deid-model", "--bootstrap", "20");
    assertEquals(0, code, err.toString());
    assertEquals(0.0, ScorePaths.number(ScoresJson.read(report.resolve("scores.json")), "deid.charRecall"));
  }

  @Test
  void withoutPredictionsOrPipelineTheCommandFailsWithUsage(@TempDir Path dir) throws Exception {
    assertEquals(
        2, run(new EvalCommand(), "--gold", brat(dir).toString(), "--report", dir.toString()));
    assertTrue(err.toString().contains("no --pred"));
  }

  @Test
  void checkExitsNonZeroListingScoresBelowTheirFloor(@TempDir Path dir) throws Exception {
    Path scores = dir.resolve("scores.json");
    Files.writeString(
        scores, "{\"strict\":{\"labels\":{\"DATE\":{\"f1\":0.8}}}}", StandardCharsets.UTF_8);
    Path floors = dir.resolve("floors.json");
    Files.writeString(
        floors,
        "{\"corpora\":{\"sample\":{\"gold\":\"corpora/sample\",\"floors\":{\"strict.labels.DATE.f1\":0.9}}}}",
        StandardCharsets.UTF_8);
    assertEquals(
        1,
        run(
            new EvalCommand(),
            "check",
            "--floors",
            floors.toString(),
            "--scores",
            scores.toString()));
    assertTrue(
        err.toString().contains("strict.labels.DATE.f1 = 0.8000 < floor 0.9000"), err.toString());
  }

  @Test
  void checkPassesWhenEveryFloorHolds(@TempDir Path dir) throws Exception {
    Path scores = dir.resolve("scores.json");
    Files.writeString(scores, "{\"deid\":{\"charRecall\":0.99}}", StandardCharsets.UTF_8);
    Path floors = dir.resolve("floors.json");
    Files.writeString(
        floors,
        "{\"corpora\":{\"a\":{\"floors\":{}},\"b\":{\"floors\":{\"deid.charRecall\":0.95}}}}",
        StandardCharsets.UTF_8);
    assertEquals(
        0,
        run(
            new EvalCommand(),
            "check",
            "--floors",
            floors.toString(),
            "--scores",
            scores.toString(),
            "--corpus",
            "b"));
    assertTrue(out.toString().contains("deid.charRecall = 0.9900, floor 0.9500"), out.toString());
  }

  @Test
  void comparePrintsPerLabelDeltas(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.writeString(
        a,
        "{\"strict\":{\"labels\":{\"NOM\":{\"precision\":0.5,\"recall\":0.5,\"f1\":0.5}}}}",
        StandardCharsets.UTF_8);
    Files.writeString(
        b,
        "{\"strict\":{\"labels\":{\"NOM\":{\"precision\":0.6,\"recall\":0.7,\"f1\":0.65}}}}",
        StandardCharsets.UTF_8);
    assertEquals(0, run(new EvalCommand(), "compare", a.toString(), b.toString()));
    assertTrue(out.toString().contains("NOM"), out.toString());
    assertTrue(out.toString().contains("+0.150"), out.toString());
  }

  @Test
  void compareUsesAPairedBootstrapWhenBothRunsLeftDocumentCounts(@TempDir Path dir)
      throws Exception {
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(
        pred,
        "{\"id\":\"cr1\",\"text\":\"x\",\"phi\":[{\"begin\":15,\"end\":21,\"category\":\"NOM\"}]}\n",
        StandardCharsets.UTF_8);
    Path gold = brat(dir);
    run(
        new EvalCommand(),
        "--gold",
        gold.toString(),
        "--pred",
        pred.toString(),
        "--report",
        dir.resolve("a").toString(),
        "--bootstrap",
        "20");
    run(
        new EvalCommand(),
        "--gold",
        gold.toString(),
        "--pred",
        pred.toString(),
        "--report",
        dir.resolve("b").toString(),
        "--bootstrap",
        "20");
    assertEquals(1, DocumentCounts.read(dir.resolve("a").resolve(DocumentCounts.FILE_NAME)).size());
    assertEquals(
        0,
        run(
            new EvalCommand(),
            "compare",
            dir.resolve("a/scores.json").toString(),
            dir.resolve("b/scores.json").toString(),
            "--bootstrap",
            "20"));
    assertTrue(out.toString().contains("paired bootstrap on 1 common documents"), out.toString());
    assertTrue(out.toString().contains("[+0.000, +0.000]"), out.toString());
  }

  @Test
  void evaluationWithFloorsFailsWhenAScoreDrops(@TempDir Path dir) throws Exception {
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(pred, "{\"id\":\"cr1\",\"text\":\"x\"}\n", StandardCharsets.UTF_8);
    Path floors = dir.resolve("floors.json");
    Files.writeString(
        floors,
        "{\"corpora\":{\"sample\":{\"floors\":{\"deid.charRecall\":0.95}}}}",
        StandardCharsets.UTF_8);
    int code =
        run(
            new EvalCommand(),
            "--gold",
            brat(dir).toString(),
            "--pred",
            pred.toString(),
            "--report",
            dir.resolve("r").toString(),
            "--floors",
            floors.toString(),
            "--bootstrap",
            "10");
    assertEquals(1, code);
    assertTrue(err.toString().contains("deid.charRecall = 0.0000 < floor 0.9500"), err.toString());
  }

  @Test
  void aPipelineFailureOnOneDocumentIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    Function<Record, JsonNode> failing =
        record -> {
          throw new IllegalStateException("boom");
        };
    Path report = dir.resolve("report");
    int code =
        run(
            new EvalCommand(failing),
            "--gold",
            brat(dir).toString(),
            "--report",
            report.toString(),
            "--bootstrap",
            "10");
    assertEquals(0, code, err.toString());
    JsonNode scores = ScoresJson.read(report.resolve("scores.json"));
    assertEquals(
        "prediction: cr1: the pipeline failed (IllegalStateException)",
        scores.path("problems").get(0).asText());
  }

  @Test
  void theFloorsFileCanNameTheCorpusToEvaluate(@TempDir Path dir) throws Exception {
    Path gold = brat(dir);
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(
        pred,
        "{\"id\":\"cr1\",\"text\":\"x\",\"phi\":[{\"begin\":15,\"end\":21,\"category\":\"NOM\"}]}\n",
        StandardCharsets.UTF_8);
    Path floors = dir.resolve("floors.json");
    JSON.writeValue(
        floors.toFile(),
        JSON.createObjectNode()
            .set(
                "corpora",
                JSON.createObjectNode()
                    .set(
                        "sample",
                        JSON.createObjectNode()
                            .put("gold", gold.toString())
                            .put("pred", pred.toString())
                            .set(
                                "floors",
                                JSON.createObjectNode().put("strict.labels.NOM.f1", 0.9)))));
    int code =
        run(
            new EvalCommand(),
            "--floors",
            floors.toString(),
            "--report",
            dir.resolve("r").toString(),
            "--bootstrap",
            "10");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("all floors hold"), out.toString());
  }

  @Test
  void patientContextCompletesPredictionsFromTheMetadataPatientBeforeScoring(@TempDir Path dir)
      throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("p-01.txt"), "Carcinome canalaire infiltrant du sein gauche.",
        StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p-01.ann"), "T1\tTumour 0 30\tCarcinome canalaire infiltrant\n"
        + "#1\tAnnotatorNotes T1\tmorphology=8500/3; topography=C50\nA1\tlaterality T1 left\n",
        StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p-02.txt"), "Suivi de son cancer du sein.", StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p-02.ann"), "T1\tTumour 13 27\tcancer du sein\n"
        + "#1\tAnnotatorNotes T1\tmorphology=8500/3; topography=C50\nA1\tlaterality T1 left\n",
        StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("metadata.csv"),
        "id,patientId,type,date\np-01,P9,pathology,2021-01-04\np-02,P9,consultation,2021-02-01\n",
        StandardCharsets.UTF_8);
    Path pred = dir.resolve("pred.jsonl");
    Files.writeString(pred,
        "{\"id\":\"p-01\",\"text\":\"Carcinome canalaire infiltrant du sein gauche.\",\"tumours\":"
            + "[{\"begin\":0,\"end\":30,\"morphology\":\"8500/3\",\"topography\":\"C50\","
            + "\"laterality\":\"left\"}]}\n"
            + "{\"id\":\"p-02\",\"text\":\"Suivi de son cancer du sein.\",\"tumours\":"
            + "[{\"begin\":13,\"end\":27,\"morphology\":\"8000/3\",\"topography\":\"C50\"}]}\n",
        StandardCharsets.UTF_8);
    StringBuilder accuracies = new StringBuilder();
    for (String mode : new String[] {"text", "patient"}) {
      Path report = dir.resolve(mode);
      String[] args = {"--gold", gold.toString(), "--pred", pred.toString(), "--report",
          report.toString(), "--bootstrap", "10"};
      if (mode.equals("patient")) {
        args = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
            java.util.stream.Stream.of("--patient-context")).toArray(String[]::new);
      }
      assertEquals(0, run(new EvalCommand(), args), err.toString());
      JsonNode scores = ScoresJson.read(report.resolve("scores.json"));
      accuracies.append(mode).append(' ')
          .append(ScorePaths.number(scores, "attributes.lenient.Tumour.laterality.accuracy")).append(' ')
          .append(ScorePaths.number(scores, "attributes.lenient.Tumour.morphology.accuracy")).append(';');
    }
    assertEquals("text 0.5 0.5;patient 1.0 1.0;", accuracies.toString());
  }
}

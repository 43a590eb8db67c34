package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scores.json paths, floors, comparison and the HTML report. */
class ReportAndFloorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static EvalResult result() {
    return new Evaluator(100, 5)
        .evaluate(
            new Corpus(List.of(EvaluatorTest.GOLD), List.of()),
            new Corpus(List.of(EvaluatorTest.PRED), List.of("pred.jsonl:3: not valid JSON")));
  }

  @Test
  void scoresAreAddressableByDottedPathsIncludingDottedKeys() {
    JsonNode scores = ScoresJson.toJson(result());
    assertEquals(1.0, ScorePaths.number(scores, "strict.labels.Biomarker.f1"));
    assertEquals(1.0, ScorePaths.number(scores, "facts.labels.Biomarker.interpretation.f1"));
    assertEquals(1.0, ScorePaths.number(scores, "deid.charRecall"));
    assertEquals(1.0, ScorePaths.number(scores, "deid.leaks.total") - 1.0);
    assertNull(ScorePaths.number(scores, "strict.labels.NOPE.f1"));
  }

  @Test
  void scoresJsonHoldsNoDocumentText() {
    String json = ScoresJson.toJson(result()).toString();
    assertFalse(json.contains("Dupont"));
    assertFalse(json.contains("Carcinome"));
  }

  @Test
  void floorsBelowTheScoreHoldAndOthersAreListed() throws Exception {
    JsonNode floors =
        JSON.readTree(
            """
            {"corpora":{"sample":{"gold":"corpora/sample","floors":{
              "strict.labels.Biomarker.f1":0.9,
              "lenient.micro.f1":0.99,
              "strict.labels.AGE.f1":0.5,
              "deid.leaks.total":{"max":0},
              "deid.charRecall":{"min":0.5}}}}}
            """);
    FloorCheck.Result r = FloorCheck.check(floors, "sample", ScoresJson.toJson(result()));
    assertEquals(
        "[lenient.micro.f1 = 0.6000 < floor 0.9900, strict.labels.AGE.f1 = missing < floor 0.5000,"
            + " deid.leaks.total = 2.0000 > maximum 0.0000]",
        r.violations().toString());
    assertEquals(
        "[strict.labels.Biomarker.f1 = 1.0000, floor 0.9000, deid.charRecall = 1.0000, floor"
            + " 0.5000]",
        r.headroom().toString());
  }

  @Test
  void comparisonFlagsChangesWhoseIntervalsDoNotOverlap() throws Exception {
    JsonNode a =
        JSON.readTree(
            "{\"strict\":{\"labels\":{\"NOM\":{\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"f1Low\":0.4,\"f1High\":0.6},"
                + "\"DATE\":{\"precision\":0.9,\"recall\":0.9,\"f1\":0.9,\"f1Low\":0.8,\"f1High\":0.95}}}}");
    JsonNode b =
        JSON.readTree(
            "{\"strict\":{\"labels\":{\"NOM\":{\"precision\":0.8,\"recall\":0.8,\"f1\":0.8,\"f1Low\":0.7,\"f1High\":0.9},"
                + "\"DATE\":{\"precision\":0.92,\"recall\":0.92,\"f1\":0.92,\"f1Low\":0.85,\"f1High\":0.97}}}}");
    List<ScoreComparison.Row> rows = ScoreComparison.compare(a, b);
    assertEquals(
        "[strict DATE false, strict NOM true, strict micro false]",
        rows.stream()
            .filter(r -> r.mode().equals("strict"))
            .map(r -> r.mode() + " " + r.label() + " " + r.significant())
            .toList()
            .toString());
    assertTrue(ScoreComparison.format(rows, a, b).contains("+0.300"));
  }

  @Test
  void theReportIsSelfContainedAndEscapesText() {
    EvalDocument gold =
        new EvalDocument(
            "a<b",
            "Patient <script>alert(1)</script> Dupont & fils",
            List.of(EvalEntity.of("NOM", 34, 40)));
    EvalResult r =
        new Evaluator(10, 1)
            .evaluate(new Corpus(List.of(gold), List.of()), new Corpus(List.of(), List.of()));
    String html = HtmlReport.render(r, new Corpus(List.of(gold), List.of()));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("https://"));
    assertFalse(html.contains(" src="));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("a&lt;b"));
    assertTrue(html.contains("<span class=g>Dupont</span> &amp; fils"));
  }

  @Test
  void contextShowsSixtyCharactersAroundTheSpanWithGoldAndPredictionMarked() {
    String text = "x".repeat(100) + "Dupont Marie" + "y".repeat(100);
    String ctx = ErrorTable.context(text, List.of(new Span(100, 106)), List.of(new Span(103, 112)));
    assertEquals(
        "…"
            + "x".repeat(60)
            + "<span class=g>Dup</span><span class=gp>ont</span><span class=p> Marie</span>"
            + "y".repeat(60)
            + "…",
        ctx);
  }

  @Test
  void errorsJsonListsEveryCaseWithoutText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(ErrorsJson.FILE_NAME);
    ErrorsJson.write(result(), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(6, lines.size());
    assertEquals(
        "{\"document\":\"cr1\",\"kind\":\"boundary\",\"label\":\"NOM\","
            + "\"gold\":{\"label\":\"NOM\",\"spans\":[[4,10]],\"attributes\":{}},"
            + "\"pred\":{\"label\":\"NOM\",\"spans\":[[4,16]],\"attributes\":{}}}",
        lines.get(0));
    assertFalse(String.join("\n", lines).contains("Dupont"));
  }
}

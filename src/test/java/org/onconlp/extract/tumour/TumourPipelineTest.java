package org.onconlp.extract.tumour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.DeidMode;
import org.onconlp.io.Record;
import org.onconlp.pipeline.DocumentProcessor;
import org.onconlp.pipeline.PipelineOptions;
import org.onconlp.pipeline.Pipelines;

/** Tumours and stages through the whole pipeline: context flags and contract fields. */
class TumourPipelineTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static DocumentProcessor processor;

  @BeforeAll
  static void start() throws Exception {
    processor = Pipelines.processors(new PipelineOptions(DeidMode.MASK), null).get();
  }

  @AfterAll
  static void stop() {
    processor.close();
  }

  private static JsonNode run(String text) throws Exception {
    return MAPPER.readTree(processor.process(
        new Record("CR-1", "P1", "pathology", "2021-03-04", text, "test", Map.of())));
  }

  /** "text flags" of each tumour, flags among negated/hypothetical/family/historical. */
  private static String tumours(String text) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode t : run(text).get("tumours")) {
      StringBuilder s = new StringBuilder(t.get("text").asText());
      for (String flag : List.of("negated", "hypothetical", "family", "historical")) {
        if (t.path(flag).asBoolean(false)) {
          s.append(' ').append(flag);
        }
      }
      out.add(s.toString());
    }
    return String.join(" | ", out);
  }

  @Test
  void ruledOutInvasiveCarcinomaIsNegated() throws Exception {
    assertEquals("carcinome infiltrant negated", tumours("Pas de carcinome infiltrant."));
  }

  @Test
  void suspectedRecurrenceIsHypothetical() throws Exception {
    assertEquals("carcinome hypothetical", tumours("Suspicion de récidive d'un carcinome."));
  }

  @Test
  void mothersBreastCancerIsFamily() throws Exception {
    assertEquals("cancer du sein family", tumours("Antécédents familiaux : mère : cancer du sein."));
  }

  @Test
  void pastMelanomaIsHistorical() throws Exception {
    assertEquals("mélanome historical", tumours("ATCD de mélanome en 2010."));
  }

  @Test
  void contractCarriesTumourAndStageFields() throws Exception {
    JsonNode json = run("Conclusion : carcinome canalaire infiltrant du sein gauche, SBR II, "
        + "pT2 pN1a (2/12) M0 (TNM 8e édition).");
    JsonNode tumour = json.get("tumours").get(0);
    assertEquals("8500/3 C50 left SBR 2", tumour.get("morphology").asText() + " "
        + tumour.get("topography").asText() + " " + tumour.get("laterality").asText() + " "
        + tumour.get("grade").get("system").asText() + " " + tumour.get("grade").get("value").asText());
    JsonNode stage = json.get("stages").get(0);
    assertEquals("TNM p 2 1a 0 8 2/12", stage.get("system").asText() + " "
        + stage.get("prefix").asText() + " " + stage.get("T").asText() + " "
        + stage.get("N").asText() + " " + stage.get("M").asText() + " "
        + stage.get("edition").asText() + " " + stage.get("nodesPositive").asInt() + "/"
        + stage.get("nodesExamined").asInt());
  }
}

package org.onconlp.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onconlp.context.ContextAnnotator;
import org.onconlp.extract.event.EventAnnotator;
import org.onconlp.text.SectionAnnotator;
import org.onconlp.text.SentenceAnnotator;
import org.onconlp.text.TokenAnnotator;
import org.onconlp.types.Event;
import org.onconlp.types.Mention;
import org.onconlp.types.Treatment;

/**
 * The treatment and event annotators in the text layer + context pipeline: each mention is
 * written {@code text:flags} ({@code -} without flags).
 */
class TreatmentPipelineTest {
  private static AnalysisEngine engine;

  @BeforeAll
  static void create() throws Exception {
    AggregateBuilder b = new AggregateBuilder();
    b.add(SectionAnnotator.description());
    b.add(SentenceAnnotator.description());
    b.add(TokenAnnotator.description());
    b.add(TreatmentAnnotator.description());
    b.add(EventAnnotator.description());
    b.add(ContextAnnotator.description());
    engine = b.createAggregate();
  }

  private static JCas run(String text) throws Exception {
    JCas jcas = engine.newJCas();
    jcas.setDocumentText(text);
    engine.process(jcas);
    return jcas;
  }

  private static String flags(Mention m) {
    String f =
        (m.getNegated() ? "negated " : "")
            + (m.getHypothetical() ? "hypothetical " : "")
            + (m.getFamily() ? "family " : "")
            + (m.getHistorical() ? "historical " : "");
    return m.getCoveredText() + ":" + (f.isEmpty() ? "-" : f.strip());
  }

  private static String treatments(String text) throws Exception {
    return JCasUtil.select(run(text), Treatment.class).stream()
        .map(TreatmentPipelineTest::flags)
        .collect(Collectors.joining(" | "));
  }

  @Test
  void noIndicationOfAdjuvantChemotherapyIsNegated() throws Exception {
    assertEquals(
        "chimiothérapie adjuvante:negated",
        treatments("Il n'y a pas d'indication de chimiothérapie adjuvante."));
  }

  @Test
  void immunotherapyToBeDiscussedIsHypothetical() throws Exception {
    assertEquals(
        "immunothérapie:hypothetical",
        treatments("Une immunothérapie pourra être discutée."));
  }

  @Test
  void decidedPlanIsPlannedWithoutFlag() throws Exception {
    JCas jcas = run("Décision : une chimiothérapie par FOLFOX sera débutée.");
    assertEquals(
        "chimiothérapie:- planned | FOLFOX:- planned",
        JCasUtil.select(jcas, Treatment.class).stream()
            .map(t -> flags(t) + " " + t.getStatus())
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void annotatorWritesContractValuesAndProvenance() throws Exception {
    Treatment t = JCasUtil.selectSingle(run("Herceptin en 2e ligne."), Treatment.class);
    assertEquals(
        "trastuzumab targeted L01FD01 2 TreatmentAnnotator",
        String.join(
            " ", t.getAgent(), t.getCategory(), t.getAtc(), Integer.toString(t.getLine()),
            t.getComponent()));
  }

  @Test
  void regimenComponentsAreAStringArray() throws Exception {
    Treatment t = JCasUtil.selectSingle(run("FOLFIRI."), Treatment.class);
    assertEquals("calcium folinate,fluorouracil,irinotecan", String.join(",", t.getComponents().toArray()));
  }

  @Test
  void negatedMetastasisAndFamilyDeath() throws Exception {
    JCas jcas = run("Pas de métastase hépatique. Sa mère est décédée d'un cancer.");
    assertEquals(
        "métastase hépatique:negated metastasis | décédée:family death",
        JCasUtil.select(jcas, Event.class).stream()
            .map(e -> flags(e) + " " + e.getEventType())
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void emptyAndLongTextsDoNotThrow() {
    assertDoesNotThrow(() -> run(""));
    assertDoesNotThrow(() -> run("FOLFOX C3J1 OMS 1 ; ".repeat(5000)));
  }
}

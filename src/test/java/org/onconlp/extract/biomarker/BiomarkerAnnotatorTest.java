package org.onconlp.extract.biomarker;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onconlp.text.RandomText;
import org.onconlp.context.ContextAnnotator;
import org.onconlp.text.SectionAnnotator;
import org.onconlp.text.SentenceAnnotator;
import org.onconlp.text.TokenAnnotator;
import org.onconlp.types.Biomarker;

/**
 * The annotator in a small pipeline (text layer, biomarkers, context), as in {@code
 * Pipelines.standard}. Each Biomarker is written {@code NAME=interpretation} followed by the
 * context flags it carries.
 */
class BiomarkerAnnotatorTest {
  private static AnalysisEngine engine;

  @BeforeAll
  static void createEngine() throws Exception {
    AggregateBuilder builder = new AggregateBuilder();
    builder.add(SectionAnnotator.description());
    builder.add(SentenceAnnotator.description());
    builder.add(TokenAnnotator.description());
    builder.add(BiomarkerAnnotator.description());
    builder.add(ContextAnnotator.description());
    engine = builder.createAggregate();
  }

  private static JCas process(String text) throws Exception {
    JCas jcas = engine.newJCas();
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage("fr");
    engine.process(jcas);
    return jcas;
  }

  private static String biomarkers(String text) throws Exception {
    return JCasUtil.select(process(text), Biomarker.class).stream()
        .map(
            b ->
                b.getName()
                    + "="
                    + b.getInterpretation()
                    + (b.getNegated() ? " negated" : "")
                    + (b.getHypothetical() ? " hypothetical" : "")
                    + (b.getFamily() ? " family" : "")
                    + (b.getHistorical() ? " historical" : ""))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void writesContractFeaturesAndProvenance() throws Exception {
    JCas jcas = process("Conclusion : RE 90 %, HER2 score 3+.");
    Biomarker er = JCasUtil.selectByIndex(jcas, Biomarker.class, 0);
    assertEquals("RE 90 %", er.getCoveredText());
    assertEquals("ER", er.getName());
    assertEquals("90%", er.getValue());
    assertEquals(90f, er.getPercent());
    assertEquals("positive", er.getInterpretation());
    assertEquals("BiomarkerAnnotator", er.getComponent());
    Biomarker her2 = JCasUtil.selectByIndex(jcas, Biomarker.class, 1);
    assertEquals("HER2 score 3+", her2.getCoveredText());
    assertEquals("IHC", her2.getMethod());
    assertEquals("3+", her2.getScore());
  }

  @Test
  void negativeHer2IsAResultNotANegation() throws Exception {
    assertEquals("HER2=negative", biomarkers("Statut HER2 négatif."));
  }

  @Test
  void absentMutationIsWildTypeNotNegated() throws Exception {
    assertEquals("KRAS=wild_type", biomarkers("Absence de mutation KRAS."));
  }

  @Test
  void testNotDoneClaimsNoInterpretation() throws Exception {
    // "non réalisée" is the mention's own result (inside its span), like "négatif": the test is
    // reported, with no interpretation, and is not a negated fact.
    assertEquals("EGFR=unknown", biomarkers("Recherche de mutation EGFR non réalisée."));
  }

  @Test
  void testNotAskedForIsNegated() throws Exception {
    assertEquals("EGFR=unknown negated", biomarkers("Pas de recherche de mutation EGFR."));
  }

  @Test
  void conditionalResultIsHypothetical() throws Exception {
    assertEquals(
        "EGFR=mutated hypothetical", biomarkers("Osimertinib à discuter si EGFR muté."));
  }

  @Test
  void relativeResultIsFamily() throws Exception {
    assertEquals("BRCA1=mutated family", biomarkers("Sa mère est porteuse d'une mutation BRCA1."));
  }

  @Test
  void unknownInterpretationCanBeLeftOut() throws Exception {
    AnalysisEngine quiet =
        AnalysisEngineFactory.createEngine(
            AnalysisEngineFactory.createEngineDescription(
                TokenAnnotator.description(), BiomarkerAnnotator.description("")));
    JCas jcas = quiet.newJCas();
    jcas.setDocumentText("KRAS : non contributif.");
    quiet.process(jcas);
    Biomarker kras = JCasUtil.selectSingle(jcas, Biomarker.class);
    assertEquals("KRAS", kras.getName());
    assertEquals(null, kras.getInterpretation());
  }

  @Test
  void percentStaysUnsetWithoutPercentage() throws Exception {
    Biomarker b = JCasUtil.selectSingle(process("HER2 score 0"), Biomarker.class);
    assertEquals(0f, b.getPercent());
    assertEquals("0", b.getValue());
  }

  @Test
  void garbageInputDoesNotThrow() {
    String noise = RandomText.of(42, 20_000);
    StringBuilder markers = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      markers.append("HER2 RE+ ( KRAS, p.( c. 3+ % : \n");
    }
    String mangled =
        new String(
            "Récepteurs aux œstrogènes : 90 % ; HER2 négatif".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);
    for (String text :
        new String[] {"", " ", "\n\n", "HER2", "RE", "+++", noise, markers.toString(),
            mangled, "x".repeat(200_000)}) {
      assertDoesNotThrow(() -> process(text), text.length() > 40 ? text.substring(0, 40) : text);
    }
  }
}

package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;
import org.onconlp.types.Token;

class TextAnnotatorsTest {
  private static final String REPORT =
      """
      Renseignements cliniques : nodule du sein gauche.
      CONCLUSION :
      - Carcinome canalaire infiltrant, pT2N1a (2/12).
      - HER2 score 3+, Ki-67 à 30 %.
      """;

  private static JCas process(String text, AnalysisEngine engine) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    jcas.setDocumentLanguage("fr");
    engine.process(jcas);
    return jcas;
  }

  private static AnalysisEngine textLayer() throws Exception {
    AggregateBuilder builder = new AggregateBuilder();
    builder.add(SectionAnnotator.description());
    builder.add(SentenceAnnotator.description());
    builder.add(TokenAnnotator.description());
    return builder.createAggregate();
  }

  @Test
  void tokensCarryTheirNormalisedForm() throws Exception {
    JCas jcas =
        process(
            "L’Œdème, HER2 3+", AnalysisEngineFactory.createEngine(TokenAnnotator.description()));
    assertEquals(
        "L’/l' | Œdème/oedeme | ,/, | HER2/her2 | 3+/3+",
        JCasUtil.select(jcas, Token.class).stream()
            .map(t -> t.getCoveredText() + "/" + t.getNorm())
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void sentenceAnnotatorLoadsTheSharedFrenchModel() throws Exception {
    JCas jcas =
        process(
            "Tumeur de 3,5 cm. Marges saines.\nPas d'embole",
            AnalysisEngineFactory.createEngine(SentenceAnnotator.description()));
    assertEquals(
        "Tumeur de 3,5 cm. | Marges saines. | Pas d'embole",
        JCasUtil.select(jcas, Sentence.class).stream()
            .map(Sentence::getCoveredText)
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void sectionsCarryLabelAndHeadingEnd() throws Exception {
    JCas jcas = process(REPORT, AnalysisEngineFactory.createEngine(SectionAnnotator.description()));
    assertEquals(
        "renseignements_cliniques[Renseignements cliniques :] | conclusion[CONCLUSION :]",
        JCasUtil.select(jcas, Section.class).stream()
            .map(s -> s.getLabel() + "[" + REPORT.substring(s.getBegin(), s.getHeadingEnd()) + "]")
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void preambleSectionIsCreatedWhenConfigured() throws Exception {
    JCas jcas =
        process(
            "Hôpital Exemple\nConclusion : RAS",
            AnalysisEngineFactory.createEngine(SectionAnnotator.description(true)));
    assertEquals(
        "preambule{Hôpital Exemple} | conclusion{Conclusion : RAS}",
        JCasUtil.select(jcas, Section.class).stream()
            .map(s -> s.getLabel() + "{" + s.getCoveredText() + "}")
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void headingsBecomeTheirOwnSentencesAfterSectioning() throws Exception {
    JCas jcas = process(REPORT, textLayer());
    assertEquals(
        "Renseignements cliniques : || nodule du sein gauche. || CONCLUSION : || "
            + "- Carcinome canalaire infiltrant, pT2N1a (2/12). || - HER2 score 3+, Ki-67 à 30 %.",
        JCasUtil.select(jcas, Sentence.class).stream()
            .map(Sentence::getCoveredText)
            .collect(Collectors.joining(" || ")));
  }

  @Test
  void numberedHeadingKeepsItsNumberInItsSentence() throws Exception {
    JCas jcas = process("1. Macroscopie : pièce de 3 cm.\n2. Conclusion : RAS", textLayer());
    assertEquals(
        "1. Macroscopie : || pièce de 3 cm. || 2. Conclusion : || RAS",
        JCasUtil.select(jcas, Sentence.class).stream()
            .map(Sentence::getCoveredText)
            .collect(Collectors.joining(" || ")));
  }

  @Test
  void clinicalCodesAreSingleTokensInThePipeline() throws Exception {
    JCas jcas = process(REPORT, textLayer());
    String tokens =
        JCasUtil.select(jcas, Token.class).stream()
            .map(Token::getCoveredText)
            .collect(Collectors.joining(" "));
    assertTrue(
        tokens.contains("pT2N1a ( 2/12 )") && tokens.contains("HER2 score 3+ , Ki-67"), tokens);
  }

  @Test
  void garbageInputNeverThrows() throws Exception {
    AnalysisEngine engine = textLayer();
    process("", engine);
    process(" \n\t ", engine);
    JCas jcas = process(RandomText.of(5, 200_000), engine);
    assertTrue(JCasUtil.select(jcas, Token.class).size() > 0);
    process("Conclusion ".repeat(20_000), engine);
  }
}

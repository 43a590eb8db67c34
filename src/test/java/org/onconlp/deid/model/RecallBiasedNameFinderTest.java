package org.onconlp.deid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.NameFinderAnnotator;
import org.onconlp.deid.PhiLexicons;

/** Recall-biased decoding of the bundled PHI model, on invented French text. */
class RecallBiasedNameFinderTest {
  private static final String TEXT =
      """
      CENTRE HOSPITALIER DE VANNES - Service d'oncologie
      Patiente : Mme LE BRAS Maëlle, née le 03/02/1961
      Adressée par le Dr Kerjean pour avis sur un carcinome canalaire infiltrant du sein gauche.
      Vue en consultation avec sa fille Nolwenn et son époux.
      Compte rendu dicté par le Pr Yannick Guéguen, copie au Dr Anne-Sophie Morvan (Auray).
      """;

  private static TokenNameFinderModel model;
  private static List<NameFinderContext.Line> lines;

  @BeforeAll
  static void loadBundledModel() throws Exception {
    try (InputStream in =
        RecallBiasedNameFinderTest.class.getResourceAsStream(NameFinderAnnotator.BUNDLED_MODEL)) {
      model = new TokenNameFinderModel(in);
    }
    NameFinderContext context = new NameFinderContext(new PhiLexicons());
    lines = context.lines(TEXT, context.ruleSpans(TEXT));
  }

  /** Every span of every line, as "type:first-end" strings. */
  private static List<String> spans(List<Span[]> found) {
    List<String> out = new ArrayList<>();
    for (Span[] spans : found) {
      for (Span s : spans) {
        out.add(s.getType() + ":" + s.getStart() + "-" + s.getEnd());
      }
    }
    return out;
  }

  private static List<Span[]> biased(double threshold, boolean lean) {
    RecallBiasedNameFinder finder = new RecallBiasedNameFinder(model, threshold);
    List<Span[]> out = new ArrayList<>();
    for (NameFinderContext.Line line : lines) {
      boolean[] leanable = new boolean[line.words().length];
      Arrays.fill(leanable, lean);
      out.add(finder.find(line.words(), line.context(), leanable));
    }
    return out;
  }

  @Test
  void withoutThresholdTheFinderDecodesAsOpenNlpDoes() {
    NameFinderME reference = new NameFinderME(model);
    List<Span[]> expected = new ArrayList<>();
    for (NameFinderContext.Line line : lines) {
      expected.add(reference.find(line.words(), line.context()));
    }
    List<String> names = spans(expected);
    assertTrue(names.size() >= 5, names.toString());
    assertEquals(names, spans(biased(0.0, true)));
  }

  @Test
  void tokensOutsideTheLeanableOnesKeepTheirMostProbableOutcome() {
    assertEquals(spans(biased(0.0, true)), spans(biased(1.0, false)));
  }

  @Test
  void aThresholdAboveEveryOtherProbabilityMakesEveryLeanableTokenAName() {
    int tokens = lines.stream().mapToInt(l -> l.words().length).sum();
    int named =
        biased(1.0, true).stream()
            .flatMap(Arrays::stream)
            .mapToInt(Span::length)
            .sum();
    assertEquals(tokens, named);
  }
}

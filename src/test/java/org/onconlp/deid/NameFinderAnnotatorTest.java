package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.deid.model.NameFinderTraining;
import org.onconlp.types.Phi;

/** The trained name finder as a PHI finder, on a tiny model trained here; invented identities. */
class NameFinderAnnotatorTest {
  private static final String TEXT = "Vu par le Dr Jean MARTIN.";

  @TempDir static Path tmp;
  private static Path model;

  @BeforeAll
  static void trainTinyModel() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    StringBuilder text = new StringBuilder();
    StringBuilder ann = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      int at = text.length();
      text.append(TEXT).append('\n');
      ann.append("T").append(2 * i + 1).append("\tPRENOM ").append(at + 13).append(' ').append(at + 17).append("\tJean\n");
      ann.append("T").append(2 * i + 2).append("\tNOM ").append(at + 18).append(' ').append(at + 24).append("\tMARTIN\n");
    }
    Files.writeString(corpus.resolve("r.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("r.ann"), ann, StandardCharsets.UTF_8);
    model = tmp.resolve("m.bin");
    new NameFinderTraining().trainTo(corpus, model);
  }

  /** The Phi of the text after the name finder ran, as "category:covered text(component)". */
  private static String run(double minProbability, boolean gapsOnly, boolean plantRuleSpan)
      throws Exception {
    return run(minProbability, gapsOnly, plantRuleSpan ? 18 : -1);
  }

  /** As above, with a rule NOM planted from {@code ruleBegin} to the end of "MARTIN" (or none). */
  private static String run(double minProbability, boolean gapsOnly, int ruleBegin) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(TEXT);
    if (ruleBegin >= 0) {
      Phi rule = new Phi(jcas, ruleBegin, 24);
      rule.setCategory("NOM");
      rule.setComponent("Rules");
      rule.addToIndexes();
    }
    AnalysisEngineFactory.createEngine(NameFinderAnnotator.description(model, minProbability, gapsOnly))
        .process(jcas);
    return jcas.select(Phi.class).asList().stream()
        .map(p -> p.getCategory() + ":" + p.getCoveredText() + "(" + p.getComponent() + ")")
        .collect(Collectors.joining(" "));
  }

  @Test
  void modelSpansAreAddedAsPhiCandidates() throws Exception {
    assertEquals(
        "PRENOM:Jean(NameFinderAnnotator) NOM:MARTIN(NameFinderAnnotator)", run(0.0, false, false));
  }

  @Test
  void gapsOnlyDropsModelSpansOverlappingAnotherFinder() throws Exception {
    assertEquals("PRENOM:Jean(NameFinderAnnotator) NOM:MARTIN(Rules)", run(0.0, true, true));
  }

  @Test
  void withoutGapsOnlyOverlappingModelSpansAreKeptForTheResolver() throws Exception {
    assertEquals(
        "NOM:Jean MARTIN(Rules) PRENOM:Jean(NameFinderAnnotator) NOM:MARTIN(NameFinderAnnotator)",
        run(0.0, false, 13));
  }

  @Test
  void onTheSameSpanAsARuleTheRuleCategoryStands() throws Exception {
    assertEquals("PRENOM:Jean(NameFinderAnnotator) NOM:MARTIN(Rules)", run(0.0, false, true));
  }

  @Test
  void spansBelowTheMinimumProbabilityAreDropped() throws Exception {
    assertEquals("", run(1.01, false, false));
  }

  @Test
  void emptyTextGivesNoSpan() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("");
    AnalysisEngineFactory.createEngine(NameFinderAnnotator.description(model)).process(jcas);
    assertEquals(0, jcas.select(Phi.class).count());
  }

  @Test
  void bundledModelFindsANameOnItsOwn() throws Exception {
    assertEquals(
        "PRENOM:Sandrine NOM:Kerbrat",
        bundled("Patiente adressée par le Dr Sandrine Kerbrat pour avis."));
  }

  /** The bundled model's Phi on a text, as "category:covered text" strings. */
  private static String bundled(String text) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    AnalysisEngineFactory.createEngine(NameFinderAnnotator.bundledDescription()).process(jcas);
    return jcas.select(Phi.class).asList().stream()
        .map(p -> p.getCategory() + ":" + p.getCoveredText())
        .collect(Collectors.joining(" "));
  }

  @Test
  void aTwoLetterUnitIsNotLeanedTowardsAName() throws Exception {
    assertEquals("", bundled("- BRAF : non muté\n- TMB : 4 mut/Mb\n- PD-L1 : TPS < 1 %\n"));
  }

  @Test
  void aDrugBrandInBracketsIsNoName() throws Exception {
    assertEquals(
        "",
        bundled("Paclitaxel hebdomadaire avec trastuzumab (Herceptin) et pertuzumab (Perjeta).\n"));
  }

  @Test
  void aClinicalEponymIsNoName() throws Exception {
    assertEquals("", bundled("Lymphome DLBCL Ann Arbor IIIB (sueurs nocturnes), IPI 3.\n"));
  }
}

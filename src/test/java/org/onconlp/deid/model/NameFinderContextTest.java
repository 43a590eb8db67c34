package org.onconlp.deid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.LexiconPhiAnnotator;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.StructuredPhiAnnotator;
import org.onconlp.deid.TestLexicons;
import org.onconlp.types.Phi;

/** The name finder's additional context on invented French sentences; every name is made up. */
class NameFinderContextTest {
  private static final NameFinderContext CONTEXT = new NameFinderContext(TestLexicons.LEX);

  private static String lines(String text, List<PhiSpan> rules) {
    return String.join("\n", CONTEXT.lines(text, rules).stream().map(Object::toString).toList());
  }

  @Test
  void lexiconClassesAreGivenToEachToken() {
    assertEquals(
        "Mme[sw] Odile[gn,fn,ti] Kerbrat[fn] ,[] tumeur[cw,sw] à[sw] Quimperlé[co]",
        lines("Mme Odile Kerbrat, tumeur à Quimperlé", List.of()));
  }

  @Test
  void tokenAfterANameLabelIsMarked() {
    assertEquals("IDE[gn,fn,sw] :[] Aurélie[gf,fn,lb]", lines("IDE : Aurélie", List.of()));
  }

  @Test
  void aLowerCaseDocumentShowsKnownNamesToTheModelWithACapital() {
    String line =
        lines(
            "mme kerbrat odile nee le goff, vue en hdj pour c3 folfox, tolerance correcte",
            List.of());
    assertTrue(
        line.startsWith("mme[sw] Kerbrat[fn,ti] Odile[gn,fn] nee[fn,sw] le[gn,cw,sw] Goff[fn]"),
        line);
    assertFalse(line.contains("folfox"), line);
  }

  @Test
  void aLowerCaseNameInAnOrdinaryDocumentIsLeftAsWritten() {
    String line =
        lines("Mme Odile Kerbrat, vue par le Dr Le Goff. Sa fille odile Kerbrat.", List.of());
    assertTrue(line.contains(" odile[gn,fn] Kerbrat[fn]"), line);
  }

  @Test
  void aLowerCaseGivenNameInAnOrdinaryDocumentIsShownToTheModelAsWritten() {
    String line = lines("Tension stable.\nAppel du fixe : répond lucie, rappel demain.", List.of());
    assertTrue(line.contains(" lucie[gf"), line);
  }

  @Test
  void ruleCategoriesGoToTheTokensTheirSpanCovers() {
    String text = "Vu le 12/03/2021 par le Dr Yannick Le Goff";
    String line = lines(text, CONTEXT.ruleSpans(text));
    assertTrue(line.contains("12/03/2021[r=DATE]"), line);
    assertTrue(line.contains("Goff[fn,r=NOM]"), line);
  }

  @Test
  void eachLineIsOneSequenceAndOnlyTheFirstClearsAdaptiveData() {
    List<NameFinderContext.Line> lines = CONTEXT.lines("Compte rendu\n\nDr Paul Ravenel\n", List.of());
    assertEquals(2, lines.size());
    assertEquals("[true, false]", List.of(lines.get(0).first(), lines.get(1).first()).toString());
    assertEquals("Dr Paul Ravenel", String.join(" ", lines.get(1).words()));
  }

  @Test
  void pipelineCandidatesGiveTheSameContextAsTrainingRuleSpans() throws Exception {
    String text =
        "Patiente : Mme Gwenaëlle PRIGENT, née le 04/11/1961 à Lannion.\n"
            + "Adressée par le Dr Hervé Le Bihan (CH de Morlaix), tél. 02 98 62 61 60.\n"
            + "IPP 4471902 - 12 rue des Genêts 29600 Saint-Martin-des-Champs\n";
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    AggregateBuilder rules = new AggregateBuilder();
    rules.add(StructuredPhiAnnotator.description());
    rules.add(LexiconPhiAnnotator.description());
    AnalysisEngineFactory.createEngine(rules.createAggregateDescription()).process(jcas);
    List<PhiSpan> inCas = new ArrayList<>();
    for (Phi p : jcas.select(Phi.class)) {
      inCas.add(new PhiSpan(p.getBegin(), p.getEnd(), p.getCategory()));
    }
    assertEquals(lines(text, CONTEXT.ruleSpans(text)), lines(text, inCas));
  }

  @Test
  void emptyBlankAndRandomTextsDoNotThrow() {
    assertEquals(0, CONTEXT.lines("", List.of()).size());
    assertEquals(0, CONTEXT.lines(" \n\n\t", CONTEXT.ruleSpans(" \n\n\t")).size());
    Random random = new Random(7);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append((char) (random.nextInt(0x2FF) + 1));
    }
    String text = b.toString();
    assertTrue(CONTEXT.lines(text, CONTEXT.ruleSpans(text)).size() > 0);
  }
}

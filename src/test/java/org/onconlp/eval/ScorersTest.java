package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Token, attribute and fact scores on hand-computed cases. */
class ScorersTest {

  private static EvalEntity entity(String label, int b, int e, Map<String, String> attrs) {
    return new EvalEntity(label, List.of(new Span(b, e)), attrs);
  }

  @Test
  void tokensAreRunsOfLettersAndDigits() {
    assertEquals(
        "[0-3, 4-10, 12-14, 15-17, 18-22]",
        TokenScorer.tokens("Mme Dupont, 12/03/1950").toString());
  }

  @Test
  void tokenCountsComparePerLabelCoverage() {
    String text = "Mme Dupont Marie est venue";
    // gold NOM covers "Dupont Marie" (2 tokens); prediction covers "Mme Dupont" (2 tokens).
    Map<String, Counts> c =
        TokenScorer.score(
            text, List.of(EvalEntity.of("NOM", 4, 16)), List.of(EvalEntity.of("NOM", 0, 10)));
    assertEquals(Map.of("NOM", new Counts(1, 1, 1)), c);
  }

  @Test
  void attributeAccuracyCountsGoldAttributesAndContextFlags() {
    EvalEntity gold = entity("Stage", 0, 8, Map.of("T", "2", "N", "1a", "negated", "true"));
    EvalEntity pred = entity("Stage", 0, 8, Map.of("T", "2", "N", "1", "edition", "8"));
    Map<String, Map<String, AttributeScorer.Tally>> tallies = new TreeMap<>();
    List<AttributeScorer.Mismatch> mismatches = new ArrayList<>();
    AttributeScorer.score(List.of(new Alignment.Match(gold, pred)), tallies, mismatches);
    assertEquals(
        "{N=Tally[correct=0, total=1], T=Tally[correct=1, total=1], family=Tally[correct=1,"
            + " total=1], historical=Tally[correct=1, total=1], hypothetical=Tally[correct=1,"
            + " total=1], negated=Tally[correct=0, total=1]}",
        tallies.get("Stage").toString());
    assertEquals(
        List.of("N", "negated"),
        mismatches.stream().map(AttributeScorer.Mismatch::attribute).toList());
  }

  @Test
  void phiEntitiesAreNotScoredOnContextFlagsAndNotesAreIgnored() {
    EvalEntity gold = entity("NOM", 0, 6, Map.of("note", "nom d'usage"));
    Map<String, Map<String, AttributeScorer.Tally>> tallies = new TreeMap<>();
    AttributeScorer.score(List.of(new Alignment.Match(gold, gold)), tallies, new ArrayList<>());
    assertEquals(Map.of(), tallies);
  }

  @Test
  void factsAreSetsOfTuplesPerDocument() {
    List<EvalEntity> gold =
        List.of(
            entity(
                "Biomarker",
                0,
                4,
                Map.of("name", "HER2", "interpretation", "positive", "value", "3+")),
            entity("Biomarker", 40, 44, Map.of("name", "HER2", "interpretation", "positive")),
            entity("Treatment", 50, 61, Map.of("agent", "trastuzumab", "category", "targeted")),
            EvalEntity.of("NOM", 70, 76));
    List<EvalEntity> pred =
        List.of(
            entity(
                "Biomarker",
                0,
                4,
                Map.of("name", "HER2", "interpretation", "positive", "value", "2+")),
            entity(
                "Treatment",
                50,
                61,
                Map.of("agent", "trastuzumab", "category", "targeted", "negated", "true")),
            EvalEntity.of("NOM", 80, 86));
    assertEquals(
        "{Biomarker.interpretation=Counts[tp=1, fp=0, fn=0], Biomarker.value=Counts[tp=0, fp=1,"
            + " fn=1], PHI.NOM=Counts[tp=1, fp=0, fn=0], Treatment=Counts[tp=0, fp=0, fn=1]}",
        new TreeMap<>(FactScorer.score(gold, pred)).toString());
  }

  @Test
  void tumourCodeFactsCompareTheOrganAndSkipNegatedTumours() {
    List<EvalEntity> gold =
        List.of(
            entity("Tumour", 0, 3, Map.of("morphology", "8500/3", "topography", "C50.4")),
            entity("Tumour", 10, 24, Map.of("morphology", "8500/3", "topography", "C50")),
            entity("Tumour", 30, 34, Map.of("morphology", "8500/2", "topography", "C50")));
    List<EvalEntity> pred =
        List.of(
            entity("Tumour", 0, 3, Map.of("morphology", "8500/3", "topography", "C50")),
            entity("Tumour", 10, 24, Map.of("morphology", "8000/3", "topography", "C50.2")),
            entity(
                "Tumour",
                30,
                34,
                Map.of("morphology", "8520/3", "topography", "C34", "negated", "true")));
    assertEquals(
        "{Tumour=Counts[tp=1, fp=1, fn=2], Tumour.morphology=Counts[tp=1, fp=1, fn=1],"
            + " Tumour.topography=Counts[tp=1, fp=0, fn=0]}",
        new TreeMap<>(FactScorer.score(gold, pred)).toString());
  }

  @Test
  void stageFactsUseTheTnmParts() {
    EvalEntity tnm =
        entity(
            "Stage", 0, 8, Map.of("system", "TNM", "prefix", "p", "T", "2", "N", "1a", "M", "0"));
    assertEquals(
        "{Stage=[system=tnm|prefix=p|T=2|N=1a|M=0|value=|score=]}",
        FactScorer.facts(List.of(tnm)).toString());
  }

  @Test
  void attributeValuesCompareIgnoringCaseSpacingAndNumberFormat() {
    EvalEntity gold = entity("Treatment", 0, 6, Map.of("agent", "FOLFOX", "line", "1"));
    EvalEntity pred = entity("Treatment", 0, 6, Map.of("agent", " folfox ", "line", "1.0"));
    Map<String, Map<String, AttributeScorer.Tally>> tallies = new TreeMap<>();
    List<AttributeScorer.Mismatch> mismatches = new ArrayList<>();
    AttributeScorer.score(List.of(new Alignment.Match(gold, pred)), tallies, mismatches);
    assertEquals(List.of(), mismatches);
    assertEquals("FOLFOX", gold.attributes().get("agent"));
  }
}

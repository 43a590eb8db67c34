package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

  private static String summary(Alignment a) {
    return "tp=" + a.matches().size() + " fp=" + a.falsePositives() + " fn=" + a.falseNegatives();
  }

  @Test
  void strictMatchNeedsSameLabelAndSameSpans() {
    List<EvalEntity> gold = List.of(EvalEntity.of("NOM", 4, 10), EvalEntity.of("DATE", 20, 30));
    List<EvalEntity> pred = List.of(EvalEntity.of("NOM", 4, 10), EvalEntity.of("DATE", 20, 29));
    assertEquals(
        "tp=1 fp=[DATE[20-29]] fn=[DATE[20-30]]", summary(EntityMatcher.strict(gold, pred)));
  }

  @Test
  void lenientMatchAcceptsOverlapOfTheSameLabel() {
    List<EvalEntity> gold = List.of(EvalEntity.of("DATE", 20, 30));
    List<EvalEntity> pred = List.of(EvalEntity.of("DATE", 25, 35));
    assertEquals("tp=1 fp=[] fn=[]", summary(EntityMatcher.lenient(gold, pred)));
  }

  @Test
  void overlapUnderAnotherLabelIsNoMatch() {
    List<EvalEntity> gold = List.of(EvalEntity.of("NOM", 0, 6));
    List<EvalEntity> pred = List.of(EvalEntity.of("PRENOM", 0, 6));
    assertEquals("tp=0 fp=[PRENOM[0-6]] fn=[NOM[0-6]]", summary(EntityMatcher.lenient(gold, pred)));
  }

  @Test
  void onePredictionCoveringTwoGoldEntitiesMatchesOnlyTheLargerOverlap() {
    // "Jean-Pierre Dupont": gold has two NOM pieces, the prediction one span over both.
    List<EvalEntity> gold = List.of(EvalEntity.of("NOM", 0, 11), EvalEntity.of("NOM", 12, 18));
    List<EvalEntity> pred = List.of(EvalEntity.of("NOM", 0, 18));
    assertEquals("tp=1 fp=[] fn=[NOM[12-18]]", summary(EntityMatcher.lenient(gold, pred)));
  }

  @Test
  void twoPredictionsInsideOneGoldEntityYieldOneMatchAndOneFalsePositive() {
    List<EvalEntity> gold = List.of(EvalEntity.of("ADRESSE", 0, 30));
    List<EvalEntity> pred =
        List.of(EvalEntity.of("ADRESSE", 0, 8), EvalEntity.of("ADRESSE", 10, 30));
    assertEquals("tp=1 fp=[ADRESSE[0-8]] fn=[]", summary(EntityMatcher.lenient(gold, pred)));
  }

  @Test
  void exactPairsAreKeptBeforeGreedyOverlap() {
    // The long prediction overlaps gold A more than the exact prediction does, but the exact
    // pair is fixed first, so the long one goes to gold B.
    List<EvalEntity> gold = List.of(EvalEntity.of("DATE", 0, 10), EvalEntity.of("DATE", 12, 14));
    List<EvalEntity> pred = List.of(EvalEntity.of("DATE", 0, 10), EvalEntity.of("DATE", 0, 14));
    Alignment a = EntityMatcher.lenient(gold, pred);
    assertEquals("tp=2 fp=[] fn=[]", summary(a));
  }

  @Test
  void emptyGoldMakesEveryPredictionAFalsePositive() {
    Alignment a = EntityMatcher.lenient(List.of(), List.of(EvalEntity.of("TEL", 3, 17)));
    assertEquals("tp=0 fp=[TEL[3-17]] fn=[]", summary(a));
    assertEquals(new Counts(0, 1, 0), a.counts(null));
  }

  @Test
  void emptyPredictionsMakeEveryGoldEntityAFalseNegative() {
    Alignment a = EntityMatcher.strict(List.of(EvalEntity.of("TEL", 3, 17)), List.of());
    assertEquals("tp=0 fp=[] fn=[TEL[3-17]]", summary(a));
  }

  @Test
  void discontinuousEntitiesMatchStrictlyOnlyWithTheSameFragments() {
    EvalEntity gold =
        new EvalEntity("Tumour", List.of(new Span(0, 9), new Span(20, 30)), java.util.Map.of());
    EvalEntity pred = new EvalEntity("Tumour", List.of(new Span(0, 9)), java.util.Map.of());
    assertEquals(
        "tp=0 fp=[Tumour[0-9]] fn=[Tumour[0-9;20-30]]",
        summary(EntityMatcher.strict(List.of(gold), List.of(pred))));
    assertEquals("tp=1 fp=[] fn=[]", summary(EntityMatcher.lenient(List.of(gold), List.of(pred))));
  }

  @Test
  void entitiesWithoutSpansAreNotMatched() {
    EvalEntity stageGroup =
        new EvalEntity("Stage", List.of(), java.util.Map.of("system", "STAGE_GROUP"));
    assertEquals(
        "tp=0 fp=[] fn=[]", summary(EntityMatcher.lenient(List.of(stageGroup), List.of())));
  }
}

package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  static final String TEXT =
      "Mme Dupont Marie, née le 12/03/1950. Carcinome lobulaire. ER positif.";
  //                          0123456789012345678901234567890123456789012345678901234567890123456789
  static final EvalDocument GOLD =
      new EvalDocument(
          "cr1",
          TEXT,
          List.of(
              EvalEntity.of("NOM", 4, 10),
              EvalEntity.of("PRENOM", 11, 16),
              EvalEntity.of("DATE_NAISSANCE", 25, 35),
              new EvalEntity("Tumour", List.of(new Span(37, 56)), Map.of("morphology", "8520/3")),
              new EvalEntity(
                  "Biomarker",
                  List.of(new Span(58, 68)),
                  Map.of("name", "ER", "interpretation", "positive"))));

  static final EvalDocument PRED =
      new EvalDocument(
          "cr1",
          "Mme Lefebvre Marie, née le 12/03/1950. Carcinome lobulaire. ER positif.",
          List.of(
              EvalEntity.of("NOM", 4, 16),
              EvalEntity.of("DATE", 25, 35),
              new EvalEntity("Tumour", List.of(new Span(37, 46)), Map.of("morphology", "8500/3")),
              new EvalEntity(
                  "Biomarker",
                  List.of(new Span(58, 68)),
                  Map.of("name", "ER", "interpretation", "positive")),
              EvalEntity.of("HOPITAL", 60, 62)));

  private static EvalResult evaluate(List<EvalDocument> gold, List<EvalDocument> pred) {
    return new Evaluator(50, 1).evaluate(new Corpus(gold, List.of()), new Corpus(pred, List.of()));
  }

  @Test
  void everyStrictErrorAppearsOnceWithItsKind() {
    EvalResult r = evaluate(List.of(GOLD), List.of(PRED));
    assertEquals(
        "[BOUNDARY NOM, MISSED PRENOM, LABEL DATE_NAISSANCE, BOUNDARY Tumour, ATTRIBUTE Tumour"
            + " [morphology], SPURIOUS HOPITAL]",
        r.errors().stream()
            .map(
                e ->
                    e.kind()
                        + " "
                        + e.label()
                        + (e.attributes().isEmpty() ? "" : " " + e.attributes()))
            .toList()
            .toString());
  }

  @Test
  void strictAndLenientCountsDifferOnBoundaries() {
    EvalResult r = evaluate(List.of(GOLD), List.of(PRED));
    assertEquals(new Counts(1, 4, 4), ScoreTables.micro(r.counts().get("strict")));
    assertEquals(new Counts(3, 2, 2), ScoreTables.micro(r.counts().get("lenient")));
  }

  @Test
  void redactionIsLabelFreeAndTheUnchangedDateLeaks() {
    EvalResult r = evaluate(List.of(GOLD), List.of(PRED));
    assertEquals(1.0, r.redaction().charRecall());
    assertEquals(Map.of("DATE_NAISSANCE", 1L, "PRENOM", 1L), r.redaction().leaks());
  }

  @Test
  void aGoldDocumentWithoutPredictionIsScoredAsAllMissed() {
    EvalResult r = evaluate(List.of(GOLD), List.of(new EvalDocument("other", "", List.of())));
    assertEquals(1, r.missingPredictions());
    assertEquals(1, r.unmatchedPredictions());
    assertEquals(new Counts(0, 0, 5), ScoreTables.micro(r.counts().get("strict")));
  }

  @Test
  void aPerfectPredictionScoresOneEverywhere() {
    EvalResult r = evaluate(List.of(GOLD), List.of(new EvalDocument("cr1", "x", GOLD.entities())));
    for (String mode : EvalResult.MODES) {
      assertEquals(1.0, ScoreTables.micro(r.counts().get(mode)).f1(), mode);
    }
    assertTrue(r.errors().isEmpty());
    assertEquals(new Bootstrap.Interval(1, 1), r.f1Intervals().get("strict.micro"));
  }

  @Test
  void emptyCorporaDoNotThrow() {
    EvalResult r = evaluate(List.of(), List.of());
    assertEquals(0, r.goldDocuments());
    assertTrue(ScoresJson.toJson(r).path("strict").path("micro").has("f1"));
  }

  @Test
  void aPhiOnlyGoldCorpusDoesNotScoreClinicalPredictions() {
    EvalDocument gold = new EvalDocument("cr1", TEXT, List.of(EvalEntity.of("NOM", 4, 10)));
    EvalResult r = evaluate(List.of(gold), List.of(PRED));
    assertEquals(Labels.PHI.size(), r.labels().size());
    assertEquals(null, r.counts().get("strict").get("Tumour"));
    assertEquals(new Counts(0, 1, 0), r.counts().get("strict").get("HOPITAL"));
  }

  @Test
  void anExplicitLabelListRestrictsScoring() {
    EvalResult r =
        new Evaluator(10, 1, java.util.Set.of("Biomarker"))
            .evaluate(new Corpus(List.of(GOLD), List.of()), new Corpus(List.of(PRED), List.of()));
    assertEquals(java.util.Set.of("Biomarker"), r.counts().get("strict").keySet());
  }

  @Test
  void duplicateDocumentIdsAreReported() {
    EvalResult r = evaluate(List.of(GOLD, GOLD), List.of(PRED, PRED));
    assertEquals(
        List.of(
            "prediction: duplicate document id, first kept: cr1",
            "gold: duplicate document id, scored twice: cr1"),
        r.problems());
  }

  @Test
  void randomEntitiesOnALongTextDoNotThrow() {
    java.util.Random random = new java.util.Random(3);
    String text = "Carcinome infiltrant, pT2N0. ".repeat(2000);
    List<EvalEntity> gold = new java.util.ArrayList<>();
    List<EvalEntity> pred = new java.util.ArrayList<>();
    String[] labels = {"NOM", "DATE", "Tumour", "Stage"};
    for (int i = 0; i < 300; i++) {
      int b = random.nextInt(text.length() + 20);
      int e = b + random.nextInt(40);
      (i % 2 == 0 ? gold : pred).add(EvalEntity.of(labels[random.nextInt(4)], b, e));
    }
    EvalResult r =
        evaluate(
            List.of(new EvalDocument("long", text, gold)),
            List.of(new EvalDocument("long", text, pred)));
    assertTrue(
        HtmlReport.render(r, new Corpus(List.of(new EvalDocument("long", text, gold)), List.of()))
                .length()
            > 0);
  }

  @Test
  void labelConfusionsCountEntitiesFoundUnderAnotherLabel() {
    EvalResult r = evaluate(List.of(GOLD), List.of(PRED));
    assertEquals(Map.of("DATE_NAISSANCE", Map.of("DATE", 1L)), r.confusions());
  }
}

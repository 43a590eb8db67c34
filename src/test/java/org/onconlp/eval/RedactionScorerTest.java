package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionScorerTest {
  private static final String ORIGINAL = "Mme Dupont Marie, tél. 06 12 34 56 78, vue ce jour.";

  @Test
  void characterRecallIgnoresLabels() {
    // gold: NOM "Dupont" (4-10), PRENOM "Marie" (11-16), TEL (23-37); predicted one NOM over
    // "Dupont Marie" and nothing for the phone.
    List<EvalEntity> gold =
        List.of(
            EvalEntity.of("NOM", 4, 10),
            EvalEntity.of("PRENOM", 11, 16),
            EvalEntity.of("TEL", 23, 37));
    List<EvalEntity> pred = List.of(EvalEntity.of("NOM", 4, 16));
    RedactionScorer.Result r = RedactionScorer.score(ORIGINAL, gold, pred, null, new ArrayList<>());
    assertEquals(11.0 / 25, r.charRecall(), 1e-12);
    assertEquals(2.0 / 7, r.tokenRecall(), 1e-12);
    assertEquals(0, r.documentsFullyRedacted());
    assertEquals(1, r.documentsWithPhi());
  }

  @Test
  void aDocumentIsFullyRedactedWhenEveryPhiCharacterIsCovered() {
    RedactionScorer.Result r =
        RedactionScorer.score(
            ORIGINAL,
            List.of(EvalEntity.of("NOM", 4, 10)),
            List.of(EvalEntity.of("PRENOM", 0, 16)),
            null,
            new ArrayList<>());
    assertEquals(1.0, r.fullyRedactedShare());
  }

  @Test
  void aDocumentWhoseNameTokensAreRedactedSeparatelyHasAllPhiTokensRedactedButNotEveryCharacter() {
    // gold: one NOM "Dupont Marie" (4-16); predicted "Dupont" and "Marie" apart, the space not.
    RedactionScorer.Result r =
        RedactionScorer.score(
            ORIGINAL,
            List.of(EvalEntity.of("NOM", 4, 16)),
            List.of(EvalEntity.of("NOM", 4, 10), EvalEntity.of("PRENOM", 11, 16)),
            null,
            new ArrayList<>());
    assertEquals(0, r.documentsFullyRedacted());
    assertEquals(1, r.documentsTokensRedacted());
    assertEquals(1.0, r.tokensRedactedShare());
  }

  @Test
  void aDocumentWithOnePhiTokenLeftHasNotAllPhiTokensRedacted() {
    RedactionScorer.Result r =
        RedactionScorer.score(
            ORIGINAL,
            List.of(EvalEntity.of("NOM", 4, 10), EvalEntity.of("PRENOM", 11, 16)),
            List.of(EvalEntity.of("NOM", 4, 10)),
            null,
            new ArrayList<>());
    assertEquals(0, r.documentsTokensRedacted());
  }

  @Test
  void goldPhiFoundInThePublishedTextIsALeakAndPhonesAreHighRisk() {
    List<EvalEntity> gold = List.of(EvalEntity.of("NOM", 4, 10), EvalEntity.of("TEL", 23, 37));
    String published = "Mme Lefebvre Marie, tél. 06 12 34 56 78, vue ce jour. Dupontel.";
    List<RedactionScorer.Leak> leaks = new ArrayList<>();
    RedactionScorer.Result r = RedactionScorer.score(ORIGINAL, gold, List.of(), published, leaks);
    assertEquals(Map.of("TEL", 1L), r.leaks());
    assertEquals(1, r.highRiskLeaks());
    assertEquals(25, leaks.get(0).publishedOffset());
  }

  @Test
  void documentsWithoutGoldPhiDoNotCount() {
    RedactionScorer.Result r =
        RedactionScorer.score(
            "Rien à signaler.",
            List.of(),
            List.of(EvalEntity.of("NOM", 0, 4)),
            "x",
            new ArrayList<>());
    assertEquals(0, r.documentsWithPhi());
    assertEquals(1.0, r.charRecall());
  }
}

package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void precisionRecallAndF1FollowTheHandComputedValues() {
    Counts c = new Counts(2, 1, 3);
    assertEquals(2.0 / 3, c.precision(), 1e-12);
    assertEquals(2.0 / 5, c.recall(), 1e-12);
    assertEquals(0.5, c.f1(), 1e-12);
    assertEquals(5, c.support());
  }

  @Test
  void nothingToFindAndNothingFoundScoresOne() {
    assertEquals(1.0, Counts.ZERO.f1());
  }

  @Test
  void predictionsOnEmptyGoldScoreZero() {
    Counts c = new Counts(0, 4, 0);
    assertEquals(0.0, c.precision());
    assertEquals(0.0, c.recall());
    assertEquals(0.0, c.f1());
  }

  @Test
  void macroAveragesLabelsWhileMicroSumsCounts() {
    Map<String, Counts> byLabel = Map.of("NOM", new Counts(9, 1, 0), "TEL", new Counts(0, 0, 1));
    assertEquals(new Counts(9, 1, 1), ScoreTables.micro(byLabel));
    assertEquals((0.9 + 0.0) / 2, ScoreTables.macro(byLabel).precision(), 1e-12);
    assertEquals((18.0 / 19 + 0.0) / 2, ScoreTables.macro(byLabel).f1(), 1e-12);
  }
}

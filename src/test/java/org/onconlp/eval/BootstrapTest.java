package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static List<Map<String, Counts>> documents() {
    List<Map<String, Counts>> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(Map.of("strict.NOM", i % 3 == 0 ? new Counts(1, 1, 1) : new Counts(3, 0, 0)));
    }
    return docs;
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    assertEquals(
        new Bootstrap(200, 11).f1Intervals(documents()),
        new Bootstrap(200, 11).f1Intervals(documents()));
  }

  @Test
  void theIntervalContainsThePointEstimate() {
    Bootstrap.Interval ci = new Bootstrap(500, 1).f1Intervals(documents()).get("strict.NOM");
    Counts total =
        documents().stream().map(m -> m.get("strict.NOM")).reduce(Counts.ZERO, Counts::plus);
    assertTrue(ci.low() <= total.f1() && total.f1() <= ci.high(), ci + " vs " + total.f1());
    assertTrue(ci.low() < ci.high());
  }

  @Test
  void perfectDocumentsGiveADegenerateInterval() {
    List<Map<String, Counts>> docs =
        List.of(Map.of("k", new Counts(2, 0, 0)), Map.of("k", new Counts(1, 0, 0)));
    assertEquals(new Bootstrap.Interval(1, 1), new Bootstrap(100, 3).f1Intervals(docs).get("k"));
  }

  @Test
  void noDocumentsGiveNoInterval() {
    assertEquals(Map.of(), new Bootstrap(100, 3).f1Intervals(List.of()));
  }

  @Test
  void disjointIntervalsAreDetected() {
    assertTrue(new Bootstrap.Interval(0.5, 0.6).disjoint(new Bootstrap.Interval(0.7, 0.9)));
    assertTrue(!new Bootstrap.Interval(0.5, 0.75).disjoint(new Bootstrap.Interval(0.7, 0.9)));
  }

  @Test
  void pairedResamplingDetectsAConsistentSmallImprovement() {
    List<Map<String, Counts>> a = new ArrayList<>();
    List<Map<String, Counts>> b = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Documents differ widely in difficulty; B has one false positive fewer everywhere.
      long fp = i % 2 == 0 ? 8 : 1;
      a.add(Map.of("strict.NOM", new Counts(5, fp, 2)));
      b.add(Map.of("strict.NOM", new Counts(5, fp - 1, 2)));
    }
    Bootstrap bootstrap = new Bootstrap(500, 9);
    assertTrue(bootstrap.pairedDeltaIntervals(a, b).get("strict.NOM").excludesZero());
    assertTrue(
        !bootstrap
            .f1Intervals(a)
            .get("strict.NOM")
            .disjoint(bootstrap.f1Intervals(b).get("strict.NOM")));
  }

  @Test
  void identicalRunsHaveAZeroDeltaInterval() {
    assertEquals(
        new Bootstrap.Interval(0, 0),
        new Bootstrap(100, 2).pairedDeltaIntervals(documents(), documents()).get("strict.NOM"));
  }

  @Test
  void resamplesWithoutTheLabelDoNotCountAsPerfect() {
    List<Map<String, Counts>> docs = new ArrayList<>();
    docs.add(Map.of("strict.AGE", new Counts(0, 1, 1)));
    for (int i = 0; i < 9; i++) {
      docs.add(Map.of());
    }
    assertEquals(
        new Bootstrap.Interval(0, 0), new Bootstrap(300, 4).f1Intervals(docs).get("strict.AGE"));
  }
}

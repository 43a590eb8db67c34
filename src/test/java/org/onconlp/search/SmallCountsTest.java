package org.onconlp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmallCountsTest {
  @Test
  void countsFromOneToNineAreHiddenByDefault() {
    SmallCounts counts = new SmallCounts(SmallCounts.DEFAULT_THRESHOLD);
    assertEquals("0 <10 <10 10 12345", String.join(" ", counts.show(0), counts.show(1), counts.show(9), counts.show(10), counts.show(12345)));
  }

  @Test
  void thresholdOfOneShowsEverything() {
    assertEquals("1", new SmallCounts(1).show(1));
  }

  @Test
  void thresholdBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SmallCounts(0));
  }
}

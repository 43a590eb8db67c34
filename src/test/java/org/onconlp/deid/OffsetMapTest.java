package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.OffsetMap.Replacement;

class OffsetMapTest {
  // "vu le 12/03/2021 au 01 99 00 12 34." -> "vu le [DATE] au [TEL]."
  private static final String ORIGINAL = "vu le 12/03/2021 au 01 99 00 12 34.";
  private static final String DEID = "vu le [DATE] au [TEL].";
  private final OffsetMap map =
      OffsetMap.of(List.of(new Replacement(20, 34, 5), new Replacement(6, 16, 6)));

  @Test
  void offsetsBeforeTheFirstReplacementAreUnchanged() {
    assertEquals(3, map.toOriginal(3));
    assertEquals(3, map.toDeid(3));
  }

  @Test
  void textBetweenReplacementsMapsBothWays() {
    int deidAu = DEID.indexOf(" au ");
    int originalAu = ORIGINAL.indexOf(" au ");
    assertEquals(originalAu, map.toOriginal(deidAu));
    assertEquals(deidAu, map.toDeid(originalAu));
    assertEquals(ORIGINAL.length(), map.toOriginal(DEID.length()));
    assertEquals(DEID.length(), map.toDeid(ORIGINAL.length()));
  }

  @Test
  void surrogateBoundariesMapToPhiBoundaries() {
    assertEquals(6, map.toOriginal(6));
    assertEquals(16, map.toOriginal(12));
    assertEquals(12, map.toDeid(16));
  }

  @Test
  void offsetsInsideAReplacementSnapToItsStart() {
    assertEquals(6, map.toOriginal(9));
    assertEquals(16, map.toDeid(27));
  }

  @Test
  void overlappingReplacementsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OffsetMap.of(List.of(new Replacement(0, 5, 3), new Replacement(4, 8, 3))));
  }
}

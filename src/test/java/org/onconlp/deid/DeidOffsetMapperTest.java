package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeidOffsetMapperTest {
  // original: "Mme Dupont vue le 12/03/2021 pour carcinome."
  // deid:     "Mme Lefebvre vue le 15/04/2021 pour carcinome."  (NOM 6 -> 8 chars)
  private static final String ORIGINAL = "Mme Dupont vue le 12/03/2021 pour carcinome.";
  private static final String DEID = "Mme Lefebvre vue le 15/04/2021 pour carcinome.";
  private final DeidOffsetMapper mapper =
      new DeidOffsetMapper(
          List.of(
              new DeidOffsetMapper.Phi(18, 28, "15/04/2021"),
              new DeidOffsetMapper.Phi(4, 10, "Lefebvre")));

  @Test
  void offsetsAfterALongerSurrogateShiftBack() {
    int b = DEID.indexOf("carcinome");
    String mapped =
        ORIGINAL.substring(
            mapper.toOriginalBegin(b), mapper.toOriginalEnd(b + "carcinome".length()));
    assertEquals("carcinome", mapped);
  }

  @Test
  void offsetsBeforeAnyPhiAreUnchanged() {
    assertEquals(0, mapper.toOriginalBegin(0));
    assertEquals(3, mapper.toOriginalEnd(3));
  }

  @Test
  void anOffsetInsideASurrogateMapsToTheOriginalPhiBoundaries() {
    assertEquals(4, mapper.toOriginalBegin(6));
    assertEquals(10, mapper.toOriginalEnd(6));
  }

  @Test
  void aSpanCoveringTheWholeSurrogateCoversTheWholeOriginal() {
    int b = DEID.indexOf("Lefebvre");
    assertEquals(
        "Dupont", ORIGINAL.substring(mapper.toOriginalBegin(b), mapper.toOriginalEnd(b + 8)));
  }

  @Test
  void anEndTouchingASurrogateStartStaysBeforeIt() {
    assertEquals(4, mapper.toOriginalEnd(4));
    assertEquals("Mme ", ORIGINAL.substring(mapper.toOriginalBegin(0), mapper.toOriginalEnd(4)));
  }

  @Test
  void anEmptySurrogateShiftsFollowingOffsets() {
    DeidOffsetMapper removed = new DeidOffsetMapper(List.of(new DeidOffsetMapper.Phi(4, 11, "")));
    // original "Mme Dupont vue", deid "Mme vue"
    assertEquals(11, removed.toOriginalBegin(4));
    assertEquals(14, removed.toOriginalEnd(7));
  }

  @Test
  void overlappingPhiEntriesDoNotBreakTheMapping() {
    DeidOffsetMapper m =
        new DeidOffsetMapper(
            List.of(new DeidOffsetMapper.Phi(4, 10, "X"), new DeidOffsetMapper.Phi(6, 12, "YY")));
    assertEquals(20, m.toOriginalBegin(15));
  }
}

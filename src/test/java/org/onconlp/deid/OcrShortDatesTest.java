package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Day-month dates without a year read by OCR with a letter for a digit, after a day cue. */
class OcrShortDatesTest {
  @Test
  void dashedDayMonthWithALetterAfterACueIsUndone() {
    assertEquals("revu le 22-03, puis du 14-01", OcrRepair.repaired("revu le 22-O3, puis du l4-O1"));
  }

  @Test
  void anSReadForAFiveInACuedDayMonthIsUndone() {
    assertEquals(
        "cure le 15/02 et RDV : 25/03", OcrRepair.repaired("cure le 1S/02 et RDV : 2S/O3"));
  }

  @Test
  void dashedPairsAndSWithoutADayCueStay() {
    String note = "Sous O2 2-3 l/min, HES-12, score 1S/20, bilan 22-O3, SpO2 9S %.";
    assertSame(note, OcrRepair.repaired(note));
  }

  @Test
  void anSThatMakesNoDayOrMonthStays() {
    String note = "revu le 4S/02 puis le 1S/2S.";
    assertSame(note, OcrRepair.repaired(note));
  }
}

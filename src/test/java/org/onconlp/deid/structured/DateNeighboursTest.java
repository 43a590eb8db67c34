package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short dates that a neighbouring date lends its shape to ({@link DateNeighbours}), and the
 * layouts of dates without separators or with an English month ({@link DateFinder}). Invented
 * sentences only.
 */
class DateNeighboursTest {
  @Test
  void shortDatesOfANumberedSeriesAreDates() {
    assertEquals(
        "DATE(12/03/2019) DATE(04/06/2019) DATE(18 / 09) DATE(02.10) DATE(14nov.)",
        found("Cures : C1 12/03/2019, C2 04/06/2019, puis reprise : C3 18 / 09, C4 02.10, C5 14nov."));
  }

  @Test
  void numberedSessionsShareTheShapeOfTheirFirstDate() {
    assertEquals(
        "DATE(11/03) DATE(02.04) DATE(9/5)",
        found("Rencontre 1 (11/03, au domicile)\nRencontre 2 (02.04, avec le père)\nRencontre 3 (9/5)"));
  }

  @Test
  void daysListedBeforeADateAreDates() {
    assertEquals(
        "DATE(12) DATE(14) DATE(16) DATE(18/03)",
        found("Prises de sang les 12, 14, 16 et 18/03 au laboratoire."));
  }

  @Test
  void dayBeforeARangeEndIsADate() {
    assertEquals("DATE(7) DATE(21/05/2021)", found("Chimiothérapie administrée du 7 au 21/05/2021 en HDJ."));
  }

  @Test
  void shortDateComparedWithADateIsADate() {
    assertEquals("DATE(04/02) DATE(19/01)", found("Poids non actualisé (04/02 vs 19/01)."));
  }

  @Test
  void monthAndTwoDigitYearOfADocumentYearAreDates() {
    assertEquals(
        "DATE(1987) DATE(03/87) DATE(08/87)",
        found("Lymphome en 1987.\n  03/87–08/87 CHOP x 6"));
  }

  @Test
  void quarterBeforeAYearIsPartOfTheDate() {
    assertEquals("DATE(T3 2023)", found("Audit de dossiers, campagne : T3 2023"));
  }

  @Test
  void spaceSeparatedDateInATableCellIsADate() {
    assertEquals("DATE(14 06 2022)", found("| bloc FFPE | 14 06 2022 | -"));
  }

  @Test
  void englishMonthWithAGluedYearIsADate() {
    assertEquals("DATE(Sept 03,2025)", found("Prélever le bilan le Sept 03,2025"));
  }

  @Test
  void dayAndMonthOpeningALineBeforeAnEmDashIsADate() {
    assertEquals("DATE(21/11)", found("Suivi.\n\n21/11 — retour à l'école"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Bilan du 12/03/2024, ganglions 3/12 envahis.",
        "Hb 12, 15/03/2024 contrôle.",
        "IRM du 10/01/2024, EVA 8/10 -> 3/10.",
        "Stade pT1 N0, tumeur de 12 mm.",
        "Tension 12/8 et pouls 80 en 2024, 3/4 des doses reçues.",
      })
  void countsScoresAndNumbersBesideDatesStayNumbers(String text) {
    String others = found(text).replaceAll("DATE\\((12/03/2024|15/03/2024|10/01/2024|2024)\\) ?", "");
    assertEquals("", others.strip());
  }

  @Test
  void phoneNumberIsNoSpaceSeparatedDate() {
    assertEquals("TEL(06 12 20 23 45)", found("Joindre le 06 12 20 23 45 ce jour."));
  }

  @Test
  void garbageAroundDatesDoesNotThrow() {
    assertDoesNotThrow(() -> found("S1 01/01/2020, S2 " + "1/".repeat(5000) + " les , et 3/"));
  }
}

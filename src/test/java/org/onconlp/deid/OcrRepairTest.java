package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OcrRepairTest {
  @Test
  void confusedDigitsAndLettersOfAScannedLetterAreUndone() {
    assertEquals(
        "46000 CAHORS\nTé1. : 05 36 49 40 12\nCahors, le 04/03/2025\nMme Blanc et sa fille Celine",
        OcrRepair.repaired(
            "46OOO CAH0RS\nTé1. : O5 36 49 4O 12\nCahors, le O4/O3/2O25\nMme B1anc et sa fille Ce1ine"));
  }

  @Test
  void repairKeepsEveryOffset() {
    String scanned = "Vu le 2O/O2/2O24 par le Dr Wi1son, 46OOO.";
    assertEquals(scanned.length(), OcrRepair.repaired(scanned).length());
  }

  @Test
  void clinicalCodesAreNoOcrDamage() {
    String report = "pT1a pN0 M0, T2N0M0, C3J1, BRCA1 et MLH1, Ki67 15 %, HER2 2+, sous O2 2 l/min.";
    assertSame(report, OcrRepair.repaired(report));
  }

  @Test
  void oneOddTokenIsLeftAlone() {
    String text = "Référence 2O25 du dossier, sans autre anomalie.";
    assertSame(text, OcrRepair.repaired(text));
  }

  @Test
  void emptyAndNullTextsAreReturnedAsTheyAre() {
    assertEquals("", OcrRepair.repaired(""));
    assertEquals(null, OcrRepair.repaired(null));
  }

  @Test
  void aConfusedDigitInsideADateIsUndoneEvenWithoutOtherDamage() {
    assertEquals(
        "CPRE le 04/12 puis RCP, fax du 03-02-25, bilan du 03/02.",
        OcrRepair.repaired("CPRE le O4/12 puis RCP, fax du O3-O2-25, bilan du O3/O2."));
  }

  @Test
  void aConfusedDayBeforeAMonthAndAYearAfterOneAreUndone() {
    assertEquals(
        "Basse-Terre, le 21 juin 2024 ; sous olaparib depuis juin 2023, CR de déc. 2024",
        OcrRepair.repaired(
            "Basse-Terre, le 2l juin 2024 ; sous olaparib depuis juin 2O23, CR de déc. 2O24"));
  }

  @Test
  void oxygenAndCodesNearDateShapesAreNoDate() {
    String note = "Sous O2 2-3 l/min, SpO2 92 %, O2/air, lO/IO, pT1/N0, l.5, 2l de sérum, O2-3.";
    assertSame(note, OcrRepair.repaired(note));
  }

  @Test
  void aMonthNameReadWithADigitBesideADateNumberIsUndone() {
    assertEquals(
        "traitée depuis juin 2024, revue le 3 avril.",
        OcrRepair.repaired("traitée depuis ju1n 2O24, revue le 3 avr1l."));
  }

  @Test
  void aWordWithADigitAwayFromAnyNumberStaysAsItIs() {
    String text = "Le patient ju1n est revu, mai1 envoyé.";
    assertSame(text, OcrRepair.repaired(text));
  }

  @Test
  void trueDatesDoNotCountAsRepairsOfTheWholeText() {
    String text = "Vue le 12/03/2024, le 14/04/2024 et le 16/05/2024 par Mme B1anc.";
    assertEquals(text, OcrRepair.repaired(text));
  }
}

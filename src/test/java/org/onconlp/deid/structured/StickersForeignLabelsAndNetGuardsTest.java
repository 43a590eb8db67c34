package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifiers of stickers, trials, administrative and foreign labels, boxed dates and phones, and
 * the look-alikes the safety net leaves alone, for {@link StructuredPhiFinder}. Invented values
 * only.
 */
class StickersForeignLabelsAndNetGuardsTest {
  @Test
  void numbersAfterTheBirthDateAndSexOfAStickerAreIppThenNda() {
    assertEquals(
        "DATE(03/08/1947) IPP(0052913) NDA(2401187)",
        found("Étiquette : MARTIN Claire 03/08/1947 F 0052913 2401187\n"));
  }

  @Test
  void plainNumberAfterADateWithoutSexLetterIsNoSticker() {
    assertEquals("DATE(03/08/2024)", found("Dosage du 03/08/2024 : 0052913 copies"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EIG concernant le patient 027-014 (site 027).     | ID(027-014)",
        "Etude X / site 027 / pt 027-014                   | ID(027-014)",
        "Code de pré-admission : ADM-4TR8-17               | ID(ADM-4TR8-17)",
        "(IDE de coordination, matricule BK-3307)          | ID(BK-3307)",
        "References : 007741                               | ID(007741)",
        "Vos réf. : ONCO 5521                              | ID(ONCO 5521)",
        "(bloc d'origine C24-11872 B2)                     | ID(C24-11872 B2)",
      })
  void labelledAdministrativeAndTrialNumbersAreIdentifiers(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void patientFollowedByAnAgeRangeIsNoTrialNumber() {
    assertEquals("", found("un patient 018-025 ans"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NHC : 2207314        CIP : GARO 0611207 007   | IPP(2207314) ID(GARO 0611207 007)",
        "Col·legiat nº 282 117 905                     | RPPS(282 117 905)",
      })
  void spanishAndCatalanRecordLabelsAreRead(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void drugCodeAfterCipStaysUnlabelled() {
    assertEquals("", found("CIP : 34009 boîte de 30"));
  }

  @Test
  void nirKeyAfterASlashIsSecu() {
    assertEquals(
        "SECU(1 52 07 35 238 114) SECU(61)", found("N° SS / clé ...... : 1 52 07 35 238 114 / 61\n"));
  }

  @Test
  void swissNumberInThreeThreeTwoTwoGroupsIsAPhone() {
    assertEquals("TEL(022 888 31 07)", found("ou au bureau 022 888 31 07 (ligne directe)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Examen du :  21 | 03 | 2024          # DATE(21 | 03 | 2024)",
        "Né le : |0 4 | 0 9 | 1 9 6 6|        # DATE_NAISSANCE(0 4 | 0 9 | 1 9 6 6)",
      })
  void dateInTheBoxesOfAFormIsADate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void countsInTableCellsAreNoBoxedDate() {
    assertEquals("", found("| 12 | 03 | 45 |"));
  }

  @Test
  void dayAndMonthBeforeACommaAndATimeIsADate() {
    assertEquals("DATE(16/4)", found("APPEL DU LENDEMAIN (16/4, 09:40) — IDE"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "+33 1 99 00 00 00      P.001/003",
        "ECG : QTcF 442/447/439 ms.",
        "Entrée bloc 03h15 - incision 03h50",
        "Cotation : intervention 3.2 (adaptation posologique).",
      })
  void pageCountersMeasureSeriesTimesAndSectionNumbersAreNoPhi(String text) {
    assertEquals(true, found(text).matches("(TEL\\([^)]*\\))?"), found(text));
  }
}

package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates of treatment schedules and letters, and ages written without their unit, for
 * {@link StructuredPhiFinder}: chains of days and months, Roman months without a year, a day
 * alone after a place or a time word, OCR dates, e-mail headers, classification editions and
 * ages of 90 or more. Invented sentences only.
 */
class ScheduleDatesAndShortAgesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Séances   14/02 -> 03/04 (sous réserve)           | DATE(14/02) DATE(03/04)",
        "Séances : 11/05, 13/05, 15/05/2024.               | DATE(11/05) DATE(13/05) DATE(15/05/2024)",
        "Suites simples.\\n17/02-18/02 USC, puis service.  | DATE(17/02) DATE(18/02)",
      })
  void chainOfDaysAndMonthsAfterACountWordIsASchedule(String text, String expected) {
    assertEquals(expected, found(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Douleur EVA 08/10 -> 03/10 après morphine.",
        "ganglions 03/12, 05/14 envahis.",
        "fractions : 10/25 -> 12/25 délivrées.",
      })
  void chainOfScoresOrCountsStaysNumbers(String text) {
    assertEquals("", found(text));
  }

  @Test
  void monthAndYearInBracketsOfAKineticsLineAreDates() {
    assertEquals(
        "DATE(10/23) DATE(01/24) DATE(04/24)",
        found("PSA : 0,04 (10/23) -> 0,12 (01/24) -> 0,31 ng/mL (04/24)"));
  }

  @Test
  void ratioInBracketsWithoutAnArrowStaysANumber() {
    assertEquals("", found("pN1a (05/18) sans rupture capsulaire."));
  }

  @Test
  void romanMonthWithoutYearAfterACueIsADate() {
    assertEquals(
        "DATE(3/IV) DATE(7/IV) DATE(30/III)",
        found("Mucite grade 2 du 3/IV au 7/IV résolue ; prise oubliée le 30/III."));
  }

  @Test
  void romanNumeralAfterAGradeStaysACode() {
    assertEquals("", found("Neuropathie grade 2/II selon la classification."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dr Jean Martin.\\nLannion, le 17 — CR/jm           | DATE(17)",
        "Il faut une réponse avant le 28 sinon refus.       | DATE(28)",
        "- Semaine du 11 : retour au domicile.              | DATE(11)",
        "puis discussion en RCP digestive du 23 pour avis.  | DATE(23)",
      })
  void dayAloneAfterAPlaceOrATimeWordIsADate(String text, String expected) {
    assertEquals(expected, found(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Réévaluation après le 3e cycle.",
        "Reprise dès le 2 cycles terminés.",
        "Ensuite, le 5-FU est arrêté.",
      })
  void countAfterATimeWordStaysANumber(String text) {
    assertEquals("", found(text));
  }

  @Test
  void ocrDateWithAnSForAFiveAndATwoDigitYearIsADate() {
    assertEquals("DATE(1S/O4/23)", found("Opéré le 1S/O4/23 au CHU."));
  }

  @Test
  void oneDigitDottedDayAndMonthAfterLeAndACueIsADate() {
    assertEquals("DATE(4.6) DATE(5.6)", found("dicté le 4.6 - tapé le 5.6 (AB/cd)"));
  }

  @Test
  void englishWeekdayWithoutCommaOpensAnEmailDate() {
    assertEquals("DATE(Tue 15 Oct 2024)", found("Sent: Tue 15 Oct 2024 09:12"));
  }

  @Test
  void compactBirthDateAfterItsLabelIsABirthDate() {
    assertEquals("DATE_NAISSANCE(03041938)", found("Identité : X  DDN:03041938  poids 60 kg"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Interprétation (Bethesda 2014) : LSIL.",
        "CYTOLOGIE URINAIRE (système de Paris 2022)",
        "critères HBOC 2022 remplis.",
      })
  void editionOfAClassificationIsNoDate(String text) {
    assertEquals("", found(text));
  }

  @Test
  void ageInBracketsAfterABirthDateIsAnAge() {
    assertEquals(
        "DATE_NAISSANCE(3 juin 1931) AGE(92)",
        found("Date de naissance (âge) : 3 juin 1931 (92)   Lieu : Brest"));
  }

  @Test
  void ageWithAGluedAbbreviationAfterANameIsAnAge() {
    assertEquals("AGE(95)", found("Patiente : Mme X ép. Y, 95a, en EHPAD."));
  }

  @Test
  void countInBracketsAfterAnOldYearIsNoAge() {
    assertEquals("DATE(1950)", found("Cohorte de 1950 (96) patients."));
  }
}

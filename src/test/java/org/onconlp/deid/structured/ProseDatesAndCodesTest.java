package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and codes of hurried clinical prose for {@link StructuredPhiFinder}: bare days and months
 * after evaluation and "last" words, log lines, ranges of days, English e-mail headers, a split
 * day, specimen numbers and donor codes. Invented sentences only.
 */
class ProseDatesAndCodesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scanner d'évaluation 14/09 : réponse partielle.         | DATE(14/09)",
        "dernière IRM d'éval 02/11 : stable.                     | DATE(02/11)",
        "(6 cycles, dernier 17/01), puis surveillance            | DATE(17/01)",
        "3e ligne paclitaxel, dernière cure 22/05.               | DATE(22/05)",
        "Consultation du 4 juin / suite 8/6                      | DATE(4 juin) DATE(8/6)",
      })
  void bareDayAndMonthAfterEvaluationLastOrFollowUpWordsIsADate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "dernière cure 6/6, bonne tolérance.",
        "Acuité visuelle 10/10 aux deux yeux.",
        "ECOG 0/1, dernière cycles 3/4 des doses.",
        "tout de suite 2/3 des patients répondent.",
      })
  void countsScoresAndFractionsAfterTheseWordsStayNumbers(String text) {
    assertEquals("", found(text));
  }

  @Test
  void dayAndMonthOpeningALogLineBeforeAColonIsADate() {
    assertEquals(
        "DATE(18/04)", found("Poursuite du traitement.\n\n18/04 : bonne tolérance, Hb 9,2."));
  }

  @Test
  void scoreBeforeAColonInsideALineIsNoDate() {
    assertEquals("", found("Douleur EVA 10/10 : morphine."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "transmissions de nuit du 21 au 22/10 - unité 2  | DATE(21) DATE(22/10)",
        "en congés entre le 5 et le 19 août.             | DATE(5) DATE(19 août)",
      })
  void firstDayOfARangeEndedByADatedDayIsADate(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void septemberAbbreviationClosingABracketAfterEnIsADate() {
    assertEquals("DATE(sept)", found("créat 142 (90 en sept) ; albumine 30."));
  }

  @Test
  void sevenAfterEnIsNoMonth() {
    assertEquals("", found("Dose répartie en sept fractions."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sent: Tuesday, March 12, 2024 9:14 AM            | DATE(Tuesday, March 12, 2024)",
        "Envoyé : Friday, 8 November 2024                  | DATE(Friday, 8 November 2024)",
        "Date: Mon, 3 Jun 2024 10:02:11 +0200              | DATE(Mon, 3 Jun 2024)",
        "On October 21st, 2024 the board met.             | DATE(October 21st, 2024)",
      })
  void englishMailHeaderDatesAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void twoDigitDaySplitByAStraySpaceAfterLeIsADate() {
    assertEquals(
        "DATE(1 2/12)", found("Dossier représenté en RCP le 1 2/12 en vue d'une chirurgie."));
  }

  @Test
  void numbersSplitBySpacesWithoutACueAreNoDate() {
    assertEquals("", found("Tumeur de 1 2/10 de la surface, grade 3 4/12."));
  }

  @Test
  void specimenNumberAfterPrelevementKeepsItsBlockSuffix() {
    assertEquals(
        "ID(25H01877 C3)", found("Demande – prélèvement 25H01877 C3 (gastrectomie totale)"));
  }

  @Test
  void registryCodeAfterABareCodeWordIsAnIdentifier() {
    assertEquals(
        "ID(FR-GRF-40912)", found("greffe de cellules souches (donneur, code FR-GRF-40912)."));
  }

  @Test
  void classificationCodesAfterCodeAreNoIdentifiers() {
    assertEquals("", found("code CIM-10 C50.9, code CCAM HHFA-016, code ICD-O 8500/3."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N° dossier HAD : HAD-31-00457                  | IPP(HAD-31-00457)",
        "N° dossier clinique : 71-003318                | IPP(71-003318)",
        "N° dossier CHX : 976-0451173                   | IPP(976-0451173)",
        "Dossier local : 3100452871                     | IPP(3100452871)",
        "Dossier n° 0738812                             | IPP(0738812)",
        "Dossier P-448120                               | IPP(P-448120)",
        "Dossier 12-2021-00377                          | IPP(12-2021-00377)",
        "N° dossier RCP : RCPS-22-0457                  | ID(RCPS-22-0457)",
        "Dossier n° 240611-0093                         | ID(240611-0093)",
        "discuté en RCP (dossier NAQ-POUM-2024-0071).   | ID(NAQ-POUM-2024-0071)",
      })
  void patientFileNumbersAreIppAndRecordReferencesId(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ddn 4/5/61, ipp 30011877  sej 25019934 | DATE_NAISSANCE(4/5/61) IPP(30011877) NDA(25019934)",
        "IPP 0044712 - séj. 25K0033171                 | IPP(0044712) NDA(25K0033171)",
      })
  void abbreviatedStayLabelGivesTheStayNumber(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INAMI 1-44321-09-812                           | RPPS(1-44321-09-812)",
        "Code médecin : 7-55102-33                      | RPPS(7-55102-33)",
        "Identifiant (AM) : 331877120                   | RPPS(331877120)",
      })
  void practitionerNumbersOfOtherSchemesAreRpps(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DATE NAISS.: 11/03/1958      SEXE : F          | DATE_NAISSANCE(11/03/1958)",
        "Date naiss. : 2 mai 1949                       | DATE_NAISSANCE(2 mai 1949)",
        "date naissance : 30.01.1970                    | DATE_NAISSANCE(30.01.1970)",
        "Naissance  : 21/12/1936 (87 ans)               | DATE_NAISSANCE(21/12/1936)",
      })
  void shortBirthLabelsGiveBirthDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void recistVersionAfterEvaluationIsNoDate() {
    assertEquals("", found("Evaluation RECIST 1.1 : réponse partielle."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Prochaine cure : 14/05                         | DATE(14/05)",
        "elle débute le 18\" selon sa fille             | DATE(18)",
      })
  void nextCureAndADayBeforeAClosingQuoteAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void numberedPointAfterLeIsNoDay() {
    assertEquals("", found("Selon le 2 : 14 patients inclus."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N° EXAMEN  : 24 P 0 3 3 1 7 2            Page 1/2  | ID(24 P 0 3 3 1 7 2)",
        "N° d'examen : C 25 . 0 4 4 1 9 0                   | ID(C 25 . 0 4 4 1 9 0)",
        "IPP : 8 0 0 2 1 7 7 4 5                            | IPP(8 0 0 2 1 7 7 4 5)",
      })
  void letterSpacedIdentifiersAfterTheirLabelAreWhole(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void mobileAfterAWeakLabelWordStaysAPhone() {
    assertEquals("TEL(0677889911)", found("sa fille appelée à sa demande : 0677889911"));
  }
}

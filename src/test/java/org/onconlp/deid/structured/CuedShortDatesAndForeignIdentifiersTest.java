package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short dates after appointment and follow-up cues, dates of foreign letters and exports, and
 * foreign or trial identifiers. Every identity here is invented.
 */
class CuedShortDatesAndForeignIdentifiersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Nouvelle date proposée : 06.03.                  | DATE(06.03)",
        "Date prévue : 14/05, à confirmer                 | DATE(14/05)",
        "Séance reportée 22/11 (neutropénie)              | DATE(22/11)",
        "+ ajout 13/03 : bilan hépatique                  | DATE(13/03)",
        "Test de grossesse négatif (16/07).               | DATE(16/07)",
        "CRP 45 mg/l (03/02), en baisse                   | DATE(03/02)",
        "pas de consultation avant la cure du 21 sauf fièvre | DATE(21)",
        "à revoir après la séance du 9 si possible        | DATE(9)",
        "Prochaine consultation : septembre.              | DATE(septembre)",
        "RDV : janvier, avec scanner                      | DATE(janvier)",
        "Date de prélèvement 07JAN25                      | DATE(07JAN25)",
        "reçu le 23MAR24 au laboratoire                   | DATE(23MAR24)",
        "last surgery 2nd March 2023                      | DATE(2nd March 2023)",
        "seen on 21st October 2024 in clinic              | DATE(21st October 2024)",
        "Fecha : 9 de septiembre de 2023                  | DATE(9 de septiembre de 2023)",
        "operada el 14 de marzo de 2022                   | DATE(14 de marzo de 2022)",
        "à présenter en RCP du 1 9 / 0 3.                 | DATE(1 9 / 0 3)",
        "scanner prévu le 2 7/1 1 au matin                | DATE(2 7/1 1)",
      })
  void cuedAndForeignDatesAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ganglions envahis (10/12)",
        "pN1a (2/14)",
        "la cure du 5-FU est terminée",
        "dose de la cure du 3 mg/kg",
        "le patient 12-15 ans",
        "le 1 9 / 1 5 éléments",
        "du 3 5 / 0 3 patients",
      })
  void ratiosCountsAndDrugsStayUntouched(String text) {
    assertEquals("", found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Objet : SAE report - pt 0417-008                 | ID(0417-008)",
        "the SAE form for subject 2203-014 is due          | ID(2203-014)",
        "Le patient 0981-112 a été inclus.                | ID(0981-112)",
        "NHS No 943 476 5919                              | ID(943 476 5919)",
        "NHS number: 912 345 6781                         | ID(912 345 6781)",
      })
  void trialAndForeignIdentifiersAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }
}

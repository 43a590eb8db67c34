package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onconlp.deid.OcrRepair;
import org.onconlp.deid.PhiSpan;

/**
 * Days and months opening log and schedule lines, OCR-damaged dates and phones, Roman-numeral
 * months and a few identifier layouts for {@link StructuredPhiFinder} (with {@link OcrRepair}
 * where the text is damaged). Invented sentences only.
 */
class LogDatesAndOcrCodesTest {
  private static String repairedFound(String text) {
    String repaired = OcrRepair.repaired(text);
    StringBuilder b = new StringBuilder();
    for (PhiSpan s : new StructuredPhiFinder().find(repaired)) {
      b.append(b.isEmpty() ? "" : " ").append(s.category()).append('(');
      b.append(text, s.begin(), s.end()).append(')');
    }
    return b.toString();
  }

  @Test
  void chronologicalRunOfLinesOpenedByDayAndMonthIsDated() {
    assertEquals(
        "DATE(05/02) DATE(21/02) DATE(13.03)",
        found("Suivi :\n05/02  pose de PAC\n  21/02   C1 docétaxel\n13.03  TDM d'évaluation\n"));
  }

  @Test
  void weekdayOpenedLinesJoinTheRun() {
    assertEquals(
        "DATE(mar 04/06) DATE(11/06)",
        found("Planning :\n  mar 04/06   carboplatine S1\n  11/06       carboplatine S2\n"));
  }

  @Test
  void scoresOpeningLinesThatGoBackInTimeStayNumbers() {
    assertEquals("", found("EN :\n9/10  avant\n7/10  sous morphine\n4/10  ce jour\n"));
  }

  @Test
  void loneLineStartDayAndMonthIsDatedOnlyBeforeATime() {
    assertEquals("DATE(7/5)", found("7/5 16:40 < patient : fièvre 38,5"));
    assertEquals("", found("3/4  des séances réalisées"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rendez-vous fixé : 4/9 à 10h (Dr X)        | DATE(4/9)",
        "appel prévu jeu. 12 à 15h.                 | DATE(jeu. 12)",
        "opéré le 12.XI.2023 à Quimper              | DATE(12.XI.2023)",
        "la douleur a commencé en mars dernier.     | DATE(mars dernier)",
        "il a dit le 8 ou le 9.                     | DATE(8) DATE(9)",
      })
  void shortAndWrittenDateFormsAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "née le : 1 3/O8/1 96 7                       | DATE_NAISSANCE(1 3/O8/1 96 7)",
        "scanner ll/O4, puis RCP.                     | DATE(ll/O4)",
        "joignable au 04 71 2O 33 58 le matin         | TEL(04 71 2O 33 58)",
      })
  void ocrLettersInDatesAndPhonesAreRead(String text, String expected) {
    assertEquals(expected, repairedFound(text));
  }

  @Test
  void oxygenFlowWithALetterIsNoDate() {
    assertEquals("", repairedFound("sous O2.5 l/min depuis hier"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IPP / Venue : 412 887 105 - V25 004 219   | IPP(412 887 105) NDA(V25 004 219)",
        "Ordre : AM 31 1 54321 8                   | RPPS(31 1 54321 8)",
        "bijoux remis (cf. reçu QX-4410)           | ID(QX-4410)",
        "Registre - feuillet 2024-0312             | ID(2024-0312)",
        "grand-mère Odile †96 (sein)               | AGE(96)",
      })
  void identifierLayoutsAreFound(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void youngAgeAfterADaggerStays() {
    assertEquals("", found("oncle Paul †58 (côlon)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Brest, le douze mars deux mille vingt-quatre   | DATE(douze mars deux mille vingt-quatre)",
        "signé le trente et un janvier 2025 à Lorient   | DATE(trente et un janvier 2025)",
      })
  void datesWrittenInWordsAreDates(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void numberWordBeforeANounIsNoDate() {
    assertEquals("DATE(juin)", found("elle a reçu six cures en juin"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N° site / patient / bras : 0208 / 044 / B-1187   | ID(0208) ID(044) ID(B-1187)",
        "police / adhésion : MX-2024-118 / KV 55120981    | ID(MX-2024-118) ID(KV 55120981)",
      })
  void valuesUnderSlashJoinedIdentifierLabelsAreIdentifiers(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void slashJoinedMeasuresStayNumbers() {
    assertEquals("", found("Poids / taille : 64 / 158"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2) FONTAINE Léa – F – 14/06/1958 – suivi   | DATE_NAISSANCE(14/06/1958)",
        "Etiquette : BRUNEL Marc   H   1962-09-30    | DATE_NAISSANCE(1962-09-30)",
        "Bilan de M - 14/06/2024                     | DATE(14/06/2024)",
        "pT1 N0 M0 - 14/06/2024                      | DATE(14/06/2024)",
      })
  void fullDateAfterTheSexLetterOfAnIdentityLineIsTheBirthDate(String text, String expected) {
    assertEquals(expected, found(text));
  }
}

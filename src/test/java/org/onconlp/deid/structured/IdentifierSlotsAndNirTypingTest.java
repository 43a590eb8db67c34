package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The category of an identifier by its label's slot and name (patient, stay, practitioner) and
 * by its own NIR checks, for {@link StructuredPhiFinder}. Invented values only.
 */
class IdentifierSlotsAndNirTypingTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "N° patient / séjour / examen : 0052913 / 240118731 / XR24-551 ; IPP(0052913) NDA(240118731)",
        "N° de patient / n° de séjour : 7710342 / 2400551                ; IPP(7710342) NDA(2400551)",
        "| Identifiants  | 31B0027719 - 24C0551823 |                   ; IPP(31B0027719) NDA(24C0551823)",
      })
  void combinedLabelGivesEachSlotItsCategory(String text, String expected) {
    assertEquals(expected, found(text).replace(" ID(XR24-551)", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Réf. séjour : 2411-55102                  | NDA(2411-55102)",
        "Séjour en cours : S24-09-11873            | NDA(S24-09-11873)",
        "N° adm.      61Q-0023318                  | NDA(61Q-0023318)",
        "N° patient ARIA .. : RT0077102            | IPP(RT0077102)",
        "Re: Mrs Jane DOE   Hosp No QE0412279      | IPP(QE0412279)",
        "Patienten-ID : P-00127744                 | IPP(P-00127744)",
        "Dr MOREAU (code intervenant 10100233457)  | RPPS(10100233457)",
      })
  void namedLabelsTypeTheirValues(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "venue        : 12/03/2024 (HDJ bilan)     | DATE(12/03/2024)",
        "Prochaine venue 26/03 (résultats).        | DATE(26/03)",
        "Venue : 24001877                          | NDA(24001877)",
      })
  void visitDateIsNoStayNumber(String text, String expected) {
    assertEquals(expected, found(text));
  }

  @Test
  void numberWithValidNirKeyIsSecuWhateverItsLabel() {
    assertEquals("SECU(185057511204241)", found("Assuré :\nn° 185057511204241\n"));
  }

  @Test
  void fifteenDigitsWithWrongKeyStayAnIdentifier() {
    assertEquals("ID(185057511204299)", found("Assuré :\nn° 185057511204299\n"));
  }

  @Test
  void identifiersCellWithNamedValuesKeepsTheirOwnLabels() {
    assertEquals("IPP(31004417)", found("Identifiants : IPP 31004417\n"));
  }
}

package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;

/**
 * Ages abbreviated "a" after a space or a sex mark, damaged and placeholder dates, day-month
 * dates of numbered items and English notes, and lists of identifiers after one label.
 */
class SpacedAgesDamagedDatesAndIdListsTest {
  @Test
  void ageWithASpacedAbbreviationInBracketsIsAnAge() {
    assertEquals("AGE(92)", found("Vit avec sa tante (92 a.) à domicile."));
  }

  @Test
  void ageWithASpacedAbbreviationAfterANameIsAnAge() {
    assertEquals("AGE(96)", found("Objet : LEBRUN Odile, 96 a, suivi gériatrique"));
  }

  @Test
  void ageGluedToItsAbbreviationAfterASexMarkIsAnAge() {
    assertEquals("AGE(91)", found("Patiente : MARCHAL SIMONE  F  91a  UF 3105"));
  }

  @Test
  void verbAfterANumberIsNoAgeAbbreviation() {
    assertEquals("", found("Le groupe, 95 a été revu en staff."));
  }

  @Test
  void spacedAbbreviatedAgeUnderNinetyIsNoPhi() {
    assertEquals("", found("Vit avec sa tante (85 a.) à domicile."));
  }

  @Test
  void romanMonthDateWithATwoDigitYearIsADate() {
    assertEquals("DATE(03.XI.25)", found("Péremption : 03.XI.25"));
  }

  @Test
  void birthDateWithUnknownDayAndMonthIsABirthDate() {
    assertEquals("DATE_NAISSANCE(00/00/1948)", found("DDN : 00/00/1948"));
  }

  @Test
  void birthDateWithUnknownDayIsABirthDate() {
    assertEquals("DATE_NAISSANCE(00/07/1952)", found("Né(e) le : 00/07/1952"));
  }

  @Test
  void ocrDateOpeningOnALetterWithSpacedDashesIsADate() {
    assertEquals("DATE(O4 - l1 - 2O23)", found("Imprimé le O4 - l1 - 2O23"));
  }

  @Test
  void spacedDashesWithATwoDigitLastGroupAreNoDate() {
    assertEquals("", found("Tailles : 10 - 12 - 14"));
  }

  @Test
  void letterSpacedBirthDateWithADoubleSpaceIsOneBirthDate() {
    assertEquals("DATE_NAISSANCE(1  7 / 0 9 / 1 9 6 1)", found("Date de naissance .... 1  7 / 0 9 / 1 9 6 1"));
  }

  @Test
  void dayMonthAfterANumberedItemAndADashIsADate() {
    assertEquals("DATE(21/03)", found("  Visite 2 — 21/03 : tolérance correcte"));
  }

  @Test
  void dayMonthAfterAnEnglishCueIsADate() {
    assertEquals("DATE(08/04)", found("Query answer: event onset confirmed 08/04 by the site."));
  }

  @Test
  void secondDayAloneBeforeACommaIsADate() {
    assertEquals("DATE(3) DATE(4)", found("Vomissements le 3 et le 4, puis amélioration."));
  }

  @Test
  void selectionNumberIsAnId() {
    assertEquals("ID(SEL-0382)", found("Son numéro de sélection est SEL-0382 ;"));
  }

  @Test
  void stayNumberInTwoGroupsIsAStayNumber() {
    assertEquals("IPP(8800 412 377) NDA(2503 1187)", found("IPP 8800 412 377 | Séj. 2503 1187"));
  }

  @Test
  void stayNumbersListedAfterTheirPluralLabelAreStayNumbers() {
    assertEquals("NDA(25-0112) NDA(25-0398)", found("(séjours 25-0112, 25-0398)"));
  }

  @Test
  void patientNumberAfterAFacilityNameIsAnIpp() {
    assertEquals("IPP(3309127)", found("relu ensuite (IPP Oscar-Lambret 3309127) sans changement"));
  }

  @Test
  void trialSubjectNumbersListedAfterPatientsAreIds() {
    assertEquals("ID(07-002) ID(07-005) ID(07-012)", found("Patients monitorés (SDV) : 07-002, 07-005 et 07-012."));
  }

  @Test
  void trialSubjectNumberRecursAfterPatient() {
    assertEquals("ID(14-003) ID(14-003)", found("Patient 14-003 : consentement re-signé. Le patient 14-003 va bien."));
  }

  @Test
  void ageRangeAfterPatientsIsNoId() {
    assertEquals("", found("Les patients 60-100 ans sont éligibles."));
  }

  @Test
  void listedValueOfAnotherShapeIsNoSibling() {
    assertEquals("IPP(4410273)", found("IPP 4410273, 12,5 mg et 3 cycles"));
  }
}

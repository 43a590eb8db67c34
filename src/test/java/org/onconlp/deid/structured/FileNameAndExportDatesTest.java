package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;

/** Dates inside the names of attached files, and the day-month-year forms of exports. */
class FileNameAndExportDatesTest {
  @Test
  void compactYearFirstDateInAFileNameIsADate() {
    assertEquals("DATE(20231105)", found("Photo IMG_20231105_cuisse.jpg envoyée."));
  }

  @Test
  void sixDigitDateBeforeTheExtensionIsADate() {
    assertEquals(
        "ID(MARTINEAU) DATE(170324)", found("Fichier CR_echo_MARTINEAU_170324.pdf reçu."));
  }

  @Test
  void capitalisedPartsBesideAFileNameDateStayCovered() {
    assertEquals(
        "ID(DUBREUIL) ID(P) ID(Lise) DATE(20230412)",
        found("Joint : DUBREUIL_P_CRO_Lise_20230412.pdf"));
  }

  @Test
  void departmentBesideAFileNameDateIsNoIdentifier() {
    assertEquals("DATE(20240110)", found("RCP_ONCOLOGIE_20240110.csv (extraction)"));
  }

  @Test
  void dayMonthPartOfAFileNameIsADate() {
    assertEquals("DATE(21-09)", found("Pièce jointe : nfs_21-09.pdf"));
  }

  @Test
  void isoDateInAFileNameIsADate() {
    assertEquals("DATE(2023-11-05)", found("Joint : irm_2023-11-05.docx"));
  }

  @Test
  void compactDateGluedToADocumentKindIsADate() {
    assertEquals("DATE(05112023)", found("voir TEP05112023.pdf"));
  }

  @Test
  void versionsAndSmallPairsInFileNamesAreNoDate() {
    assertEquals("", found("Fichiers protocole_v1.2.pdf et notice_2-3.pdf, page 2/3."));
  }

  @Test
  void numberThatIsNoDateInAFileNameStaysAnIdentifier() {
    assertEquals("ID(lot_987654.pdf)", found("Voir lot_987654.pdf."));
  }

  @Test
  void dashedEnglishDateIsADate() {
    assertEquals("DATE(9-Nov-2021)", found("Consultation du 9-Nov-2021 à Genève."));
  }

  @Test
  void upperCaseExportDateWithATwoDigitYearIsADate() {
    assertEquals("DATE(11-OCT-23)", found("Prélevé 11-OCT-23 au bloc."));
  }

  @Test
  void dayAndUpperCaseMonthAloneIsADate() {
    assertEquals("DATE(04-DEC)", found("Scanner du 04-DEC sans anomalie."));
  }

  @Test
  void dayGluedToMonthAndYearIsADate() {
    assertEquals("DATE(08NOV2022)", found("Reçu le 08NOV2022 au laboratoire."));
  }

  @Test
  void unknownDayOfAnExportIsPartOfTheDate() {
    assertEquals("DATE(UNK-JUN-1947)", found("Date entrée : UNK-JUN-1947 (export)"));
  }

  @Test
  void unknownDayAndMonthBeforeAYearAreADate() {
    assertEquals("DATE(XX/XX/1962)", found("Début des symptômes XX/XX/1962 selon la fiche."));
  }

  @Test
  void lowerCaseMonthAfterADashIsNoExportDate() {
    assertEquals("", found("Dose 10-mar et 4-Oct-A, classe 2-MA."));
  }
}

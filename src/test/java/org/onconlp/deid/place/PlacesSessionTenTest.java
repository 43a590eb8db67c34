package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/**
 * Places of session 10: towns after a residence verb with a complement, localities named "X de
 * Y", letter-spaced letterheads in a second column, hospital groups' acronyms, postal codes of
 * HL7 addresses, sites after an admissions office and foreign towns with lower-case connectors.
 */
class PlacesSessionTenTest {
  @Test
  void townAfterLivesAloneAtIsATown() {
    assertEquals("VILLE:Ventabren", found("Elle vit seule à Ventabren, sans aide à domicile."));
  }

  @Test
  void foreignTownAfterLodgesWithHerSisterIsATown() {
    assertEquals("VILLE:Kehlheim", found("Pendant la greffe, elle loge chez sa sœur Anke à Kehlheim."));
  }

  @Test
  void townAfterLivesWithHisSonIsATown() {
    assertEquals("VILLE:Oberhoffen", found("Il habite avec son fils à Oberhoffen depuis mars."));
  }

  @Test
  void localityNamedAfterAPlaceKeepsItsDe() {
    assertEquals("VILLE:Bras de Carambole", found("Autonome, vit seule à Bras de Carambole, marche sans aide."));
  }

  @Test
  void unknownWordAfterAWithoutResidenceCueIsNoTown() {
    assertEquals("", found("Elle en a parlé à Kehlheim hier."));
  }

  @Test
  void residenceVerbFarBeforeAIsNoCue() {
    assertEquals("", found("Il vit avec des douleurs qui ont cédé à Lanturelle."));
  }

  @Test
  void commonWordAfterResidenceComplementIsNoTown() {
    assertEquals("", found("Elle vit seule à Domicile depuis le décès de son mari."));
  }

  @Test
  void letterSpacedFacilityInSecondColumnIsAHospital() {
    assertEquals(
        "HOPITAL:C H U   d e   N a n c y | HOPITAL:Institut Verlaine",
        found("R C P   T H O R A X          C H U   d e   N a n c y  -  Institut Verlaine\nDate : 3 mai"));
  }

  @Test
  void letterSpacedHeadingInSecondColumnIsNoHospital() {
    assertEquals("", found("C O M P T E   R E N D U          R A D I O T H É R A P I E\nDate : 3 mai"));
  }

  @Test
  void hospitalGroupAcronymOfSixLettersIsAHospital() {
    assertEquals("HOPITAL:GHPSOA", found("Avis demandé au GHPSOA pour la suite."));
  }

  @Test
  void hl7PostalCodeAfterTheTownComponentIsAZip() {
    assertEquals(
        "ADRESSE:7 rue des Tanneurs | VILLE:NANTES | ZIP:44000",
        found("Adresse (HL7) : 7 rue des Tanneurs^^NANTES^^44000||"));
  }

  @Test
  void siteAfterAdmissionsOfficeIsAHospital() {
    assertEquals("HOPITAL:La Fontonne", found("Bureau des admissions - La Fontonne\nTél. 01 02"));
  }

  @Test
  void siteAfterLowerCaseEntriesOfficeIsAHospital() {
    assertEquals("HOPITAL:Croix Rousse", found("Dossier fusionné (bureau des entrées Croix Rousse) hier."));
  }

  @Test
  void telephoneAfterAdmissionsOfficeIsNoHospital() {
    assertEquals("", found("Bureau des entrées - Tél. poste 4412"));
  }

  @Test
  void floorAfterAdmissionsOfficeIsNoHospital() {
    assertEquals("", found("Bureau des entrées - RDC hall B"));
  }

  @Test
  void germanTownWithConnectorIsOneTown() {
    assertEquals("ZIP:D-60311 | VILLE:Frankfurt am Main", found("Klinikum, D-60311 Frankfurt am Main"));
  }
}

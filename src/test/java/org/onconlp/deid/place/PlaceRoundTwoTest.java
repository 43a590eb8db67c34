package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.OcrRepair;

/**
 * Place forms of the second places round: structures named after a département number,
 * communes joined by a slash, OCR zeros, units before their town, postal codes split or
 * followed by an unknown town, towns cut after their connector, age fields and parcel numbers.
 */
class PlaceRoundTwoTest {
  @Test
  void homeCareHeadWithDepartmentNumberAndAreaAdjectiveIsOneFacility() {
    assertEquals("HOPITAL:HAD 58 Nivernais", found("Relais de nuit : équipe HAD 58 Nivernais (astreinte)."));
  }

  @Test
  void homeCareHeadWithNumberThenCommonWordKeepsOnlyTheNumber() {
    assertEquals("HOPITAL:HAD 58", found("Relais de nuit : équipe HAD 58 - Hospitalisation à domicile."));
  }

  @Test
  void letterheadBrandClosedByDepartmentNumberBeforeItsSpecialtyIsAFacility() {
    assertEquals("HOPITAL:ANAPATHO 33", found("ANAPATHO 33 - Anatomie et Cytologie Pathologiques\nCompte rendu"));
  }

  @Test
  void upperCaseWordAndNumberWithoutSpecialtyIsNoFacility() {
    assertEquals("", found("GRADE 23 - score global\nCompte rendu"));
  }

  @Test
  void secondCommuneAfterASlashBelongsToTheFacility() {
    assertEquals("HOPITAL:CENTRE HOSPITALIER DE BAIE-MAHAULT/LAMENTIN",
        found("CENTRE HOSPITALIER DE BAIE-MAHAULT/LAMENTIN\nService de pédiatrie"));
  }

  @Test
  void zeroForACapitalOInAScannedFacilityNameIsRepaired() {
    String scanned = "CHR 0rléans La Source\nNom : M0REAU  Prénom : J0SEPHINE  Ville : T0URS";
    assertEquals("CHR Orléans La Source", OcrRepair.repaired(scanned).substring(0, 21));
  }

  @Test
  void lowerCaseWordAfterALeadingZeroStaysInACleanText() {
    assertEquals("dose 0mg", OcrRepair.repaired("dose 0mg"));
  }

  @Test
  void knownTownAfterAnIntensiveCareUnitIsATown() {
    assertEquals("VILLE:Dax", found("Fever and hypotension. Transferred to ICU Dax on 30-SEP."));
  }

  @Test
  void knownTownAfterReaDeIsATown() {
    assertEquals("VILLE:Dax", found("Séjour de trois jours en réa de Dax."));
  }

  @Test
  void postalCodeSplitBySpaceAfterAStreetOpensTheTown() {
    assertEquals("ADRESSE:12 PASSAGE DES LYS | ZIP:94 403 | VILLE:VALBRUNE",
        found("  12 PASSAGE DES LYS, 94 403, VALBRUNE\n"));
  }

  @Test
  void unknownUpperCaseTownOnTheLineAfterAStreetsPostalCodeIsATown() {
    assertEquals("ADRESSE:12 rue des Lilas | ZIP:75011 | VILLE:VALBRUNE",
        found("Elle réside au 12 rue des Lilas 75011\nVALBRUNE. Elle vit seule."));
  }

  @Test
  void labelOnTheLineAfterAStreetsPostalCodeIsNoTown() {
    assertEquals("ADRESSE:12 rue des Lilas | ZIP:75011", found("Adresse : 12 rue des Lilas 75011\nTÉLÉ. 01 45 00 00 00"));
  }

  @Test
  void connectorLeftAtTheEndOfTheLineBelongsToTheTown() {
    assertEquals("ADRESSE:2 CHEMIN DES SAULES | ZIP:47000 | VILLE:AGEN SUR",
        found("2 CHEMIN DES SAULES, 47000, AGEN SUR\nVALBRUNE"));
  }
}

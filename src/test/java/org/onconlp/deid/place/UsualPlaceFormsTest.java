package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/**
 * Places written in a form their lexicon does not hold: the usual short form of a compound
 * commune, a usual abbreviation, a commune whose accented name folds to a common word, the
 * facility that issued an identifier, a cancer centre by its short name and a logo spelled with
 * wide letter spacing.
 */
class UsualPlaceFormsTest {
  @Test
  void headOfCompoundCommuneAfterAIsATown() {
    assertEquals("VILLE:Ivry", found("Chimiothérapie poursuivie à Ivry toutes les trois semaines."));
  }

  @Test
  void headOfDelegatedCommuneAfterDepuisIsATown() {
    assertEquals("VILLE:Équeurdreville", found("Transfert en ambulance depuis Équeurdreville ce matin."));
  }

  @Test
  void headWithLigatureAfterVersIsATown() {
    assertEquals("VILLE:Vandœuvre", found("Retour prévu vers Vandœuvre après la cure."));
  }

  @Test
  void usualAbbreviationAfterAIsATown() {
    assertEquals("VILLE:FdF", found("Rentre à FdF la semaine prochaine pour la suite."));
  }

  @Test
  void upperCaseAbbreviationIsNoTown() {
    assertEquals("", found("PAP à 35 mmHg, cathétérisme à PAP normale."));
  }

  @Test
  void accentedCommuneFoldingToACommonWordIsATownAfterA() {
    assertEquals("VILLE:Vitré", found("Scanner réalisé à Vitré le mois dernier."));
  }

  @Test
  void accentedCommuneAfterHomeLabelIsATown() {
    assertEquals("VILLE:Vitré", found("Domicile : Vitré"));
  }

  @Test
  void commonWordWithoutItsAccentIsNoTown() {
    assertEquals("", found("Bris de vitre à domicile, plaie de la main."));
  }

  @Test
  void givenNameAfterAIsNoShortTown() {
    assertEquals("", found("Dossier confié à Charles pour relecture."));
  }

  @Test
  void shortFormOnItsOwnIsNoTown() {
    assertEquals("", found("Ivry est mentionné sans préposition."));
  }

  @Test
  void facilityNamedBeforeAnIdentifierIsAFacility() {
    assertEquals("HOPITAL:Lacassagne", found("Compte rendu joint (IPP Lacassagne 1187342)."));
  }

  @Test
  void facilityNamedBeforeAColonAndAnIdentifierIsAFacility() {
    assertEquals("HOPITAL:Hautepierre", found("NDA Hautepierre : 22013344"));
  }

  @Test
  void familyNameBeforeAnIdentifierIsNoFacility() {
    assertEquals("", found("IPP DURAND 1187342"));
  }

  @Test
  void commonWordBeforeAnIdentifierIsNoFacility() {
    assertEquals("", found("IPP Patient 1187342"));
  }

  @Test
  void privateClinicByItsShortNameAfterAIsAFacility() {
    assertEquals("HOPITAL:Courlancy", found("Colectomie réalisée à Courlancy en 2019."));
  }

  @Test
  void logoWithWideLetterSpacingOverAFacility() {
    assertEquals(
        "HOPITAL:B  E  T  H  A  N  I  E | HOPITAL:Centre Hospitalier de Vire",
        found("B  E  T  H  A  N  I  E\nCentre Hospitalier de Vire\n"));
  }
}

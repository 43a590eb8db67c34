package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/** Facilities named by a brand alone: letterheads, bracketed imaging practices, health centres. */
class BrandFacilitiesTest {
  @Test
  void regionBrandLetterheadConfirmedByAddress() {
    assertEquals(
        "HOPITAL:CORNOUAILLE ARMORIQUE | ADRESSE:4 rue du Port | ZIP:29000 | VILLE:QUIMPER",
        found("CORNOUAILLE ARMORIQUE\nMédecine nucléaire\n4 rue du Port - 29000 QUIMPER\n\nCompte rendu"));
  }

  @Test
  void letterheadConfirmedByItsOwnMailDomain() {
    assertEquals(
        "HOPITAL:MAMMO-ATLANTIQUE",
        found("   ~ MAMMO-ATLANTIQUE ~\n   imagerie de la femme\n\nDe : accueil <accueil@mammo-atlantique.example.com>\n"));
  }

  @Test
  void letterheadWithoutAddressNorDomainIsNoFacility() {
    assertEquals("", found("   ~ MAMMO-ATLANTIQUE ~\n   imagerie de la femme\n\nDe : accueil <accueil@imagerie.example.com>\n"));
  }

  @Test
  void bracketedBrandWithTownAfterExamination() {
    assertEquals("HOPITAL:IMAGERIX | VILLE:Vienne", found("Bilan : TEP-FDG (IMAGERIX, Vienne) sans hyperfixation."));
  }

  @Test
  void bracketedTracerAloneIsNoFacility() {
    assertEquals("", found("Bilan : TEP (PSMA) positive."));
  }

  @Test
  void healthCentreNamedAfterPoleSante() {
    assertEquals("HOPITAL:Pôle Santé Armand", found("Opéré au Pôle Santé Armand le 3 mai."));
  }

  @Test
  void publicHealthPoleIsNoFacility() {
    assertEquals("", found("Avis du Pôle Santé Publique."));
  }

  @Test
  void letterSpacedLogoOverAFacility() {
    assertEquals(
        "HOPITAL:B E T H A N I E | HOPITAL:Centre Hospitalier de Vire",
        found("   *  *   B E T H A N I E   *  *\nCentre Hospitalier de Vire\n"));
  }

  @Test
  void letterSpacedHeadingOverAFacilityIsNoLogo() {
    assertEquals("HOPITAL:Centre Hospitalier de Vire", found("   R A P P O R T\nCentre Hospitalier de Vire\n"));
  }
}

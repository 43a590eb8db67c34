package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/** Classes of place forms: postal codes without a town after them, districts, facility kinds, short names. */
class PlaceClassesTest {
  @Test
  void postalCodeRightAfterAStreetInProseIsAZip() {
    assertEquals("ADRESSE:8 avenue des Glycines | ZIP:94120",
        found("l'adresse est 8 avenue des Glycines 94120 et le code d'entrée au portail."));
  }

  @Test
  void postalCodeAfterATownAndACommaIsAZip() {
    assertEquals("VILLE:Marseille | ZIP:13006", found("Appel de la fille, résidant à Marseille, 13006."));
  }

  @Test
  void bareArrondissementNumberAfterParisClosingTheFieldBelongsToTheTown() {
    assertEquals("VILLE:Paris 15", found("Pompes funèbres choisies par la famille, Paris 15."));
  }

  @Test
  void numberAfterParisThatDoesNotCloseTheFieldIsNoArrondissement() {
    assertEquals("VILLE:Lyon", found("Elle est allée à Lyon 2 fois cette année."));
  }

  @Test
  void nameBeforeAFollowUpCareKindInBracketsIsAFacility() {
    assertEquals("HOPITAL:Valmoret", found("Suivi hebdomadaire en rééducation à Valmoret (SMR)."));
  }

  @Test
  void commonWordBeforeAFacilityKindInBracketsIsNoFacility() {
    assertEquals("", found("Bilan (SMR) demandé par l'équipe."));
  }

  @Test
  void letterSpacedCancerCentreInABoxIsAFacility() {
    assertEquals("HOPITAL:O S C A R   L A M B R E T", found("  |   O S C A R   L A M B R E T   |\nConsultation"));
  }

  @Test
  void townAfterAnOccupationalHealthServiceAcronym() {
    assertEquals("VILLE:Vitré", found("Dr B. Martin — SPST Vitré — secrétariat"));
  }

  @Test
  void multiWordHospitalSiteNameWithoutHeadWord() {
    assertEquals("HOPITAL:Jeanne de Flandre", found("Sinon je vois avec Jeanne de Flandre."));
  }

  @Test
  void abbreviatedHospitalHeadWordOpensAFacilityName() {
    assertEquals("HOPITAL:HOP Avicenne", found("Réception au laboratoire de biochimie - HOP Avicenne"));
  }

  @Test
  void hospitalShortNameAfterA() {
    assertEquals("HOPITAL:Bichat", found("Visite à Bichat pour réévaluation."));
  }

  @Test
  void eponymousAnatomyIsNoHospital() {
    assertEquals("", found("Hypertrophie de la boule de Bichat."));
  }
}

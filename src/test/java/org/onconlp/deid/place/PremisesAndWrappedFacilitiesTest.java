package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/**
 * Facilities of the ninth places round: premises named after a kind that is no hospital word,
 * imaging brands after a comma or a lower-case practice kind, facility names cut by a line end,
 * five-letter university hospital acronyms, towns closing a field after a facility, medical
 * laboratories named after "LBM", providers named in a form field, and overseas localities
 * ("quartier", "écart") on an address line.
 */
class PremisesAndWrappedFacilitiesTest {
  @Test
  void pharmacyNamedAfterAPlaceIsAFacility() {
    assertEquals("HOPITAL:Pharmacie du Marché", found("Ordonnance transmise à la Pharmacie du Marché ce matin."));
  }

  @Test
  void pharmacyNamedWithArticleAndCommonWordIsAFacility() {
    assertEquals("HOPITAL:Pharmacie de la Gare", found("A l'attention de la\n  Pharmacie de la Gare\nMadame, Monsieur,"));
  }

  @Test
  void shelteredHousingWithItsNameIsAFacility() {
    assertEquals("HOPITAL:Foyer-logement Les Acacias", found("Vit au Foyer-logement Les Acacias depuis 2019."));
  }

  @Test
  void parentsHouseWithItsNameIsAFacility() {
    assertEquals("HOPITAL:Maison des Familles de Provence", found("Hébergement à la Maison des Familles de Provence pendant la cure."));
  }

  @Test
  void premisesKindBeforeALowerCaseWordNamesNothing() {
    assertEquals("", found("Réunion à la Maison des associations, salle 2."));
  }

  @Test
  void lesionCalledFociIsNoPremises() {
    assertEquals("", found("FOYER DE FRACTURE\nFoyer de condensation lobaire inférieure droite."));
  }

  @Test
  void departmentalAdministrationIsNoPremises() {
    assertEquals("", found("Dossier déposé à la Maison Départementale des Personnes Handicapées."));
  }

  @Test
  void pharmacyOfAHospitalIsLeftToTheHospital() {
    assertEquals("", found("Dispensation par la Pharmacie du CHU le 3 mars."));
  }

  @Test
  void imagingBrandAfterACommaAndDeIsAFacility() {
    assertEquals("HOPITAL:Imagerie de la Rance | VILLE:Dinan", found("Copie : Dr Roux, radiologue, Imagerie de la Rance, Dinan"));
  }

  @Test
  void imagingBrandRepeatingItsLowerCasePracticeKindIsAFacility() {
    assertEquals("HOPITAL:Imagerie du Lac",
        found("| 12/3/22 | échographie normale | cabinet de radiologie Imagerie du Lac |"));
  }

  @Test
  void imagingCentreCutAfterItsCapitalisedHeadIsOneFacility() {
    assertEquals("HOPITAL:Centre\nd'imagerie Sainte-Anne", found("Repérage par harpon (Centre\nd'imagerie Sainte-Anne). Injection de Tc99m."));
  }

  @Test
  void universityHospitalCutAfterDeKeepsItsConnector() {
    assertEquals("HOPITAL:CHU de | VILLE:Brest", found("Allogreffe réalisée au CHU de\nBrest le 11/11/2023."));
  }

  @Test
  void universityHospitalCutBeforeACommonWordKeepsNothing() {
    assertEquals("", found("Prise en charge au CHU de\nJour pour la cure."));
  }

  @Test
  void fiveLetterUniversityHospitalAcronymIsAFacility() {
    assertEquals("HOPITAL:CHUGA", found("Présents : Pr Vidal (CHUGA, visio)."));
  }

  @Test
  void townAfterFacilityClosedBySpacedDashIsATown() {
    assertEquals("HOPITAL:Hôpital Beaujon | VILLE:Clichy", found("Accueil — Hôpital Beaujon, Clichy — CR de consultation"));
  }

  @Test
  void townAfterFacilityClosedByTableBarIsATown() {
    assertEquals("HOPITAL:Clinique du Parc | VILLE:Vannes", found("| 2017 | polype bénin | Clinique du Parc, Vannes |"));
  }

  @Test
  void nationalBloodServiceLetterheadIsAFacility() {
    assertEquals("HOPITAL:ETABLISSEMENT FRANCAIS DU SANG", found("ETABLISSEMENT FRANCAIS DU SANG\nCarte de groupe sanguin"));
  }

  @Test
  void houseOfParentsNamedByOneCommonWordIsNoPlace() {
    assertEquals("", found("Demande Maison des Parents en cours auprès de l'assistante sociale."));
  }

  @Test
  void medicalLaboratoryAcronymWithItsBrandIsAFacility() {
    assertEquals("HOPITAL:LBM Biomédia Sud", found("Bilan sanguin demain chez LBM Biomédia Sud, résultats faxés."));
  }

  @Test
  void bareMedicalLaboratoryAcronymIsNoFacility() {
    assertEquals("", found("Résultats du LBM : normaux."));
  }

  @Test
  void providerNamedInAFormFieldIsAFacility() {
    assertEquals("HOPITAL:Harmonie Soins Gascogne", found("Prestataire : Harmonie Soins Gascogne (agréé HAD)\nBon de livraison"));
  }

  @Test
  void pharmacyFieldWithAMultiWordLabelIsAFacility() {
    assertEquals("HOPITAL:Grande Pharmacie Dupleix", found("Pharmacie d'officine : Grande Pharmacie Dupleix\nTél. :"));
  }

  @Test
  void facilityFieldHoldingAServiceOrNothingNamesNoPlace() {
    assertEquals("", found("Laboratoire : Hématologie\nStructure : Non renseignée"));
  }

  @Test
  void quarterOnADomicileLineIsAnAddress() {
    assertEquals("ADRESSE:quartier Morne-Rouge | VILLE:Le Lamentin", found("Domicile déclaré : quartier Morne-Rouge, Le Lamentin"));
  }

  @Test
  void outlyingHamletAfterATownIsAnAddress() {
    assertEquals("VILLE:Apatou | ADRESSE:écart de Providence", found("Domicile : Apatou, écart de Providence (accès pirogue)"));
  }

  @Test
  void clinicalGapCalledEcartIsNoAddress() {
    assertEquals("", found("Score : écart de Glasgow à 2 points entre les deux examens."));
  }

  @Test
  void compassQuarterIsNoAddress() {
    assertEquals("", found("Domicile : quartier Nord de la ville, proche du port."));
  }
}

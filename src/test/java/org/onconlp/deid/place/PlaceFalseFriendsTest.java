package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/** Words that look like places or facilities but are not PHI, and care homes and fax senders that are. */
class PlaceFalseFriendsTest {
  @Test
  void shortUpperCaseAcronymInProseIsNoTown() {
    assertEquals("", found("Score HER2 : 4,2 copies par noyau, groupe 5 ASCO selon les critères."));
  }

  @Test
  void acronymAfterLowerCaseWordIsNoTown() {
    assertEquals("", found("Laboratoire autorisé, agrément ARS n° 12-LBM-003."));
  }

  @Test
  void markerWithSignIsNoFacilityAcronym() {
    assertEquals("", found("Carcinome épidermoïde HPV+, découvert sur des métrorragies."));
  }

  @Test
  void dayHospitalHeadingIsNoFacility() {
    assertEquals("", found("HÔPITAL DE JOUR D'ONCOLOGIE - PLANNING DU JOUR"));
  }

  @Test
  void departmentalAdministrationIsNoFacility() {
    assertEquals("", found("Certificat destiné à la Maison Départementale des Personnes Handicapées du Cantal (MDPH)."));
  }

  @Test
  void biologicalDepartmentHeadingIsNoFacility() {
    assertEquals("", found("LABORATOIRE D'HÉMATOLOGIE BIOLOGIQUE — SECTEUR CYTOLOGIE"));
  }

  @Test
  void insuranceFundLetterheadIsNoFacility() {
    assertEquals(
        "ADRESSE:8 rue des Tanneurs | ZIP:57000 | VILLE:Metz",
        found("CAISSE PRIMAIRE D'ASSURANCE MALADIE DE LA MOSELLE\n8 rue des Tanneurs\n57000 Metz\n"));
  }

  @Test
  void countryAfterTownIsNoSecondTown() {
    assertEquals(
        "HOPITAL:Centre Hospitalier Émile Mayrisch | VILLE:Esch-sur-Alzette",
        found("Suivie au Centre Hospitalier Émile Mayrisch (Esch-sur-Alzette, Luxembourg)."));
  }

  @Test
  void departmentInsideNursingHomeName() {
    assertEquals("HOPITAL:EHPAD Les Rives du Loir", found("Elle vit en EHPAD Les Rives du Loir depuis 2021."));
  }

  @Test
  void regionalAdjectiveAfterDescriptor() {
    assertEquals("HOPITAL:Réseau hospitalier jurassien", found("Suivie par le Réseau hospitalier jurassien."));
  }

  @Test
  void careResidenceInProse() {
    assertEquals(
        "HOPITAL:Résidence Les Glycines | VILLE:Vierzon",
        found("Séjour temporaire demandé à la Résidence Les Glycines, Vierzon."));
  }

  @Test
  void careResidenceWithKindWord() {
    assertEquals("HOPITAL:Résidence Mutualiste Les Pins", found("Transmis par la Résidence Mutualiste Les Pins."));
  }

  @Test
  void lowerCaseResidenceHeadIsNoPartOfTheName() {
    assertEquals("HOPITAL:U Castellu", found("vivant à la résidence U Castellu depuis son veuvage"));
  }

  @Test
  void residenceOnAddressLineStaysAnAddress() {
    assertEquals(
        "ADRESSE:Résidence Les Tilleuls, appartement 4, 12 rue Haute | ZIP:18000 | VILLE:Bourges",
        found("demeurant Résidence Les Tilleuls, appartement 4, 12 rue Haute, 18000 Bourges"));
  }

  @Test
  void residenceOfAFormIsNoFacility() {
    assertEquals("", found("Pays de Résidence : France ; titre de Résidence Permanente"));
  }

  @Test
  void abbreviatedClinic() {
    assertEquals("HOPITAL:Clin. des Tilleuls", found("Prescripteur : Dr Martin (Clin. des Tilleuls)"));
  }

  @Test
  void abbreviatedClinicWithoutNameIsNoFacility() {
    assertEquals("", found("Examen clin. normal. Clin. : RAS"));
  }

  @Test
  void faxSenderInTransmissionLine() {
    assertEquals(
        "HOPITAL:BIOPATH VELAY",
        found("12-MAR-2024 10:05      DE-BIOPATH VELAY      +33 4 00 00 00 00      P.001/002\nCompte rendu"));
  }

  @Test
  void faxLineWithoutPageNumberNamesNoSender() {
    assertEquals("", found("12-MAR-2024 10:05      RESULTATS VALIDES      suite\nCompte rendu"));
  }
}

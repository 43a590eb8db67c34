package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NonPhiWordsTest {
  private final NonPhiWords words = new NonPhiWords();

  /** Whether the first occurrence of {@code span} in {@code text}, typed {@code category}, is no PHI. */
  private boolean notPhi(String text, String span, String category) {
    int b = text.indexOf(span);
    return words.isNotPhi(text, b, b + span.length(), category);
  }

  /** The same for the last occurrence. */
  private boolean lastNotPhi(String text, String span, String category) {
    int b = text.lastIndexOf(span);
    return words.isNotPhi(text, b, b + span.length(), category);
  }

  @Test
  void serviceAcronymsAreNoNames() {
    assertTrue(notPhi("Service demandeur : ORL / chirurgie cervico-faciale", "ORL", "NOM"));
    assertTrue(notPhi("Prescripteur : Dr Kévin Lemarcis (HGE)", "HGE", "NOM"));
    assertTrue(notPhi("Cc : URC Onco ; Pauline Rivière", "URC", "PRENOM"));
  }

  @Test
  void administrativeAndInsurerAcronymsAreNoNames() {
    assertTrue(notPhi("Pièce vérifiée : CNI", "CNI", "NOM"));
    assertTrue(notPhi("N° assuré CSSM : 2 77 06 67 482 210 17", "CSSM", "NOM"));
    assertTrue(notPhi("[ ] PCH   [X] AAH", "PCH", "NOM"));
    assertTrue(notPhi("Destinataire : CPAM du Loiret", "CPAM", "HOPITAL"));
  }

  @Test
  void acronymInATypistInitialsSlotStaysAName() {
    assertFalse(notPhi("Bien confraternellement,\nDr Lenoir\nDAS/jk\n", "DAS", "NOM"));
  }

  @Test
  void acronymInsideAnIdentifierIsNotAWholeSpan() {
    assertFalse(notPhi("Dossier ORL-24-1016-05", "ORL-24-1016-05", "ID"));
  }

  @Test
  void germanLetterWordsAreNoNames() {
    String t = "Sehr geehrte Frau Kollegin,\nwir berichten über Ihre Patientin.\nVerlauf : gut.";
    assertTrue(notPhi(t, "Frau", "NOM"));
    assertTrue(notPhi(t, "Kollegin", "PRENOM"));
    assertTrue(notPhi(t, "Patientin", "NOM"));
    assertTrue(notPhi(t, "Verlauf", "NOM"));
  }

  @Test
  void englishJobTitleIsNoName() {
    assertTrue(notPhi("Anna Whitcombe, Clinical Operations", "Clinical Operations", "HOPITAL"));
    assertTrue(notPhi("Dr Ellis, Consultant Medical Oncologist", "Oncologist", "NOM"));
  }

  @Test
  void foreignWordNextToANameDoesNotVetoTheName() {
    assertFalse(notPhi("Patientin : Frau Gerlinde WALTHER", "WALTHER", "NOM"));
    assertFalse(notPhi("Frau Gerlinde", "Frau Gerlinde", "NOM"));
  }

  @Test
  void rolesAndCivilStatusMarkersAreNoNames() {
    assertTrue(notPhi("ROUSSEL Annick née LEBRETON", "née", "PRENOM"));
    assertTrue(notPhi("Patiente : Mme Vve PELLETIER Odette", "Vve", "PRENOM"));
    assertTrue(notPhi("radiothérapeute Dr Hoang ; radiologue Dr Barel", "radiologue", "PRENOM"));
    assertTrue(notPhi("radiologue Dr Barel", "Dr", "PRENOM"));
  }

  @Test
  void generalFacilityWordsAloneAreNoFacility() {
    assertTrue(notPhi("Hôpital de jour d'oncologie", "Hôpital de", "HOPITAL"));
    assertTrue(notPhi("prise en charge en Maison de santé pluriprofessionnelle", "Maison de santé", "HOPITAL"));
    assertTrue(notPhi("HÔPITAL PRIVÉ — Polyclinique des Aubiers", "HÔPITAL PRIVÉ", "HOPITAL"));
  }

  @Test
  void departmentWordInAnHl7FieldIsNoFacility() {
    assertTrue(notPhi("MSH|^~\\&|LOGI|ANAPATH|DPI|CHX|2024", "ANAPATH", "HOPITAL"));
  }

  @Test
  void severalLetterheadWordsMayNameAFacility() {
    assertFalse(notPhi("TEP faite au Pôle Santé République le 3 mai", "Pôle Santé République", "HOPITAL"));
  }

  @Test
  void addresseeCabinetIsNoName() {
    assertTrue(notPhi("À       : Cabinet du Dr Vernier", "Cabinet", "NOM"));
  }

  @Test
  void facilityWordEndingItsLineMayOpenABrokenName() {
    assertFalse(notPhi("scanner réalisé à Sinnamary (Centre\nMédical Sinnamary)", "Centre", "HOPITAL"));
  }

  @Test
  void facilityWordBeforeACapitalisedWordMayOpenAName() {
    assertFalse(notPhi("CHU de Brest - Centre de Biologie Moléculaire", "Centre", "HOPITAL"));
    assertFalse(notPhi("Expéditeur : Centre de ressources biologiques du CHU de Brest", "Centre", "HOPITAL"));
  }

  @Test
  void namedFacilityStaysPhi() {
    assertFalse(notPhi("adressée au Centre Hospitalier de Vierzon", "Centre Hospitalier de Vierzon", "HOPITAL"));
  }

  @Test
  void namesInAnInsurerFieldAreNoPersons() {
    String t = "Mutuelle ............ Concorde Mutuelle - n° adhérent CM 5521";
    assertTrue(notPhi(t, "Concorde", "PRENOM"));
    assertTrue(lastNotPhi("Complémentaire : Mutuelle Générale", "Générale", "NOM"));
  }

  @Test
  void nameInAFieldAfterAnInsurerFieldStaysPhi() {
    String t = "Mutuelle : MGEN      Nom : TREMBLAY";
    assertFalse(notPhi(t, "TREMBLAY", "NOM"));
  }

  @Test
  void englishSignOffIsNoName() {
    assertTrue(notPhi("Thanks for your help.\nBest, Rachel\n", "Best", "PRENOM"));
    assertTrue(notPhi("Call me if needed.\n\nKind regards,\nDr Ellis", "Kind", "PRENOM"));
    assertFalse(notPhi("Referred by Dr Best, consultant.", "Best", "NOM"));
  }

  @Test
  void lowerCaseInitialsAfterASlashAreNoAcronym() {
    assertFalse(notPhi("Relecture faite par OF/dp le 3 mars", "dp", "NOM"));
  }

  @Test
  void deviceWordAfterATitleIsAName() {
    assertFalse(notPhi("Mammographie relue.\nDr Selenia Roussel", "Selenia", "PRENOM"));
  }

  @Test
  void nameAfterTheInsurerValueSentenceStaysPhi() {
    assertFalse(notPhi("Mutuelle : Concorde Mutuelle. Demande faite par le Dr Vernier", "Vernier", "NOM"));
  }

  @Test
  void keyOfAKeyValueLineIsNoPhi() {
    assertTrue(notPhi("medecin=Dr Aubin Lucas rpps=10101234567", "rpps", "NOM"));
    assertTrue(notPhi("sejour.finess=970100000\ndiag.cim10=C50.4", "diag.cim10", "NDA"));
  }

  @Test
  void sexCodeIsNoInitial() {
    assertTrue(notPhi("patient.prenom=Line\npatient.sexe=F\n", "F", "NOM"));
    assertTrue(notPhi("Sexe : M", "M", "NOM"));
    assertFalse(notPhi("Validé par : M", "M", "NOM"));
  }

  @Test
  void hl7SegmentNameIsNoFacility() {
    assertTrue(notPhi("MSH|^~\\&|LABO|SITE|DPI|CHX|202401011200||ORU^R01|X1|P|2.5", "MSH", "HOPITAL"));
  }

  @Test
  void hl7ObservationCodeIsNoIdentifier() {
    String t = "PID|1||123^^^X\nOBX|1|TX|22634-0^Pathology report^LN||Exérèse cutanée";
    assertTrue(notPhi(t, "22634-0", "ID"));
  }

  @Test
  void hl7PatientIdentifierStaysPhi() {
    String t = "PID|1||6910045532^^^HCL^PI||NOM^Prenom";
    assertFalse(notPhi(t, "6910045532", "IPP"));
  }

  @Test
  void classificationCodesAreNoIdentifiers() {
    assertTrue(notPhi("GHM : 06C041 - Interventions majeures sur l'intestin", "06C041", "ID"));
    assertTrue(notPhi("Code ADICAP : PHA7 M8720/3", "M8720/3", "ID"));
    assertTrue(notPhi("morphologie 8500/3", "8500/3", "DATE"));
  }

  @Test
  void deviceBrandIsNoName() {
    assertTrue(notPhi("Embolisation du trajet par gélatine (Gelfoam).", "Gelfoam", "PRENOM"));
    assertTrue(notPhi("Fermeture par Angio-Seal 6F.", "Angio-Seal", "PRENOM"));
    assertTrue(notPhi("naevi photographiés (FotoFinder, séance 3)", "FotoFinder", "VILLE"));
  }

  @Test
  void ordinaryNameIsStillPhi() {
    assertFalse(notPhi("Patiente : Mme Odile FERRAND, suivie à Rodez.", "FERRAND", "NOM"));
    assertFalse(notPhi("Patiente : Mme Odile FERRAND, suivie à Rodez.", "Rodez", "VILLE"));
  }

  @Test
  void garbageDoesNotThrow() {
    assertDoesNotThrow(() -> words.isNotPhi("", 0, 0, "NOM"));
    assertDoesNotThrow(() -> words.isNotPhi("=|^", 0, 3, "ID"));
    assertDoesNotThrow(() -> words.isNotPhi("x".repeat(100_000), 5, 99_000, "HOPITAL"));
    assertDoesNotThrow(() -> words.isNotPhi("abc", 2, 9, "NOM"));
  }
}

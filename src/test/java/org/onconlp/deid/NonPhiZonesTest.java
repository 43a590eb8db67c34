package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonPhiZonesTest {
  private final NonPhiZones zones = new NonPhiZones();

  /** Whether the first occurrence of {@code span} in {@code text}, typed {@code category}, is no PHI. */
  private boolean notPhi(String text, String span, String category) {
    int b = text.indexOf(span);
    return zones.isNotPhi(text, zones.zones(text), b, b + span.length(), category);
  }

  @Test
  void dateAndNumberOfADecreeAreNoPhi() {
    String t = "Conformément au Décret n°2011-0457 du 9 mai 2011, vous pouvez accéder au dossier.";
    assertTrue(notPhi(t, "9 mai 2011", "DATE"));
    assertTrue(notPhi(t, "2011-0457", "ID"));
  }

  @Test
  void dateOfALawAndItsNameAreNoPhi() {
    String t = "En application de la loi du 4 mars 2002 (Loi Kouchner), le patient est informé.";
    assertTrue(notPhi(t, "4 mars 2002", "DATE"));
    assertTrue(notPhi(t, "Kouchner", "NOM"));
  }

  @Test
  void lawNameOpeningTheTextIsNoPhiButAGluedOneIsNoLaw() {
    String t = "Loi Claeys-Leonetti appliquée. Voir xLoi Favreau du service.";
    assertTrue(notPhi(t, "Leonetti", "NOM"));
    assertFalse(notPhi(t, "Favreau", "NOM"));
  }

  @Test
  void yearOfACitationIsNoDateButAYearBeforeASemicolonIs() {
    assertTrue(notPhi("Réf. 12 : Varga T. Blood. 2019;133(4):811-20.", "2019", "DATE"));
    assertFalse(notPhi("Vu en 2019 ; revu en 2020 ; stable.", "2019", "DATE"));
  }

  @Test
  void dateOfAnOrdinaryEventIsStillPhi() {
    String t = "Le traitement a été arrêté le 4 mars 2002 par le Dr Lemarchal.";
    assertFalse(notPhi(t, "4 mars 2002", "DATE"));
  }

  @Test
  void staffGradeInAStaffHeaderIsNoPlace() {
    String t = "Cadre de Santé\nMme Ophélie Vartan\nChefs de Clinique Assistants\nDr P. Galvan";
    assertTrue(notPhi(t, "Santé", "VILLE"));
    assertTrue(notPhi(t, "Clinique Assistants", "HOPITAL"));
    assertFalse(notPhi(t, "Vartan", "NOM"));
  }

  @Test
  void adjointsHeadingIsNoGivenName() {
    String t = "Praticiens\nAdjoints\nPr L. Dervaux";
    assertTrue(notPhi(t, "Adjoints", "PRENOM"));
  }

  @Test
  void authorsYearAndMonthOfAJournalReferenceAreNoPhi() {
    String t =
        "Bilan conforme.\n\nMarchetti P, Olsen KR, Varga T; Groupe d'étude.\n"
            + "Leukemia. 2014 Jan 12;28(4):811-20.\n";
    assertTrue(notPhi(t, "2014", "DATE"));
    assertTrue(notPhi(t, "Jan", "PRENOM"));
    assertTrue(notPhi(t, "Olsen", "NOM"));
  }

  @Test
  void referenceZoneStopsAtTheBlankLineAbove() {
    String t = "Patient : Ravenel Odile\n\nMarchetti P, Olsen KR.\nBlood. 2014;28(4):811-20.\n";
    assertFalse(notPhi(t, "Ravenel", "NOM"));
  }

  @Test
  void visualAcuityIsNoDate() {
    String t = "Acuité visuelle\nNiveau oeil gauche : 9/12\nNiveau oeil droit : 11/12\n";
    assertTrue(notPhi(t, "9/12", "DATE"));
    assertTrue(notPhi(t, "11/12", "DATE"));
  }

  @Test
  void scoreValueIsNoDateButTheDateOfTheScoreIs() {
    String t = "Score de Dubreuil du 4/9 : 8/10\n";
    assertTrue(notPhi(t, "8/10", "DATE"));
    assertFalse(notPhi(t, "4/9", "DATE"));
  }

  @Test
  void fractionBeforeACountedNounIsNoDate() {
    String t = "Douleurs du genou depuis 2/3 semaines ; 5/6 dossiers conformes.";
    assertTrue(notPhi(t, "2/3", "DATE"));
    assertTrue(notPhi(t, "5/6", "ID"));
  }

  @Test
  void dayMonthAfterAnOrdinaryWordIsStillADate() {
    String t = "Revu en consultation le 3/9, scanner prévu 10/12.";
    assertFalse(notPhi(t, "3/9", "DATE"));
    assertFalse(notPhi(t, "10/12", "DATE"));
  }

  @Test
  void numberGroupsOfAMonitoringTableRowAreNoPhone() {
    String t = "(1)10:32 06 5128 44 17 96 0 3 341 0 2 381 112 0 12 0\n";
    assertTrue(notPhi(t, "06 5128 44 17", "TEL"));
  }

  @Test
  void phoneWrittenInPairsOnANumberLineIsStillAPhone() {
    String t = "06 51 28 44 17 96 0 3 341\n";
    assertFalse(notPhi(t, "06 51 28 44 17", "TEL"));
  }

  @Test
  void phoneWithAFourDigitGroupOnALabelledLineIsStillAPhone() {
    String t = "Secrétariat : 01 2039 2739 – Urgences : 01 0192 4830\n";
    assertFalse(notPhi(t, "01 2039 2739", "TEL"));
  }

  @Test
  void brandWordsOfADeviceLineAreNoNames() {
    String t = "Enregistreur Medical HOLTRAX MultiTrace Version 3/2 SN: QX77120045\n";
    assertTrue(notPhi(t, "HOLTRAX", "PRENOM"));
    assertTrue(notPhi(t, "MultiTrace", "NOM"));
    assertFalse(notPhi(t, "QX77120045", "ID"));
  }

  @Test
  void garbageDoesNotThrow() {
    assertDoesNotThrow(() -> zones.zones(""));
    assertDoesNotThrow(() -> zones.zones(null));
    String t = "2014;;:(((".repeat(5000) + "loi du 1er".repeat(1000);
    List<int[]> z = zones.zones(t);
    assertDoesNotThrow(() -> zones.isNotPhi(t, z, 0, 4, "DATE"));
    assertDoesNotThrow(() -> zones.isNotPhi(t, z, 0, 0, "TEL"));
  }

  @Test
  void cycleNumberOutOfTheCourseIsNoDate() {
    assertTrue(notPhi("Compte rendu de cure n° 3 / 6 : Lu-PSMA", "3 / 6", "ID"));
    assertTrue(notPhi("Séance n°2/5 de chimio-embolisation", "2/5", "DATE"));
  }

  @Test
  void dateAfterACycleWordStaysADate() {
    assertFalse(notPhi("Cycle 2 prévu le 3/6 en hôpital de jour", "3/6", "DATE"));
  }
}

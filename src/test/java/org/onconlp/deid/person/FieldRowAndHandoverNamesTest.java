package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.person.PersonNameFinderTest.found;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Names in lab headers, form rows, family trees, handovers and names cut by a line end. */
class FieldRowAndHandoverNamesTest {
  private static String names(String text) {
    return found(text, PatientIdentity.NONE);
  }

  @Test
  void abbreviatedPatientLabelOfALabHeader() {
    assertEquals("NOM:LE BRIS | PRENOM:Nolwenn", names("Pat. : LE BRIS Nolwenn     Né(e) : 05/07/1968"));
  }

  @Test
  void particledFamilyNameRecursWithItsParticleInAFooter() {
    assertEquals("NOM:LE BRIS | PRENOM:Nolwenn | NOM:LE BRIS",
        names("Pat. : LE BRIS Nolwenn\nGlycémie : 5,2 mmol/L\nLBM de Lorient              LE BRIS N. - 2411020"));
  }

  @Test
  void particledTownTakenForANameDoesNotSpread() {
    assertEquals("", names("Transport : VSL, Le Port\nRetour au domicile à Le Port demain."));
  }

  @Test
  void preparedAndCheckedByNameWhoActed() {
    assertEquals("NOM:Ravel | NOM:Lenormand", names("Préparé par : Ravel          Vérifié par : Lenormand"));
  }

  @Test
  void preparedByAnArticleStaysText() {
    assertEquals("", names("Colis préparé par la pharmacie centrale, vérifié par la PUI."));
  }

  @Test
  void givenNameFieldTwoSpacesAfterItsLabelInAFormRow() {
    assertEquals("NOM:BERTIN | PRENOM:Samia", names("NOM  BERTIN          Prénom  Samia"));
    assertEquals("PRENOM:Yasmine", names("Sexe  F          Prénom  Yasmine"));
  }

  @Test
  void letterSpacedGivenNameAfterItsLabel() {
    assertEquals("PRENOM:M a r i o n", names("Prénom : M a r i o n\nSexe : F"));
  }

  @Test
  void pedigreeRowsNameRelativesAndShareTheFamilyName() {
    assertEquals("NOM:Vasseur | PRENOM:Gilles | PRENOM:Aline | NOM:Vasseur | NOM:Pichon | PRENOM:Odette",
        names("Arbre :\n  I-1  Vasseur Gilles (grand-père), décédé\n  II-2 Aline Vasseur (mère), 64 ans\n"
            + "  II.3 Pichon Odette (tante) - cancer de l'ovaire"));
  }

  @Test
  void pedigreeRowOpeningWithAWordNamesNobody() {
    assertEquals("", names("  III-1 cas index - cancer du sein à 38 ans\n  III-2 Sein controlatéral indemne"));
  }

  @Test
  void lowerCaseGivenNameSigningAHandoverAfterADash() {
    assertEquals("PRENOM:nadine", names("Patient calme, EVA 2.\n        -- nadine, IDE"));
    assertEquals("PRENOM:karine | NOM:Guého", names("RAS cette nuit.\n   -- karine (K. Guého) IDE"));
    assertEquals("PRENOM:fabrice", names("Pansement refait — fabrice."));
  }

  @Test
  void commonWordAfterADashIsNoSignature() {
    assertEquals("", names("Bilan -- rose, sans écoulement."));
  }

  @Test
  void capitalisedNameInBracketsAfterACareRole() {
    assertEquals("PRENOM:Théa | NOM:Ruiz", names("17:30  -- interne (Théa Ruiz)"));
    assertEquals("NOM:Py", names("Vu par l'interne (Py) ce soir."));
    assertEquals("PRENOM:Yanis", names("L'interne (Yanis) a prévenu la famille."));
  }

  @Test
  void serviceInBracketsAfterACareRoleIsNoName() {
    assertEquals("", names("Avis de l'interne (Cardiologie) et de l'IDE (HDJ) demandé."));
  }

  @Test
  void upperCaseFamilyNameOpeningTheNextLineAfterTheName() {
    assertEquals("PRENOM:Abdelkader | NOM:BEN | NOM:SAÏDI", names("Identité : M. Abdelkader BEN\nSAÏDI\nÂge : 61 ans"));
    assertEquals("PRENOM:Ainhoa | NOM:ETXEBERRIA | NOM:GOIKOETXEA",
        names("Patiente : Ainhoa ETXEBERRIA\nGOIKOETXEA\nDate de naissance : 12/11/1959"));
  }

  @Test
  void titledGivenNameThenFamilyNameOnTheNextLine() {
    assertEquals("PRENOM:Josiane | NOM:Meunier", names("et une sœur, Mme Josiane\nMeunier, voisine"));
  }

  @Test
  void headingOnTheNextLineIsNoFamilyName() {
    assertEquals("PRENOM:Marie | NOM:DUPONT", names("Patiente : Marie DUPONT\nCONCLUSION\nRAS"));
  }
}

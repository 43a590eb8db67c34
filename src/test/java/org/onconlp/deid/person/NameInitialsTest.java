package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Initials, logins and bare given names standing for people; every name is made up. */
class NameInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void initialsInBracketsAfterANameAreAName() {
    assertTrue(found("Présents : Dr Vaillard (GV), Pr Tessier (HT)\n").contains("NOM:GV | NOM:Tessier | NOM:HT"));
  }

  @Test
  void mixedCaseInitialsAfterANameRecurLater() {
    String found = found("Contrôle : Mme Pelissou (ROu) / Mme Castagné (EMa)\nPoche vérifiée par EMa.\n");
    assertEquals(3, found.split("NOM:EMa", -1).length, found);
  }

  @Test
  void dottedInitialsAfterANameAreNames() {
    assertTrue(found("Infirmière : Maëlle Pradier (M.P.) au 05 00 00 00 00\n").contains("PRENOM:M. | NOM:P."));
  }

  @Test
  void initialsAfterARoleBeforeACommaAreAName() {
    assertTrue(found("Présents : Dr Loubière (pharmacie, GT), Dr Abadie\n").contains("NOM:GT"));
  }

  @Test
  void roleAbbreviationAfterANameIsNoName() {
    assertTrue(!found("Copie : Dr Sylvain Orcel (MT)\n").contains("MT"));
  }

  @Test
  void initialsAfterAbbreviatedActionsInSquareBracketsAreNames() {
    assertEquals("NOM:QR | NOM:PB | NOM:WD", found("[val. ph. QR] 02/03/24   [prép. PB/WD]\n"));
  }

  @Test
  void initialsInBracketsAfterACareRoleAreAName() {
    assertEquals("NOM:VD", found("10/02 08:14 > IDEC [VD] : bonjour, la cure est confirmée.\n"));
  }

  @Test
  void initialsAfterWriterVerbAndParAreAName() {
    assertEquals("NOM:TQ", found("Courrier préparé par TQ\n"));
  }

  @Test
  void initialAndCommonWordAfterWriterVerbAreAName() {
    assertEquals("PRENOM:R. | NOM:Cerise", found("Compte rendu diffusé par R. Cerise le 02/07.\n"));
  }

  @Test
  void loginAfterUserCueIsAName() {
    assertEquals("NOM:gfaucher", found("--- fin export (02/04/2024, utilisateur gfaucher) ---\n"));
  }

  @Test
  void lowerCaseInitialAndNameAfterDashAreAName() {
    assertEquals("PRENOM:m. | NOM:pradelle", found("Voir avec la famille.\n\n— m. pradelle, psychologue\n"));
  }

  @Test
  void initialsAfterEmailSeparatorAreAName() {
    assertEquals("NOM:QD", found("À tracer dans le dossier.\n\n--\nQD\nPharmacienne\n"));
  }

  @Test
  void lowerCaseNicknameAfterClosingLineIsAGivenName() {
    assertEquals("PRENOM:gaby", found("je suis au travail.\nmerci\ngaby\n"));
  }

  @Test
  void spacedDottedInitialsClosingALetterAreNames() {
    assertEquals("PRENOM:D. | NOM:H. | PRENOM:K. | NOM:V.", found("Bien à vous.\n\nD. H. / K. V.\n"));
  }

  @Test
  void dottedInitialsAfterSignatureLabelAreNames() {
    assertTrue(found("Signature investigateur : R.T.         Date : 03/04\n").contains("NOM:R.T."));
  }

  @Test
  void typistGroupAfterANameIsAName() {
    assertTrue(found("Édité le 02/03/2024 - Dr LAFFONT Mireille / qs          Page 1\n").endsWith("NOM:qs"));
  }

  @Test
  void capitalisedSecondPartOfACutFamilyNameIsAName() {
    assertTrue(found("Pr R. Castanier-\n Dubreuil     Compte rendu validé\n").contains("NOM:Dubreuil"));
  }

  @Test
  void clinicalAbbreviationsInBracketsStayText() {
    assertEquals("", found("Patiente vue en HDJ (RCP du 12), bilan (TEP) prévu sur prescription (IRM).\n"));
  }

  @Test
  void dottedInitialsStopAtTheLineEnd() {
    assertTrue(!found("Signature investigateur : R. T.\nNé le 04/12/1959\n").contains("Né"));
  }

  @Test
  void lowerCaseRoleInBracketsAfterANameIsNoName() {
    assertTrue(!found("Présents : Dr Lestrade (réa), Dr Abadie\n").contains("réa"));
  }

  @Test
  void titleOpeningASignatureIsNoInitial() {
    assertTrue(!found("Bien confraternellement,\n\nPr. K. Laudouar\n").contains(":Pr"));
  }

  @Test
  void garbageDoesNotThrow() {
    found("(( [ ] / -- > ) ] par : = " + "A.".repeat(200) + "\n--\n");
    found("");
  }

  @Test
  void imagingAcronymsJoinedBySlashAreNoTypistInitials() {
    assertEquals("", found("Médecine nucléaire - TEP/TDM\n"));
  }

  @Test
  void clinicalWordsListedAsFamilyNamesAreNoNames() {
    assertEquals("", found("Pièce de tumorectomie + recoupe externe. Sent: Mon 14 Oct\n- PAC (Celsite) : aiguille changée\n"));
  }

  @Test
  void transportWordBeforeACompanyNameIsNoName() {
    assertEquals("NOM:Dorival", found("Transporteur choisi : Taxi conventionné Dorival\n"));
  }
}

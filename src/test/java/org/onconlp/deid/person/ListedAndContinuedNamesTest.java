package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Names in attendance rows and lower-case lists, continued after a slash or a line break, bracketed after a role; all made up. */
class ListedAndContinuedNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void attendanceRowsUnderAHeaderAreFamilyThenGivenName() {
    String f = found("PRÉSENTS\n  DU PLESSIS ANTOINE     oncologie        présent\n  BRUNEAU LÉA      radiologie\n");
    assertTrue(f.contains("NOM:DU PLESSIS | PRENOM:ANTOINE") && f.contains("NOM:BRUNEAU | PRENOM:LÉA"), f);
  }

  @Test
  void twoAdjacentRowsNeedNoHeader() {
    String f = found("Feuille du 12/03\nLE GOFF YANNICK   chirurgie   signé\nVERDIER CAMILLE   pharmacie   signé\n");
    assertTrue(f.contains("NOM:LE GOFF | PRENOM:YANNICK") && f.contains("NOM:VERDIER | PRENOM:CAMILLE"), f);
  }

  @Test
  void clinicalRowsInCapitalsStayClinical() {
    assertEquals("", found("Participants\nTDM THORACIQUE     fait\nIRM PELVIENNE      à prévoir\nCHIMIOTHERAPIE ADJUVANTE   non\n"));
  }

  @Test
  void lowerCaseGivenNamesListedAfterAColonAreGivenNames() {
    assertEquals("PRENOM:noah | PRENOM:maëlys | PRENOM:rayan", found("Présents à l'atelier : noah, maëlys, rayan."));
  }

  @Test
  void aLowerCaseGivenNameBesideAFoundNameIsOne() {
    assertTrue(found("viendront mathis et anaïs P. jeudi").contains("PRENOM:mathis"));
  }

  @Test
  void lowerCaseListsOfCommonWordsStayText() {
    assertEquals("", found("Apporter : pyjama, serviette, brosse à dents et chaussons."));
  }

  @Test
  void aNameFieldContinuesAfterASlash() {
    String f = found("Double vérification : Dr Bastide / Lemarquis, à 14 h");
    assertTrue(f.contains("NOM:Lemarquis"), f);
  }

  @Test
  void aDepartmentAfterASlashIsNoName() {
    String f = found("Dr Garnier / Oncologie / Chirurgie");
    assertTrue(f.contains("Garnier") && !f.contains("Oncologie"), f);
  }

  @Test
  void aBracketedNameBrokenByALineEndIsCompleted() {
    assertTrue(found("contact : sa nièce (Ginette\nLabat, 06 11 22 33 44)").contains("NOM:Labat"),
        found("contact : sa nièce (Ginette\nLabat, 06 11 22 33 44)"));
  }

  @Test
  void aNameInBracketsAfterARoleIsStaff() {
    assertEquals("PRENOM:C. | NOM:Morvan", found("pansement refait par l'IDE libérale (C. Morvan) ce matin"));
    assertEquals("PRENOM:m. | NOM:kerjean", found("relu avec l'infirmière (m. kerjean) hier"));
  }

  @Test
  void bracketsAfterARoleWithAClinicalWordStayClinical() {
    assertEquals("", found("vu par l'IDE (HAD) et le kiné (Rééducation) puis la diététicienne (Régime)"));
  }

  @Test
  void aGivenNameAfterViaOrPerOrdinemIsOne() {
    assertEquals("PRENOM:lucie", found("message transmis (via lucie) à la famille"));
    assertTrue(found("Bien cordialement,\nDr P. Vernet\np.o. solène").contains("PRENOM:solène"));
  }

  @Test
  void aFamilyAndGivenNameAloneOnTheirLineAreAName() {
    assertEquals("NOM:Vasseur | PRENOM:Ginette | NOM:Aubert", found("Demande d'examen du 04/05/2024\n\nVasseur Ginette  (née Aubert)\n"));
  }

  @Test
  void aCapitalisedPhraseAloneOnItsLineIsNoName() {
    assertEquals("", found("Examen clinique\nBilan Martin\nSuite Marie\n"));
  }

  @Test
  void aLetterSpacedGivenNameFollowsALetterSpacedFamilyName() {
    String f = found("Patient  :  L A V A L L É E   M a r t i n e\n");
    assertTrue(f.contains("PRENOM:M a r t i n e"), f);
  }

  @Test
  void aRelativeNounBeforeANameIsNoGivenName() {
    String f = found("elle appellera son mari, Thibault, ce soir");
    assertTrue(!f.contains("mari"), f);
  }

  @Test
  void anAcronymInBracketsAfterAFunctionWordIsNoName() {
    assertEquals("", found("demande de logement adapté (PAVL) et aide de la mairie (CCAS)"));
  }

  @Test
  void aBusinessAfterItsLegalFormAndTradeIsNamedAfterItsOwner() {
    assertEquals("NOM:Lemercier", found("Employeur : SARL Plomberie Lemercier, 12 salariés"));
    assertEquals("NOM:Dumas", found("transport assuré par l'EURL Dumas"));
  }

  @Test
  void aBusinessWithoutAFamilyNameStaysText() {
    assertEquals("", found("Employeur : SAS Boulangerie Centrale, SARL Agri Services"));
  }
}

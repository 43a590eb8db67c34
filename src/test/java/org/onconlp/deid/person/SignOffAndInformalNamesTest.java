package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Initials closing signature lines and given names in informal notes; every name is made up. */
class SignOffAndInformalNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void bracketedInitialsAfterSigningDateAreNames() {
    assertEquals("NOM:KT | NOM:BW", found("Compte rendu conforme.\nSigné le 02/05/2024 – (KT/BW)\n"));
  }

  @Test
  void spacedSlashInitialsAfterValidationLabelAreNames() {
    assertEquals("NOM:GT | NOM:PL", found("Résultat transmis.\nValidé : GT / PL\n"));
  }

  @Test
  void initialsAfterElectronicSignatureAreAName() {
    assertEquals("NOM:QLM", found("Validation : 03/04/2024 – signature électronique QLM\n"));
  }

  @Test
  void initialsInBracketsBeforeSigningTimeAreAName() {
    assertEquals("NOM:RDT", found("-- signé électroniquement : (RDT) – 12/04/2024 10:02\n"));
  }

  @Test
  void lowerCaseAgentInitialsAreAName() {
    assertEquals("NOM:fv", found("Pièces vérifiées : carte vitale (agent : fv)\n"));
  }

  @Test
  void writerAndTypistInitialsAfterColumnGapAreNames() {
    assertEquals("NOM:KB | NOM:lt", found("Oncologue médical                    KB/lt\n"));
  }

  @Test
  void initialsAfterPerOrderAreNames() {
    assertEquals("NOM:OVB | NOM:rj", found("Bien à vous.\np/o OVB/rj\n"));
  }

  @Test
  void initialsClosingTheNoteAreAName() {
    assertEquals("NOM:TD", found("Revoir le fils lundi. TD"));
  }

  @Test
  void lowerCaseInitialsAloneOnTheLastLineAreAName() {
    assertEquals("NOM:pq", found("Appel passé au cabinet.\n\npq"));
  }

  @Test
  void clinicalAcronymAfterValidationInProseIsNoName() {
    assertEquals("", found("Dossier validé en RCP\nDose 50 UI/kg\n"));
  }

  @Test
  void referenceInitialsSpellingAWordAreNames() {
    assertEquals("NOM:ME | NOM:ai", found("Réf. : ME/ai\n"));
  }

  @Test
  void typistInitialsBeforeTheTypingDateAreAName() {
    assertEquals("NOM:wq", found("Compte rendu tapé par wq le 22/01/25\n"));
  }

  @Test
  void lowerCaseGivenNameBeforeCareRoleIsAGivenName() {
    assertEquals("PRENOM:gaelle", found("toilette faite avec gaelle (AS) ce matin.\n"));
  }

  @Test
  void twoLowerCaseSignaturesJoinedBySlashAreGivenNames() {
    assertEquals("PRENOM:solene | PRENOM:yasmine", found("à revoir demain.\n\nsolene / yasmine (AS)\n"));
  }

  @Test
  void lowerCaseGivenNameAfterCareRoleIsAGivenName() {
    assertEquals("PRENOM:ludivine", found("Demande de l'IDE ludivine en HDJ.\n"));
  }

  @Test
  void lowerCaseGivenAndFamilyNameBeforePhoneAreAName() {
    assertEquals("PRENOM:coralie | NOM:vasseur-morel",
        found("Appel reçu :\ncoralie vasseur-morel, tel 06 00 00 00 00, attend un rappel.\n"));
  }

  @Test
  void relativeGivenNameSetOffByCommasIsAGivenName() {
    assertEquals("PRENOM:mamadou", found("A : écoute. le mari, mamadou, rappelle à minuit.\n"));
  }

  @Test
  void relativeGivenNameInBracketsIsAGivenName() {
    assertEquals("PRENOM:fabrice", found("Contexte : accompagné de son frère (fabrice), joignable.\n"));
  }

  @Test
  void relationAdjectiveAfterCousinIsNoName() {
    assertEquals("", found("Antécédent chez un cousin germain de la patiente.\n"));
  }

  @Test
  void lowerCaseNicknameInQuotesIsAGivenName() {
    assertEquals("NOM:HO-TAN | PRENOM:Josiane | PRENOM:nini", found("Pte : mme HO-TAN Josiane (dite \"nini\")\n"));
  }

  @Test
  void lowerCaseSignatureAfterSlashIsAGivenNameAndInitial() {
    assertEquals("PRENOM:hugo | NOM:T. | PRENOM:maeva | NOM:R.", found("Nuit calme.\nhugo T. IDE / maeva R. AS\n"));
  }

  @Test
  void garbageDoesNotThrow() {
    found("/ / (( : p/o ) -- \n\n ab");
    found("a".repeat(5000) + " AB/cd");
    found("Réf. : 2024/118\nRéf. :\n");
  }

  @Test
  void familyNameCutByHyphenAtLineEndIsCompleted() {
    assertEquals("PRENOM:L. | NOM:Ber | NOM:tholet", found("Bien à vous.\n  Dr L. Ber-\n  tholet\n"));
  }

  @Test
  void givenNameCutByHyphenAtLineEndIsCompletedWithTheFamilyName() {
    assertEquals("PRENOM:Mar | PRENOM:tine | NOM:VERDALLE", found("Lyon, le 3 mai\n  Dr Mar-\ntine VERDALLE\n  Oncologie\n"));
  }

  @Test
  void letterSpacedGivenNameAfterFamilyNameIsAGivenName() {
    assertEquals("NOM:BOCAGE | PRENOM:Ro bert", found("Objet : M. BOCAGE Ro bert, né le 07/02/1947\n"));
  }

  @Test
  void mDotAfterClinicalRoleLabelIsAGivenNameInitial() {
    assertEquals("PRENOM:M. | NOM:Kessel", found("Physicien médical : M. Kessel\n"));
  }

  @Test
  void mDotSigningAfterClosingWordIsAGivenNameInitial() {
    assertEquals("PRENOM:M. | NOM:Delorme", found(">> Merci !\n>> M. Delorme, chirurgien\n"));
  }

  @Test
  void mDotBeforePatientNameIsATitle() {
    assertEquals("NOM:Delorme", found("Patient : M. Delorme, 67 ans.\n"));
  }

  @Test
  void lowerCaseGivenNameAfterRoleLabelColonIsAName() {
    assertEquals("PRENOM:nadine", found("Équipe : aide opératoire (IBODE remplaçante) : nadine\n"));
  }

  @Test
  void nicknameAfterNightNurseLabelIsAName() {
    assertEquals("PRENOM:seb", found("Transmissions 14/05 – IDE nuit : seb, RAS.\n"));
  }

  @Test
  void commonWordAfterRoleLabelColonIsNoName() {
    assertEquals("", found("IDE nuit : absente, remplacement demandé.\nPersonne de confiance : idem\nMode de vie : marié, deux enfants\n"));
  }

  @Test
  void lowerCaseSignatureAfterSignedIsAName() {
    assertEquals("PRENOM:nath | NOM:R.", found("Pansement refait.\nsigné nath R. / IDE\n"));
  }

  @Test
  void lowerCaseChildrenListedAfterRelationAreNames() {
    assertEquals(
        "PRENOM:enzo | PRENOM:louna | PRENOM:noa",
        found("Sa voisine (garde les enfants enzo, louna et noa), joignable le soir.\n"));
  }

  @Test
  void lowerCaseListAfterChildStopsAtCommonWords() {
    assertEquals("PRENOM:enzo", found("Vit avec les enfants enzo, fatigué et douloureux ce soir.\n"));
  }

  @Test
  void particleFamilyNameAfterHyphenatedGivenNameAfterRoleLabel() {
    assertEquals(
        "PRENOM:Anne-Sophie | NOM:Le Bras | NOM:ASL | PRENOM:Paul | NOM:Kerjean | NOM:PK",
        found("Équipe de nuit :\nIDE : Anne-Sophie Le Bras (ASL) — Paul Kerjean (PK)\n"));
  }
}

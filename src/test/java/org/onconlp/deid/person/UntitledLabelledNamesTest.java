package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Names without a title: after field labels, lower-case given names, names cut at a line end; every name is made up. */
class UntitledLabelledNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void compoundGivenNameCutAtItsHyphenContinuesOnTheNextLine() {
    assertEquals("NOM:VERDOUX | PRENOM:Marie | PRENOM:Hélène", found("Accord : VERDOUX Marie-\nHélène pour la suite."));
  }

  @Test
  void familyNameInCapitalsCutAtItsHyphenContinuesOnTheNextLine() {
    assertEquals("PRENOM:Odile | NOM:PERRAUD- | NOM:LASSALLE", found("Docteur Odile PERRAUD-\n   LASSALLE\nService"));
  }

  @Test
  void aHeadingInCapitalsAfterACutNameIsNotTakenWithoutItsHyphen() {
    assertEquals("PRENOM:Odile | NOM:PERRAUD", found("Docteur Odile PERRAUD\nCONCLUSION\n"));
  }

  @Test
  void operatedPatientLabelAnnouncesAName() {
    assertEquals("NOM:KERVADEC | PRENOM:Gwendal", found("Opéré(e) : KERVADEC Gwendal\nDate : 12/03/2024"));
  }

  @Test
  void abbreviatedPatientLabelAnnouncesANameWithALowerCaseGivenName() {
    assertEquals("NOM:LAFARGUE | PRENOM:jean-luc", found("pt : LAFARGUE jean-luc\nappel sortant"));
  }

  @Test
  void coordinationLabelAnnouncesAName() {
    assertEquals("NOM:BENSALAH | PRENOM:Karima", found("Coordination : BENSALAH Karima\n"));
  }

  @Test
  void longIdentityLabelReachesItsColon() {
    assertEquals("NOM:FOURCADE", found("Nom / Prénom / Né(e) le : FOURCADE\n").split(" \\| ")[0]);
  }

  @Test
  void lowerCaseGivenNameAfterAFamilyNameInCapitals() {
    assertEquals("NOM:CHAUVEAU | PRENOM:lucien", found("Votre patient, M. CHAUVEAU lucien, 63 ans"));
  }

  @Test
  void givenNameThatIsAlsoAWordCountsWhenItClosesTheName() {
    assertEquals("NOM:LEBRETON | PRENOM:rose", found("Objet : Mme LEBRETON rose\n"));
  }

  @Test
  void givenNameThatIsAlsoAWordInProseIsNoName() {
    assertEquals("NOM:LEBRETON", found("Teint de Mme LEBRETON rose et bien coloré ce jour."));
  }

  @Test
  void lowerCaseGivenNameBeforeAnInitialOrAFamilyName() {
    assertEquals("PRENOM:sonia | NOM:T. | PRENOM:yann | NOM:Kerhervé", found("contrôle réalisé par sonia T. et yann Kerhervé\n"));
  }

  @Test
  void lowerCaseCommonWordBeforeACapitalisedWordIsNoName() {
    assertEquals("", found("prise en charge selon protocole Avastin puis olive Bretagne\n"));
  }

  @Test
  void lowerCaseGivenNameAfterACapitalisedRelationCue() {
    assertEquals("PRENOM:jean-hugues", found("Mariée, trois enfants. Mari, jean-hugues, chauffeur."));
  }

  @Test
  void lowerCaseGivenNameAfterAnEldestDaughter() {
    assertEquals("PRENOM:kelly", found("Fille aînée kelly, 30 ans, aide-soignante."));
  }

  @Test
  void anAbbreviationInBracketsAfterACapitalisedCueIsNoName() {
    assertEquals("", found("PERSONNE DE CONFIANCE (art. L1111-6) : non désignée"));
  }

  @Test
  void aFamilyNameCutAtItsHyphenStaysAFamilyName() {
    assertEquals("PRENOM:Thibaut | NOM:Saint | NOM:Denis", found("votre patient M. Thibaut Saint-\nDenis, 58 ans"));
  }
}

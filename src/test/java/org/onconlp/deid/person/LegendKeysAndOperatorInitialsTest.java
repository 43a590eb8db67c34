package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Lower-case legend keys in table cells, operator chains, trial queries and validation blocks; every name is made up. */
class LegendKeysAndOperatorInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void lowerCaseLegendKeyAndItsTableCellsAreNames() {
    assertEquals("NOM:bq | NOM:bq | NOM:bq | PRENOM:Blandine | NOM:Quéric",
        found("Heure | Produit   | Vérif. | Posé\n10h00 | Paclitaxel | bq     | bq\n\nLégende : bq = Blandine Quéric\n"));
  }

  @Test
  void slashJoinedLowerCaseKeyInACell() {
    assertEquals("NOM:tv | NOM:tv | PRENOM:T. | NOM:Vannier",
        found("11h20 | Carboplatine | 450 mg | tv/rb |\nSignatures : tv = T. Vannier\n"));
  }

  @Test
  void lowerCaseKeyInProseIsNoName() {
    assertEquals("NOM:tv | PRENOM:Thaïs | NOM:Vannier",
        found("Surveillance clinique, cf tv hier.\nSignatures : tv = Thaïs Vannier\n"));
  }

  @Test
  void lowerCaseWordBeforeAnEqualsSignWithoutAGivenNameIsNoKey() {
    assertEquals("", found("Bilan : pa = 12 mmHg ; cf = Annexe 2\n| cf |\n"));
  }

  @Test
  void operatorAndCheckerInitialsWithoutColons() {
    assertEquals("NOM:BGT | NOM:PLM", found("Préparation 03/02 - hotte n° 2 - opératrice BGT, contrôle PLM\n"));
  }

  @Test
  void checkWithoutAnOperatorStaysClinical() {
    assertEquals("", found("Prévoir contrôle TDM à 3 mois, contrôle ECG.\n"));
  }

  @Test
  void clinicalAcronymAfterAnOperatorWordIsNoInitials() {
    assertEquals("", found("Manipulateur IRM présent pendant l'examen.\n"));
  }

  @Test
  void englishQueryAnswerByOneForAnother() {
    assertEquals("NOM:GV | NOM:HN", found("  Site answer (03MAR2024, GV for HN): value corrected.\n"));
  }

  @Test
  void validationBlockRowsUnderATechniqueLabel() {
    assertEquals("NOM:KLM | NOM:DPR | NOM:SV",
        found("Circuit de validation :\n  Technique : KLM / DPR - 18/07\n  Lecture : SV\n\nTechnique : NGS\n"));
  }

  @Test
  void techniqueLabelOutsideAValidationBlockIsNoVisa() {
    assertEquals("", found("Technique : IHC / FISH\nMéthode : NGS\n"));
  }

  @Test
  void initialsAfterASentenceAndADashCloseTheLine() {
    assertEquals("NOM:KD", found("Orientation vers l'hôpital de jour validée. — KD\nSuite du dossier.\n"));
  }

  @Test
  void clinicalAcronymAfterADashIsNoSignature() {
    assertEquals("", found("Bilan sanguin prévu. - NFS\nContrôle à J8. – TDM\n"));
  }

  @Test
  void bracketedInitialsAloneOnALineSignAMessage() {
    assertEquals("NOM:TB", found("Je te rappelle demain.\n\n[TB]\n\n-----Message d'origine-----\n"));
  }

  @Test
  void spacedInitialsAfterAClosingWord() {
    assertEquals("PRENOM:R. | NOM:P.", found("Le scanner est prévu jeudi. Amitiés, R. P.\nDe : secrétariat\n"));
  }

  @Test
  void spacedInitialsBeforeABracketedRoleOpenTheLine() {
    assertEquals("PRENOM:G. | NOM:H.", found("Bonne adhésion au régime.\nG. H. (diététicienne)\n"));
  }

  @Test
  void dottedInitialsBeforeAnExtension() {
    assertEquals("PRENOM:G. | NOM:H.", found("Joignable au secrétariat\n(G.H. – poste 4 12 80)\n"));
  }

  @Test
  void lowerCaseInitialsBeforeADashAndARoleOpenTheLine() {
    assertEquals("NOM:bjt", found("Prochain appel : lundi.\nbjt - IDEC coordination\n"));
  }

  @Test
  void lowerCaseWordBeforeADashAndARoleIsNoInitials() {
    assertEquals("", found("Appel reçu.\net - IDE de nuit prévenue\n"));
  }

  @Test
  void englishInitialsLabelTakesHyphenatedInitialsFamilyFirst() {
    assertEquals("NOM:R | PRENOM:T | PRENOM:V", found("Subject ID : 0412   Initials : R-T-V   Sex : M\n"));
  }

  @Test
  void hyphenatedInitialsAfterASentenceAreNotCutAtTheirHyphen() {
    assertEquals("", found("Injection faite, bonne tolérance. J.-B.\n"));
  }

  @Test
  void trialSafetyAcronymInBracketsIsNoInitials() {
    assertEquals("NOM:K | PRENOM:M", found("SERIOUS ADVERSE EVENT (SAE) REPORT\nInitials : K-M\n"));
  }
}

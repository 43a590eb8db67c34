package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** The writer's and typist's reference closing a letter; every name is made up. */
class TypistReferencesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void bracketedReferenceAfterAColumnGapIsTwoNames() {
    assertEquals("PRENOM:Q. | NOM:Vauclin | NOM:QV | NOM:ep", found("Pr Q. Vauclin                 (QV/ep)\n"));
  }

  @Test
  void squareBracketedReferenceAloneOnALine() {
    assertEquals("NOM:GR | NOM:hs", found("la secrétaire générale\n[GR/hs]\n"));
  }

  @Test
  void dottedWriterAndSpacedSlashInBrackets() {
    assertEquals("PRENOM:J.-L. | NOM:W. | NOM:gd", found("Compte rendu adressé au médecin traitant.\n(J.-L. W. / gd)\n"));
  }

  @Test
  void dottedLowerCaseTypistAfterDottedWriter() {
    assertEquals("PRENOM:H. | NOM:Z. | PRENOM:r. | NOM:t.", found("Bien à vous.\nH. Z. / r. t.\n"));
  }

  @Test
  void referenceAfterAReferenceLabel() {
    assertEquals("PRENOM:F. | NOM:K. | NOM:lp", found("Objet : suivi - N/Réf. : F.K./lp\n"));
  }

  @Test
  void typistAfterANameFoundByItsTitle() {
    assertEquals("NOM:Quenardel | NOM:Quenardel | NOM:ov", found("Dr Quenardel\nDr Quenardel/ov\n"));
  }

  @Test
  void hyphenatedReferenceAfterASpacedSlash() {
    assertEquals("PRENOM:Ysaline | NOM:Brunetière | NOM:YB | NOM:kt", found("Dr Ysaline Brunetière / YB-kt\n"));
  }

  @Test
  void unitsAndClinicalPairsAreNoReference() {
    assertEquals("", found("Héparine 50 UI/kg\n(TEP/TDM)\nDébit : 12 MBq/kg\nPSA 4 ng/ml\n(IV/sc)\n"));
  }

  @Test
  void slashInsideASentenceIsNoReference() {
    assertEquals("", found("Le rapport HER/neu reste faible chez ce patient, à revoir.\n"));
  }

  @Test
  void spacedInitialsAfterAnInitialsLabelAreGivenThenFamilyName() {
    assertEquals("PRENOM:A.-C. | NOM:W.", found("  Initiales : A.-C. W.     Sexe : F\n"));
  }
}

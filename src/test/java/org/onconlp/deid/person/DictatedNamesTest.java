package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Lower-case names after lower-case titles, as dictation writes them; every name is made up. */
class DictatedNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void familyThenGivenNameAfterDictatedTitle() {
    assertEquals("NOM:kerlévéo | PRENOM:yannick", found("courrier pour le docteur kerlévéo yannick virgule médecin traitant\n"));
  }

  @Test
  void givenThenFamilyNameAfterDictatedTitle() {
    assertEquals("PRENOM:erwan | NOM:guivarc'h", found("docteur erwan guivarc'h fin de dictée\n"));
  }

  @Test
  void particleAndCommonWordMakeOneFamilyName() {
    assertEquals("NOM:la garde", found("posée le quatre octobre par le docteur la garde point à la ligne\n"));
  }

  @Test
  void particleNameBeforeGivenName() {
    assertEquals("NOM:le roux | PRENOM:armelle", found("patiente madame le roux armelle née le premier mars\n"));
  }

  @Test
  void unknownNameAloneOnItsLineAfterLowerCaseDr() {
    assertEquals("NOM:okafor", found("anesthésiste : dr okafor\n"));
  }

  @Test
  void verbsAfterLowerCaseTitlesAreNoNames() {
    assertEquals("", found("madame souhaite rentrer à domicile. monsieur accepte le traitement.\n"));
  }

  @Test
  void dutyDoctorIsNoName() {
    assertEquals("", found("le docteur de garde est prévenu ; vu par le docteur en urgence\n"));
  }

  @Test
  void arabicParticleStartsTheFamilyName() {
    assertEquals("NOM:ben yaklef", found("orl adresseur dr ben yaklef, vu le 15/1\n"));
  }
}

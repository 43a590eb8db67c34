package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.TestLexicons;

class ClinicalTermsTest {
  private final ClinicalTerms eponyms = new ClinicalTerms(TestLexicons.LEX);

  @Test
  void eitherWordOfAStagingEponymIsCovered() {
    String text = "DLBCL Ann Arbor IIIB";
    assertTrue(eponyms.overlaps(text, 6, 9));
    assertTrue(eponyms.overlaps(text, 10, 15));
  }

  @Test
  void aHyphenatedScoreIsCovered() {
    assertTrue(eponyms.overlaps("cirrhose Child-Pugh B7", 9, 14));
  }

  @Test
  void theSameGivenNameBeforeAFamilyNameIsNot() {
    assertFalse(eponyms.overlaps("vue par le Dr Ann Martin ce jour", 17, 20));
  }

  @Test
  void wordsOnTwoLinesAreNoPair() {
    assertFalse(eponyms.overlaps("Mme Ann\nArbor", 4, 7));
  }

  @Test
  void aOneWordTumourTermOfTheMorphologyLexiconIsKnown() {
    assertTrue(eponyms.isTumourWord("DLBCL"));
    assertFalse(eponyms.isTumourWord("Kerbrat"));
  }

  @Test
  void aScannerBrandOfTwoWordsIsADevice() {
    String text = "TEP-TDM sur Symbia Intevo le 3 mars";
    assertTrue(eponyms.isDeviceName(text, 12, 25));
  }

  @Test
  void aSurgicalRobotWithItsParticleIsADevice() {
    String text = "prostatectomie assistée par robot Da Vinci Xi";
    assertTrue(eponyms.isDeviceName(text, 34, 45));
  }

  @Test
  void aFamilyNameAfterTheSameParticleIsNoDevice() {
    assertFalse(eponyms.isDeviceName("manipulatrice : Mme Da Silva", 20, 28));
  }

  @Test
  void aBrandBesideAPersonNameIsNoDevice() {
    assertFalse(eponyms.isDeviceName("Vida Kerbrat", 0, 12));
  }

  @Test
  void aWordNamingAnOrganisationsKindIsGeneric() {
    assertTrue(eponyms.isGenericWord("ANAPATH"));
    assertFalse(eponyms.isGenericWord("Bergonié"));
  }
}

package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.person.PersonNameFinder;

class OcrNamesTest {
  private static final PhiLexicons LEX = new PhiLexicons();
  private final OcrNames ocr = new OcrNames(LEX::fold);

  @Test
  void upperCaseNameAfterCivilTitleIsRepaired() {
    assertEquals("Patient : M. MORVAN-DELOR Yves", ocr.repaired("Patient : M. M0RVAN-DELOR Yves"));
  }

  @Test
  void nameAfterParticleAfterLabelIsRepaired() {
    assertEquals("Patiente : LE GOFF Anne", ocr.repaired("Patiente : LE G0FF Anne"));
  }

  @Test
  void lowerCaseLEndingANameAfterDoctorIsRepaired() {
    assertEquals("Copie : Dr Kerhervé - Dr Rivalen", ocr.repaired("Copie : Dr Kerhervé - Dr Riva1en"));
    assertEquals("Dr Rivalen et Dr Daniel", ocr.repaired("Dr Riva1en et Dr Danie1"));
  }

  @Test
  void damagedNameLabelBeforeItsColonIsRepaired() {
    assertEquals("NOM : KERBRAT", ocr.repaired("N0M : KERBRAT"));
  }

  @Test
  void codesWithoutTitleKeepTheirDigits() {
    String text = "Stade T1N0M0, sous O2 2 l/min, gène MLH1 et BRCA1 : statut normal.";
    assertEquals(text, ocr.repaired(text));
  }

  @Test
  void stageAfterTitleLikeWordKeepsItsDigits() {
    assertEquals("M. Durand pT1N0", ocr.repaired("M. Durand pT1N0"));
  }

  @Test
  void emptyAndGarbageTextsDoNotThrow() {
    assertEquals("", ocr.repaired(""));
    assertEquals("0 1 :: Dr 1 M. 0a", ocr.repaired("0 1 :: Dr 1 M. 0a"));
  }

  @Test
  void finderReadsTheRepairedNameAfterATitle() {
    String text = "Patient : M. M0RVAN-DELOR Yves, vu ce jour.";
    PhiTokens tokens = LEX.tokens(LEX.repaired(text));
    String found = new PersonNameFinder(LEX).find(tokens, PatientIdentity.NONE).stream()
        .map(s -> text.substring(s.begin(), s.end())).sorted().toList().toString();
    assertEquals("[M0RVAN-DELOR, Yves]", found);
  }
}

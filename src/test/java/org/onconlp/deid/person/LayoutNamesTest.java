package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Names announced by the layout of their line; every name is made up. */
class LayoutNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void logLinesNameTheFamilyFirstAndTheGivenNameLast() {
    String f = found("12/04/2019 09:05: BRACONNIER L ODILE (PHC)\n13/04/2019 11:40: MORVELLEC JULIETTE (Interne)\n");
    assertTrue(f.contains("NOM:BRACONNIER L | PRENOM:ODILE") && f.contains("NOM:MORVELLEC | PRENOM:JULIETTE"), f);
  }

  @Test
  void aMixedCaseLogLineIsTypedByCase() {
    assertTrue(found("08/05/2017 10:16: Gaëlle TRAMONTI (Externe)\n").contains("PRENOM:Gaëlle | NOM:TRAMONTI"));
  }

  @Test
  void examsInALogLineStayClinical() {
    assertEquals("", found("12/03/2024 10:15: TDM THORACIQUE (injection)\n12/03/2024 11:00: IRM CEREBRALE (T1)\n"));
  }

  @Test
  void upperCaseWordsBeforeSexAndBirthDateCellsAreAnIdentity() {
    assertEquals("NOM:ORVALDIN | NOM:PESQUET | PRENOM:MARCELIN",
        found("Récapitulatif chirurgie ORVALDIN PESQUET MARCELIN | H | 22/01/1965 | 9010572683\n"));
  }

  @Test
  void capitalisedWordsAfterALabelBeforeCellsAreAnIdentity() {
    assertEquals("NOM:Pradilhac | PRENOM:Sidonie", found("Dossier 1: Pradilhac Sidonie | F | 12/05/1973 | 5976349378\n"));
  }

  @Test
  void clinicalRowsBeforeADateCellStayClinical() {
    assertEquals("", found("| Biopsie Hépatique | 12/03/2024 |\n| Carboplatine Paclitaxel | 14/03/2024 |\n"
        + "| TEP SCANNER | 20/03/2024 |\n"));
  }
}

package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Initials made known by a legend, a name rule or a column of visas; every name is made up. */
class RecurringInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void legendNamesTheInitialsAndThePerson() {
    assertEquals("NOM:QV | PRENOM:Odile | NOM:Varenne",
        found("Légende : QV = Odile Varenne (IDE)\n"));
  }

  @Test
  void initialsOfALegendAreANameOnEveryLine() {
    assertEquals("NOM:T.G. | NOM:T.G. | NOM:T.G. | PRENOM:Lise | NOM:Tourneur",
        found("08:00  Perfusion posée, bonne tolérance.      T.G.\n"
            + "Relevé des constantes : T.G.\nLégende : T.G. = Lise Tourneur\n"));
  }

  @Test
  void initialsClosingSeveralTableLinesAreVisas() {
    assertEquals("NOM:PKR | NOM:PKR",
        found("| NaCl 250 mL   | 09:20 | 09:35 | PKR\n| Ondansétron   | 09:35 | 09:50 | PKR\n"));
  }

  @Test
  void initialsClosingOneLineOnlyAreNotEnough() {
    assertEquals("", found("| NaCl 250 mL   | 09:20 | 09:35 | PKR\n| Ondansétron   | 09:35 | 09:50 |\n"));
  }

  @Test
  void clinicalAbbreviationsDownAColumnAreNoVisas() {
    assertEquals("", found("Créatinine      85     N\nHémoglobine     12,1   NF\nCRP             3      NF\n"
        + "Plaquettes      250    NF\nIDE\nIDE\n"));
  }

  @Test
  void initialsInBracketsAfterANameRecurInTheTable() {
    assertEquals("PRENOM:Gaëlle | NOM:Morvan | NOM:GM | NOM:GM",
        found("IDE : Gaëlle Morvan (GM)\nPose de la perfusion 10:25   GM\n"));
  }

  @Test
  void keyAndValueOfAnExportAreNoLegend() {
    assertEquals("", found("UF=Oncologie Medicale\nETAB=Centre Hospitalier Sud\n"));
  }

  @Test
  void unitsOfMeasureDownAColumnAreNoVisas() {
    assertEquals("", found("  loyer 612 EUR\n  énergie 118 EUR\n| NaCl 50 mL | 15 min | IV\n| G5 250 mL | 60 min | IV\n"));
  }

  @Test
  void abbreviationEqualToAValueIsNoLegend() {
    assertEquals("", found("ADK prostatique, PSA = 7,8 ng/mL, cT2b.\nContrôle du PSA à 3 mois.\n"));
  }
}

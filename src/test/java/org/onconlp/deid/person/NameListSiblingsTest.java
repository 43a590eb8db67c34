package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Names listed next to a name found by another rule; every name is made up. */
class NameListSiblingsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void familyNamesWithInitialsAndRolesAfterANameAreNames() {
    assertEquals("NOM:Vaillandet | PRENOM:P. | NOM:Grondal | PRENOM:T. | NOM:Técheron | PRENOM:M.-A.",
        found("Participants : Dr Vaillandet P. (onco), Grondal T. (chir),\nTécheron M.-A. (RT)\n"));
  }

  @Test
  void singleFamilyNamesInAListAfterANameAreNames() {
    String f = found("Médecins présents : Dr Bélanor, Louis-Sidenay, Rosinel, Mérigot.\n");
    assertTrue(f.contains("NOM:Louis-Sidenay") && f.contains("NOM:Rosinel") && f.contains("NOM:Mérigot"), f);
  }

  @Test
  void givenAndUpperCaseFamilyNamesFollowTheirNeighbours() {
    String f = found("Hématologues :\nBenoît TOUVALLE, Dominique LEFORGE, Norodom PIMALO, E. PENIVOT\n");
    assertTrue(f.contains("PRENOM:Norodom") && f.contains("NOM:PIMALO"), f);
  }

  @Test
  void anInitialAtTheEndOfALineJoinsTheNameOnTheNext() {
    String f = found("Radiologues : R. Poumelet, E. Fofanel, L.\nHespadin, V. Langlet\n");
    assertTrue(f.contains("PRENOM:L.") && f.contains("NOM:Hespadin"), f);
  }

  @Test
  void aFamilyNameBeforeAnInitialInAListIsTheFamilyName() {
    String f = found("Participants : Bernus P. (onco), Grondal T. (chir), Técheron M.-A. (RT)\n");
    assertTrue(f.startsWith("NOM:Bernus | PRENOM:P."), f);
  }

  @Test
  void drugsListedAfterANameStayClinical() {
    assertEquals("NOM:Morvanec", found("Prescrit par Dr Morvanec, Carboplatine, Paclitaxel, Bevacizumab.\n"));
  }

  @Test
  void townsAndDepartmentsListedAfterANameStayClinical() {
    assertEquals("NOM:Kerjean", found("Avis du Dr Kerjean, Nantes, Oncologie, Radiothérapie, Hématologie.\n"));
  }

  @Test
  void examsAndGenesListedAfterANameStayClinical() {
    assertEquals("NOM:Kerjean", found("Vu par Dr Kerjean ; TEP, IRM, BRCA1, KRAS, Scanner.\n"));
  }

  @Test
  void aListWithoutANameStaysClinical() {
    assertEquals("", found("Traitements : Anastrozole, Letrozole, Tamoxifène, Fulvestrant\n"));
  }
}

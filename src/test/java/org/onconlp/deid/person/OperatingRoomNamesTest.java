package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Operating-room roles before names, and surgical robots that are no names; every name is made up. */
class OperatingRoomNamesTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void surgeonAndAnaesthetistAfterShortRoleLabels() {
    assertEquals("NOM:KESSLER | NOM:VOGELSANG", found(" Salle 4  Chir : KESSLER      Anesth : VOGELSANG\n"));
  }

  @Test
  void givenNameAfterNurseAnaesthetistWithoutColon() {
    assertEquals("PRENOM:Ludivine", found("Anesthésie générale, IADE Ludivine\n"));
  }

  @Test
  void surgicalRobotIsNoName() {
    assertEquals("", found("Prostatectomie robot-assistée (Da Vinci Xi)\n"));
  }
}

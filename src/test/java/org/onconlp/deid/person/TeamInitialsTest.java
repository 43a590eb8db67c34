package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** A team listed by initials with roles in brackets; every name is made up. */
class TeamInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void initialsWithRolesAfterPresentsAreNames() {
    assertEquals("NOM:GQ | NOM:LWH | NOM:MT",
        found("Présents : GQ (onco), LWH (radiothérapie, par visio),\n           MT (gastro-entérologie)\n"));
  }

  @Test
  void oneBracketedItemIsNoTeam() {
    assertEquals("", found("Présents : RK (onco)\n"));
  }

  @Test
  void abbreviationsExplainedOutsideAPresenceListStayClinical() {
    assertEquals("", found("Abréviations : HDJ (hôpital de jour), SSR (soins de suite), EMSP (soins palliatifs)\n"));
  }

  @Test
  void wordsBeforeBracketsInAPresenceListAreNoInitials() {
    assertEquals("", found("Présents : TOUS (sauf radiologie), AUCUN (interne)\n"));
  }
}

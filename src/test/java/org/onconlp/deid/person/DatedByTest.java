package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Who acted, after a date or a time and "par"; every name is made up. */
class DatedByTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void initialsAfterADateAndByAreAName() {
    assertEquals("NOM:VQ", found("(Compte rendu relu et corrigé le 03/05/2024 par VQ)\n"));
  }

  @Test
  void initialsJoinedBySlashAfterADateAreTwoNames() {
    assertEquals("NOM:GH | NOM:lb", found("Demande faite le 02/05/2024 par GH/lb\n"));
  }

  @Test
  void softwareLoginAfterATimeIsAName() {
    assertEquals("NOM:qbarthoux", found("Edité le 11/03/2023 09:12 par qbarthoux\n"));
  }

  @Test
  void lowerCaseGivenNameAfterADateIsAGivenName() {
    assertEquals("PRENOM:odile", found("Scanné le 12.03.2024 par odile - original au dossier\n"));
  }

  @Test
  void clinicalWordsAfterADateAndByStayClinical() {
    assertEquals("", found("Traitement débuté le 12/04 par voie orale.\nContrôle le 03/05/2024 par TEP.\n"
        + "Mitoses 10 par champ.\n"));
  }
}

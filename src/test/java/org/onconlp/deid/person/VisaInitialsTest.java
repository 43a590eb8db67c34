package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Initials alone after a label naming who checked or wrote; every name is made up. */
class VisaInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void dottedInitialsAfterACheckLabelAreAName() {
    assertEquals("NOM:P.V.", found("Contrôle libération : P.V.\n"));
  }

  @Test
  void capitalInitialsAfterAByLabelAreAName() {
    assertEquals("NOM:QLB", found("Validé : QLB\n"));
  }

  @Test
  void writerAndTypistInitialsAfterWritingLabel() {
    assertEquals("NOM:JV | NOM:sk", found("Rédaction : JV/sk – diffusé le 02/03/2024\n"));
  }

  @Test
  void initialsInALegendBeforeTheirName() {
    assertEquals("NOM:W.K.", found("  VISAS : W.K. = voir registre\n"));
  }

  @Test
  void roleLabelInAColumnThenInitials() {
    assertEquals("NOM:Y.M.", found("  Opérateur isolateur : Y.M.      Analyse : conforme\n"));
  }

  @Test
  void clinicalAbbreviationsAfterCheckLabelsAreNoInitials() {
    assertEquals("", found("Contrôle : TDM à 3 mois\nIDE : RAS\nContrôle : NFS, CRP\nValidé : OUI\nRelève : HDJ\n"));
  }

  @Test
  void romanNumeralGradeIsNoInitials() {
    assertEquals("", found("- Niveau de Clark : IV\n"));
  }

  @Test
  void initialsAfterAValidationLabelBeforeTheTime() {
    assertEquals("NOM:KRL", found("Validation technique : KRL 10:41\n"));
  }

  @Test
  void initialsAfterAValidationLabelBeforeTheDate() {
    assertEquals("NOM:GH", found("Validation pharmaceutique : GH le 14/02/2025 17:03\n"));
  }

  @Test
  void spacedInitialsAfterALongVisaLabelAreGivenThenFamilyName() {
    assertEquals("PRENOM:P-A | NOM:V.", found("Visa médecin coordinateur SMUR : P-A V. (paraphe)\n"));
  }

  @Test
  void lowerCaseInitialsAfterAVisaLabel() {
    assertEquals("NOM:rk | NOM:dp", found("visa : rk  /  dp            mardi 4 mars\n"));
  }

  @Test
  void examinationsBeforeADateAreNoVisa() {
    assertEquals("", found("Contrôle : NFS le 12/03\nContrôle : TDM le 04/05\nValidation : OK le 03/03\nvisa : non\n"));
  }
}

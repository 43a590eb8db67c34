package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.person.PersonNameFinderTest.found;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

class ParticleAndSpacedNamesTest {
  private static String names(String text) {
    return found(text, PatientIdentity.NONE);
  }

  @Test
  void particlesEndingTheTitledLineOpenTheNameOnTheNextLine() {
    assertEquals("NOM:de la\nRoncière", names("Copie au service, à l'attention du Dr de la\nRoncière (avis du 02/02)."));
  }

  @Test
  void upperCaseParticlesAtLineEndAfterCivilTitle() {
    assertEquals("NOM:DE LA\nKERVÉGAN | PRENOM:Solène", names("Patiente : Mme DE LA\nKERVÉGAN Solène\nExamen : IRM"));
  }

  @Test
  void particleAloneAtLineEndOfProseStaysText() {
    assertEquals("", names("Il faut voir avec le service de la\nRadiothérapie demain."));
  }

  @Test
  void familyNameThatIsAParticleAfterAParticle() {
    assertEquals("PRENOM:R. | NOM:Le Du", names("Manipulateur : R. Le Du."));
  }

  @Test
  void spanishYJoinsTwoFamilyNamesInCapitals() {
    assertEquals("NOM:MARTIN Y LOPEZ | PRENOM:Jon", names("Patient : M. MARTIN Y LOPEZ Jon\nNé le 02/03/1950"));
  }

  @Test
  void spacedUpperCaseFamilyNameAfterNameLabelIsOneName() {
    assertEquals("NOM:KERMARE C | PRENOM:Rene", names("NOM : KERMARE C        PRENOM : Rene"));
  }

  @Test
  void familyNameBrokenIntoShortFragmentsBeforeAColumn() {
    assertEquals("NOM:GUÉ R IN", names("| NOM D'USAGE ........ : GUÉ R IN          |"));
  }

  @Test
  void initialAfterFamilyNameInProseStaysAnInitial() {
    assertEquals("NOM:DUPONT | PRENOM:J.", names("Vu par le Dr DUPONT J. ce jour."));
  }

  @Test
  void regionAfterElidedDeIsNoGivenName() {
    assertEquals("", names("Dossier APA transmis à la Collectivité européenne d'Alsace le 27/06."));
  }
}

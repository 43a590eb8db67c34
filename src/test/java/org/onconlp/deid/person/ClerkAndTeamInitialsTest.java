package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;

/** Initials of typists, coders and secretaries, of a team listed by initials, and of a text's signer; every name is made up. */
class ClerkAndTeamInitialsTest {
  private static String found(String text) {
    return PersonNameFinderTest.found(text, PatientIdentity.NONE);
  }

  @Test
  void typingWordThenInitialsClosingTheLetter() {
    assertEquals("NOM:Garnier | NOM:ab", found("Pr Garnier / frappe ab\n"));
    assertEquals("NOM:Garnier | NOM:MT", found("Pr Garnier (dicté) — frappé MT\n"));
  }

  @Test
  void clerkInitialsInsideOrAfterABracket() {
    assertEquals("NOM:MLC", found("Édition du 18/11/2024 07:52 (op. MLC)\n"));
    assertEquals("NOM:kpo", found("Commentaire codeuse (kpo) : séjour conforme.\n"));
    assertEquals("NOM:RV", found("Correction (ajout du 03/02, secrétariat RV) : le rendez-vous est à 10h.\n"));
  }

  @Test
  void serviceAfterAClerkWordIsNoInitials() {
    assertEquals("", found("Appeler le secrétariat HDJ, puis le secrétariat ORL.\n"));
    assertEquals("", found("Le patient frappe le mur ; secrétariat des consultations.\n"));
    assertEquals("", found("Saisi le 03/02 (secrétariat ACP)\nNote secrétariat UCOG – appel entrant\n"));
  }

  @Test
  void unbracketedInitialsBetweenTeamMembersAndTheirRecurrences() {
    assertEquals("NOM:BT | NOM:LR | NOM:J-PD | NOM:MdL | NOM:LR | NOM:J-PD",
        found("Présents : BT (oncologue, coordonnateur), LR, J-PD, MdL (radiothérapeutes),\n\n"
            + "Décision : VALIDÉ (contours revus par LR).\nReprise par J-PD avant le 11/03.\n"));
  }

  @Test
  void roleAbbreviationListedInATeamIsNoInitials() {
    assertEquals("NOM:BT | NOM:MdL", found("Présents : BT (oncologue), IDE, MdL (radiothérapeute)\n"));
  }

  @Test
  void geneAndUnitShapedLikeInitialsAreNoGroup() {
    assertEquals("", found("Présents : BT, B-RAF, MeV\nMutation B-RAF ; électrons 6 MeV.\n"));
  }

  @Test
  void lowerCaseInitialsClosingTheText() {
    assertEquals("NOM:rf", found("Le patient devra signer l'autorisation.\nrf"));
    assertEquals("NOM:yv", found("copie : dossier du participant / yv\n"));
    assertEquals("PRENOM:Anne | NOM:Ferrand | NOM:vb", found("Anne Ferrand, coordinatrice du réseau - vb\n"));
    assertEquals("NOM:lg", found("Je la rappelle demain.\n\nlg\n--\nService de radiothérapie\n"));
  }

  @Test
  void wordClosingTheTextIsNoInitials() {
    assertEquals("", found("Avis favorable.\noui\n"));
    assertEquals("", found("Dose totale exprimée en mg / ml\n"));
  }

  @Test
  void twoTypistsJoinedByAHyphenAfterTheWriter() {
    assertEquals("NOM:FERRAND | NOM:tl | NOM:sm", found("Dr FERRAND / tl-sm\n"));
  }

  @Test
  void givenNameBeforeASpacedSlashKeepsItsLabel() {
    assertEquals("NOM:MARCHAL | PRENOM:Hélène | NOM:ab", found("Édité le 11/06/2024 - Dr MARCHAL Hélène / ab          Page 2 / 2\n"));
  }

  @Test
  void bracketedInitialsSpellingTheNameBeforeThem() {
    assertEquals("PRENOM:Odile | NOM:Vasseur | NOM:OV", found("Rédactrice : Odile Vasseur, IDE de coordination (OV)\n"));
  }

  @Test
  void bracketedAcronymNotSpellingTheNameStaysClinical() {
    assertEquals("PRENOM:Odile | NOM:Vasseur", found("Rédactrice : Odile Vasseur, IDE de coordination (HAD)\n"));
  }

  @Test
  void receivedByThenLowerCaseInitials() {
    assertEquals("NOM:jd", found("Reçu par : jd                        14/10/2025 10h05\n"));
  }
}

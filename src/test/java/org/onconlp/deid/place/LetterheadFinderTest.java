package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiResolver;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.TestLexicons;
import org.onconlp.deid.person.PersonNameFinder;

/** Letterheads naming a facility without a facility word, on invented documents. */
class LetterheadFinderTest {
  private final PlaceFinder finder = new PlaceFinder(TestLexicons.LEX);

  private String hospitals(String text) {
    PhiTokens tokens = TestLexicons.LEX.tokens(text);
    return new PhiResolver()
        .resolve(finder.find(tokens, new PersonNameFinder(TestLexicons.LEX).find(tokens, PatientIdentity.NONE))).stream()
        .filter(s -> s.category().equals("HOPITAL"))
        .map(s -> text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void upperCaseBrandBeforeADashAndAnAddressLineIsAFacility() {
    assertEquals("PATHOLIS GOELO", hospitals("PATHOLIS GOELO — Cabinet de pathologie\n3 rue des Forges – 22500 Paimpol\n"));
  }

  @Test
  void centredBrandAloneOnItsLineIsAFacility() {
    assertEquals("RADIOVIVE", hospitals("              RADIOVIVE\n   Pôle de radiothérapie de la Côte d'Opale\n   8 avenue du Port - 62200 Boulogne\n"));
  }

  @Test
  void brandBetweenSlashRulesIsAFacility() {
    assertEquals("OncoSoleil Antilles", hospitals("/// OncoSoleil Antilles ///  5 rue des Goyaviers  97200 Fort-de-France\nCompte rendu\n"));
  }

  @Test
  void descriptiveLaboratoryNameWithAPlaceNameIsAFacility() {
    assertEquals("LABORATOIRE DE CYTOLOGIE DU PAYS BRIARD",
        hospitals("LABORATOIRE DE CYTOLOGIE DU PAYS BRIARD\n4 rue de la Gare – 77100 Meaux\n"));
  }

  @Test
  void practiceWordAndSpecialtiesJoinThePracticeNameAfterADash() {
    assertEquals("Cabinet de Rhumatologie & Échographie – Les Tanneurs",
        hospitals("Cabinet de Rhumatologie & Échographie – Les Tanneurs\n12 quai des Tanneurs – 67000 Strasbourg\n"));
  }

  @Test
  void departmentLineUnderTheBrandStaysAHeading() {
    assertEquals("ONCORAYON VOSGES", hospitals("ONCORAYON VOSGES\nRadiothérapie - Oncologie\n9 avenue de la Paix\n88000 ÉPINAL\n"));
  }

  @Test
  void descriptionUnderAFacilityNamedOnTopIsNoSecondFacility() {
    assertEquals("CENTRE ALBERT NORVAL",
        hospitals("CENTRE ALBERT NORVAL\nCentre de Lutte Contre le Cancer de Picardie\n5 rue des Tanneurs - 80000 Amiens\n"));
  }

  @Test
  void brandRepeatedUnderTheLaboratoryLetterheadIsAFacility() {
    assertEquals("LABORATOIRE NOVABIO | NovaBio",
        hospitals("LABORATOIRE NOVABIO          Site de Morlaix\nNovaBio – SELAS de biologie médicale – 8 rue de Brest, 29600 Morlaix\n"));
  }

  @Test
  void headingBelowAFacilityLineIsNoFacility() {
    assertEquals("Clinique des Ormeaux", hospitals("Clinique des Ormeaux\nPRINCIPAUTÉ DU LEVANT\n5 rue des Tanneurs - 80000 Amiens\n"));
  }

  @Test
  void twoFacilitiesSplitByADashStaySeparate() {
    assertEquals("CHU de Valmont | Hôpital Paul Derain",
        hospitals("CHU de Valmont – Hôpital Paul Derain\n5 rue des Tanneurs - 80000 Amiens\n"));
  }

  @Test
  void departmentBeforeAFacilityOnTheSameLineIsNoPartOfIt() {
    assertEquals("Clinique Sainte-Odile", hospitals("Centre de Radiothérapie Clinique Sainte-Odile\n5 rue des Tanneurs - 80000 Amiens\n"));
  }

  @Test
  void adjectiveBeforeAFacilityUnderTheGroupLetterheadJoinsIt() {
    assertEquals("HÔPITAUX UNIVERSITAIRES DE VALMONT | Nouvel Hôpital Sainte-Blandine",
        hospitals("HÔPITAUX UNIVERSITAIRES DE VALMONT\nNouvel Hôpital Sainte-Blandine – Chirurgie\n1 place de l'Hôpital – 80000 Amiens\n"));
  }

  @Test
  void formTitleAboveAnAddressIsNoFacility() {
    assertEquals("", hospitals("CERTIFICAT MEDICAL\nà remplir par le médecin\n5 rue des Tanneurs - 80000 Amiens\n"));
  }

  @Test
  void headingWithoutAnAddressBelowIsNoFacility() {
    assertEquals("", hospitals("COMPTE RENDU OPERATOIRE\nPatient : opéré le 3 mai.\n"));
  }

  @Test
  void doctorLetterheadIsNoFacility() {
    assertEquals("", hospitals("Dr Armelle Quintin\nOncologie médicale\n14 rue Victor Hugo, 35000 Rennes\n"));
  }

  @Test
  void brandWithoutAnAddressIsNoFacility() {
    assertEquals("", hospitals("ONCORAYON VOSGES\n\nSynthèse de consultation du 3 mai.\n"));
  }

  @Test
  void brandOnTheFifthLineIsNoLetterhead() {
    assertEquals("", hospitals("Compte rendu\nde consultation\ndu 3 mai\nSuivi\nNOVALIS ARGOAT\n3 rue des Forges – 22500 Paimpol\n"));
  }

  @Test
  void garbageDoesNotThrow() {
    assertEquals("", hospitals("/// ///\n=== ===\n—"));
    assertEquals("", hospitals(""));
  }
}

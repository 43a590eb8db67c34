package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiResolver;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.TestLexicons;
import org.onconlp.deid.person.PersonNameFinder;

/** Address and facility forms of letterheads, overseas departments and OCR, on invented lines. */
class PlaceFormsTest {
  @Test
  void zoneNamedOnAnAddressLineIsAnAddress() {
    assertEquals("ADRESSE:Zone de Bellefontaine | ADRESSE:Immeuble Le Corail | ZIP:97232 | VILLE:Le Lamentin",
        PlaceFinderTest.found("Zone de Bellefontaine, Immeuble Le Corail - 97232 Le Lamentin"));
  }

  @Test
  void zoneBeforeANumberedStreetIsOneAddress() {
    assertEquals("ADRESSE:Zone Portail, 8 rue des Letchis | ZIP:97460 | VILLE:Saint-Paul",
        PlaceFinderTest.found("/// Zone Portail, 8 rue des Letchis  97460 Saint-Paul"));
  }

  @Test
  void residenceAfterACueBeforeANumberedStreetIsOneAddress() {
    assertEquals("ADRESSE:Résidence Les Pins, 14 rue Haute | ZIP:69003 | VILLE:Lyon",
        PlaceFinderTest.found("Patiente domiciliée Résidence Les Pins, 14 rue Haute, 69003 Lyon"));
  }

  @Test
  void zoneInProseIsNoAddress() {
    assertEquals("", PlaceFinderTest.found("Zone de Fibrose, sans lésion suspecte."));
  }

  @Test
  void streetAfterAStarMarkOfALetterheadIsAnAddress() {
    assertEquals("HOPITAL:POLYCLINIQUE DES GOYAVIERS | ADRESSE:Rue des Icaques | ZIP:97190 | VILLE:LE GOSIER",
        PlaceFinderTest.found("POLYCLINIQUE DES GOYAVIERS * Rue des Icaques * 97190 LE GOSIER"));
  }

  @Test
  void upperCaseInitialsLikeAStreetTypeAfterASlashAreNoAddress() {
    assertEquals("", PlaceFinderTest.found("Validé par : IE / PL              Diffusion restreinte"));
  }

  @Test
  void capitalisedStreetTypeAfterAResidenceCueIsAnAddress() {
    assertEquals("ADRESSE:Chemin des Sorbiers | ZIP:74100 | VILLE:Annemasse",
        PlaceFinderTest.found("M. X, domicilié Chemin des Sorbiers, 74100 Annemasse :"));
  }

  @Test
  void caribbeanSectionInBracketsIsAnAddress() {
    assertEquals("VILLE:Sainte-Anne | ADRESSE:section Belle-Plaine", PlaceFinderTest.found("Il réside à Sainte-Anne (section Belle-Plaine)."));
  }

  @Test
  void lowerCaseRouteBetweenSpacedDashesIsAnAddress() {
    assertEquals("ADRESSE:route Saint-Joseph | ZIP:20000 | VILLE:Ajaccio", PlaceFinderTest.found("Accueil – route Saint-Joseph – 20000 Ajaccio"));
  }

  @Test
  void quarterAfterAStreetInATableCellIsAnAddress() {
    assertEquals("ADRESSE:12 allée des Goyaves | ADRESSE:quartier Montplaisir",
        PlaceFinderTest.found("| Adresse | 12 allée des Goyaves, quartier Montplaisir    |"));
  }

  @Test
  void streetNameCutByAHyphenAtTheLineEndGoesOn() {
    assertEquals("ADRESSE:11 rue des Tis-\nserands", PlaceFinderTest.found("Adresse : 11 rue des Tis-\nserands\n"));
  }

  @Test
  void letterSpacedFacilityWithLowerCaseLettersIsAFacility() {
    assertEquals("HOPITAL:G r o u p e   H o s p i t a l i e r   V a l m o n t - B e l l e c o m b e",
        PlaceFinderTest.found("G r o u p e   H o s p i t a l i e r   V a l m o n t - B e l l e c o m b e\n"));
    assertEquals("HOPITAL:C H U   d e   l a   M a r t i n i q u e", PlaceFinderTest.found("  C H U   d e   l a   M a r t i n i q u e\n"));
  }

  @Test
  void postalCodeClosingAStreetWithoutATownIsAZip() {
    assertEquals("VILLE:Vannes | ADRESSE:5 rue de la Paix | ZIP:56000", PlaceFinderTest.found("Vannes - 5 rue de la Paix - 56000 - standard"));
  }

  @Test
  void townMissingFromTheCommuneListUnderAnAddressLineIsATown() {
    assertEquals("ADRESSE:Lieu-dit Capo di Feno | ZIP:20167 | VILLE:Vignolaccia", PlaceFinderTest.found("Lieu-dit Capo di Feno\n20167 Vignolaccia\n"));
  }

  @Test
  void postalCodeCutInTwoByOcrUnderAnAddressIsAZip() {
    assertEquals("ADRESSE:Route de Grand-Camp | ADRESSE:CS 50448 | ZIP:971 10 | VILLE:Pointe-à-Pitre",
        PlaceFinderTest.found("Route de Grand-Camp - CS 50448\n971 10 Pointe-à-Pitre\n"));
  }

  @Test
  void twoNumbersOpeningALineWithoutAnAddressAboveAreNoZip() {
    assertEquals("", PlaceFinderTest.found("Plaquettes\n971 59 Normal\n"));
  }

  @Test
  void localityBetweenTheStreetAndThePostalCodeIsATown() {
    assertEquals("ADRESSE:12 chemin Payet | VILLE:Ravine des Goyaves | ZIP:97432 | VILLE:Saint-Pierre",
        PlaceFinderTest.found("Adresse : 12 chemin Payet, Ravine des Goyaves, 97432 Saint-Pierre"));
  }

  @Test
  void lowerCaseRegionalAdjectiveStaysInTheFacilityName() {
    assertEquals("HOPITAL:Centre hospitalier de l'Ouest guyanais Paul Ramel",
        PlaceFinderTest.found("Biopsie réalisée au Centre hospitalier de l'Ouest guyanais Paul Ramel le 3 mai."));
  }

  @Test
  void grandRueAfterAHouseNumberIsAnAddress() {
    assertEquals("ADRESSE:4 Grand'Rue | VILLE:Colmar", PlaceFinderTest.found("domicilié 4 Grand'Rue à Colmar"));
  }

  @Test
  void communeThatIsACommonWordAfterADoctorsNameIsATown() {
    String text = "Médecin traitant : Dr Girardot Paul, Contres - 02 00 00 00 00";
    PhiTokens tokens = TestLexicons.LEX.tokens(text);
    String found = new PhiResolver()
        .resolve(PlaceFinderTest.FINDER.find(tokens, new PersonNameFinder(TestLexicons.LEX).find(tokens, PatientIdentity.NONE))).stream()
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
    assertEquals("VILLE:Contres", found);
    assertEquals("", PlaceFinderTest.found("Médecin traitant : Dr Girardot Paul, Contres - 02 00 00 00 00"));
  }

  @Test
  void centreNamedAfterAPersonInProseIsAFacility() {
    assertEquals("HOPITAL:centre Paul Strauss", PlaceFinderTest.found("Curiethérapie réalisée au centre Paul Strauss le 3 mai."));
    assertEquals("", PlaceFinderTest.found("Lésion au centre de la tumeur."));
  }

  @Test
  void laboratoryBrandWrappedOntoTheNextLineIsAFacility() {
    assertEquals("HOPITAL:Cytobio Vendée", PlaceFinderTest.found("Lame adressée au laboratoire\nCytobio Vendée (La Roche)."));
  }

  @Test
  void imagingPracticeNamedAfterACommaIsAFacility() {
    assertEquals("HOPITAL:Imagerie des Tamaris | VILLE:Lannion", PlaceFinderTest.found("Prescripteur : radiologue, Imagerie des Tamaris, Lannion"));
  }

  @Test
  void territorialHospitalGroupWithItsNameIsAFacility() {
    assertEquals("HOPITAL:GHT Loire Océan", PlaceFinderTest.found("=== GHT Loire Océan === Secrétariat"));
    assertEquals("", PlaceFinderTest.found("Discussion au sein du GHT."));
  }

  @Test
  void regionAfterALaboratoryBrandOfTheLexiconBelongsToIt() {
    assertEquals("HOPITAL:Cypath Bretagne | VILLE:Rennes", PlaceFinderTest.found("Étalements adressés à Cypath Bretagne (Rennes)."));
  }

  @Test
  void siteNamedByACompassPointIsNoFacility() {
    assertEquals("HOPITAL:CHU de Valmont", PlaceFinderTest.found("CHU de Valmont - Site Sud\n"));
    assertEquals("HOPITAL:CHU de Valmont | HOPITAL:Site Bellevue", PlaceFinderTest.found("CHU de Valmont - Site Bellevue\n"));
  }

  @Test
  void capitalisedArticleAfterALowerCaseFacilityWordOpensItsName() {
    assertEquals("HOPITAL:clinique Les Trois Sources", PlaceFinderTest.found("Sa sœur, aide-soignante à la clinique Les Trois Sources, l'accompagne."));
  }

  @Test
  void nursingPracticeWithALowerCaseDescriptorIsAFacility() {
    assertEquals("HOPITAL:Cabinet infirmier des Glycines", PlaceFinderTest.found("Pansement par IDE (Cabinet infirmier des Glycines) ce matin."));
  }

  @Test
  void imagingPracticeInBracketsIsAFacility() {
    assertEquals("HOPITAL:Imagerie du Vallon", PlaceFinderTest.found("IRM du 10/07 (Imagerie du Vallon) sans lésion."));
    assertEquals("HOPITAL:Imagerie médicale Mermoz", PlaceFinderTest.found("TEP du 3 mai (Imagerie médicale Mermoz) normale."));
    assertEquals("", PlaceFinderTest.found("Biopsie (Imagerie interventionnelle) sans complication."));
  }

  @Test
  void imagingPracticeAfterTheSameServiceInLowerCaseIsAFacility() {
    assertEquals("HOPITAL:Imagerie Médicale des Acacias", PlaceFinderTest.found("Rendez-vous au cabinet\n  d'imagerie Imagerie Médicale des Acacias pour l'IRM."));
  }

  @Test
  void imagingPracticeInATableColumnIsAFacility() {
    assertEquals("HOPITAL:Imagerie Sèvre et Maine", PlaceFinderTest.found(" lun 12/05   Scanner TAP injecté          Imagerie Sèvre et Maine"));
  }

  @Test
  void departmentNumberClosingALaboratoryBrandBelongsToIt() {
    assertEquals("HOPITAL:BIOLAB 86", PlaceFinderTest.found("LABORATOIRE BIOLAB 86\nExport des résultats"));
  }

  @Test
  void hospitalGroupGluedWithADotBelongsToTheFacility() {
    assertEquals("HOPITAL:APHP.Ouest | HOPITAL:AP-HP.Sorbonne Université",
        PlaceFinderTest.found("Suivie à APHP.Ouest puis à AP-HP.Sorbonne Université."));
  }

  @Test
  void lieuDitNamedByItsArticleIsAnAddress() {
    assertEquals("ADRESSE:lieu-dit Les Bruyères", PlaceFinderTest.found("Vit seul dans une ferme au lieu-dit Les Bruyères depuis 2010."));
    assertEquals("ADRESSE:lieu-dit Kermorvan", PlaceFinderTest.found("Retour à domicile (lieu-dit Kermorvan) demain."));
  }

  @Test
  void hamletNameWrappedAfterItsConnectorIsAnAddress() {
    assertEquals("ADRESSE:Hameau de\n  la Fontaine | ADRESSE:5 rue Basse",
        PlaceFinderTest.found("Domicile : Hameau de\n  la Fontaine, 5 rue Basse"));
  }

  @Test
  void hyphenatedPairOfTownsGivesBothTowns() {
    assertEquals("VILLE:Cayenne | VILLE:Paris", PlaceFinderTest.found("Contraintes : trajet Cayenne-Paris pour la relecture."));
  }

  @Test
  void townOpeningAStationNameAfterAPlaceCueIsATown() {
    assertEquals("VILLE:Villejuif", PlaceFinderTest.found("Navette depuis Villejuif-Louis Aragon toutes les heures."));
  }

  @Test
  void hyphenatedGivenNamesAndDepartmentsAreNoTowns() {
    assertEquals("", PlaceFinderTest.found("Vue avec Marie-Laure ce matin."));
    assertEquals("", PlaceFinderTest.found("Dossier transmis à la CPAM de Loire-Atlantique."));
  }
}

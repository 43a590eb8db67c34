package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PhiResolver;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.TestLexicons;

/** Addresses, cities and facilities on invented French lines. */
class PlaceFinderTest {
  static final PlaceFinder FINDER = new PlaceFinder(TestLexicons.LEX);

  /** The resolved places of a text as "CATEGORY:text | …" (shared with {@link PlaceFormsTest}). */
  static String found(String text) {
    return new PhiResolver()
        .resolve(FINDER.find(TestLexicons.LEX.tokens(text))).stream()
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void streetPostalCodeAndCity() {
    assertEquals(
        "ADRESSE:12 bis rue des Lilas | ZIP:69004 | VILLE:Lyon",
        found("Adresse : 12 bis rue des Lilas, 69004 Lyon"));
  }

  @Test
  void hospitalWithItsPlace() {
    assertEquals("HOPITAL:Centre Hospitalier de Montélimar", found("Adressée par le Centre Hospitalier de Montélimar."));
  }

  @Test
  void cancerCentreFromTheLexicon() {
    assertEquals("HOPITAL:Centre Léon Bérard", found("Deuxième avis au Centre Léon Bérard."));
  }

  @Test
  void bareFacilityWordIsNotPhi() {
    assertEquals("", found("Hospitalisée au CHU puis à l'EHPAD."));
  }

  @Test
  void communeThatIsACommonWordNeedsABirthContext() {
    assertEquals("", found("Douleur irradiant à Bras droit."));
    assertEquals("VILLE:Sens", found("Née à Sens en 1950."));
  }

  @Test
  void placeAndDateLine() {
    assertEquals("VILLE:Lyon", found("Lyon, le 3 mars 2021"));
  }

  @Test
  void villageMissingFromTheCommuneListOpensALetterheadDateLine() {
    assertEquals("VILLE:Montbrison-sur-Lanne", found("Montbrison-sur-Lanne, le 27/04/2020"));
  }

  @Test
  void capitalisedWordBeforeLeWithoutADateIsNotACity() {
    assertEquals("", found("Patiente, le dossier est complet."));
  }

  @Test
  void facilityNameWithALowerCaseSpeciality() {
    assertEquals(
        "HOPITAL:Institut de cancérologie Sainte-Adèle | ADRESSE:2 rue Jacques Monod",
        found("Institut de cancérologie Sainte-Adèle\n2 rue Jacques Monod"));
  }
  @Test
  void birthplaceAfterABirthDateIsACity() {
    assertEquals("VILLE:Bonne", found("Monsieur X, né le 10 mai 1950 à Bonne."));
  }

  @Test
  void commonWordCommuneAfterAPlaceCue() {
    assertEquals("VILLE:Sens", found("Patiente domiciliée à Sens depuis 2010."));
  }

  @Test
  void cityOfOriginAfterOriginaireDe() {
    assertEquals("VILLE:Vire", found("Originaire de Vire, elle vit seule."));
  }

  @Test
  void placeAndDateInTheMiddleOfALine() {
    assertEquals("VILLE:Bonne", found("Fait à Bonne, le 12/03/2022"));
  }

  @Test
  void cityEndingACcLineAfterAComma() {
    assertEquals("VILLE:Ajaccio", found("cc : Dr X, médecin traitant, Ajaccio\nMerci."));
  }

  @Test
  void commonWordCommuneAfterBareAIsNoCity() {
    assertEquals("", found("Douleur à Bras droit, retour à Sens interdit."));
  }
  @Test
  void communeStandingAloneInParenthesesOrAfterADash() {
    assertEquals("VILLE:Roubaix | HOPITAL:Hôpital Saint-Joseph | VILLE:Marseille",
        found("Médecin traitant : Dr X (Roubaix)\nHôpital Saint-Joseph - Marseille"));
  }

  @Test
  void medicalEponymThatIsACommuneIsNoCity() {
    assertEquals("", found("Drain de Redon, score de Deauville 2, bains de bouche."));
  }

  @Test
  void pluralOfACommonWordIsNoCity() {
    assertEquals("", found("- Bains de bouche bicarbonate 4x/j"));
  }

  @Test
  void communeReadAsAPersonNameIsNoLooseCity() {
    String text = "Copie : Dr Pons";
    PhiTokens tokens = TestLexicons.LEX.tokens(text);
    assertEquals(List.of(), FINDER.find(tokens, List.of(new PhiSpan(11, 15, "NOM"))));
  }

  @Test
  void frequentGivenNameCommuneAfterAPreposition() {
    assertEquals("VILLE:Nancy", found("Avocate au Barreau de Nancy"));
  }

  @Test
  void delegatedCommuneOfAMergedCommune() {
    assertEquals("ADRESSE:2 rue Haute | VILLE:Brissac-Quincé", found("Dr Y, 2 rue Haute, Brissac-Quincé."));
  }

  @Test
  void birthplaceAbroadAfterABirthDate() {
    assertEquals("VILLE:Naples", found("Née le 15/08/1931 à Naples (Italie)."));
  }

  @Test
  void postalBoxIsPartOfTheAddress() {
    assertEquals("ADRESSE:CS 86709", found("Réponse libre - CS 86709 - hors département"));
  }

  @Test
  void streetWithoutNumberOpeningALine() {
    assertEquals("ADRESSE:Rue du Stade | ZIP:45150 | VILLE:Jargeau", found("Maison de santé\nRue du Stade\n45150 Jargeau"));
  }

  @Test
  void rangeOfStreetNumbers() {
    assertEquals("ADRESSE:47-83 boulevard de l'Hôpital", found("47-83 boulevard de l'Hôpital, Paris"));
  }

  @Test
  void hamletAfterAnAddressLabel() {
    assertEquals("ADRESSE:La Grande Noue | ADRESSE:17 route de Saumur",
        found("Domicile : La Grande Noue, 17 route de Saumur"));
  }

  @Test
  void homeCareAndLaboratoryNamesAreFacilities() {
    assertEquals("HOPITAL:HAD Anjou Santé | HOPITAL:LABORATOIRE D'ANATOMIE PATHOLOGIQUE DU HAINAUT",
        found("Infirmière - HAD Anjou Santé\nLABORATOIRE D'ANATOMIE PATHOLOGIQUE DU HAINAUT\n"));
  }

  @Test
  void genericLaboratoryWithoutProperNameIsNoFacility() {
    assertEquals("", found("Prélèvement adressé au Laboratoire de Pathologie, puis au Cabinet de Pathologie."));
  }

  @Test
  void quotedNameOfANursingHome() {
    assertEquals("HOPITAL:EHPAD \"Les Jardins de Sainte-Anne", found("Etablissement : EHPAD \"Les Jardins de Sainte-Anne\""));
  }
  @Test
  void lowerCaseStreetWithoutNumberInParentheses() {
    assertEquals("ADRESSE:place de l'Église | VILLE:Brissac-Quincé", found("Dr Y (place de l'Église, Brissac-Quincé), en copie"));
  }

  @Test
  void buildingPartsAfterAResidence() {
    assertEquals("ADRESSE:Cité des Courtillières, bât. 7, esc. B", found("| Adresse | Cité des Courtillières, bât. 7, esc. B |"));
  }

  @Test
  void streetTypeAsACommonNounIsNoAddress() {
    assertEquals("", found("Elle trouve sa place dans la chimiothérapie, puis la route de la guérison."));
  }

  @Test
  void yearBeforeACommaIsNoHouseNumber() {
    assertEquals("", found("Reprise scolaire à partir de septembre 2024, cours à distance d'ici là."));
  }

  @Test
  void houseNumberBeforeACommaStillOpensAnAddress() {
    assertEquals("ADRESSE:18, cours Victor Hugo", found("Domicile : 18, cours Victor Hugo."));
  }

  @Test
  void facilityNameEndsAtASpacedDash() {
    assertEquals("HOPITAL:CHU de Montreuil", found("CHU de Montreuil – PASTOUREL Ginette – page 2/3"));
  }

  @Test
  void facilityNameEndsAtAColumnGap() {
    assertEquals("HOPITAL:CHU de Montreuil", found("CHU de Montreuil        Page 2/2"));
  }

  @Test
  void laboratoryBrandAfterLowerCaseLaboratoire() {
    assertEquals("HOPITAL:Biolumen Provence", found("Pièce adressée au laboratoire Biolumen Provence le 3 mai."));
  }

  @Test
  void laboratoryFollowedByACommonWordIsNoFacility() {
    assertEquals("", found("Bilan fait au laboratoire Central de la ville."));
  }

  @Test
  void streetNameStopsBeforeACityAfterA() {
    assertEquals(
        "ADRESSE:12 chemin des Vignes | VILLE:Chens-sur-Léman",
        found("Domicilié 12 chemin des Vignes à Chens-sur-Léman, sans suite."));
  }

  @Test
  void birthplaceAbroadAfterALabelledBirthDate() {
    assertEquals("VILLE:Tazrout Ighil", found("Né le : 02/10/1958 à Tazrout Ighil (Algérie)"));
  }

  @Test
  void townAbroadBeforeItsCountryInParentheses() {
    assertEquals("VILLE:Wolanow", found("Sa mère a été traitée à Wolanow (Pologne) en 2015."));
  }

  @Test
  void capitalisedWordAfterAWithoutCountryStaysUnlessKnown() {
    assertEquals("", found("Elle passe à Table ronde (sujet) demain."));
  }

  @Test
  void addressPartWithoutNumberAfterALabelEndsBeforeTheStreet() {
    assertEquals(
        "ADRESSE:Foyer Les Mouettes, chambre 27 | ADRESSE:12 impasse des Ajoncs | ZIP:85100 | VILLE:Challans",
        found("Adresse : Foyer Les Mouettes, chambre 27, 12 impasse des Ajoncs, 85100 Challans"));
  }

  @Test
  void lotAfterALabelRunsToThePostalCode() {
    assertEquals(
        "ADRESSE:Section Kerbrun, Lot 12 | ZIP:97170 | VILLE:Petit-Bourg",
        found("Adresse : Section Kerbrun, Lot 12 97170 Petit-Bourg"));
  }

  @Test
  void lowerCaseAddressLabelNeedsItsColon() {
    assertEquals(
        "ADRESSE:4 impasse des Lavandières | ZIP:72300 | VILLE:Sablé-sur-Sarthe",
        found("adresse a jour dans le dossier : 4 impasse des Lavandières 72300 Sablé-sur-Sarthe"));
  }

  @Test
  void sentenceAfterDomicileIsNoAddress() {
    assertEquals("", found("Domicile : vit seule avec son chat Filou."));
  }

  @Test
  void facilityAfterDomicileStaysAFacility() {
    assertEquals(
        "HOPITAL:EHPAD Les Glycines | ADRESSE:15 route de Solignac | ZIP:87110 | VILLE:Le Vigen",
        found("Domicile : EHPAD Les Glycines, 15 route de Solignac, 87110 Le Vigen"));
  }

  @Test
  void quarterOpeningALineIsAnAddress() {
    assertEquals("ADRESSE:Quartier Bois-Joli | ZIP:97232 | VILLE:Le Lamentin", found("Quartier Bois-Joli\n97232 Le Lamentin"));
  }

  @Test
  void clockTimeOrOrdinalIsNoStreetNumber() {
    assertEquals("", found("9h10 passage IDE, puis 1er passage du kiné."));
  }

  @Test
  void privateHospitalAcronymHead() {
    assertEquals("HOPITAL:CHP Saint-Lubin", found("Relais à voir avec le cardiologue (CHP Saint-Lubin)."));
  }

  @Test
  void rehabilitationCentreWithItsPlace() {
    assertEquals("HOPITAL:Centre de rééducation de Kerlivio", found("2. Centre de rééducation de Kerlivio"));
  }

  @Test
  void bareRehabilitationCentreIsNotPhi() {
    assertEquals("", found("Transfert en centre de rééducation prévu."));
  }

  @Test
  void upperCaseGeneticsPlatformHeadingIsNotPhi() {
    assertEquals("", found("RAPPORT DE PLATEFORME DE GENETIQUE MOLECULAIRE DES CANCERS"));
  }

  @Test
  void communeStartingWithAnArticleAfterAuOrDes() {
    assertEquals("VILLE:Havre | VILLE:Mureaux", found("Suivi au Havre puis à l'école des Mureaux."));
  }

  @Test
  void commonWordAfterAuIsNoCity() {
    assertEquals("", found("Rendez-vous au Centre puis passage des Urgences."));
  }

  @Test
  void communeAfterUpperCaseAInUpperCaseText() {
    assertEquals("VILLE:BRIVE-LA-GAILLARDE", found("DERMATOLOGUE LIBERAL A BRIVE-LA-GAILLARDE, REVU EN MAI."));
  }

  @Test
  void localFacilityAcronymAfterUrgences() {
    assertEquals("HOPITAL:GHPV", found("si fièvre > 38,5 -> urgences GHPV."));
  }

  @Test
  void localFacilityAcronymInParentheses() {
    assertEquals("HOPITAL:CHU DE L'ISLE | HOPITAL:SITE NORD | HOPITAL:CHSV", found("CHU DE L'ISLE — SITE NORD (CHSV)\nService d'oncologie"));
  }

  @Test
  void facilityAcronymFollowedByItsSiteName() {
    assertEquals("HOPITAL:CHAV Marcel Brunet", found("Médecine polyvalente – CHAV Marcel Brunet\n"));
  }

  @Test
  void clinicalAcronymsShapedLikeFacilitiesAreNotPhi() {
    assertEquals("", found("Protocole R-CHOP, puis CHIP ; HPV 16 positif ; CHC sur cirrhose."));
  }

  @Test
  void siteNumberEndsAFacilityName() {
    assertEquals("HOPITAL:HOPITAL SAINT-ROCH 3", found("CHU - HOPITAL SAINT-ROCH 3\nPôle Imagerie"));
  }

  @Test
  void numberAfterAFacilityInASentenceIsNoSiteNumber() {
    assertEquals("HOPITAL:Clinique des Tilleuls", found("Clinique des Tilleuls 2 fois par semaine"));
  }

  @Test
  void lowerCaseHospitalWordBeforeItsName() {
    assertEquals("HOPITAL:hôpital Émile Roux | VILLE:Limeil", found("vu au groupe hospitalier (hôpital Émile Roux, Limeil)."));
  }

  @Test
  void lowerCaseSiteAfterADash() {
    assertEquals("HOPITAL:site Paul Cézanne", found("Dr Imbert, CHR – site Paul Cézanne,\n"));
  }

  @Test
  void lowerCaseHospitalWordWithoutNameIsNotPhi() {
    assertEquals("", found("Retour à l'hôpital de jour demain, site de ponction propre."));
  }

  @Test
  void upperCasePlatformBeforeItsBrandName() {
    assertEquals("HOPITAL:GENOM OUEST", found("KRAS G12C (PLATEFORME GENOM OUEST, N° X1)."));
  }

  @Test
  void letterheadImagingServiceWithItsPlaceName() {
    assertEquals("HOPITAL:Imagerie Médicale de la Côte Vermeille", found("Imagerie Médicale de la Côte Vermeille\nService de TEP"));
  }

  @Test
  void imagingHeadingWithoutProperNameIsNotPhi() {
    assertEquals("", found("Imagerie Médicale Nucléaire - TEP-TDM\n"));
  }

  @Test
  void foreignStreetWordAfterAHouseNumber() {
    assertEquals("ADRESSE:14 carrer del Mar | VILLE:Figueres", found("domiciliée 14 carrer del Mar, Figueres (Espagne)"));
  }

  @Test
  void streetWithoutKnownStreetWordBeforeAPostalCode() {
    assertEquals(
        "ADRESSE:5 hent Koz ar Veil | ZIP:29620 | VILLE:Lanmeur",
        found("fils M. Yann Le Goff, 5 hent Koz ar Veil, 29620 Lanmeur,"));
  }

  @Test
  void residenceWithFlatNumberBeforeAPostalCode() {
    assertEquals(
        "ADRESSE:Les Jardins du Canal app. 8 | ZIP:35000 | VILLE:Rennes",
        found("M. PIRIOU Alain (1941), Les Jardins du Canal app. 8, 35000 Rennes"));
  }

  @Test
  void clinicalPhraseBeforeAPostalCodeIsNoAddress() {
    assertEquals("ZIP:75013 | VILLE:Paris", found("Suivi en HDJ, 75013 Paris"));
  }

  @Test
  void numberSignAfterANamedStreet() {
    assertEquals(
        "ADRESSE:Chemin Morne Rouge, n° 12 | ZIP:97240 | VILLE:Le François",
        found("Chemin Morne Rouge, n° 12, 97240 Le François"));
  }

  @Test
  void ordinalFloorAfterAResidence() {
    assertEquals(
        "ADRESSE:12 rue des Fleurs | ADRESSE:Résidence Les Pins, 2e étage, porte 14",
        found("12 rue des Fleurs, Résidence Les Pins, 2e étage, porte 14\n"));
  }

  @Test
  void streetNameCutAfterAConnectorGoesOnOnTheNextLine() {
    assertEquals("ADRESSE:4 chemin de la\nCroix Blanche | VILLE:Sérignan", found("demeurant 4 chemin de la\nCroix Blanche à Sérignan"));
  }

  @Test
  void letterSpacedHouseNumber() {
    assertEquals("ADRESSE:2 0 6  av. Clemenceau", found("LABORATOIRE\n2 0 6  av. Clemenceau  -  VILLE"));
  }

  @Test
  void shoppingCentreIsAnAddress() {
    assertEquals("ADRESSE:Centre commercial Les Arcades | VILLE:Kourou", found("pharmacie Soleil – Centre commercial Les Arcades, Kourou."));
  }

  @Test
  void foreignCityAfterVitEn() {
    assertEquals("VILLE:Québec", found("Sa fille, qui vit en Québec, appelle souvent."));
  }

  @Test
  void countryAfterVitEnIsNoCity() {
    assertEquals("", found("Sa fille vit en Belgique."));
  }

  @Test
  void foreignCityAfterTravailleAOnTheNextLine() {
    assertEquals("VILLE:Lausanne", found("frontalier (travaille à\nLausanne), marié."));
  }

  @Test
  void emDashEndsANamedStreetBeforeAPostalBox() {
    assertEquals(
        "ADRESSE:Avenue des Tamarins | ADRESSE:BP 120",
        found("Service de radiothérapie\nAvenue des Tamarins — BP 120 — suite\n"));
  }

  @Test
  void regionNameInsideAFacilityName() {
    assertEquals(
        "HOPITAL:Centre Hospitalier du Centre Armor",
        found("Vers : urgences du Centre Hospitalier du Centre Armor (accueil)"));
  }

  @Test
  void acronymAfterUrgencesIsAHospital() {
    assertEquals("HOPITAL:MBPE", found("si fièvre, consulter aux urgences MBPE."));
  }

  @Test
  void genericKindAfterUrgencesIsNotPhi() {
    assertEquals("", found("si fièvre, consulter aux urgences CHU."));
  }

  @Test
  void lowerCaseSiteWithACompassPointIsNotPhi() {
    assertEquals("", found("consultation (site Nord, orthopédie)"));
  }

  @Test
  void upperCaseLaboratoryHeadingWithADateIsNotPhi() {
    assertEquals("", found("BIOLOGIE MOLECULAIRE HEMATOLOGIQUE du 1 novembre 2022\n"));
  }

  @Test
  void acronymAfterAReferralVerbIsAHospital() {
    assertEquals("HOPITAL:MCOB", found("Patiente adressée par le MCOB pour avis."));
  }

  @Test
  void acronymAfterATransferIsAHospital() {
    assertEquals("HOPITAL:PSLV", found("Il a été transféré au PSLV le lendemain."));
  }

  @Test
  void unitAfterAReferralVerbIsNotPhi() {
    assertEquals("", found("Patient adressé par le SAU puis transféré en USIC."));
  }

  @Test
  void upperCaseBirthplaceAfterABirthYear() {
    assertEquals("VILLE:LE LAMENTIN", found("NE EN 1951 A LE LAMENTIN\n"));
    assertEquals("VILLE:CHAMBERY", found("NEE LE 12/04/1933 A CHAMBERY\n"));
  }

  @Test
  void lowerCaseBirthplaceInTextWithoutCapitals() {
    assertEquals("VILLE:ajaccio", found("ne le : 11/05/1962 a ajaccio\n"));
    assertEquals("", found("prise a jeun le 11/05 a domicile\n"));
  }

  @Test
  void birthplaceAfterNeWithAFeminineMark() {
    assertEquals("VILLE:Sfax", found("Patient : né(e) le 03/02/1958 à Sfax"));
  }

  @Test
  void labelledBirthplaceInTwoColumns() {
    assertEquals("VILLE:Abbeville | VILLE:Abbeville", found("Lieu naissance     Abbeville        Abbeville\n"));
  }

  @Test
  void townAbroadAfterAStayOrTravelVerb() {
    assertEquals("VILLE:Bamako", found("Son fils aîné reste à Bamako pour le moment."));
    assertEquals("VILLE:Izmir", found("Il doit se rendre à Izmir fin mai."));
    assertEquals("", found("Elle doit rester à Domicile."));
  }

  @Test
  void townAbroadAfterACueOfOrigin() {
    assertEquals("VILLE:Porto", found("dont Daniel venu de Porto pour le week-end"));
  }

  @Test
  void townInParenthesesAfterACountry() {
    assertEquals("VILLE:Mouscron", found("sa fille vit en Belgique (Mouscron), peu de contact"));
  }

  @Test
  void hospitalSiteAfterSiteDe() {
    assertEquals("HOPITAL:CHBS | HOPITAL:Kerbrat", found("Secrétariat - CHBS site du Kerbrat\n"));
    assertEquals("HOPITAL:Valmorel | ZIP:25200 | VILLE:Montbéliard", found("Site du Valmorel - 25200 Montbéliard\n"));
  }

  @Test
  void anatomicalSiteIsNoHospitalSite() {
    assertEquals("", found("site de la biopsie, site du Prélèvement\n"));
  }

  @Test
  void siteAfterAFacilityAndADashOrABracket() {
    assertEquals("HOPITAL:CHRU de Nancy | HOPITAL:Brabois", found("urologie     CHRU de Nancy - Brabois\n"));
    assertEquals("HOPITAL:CHU de Marseille | HOPITAL:La Conception", found("séjour au CHU de Marseille (La Conception) où"));
  }

  @Test
  void townInBracketsAfterACancerCentre() {
    assertEquals("HOPITAL:Centre Oscar Lambret | VILLE:Lille", found("Service social - Centre Oscar Lambret (Lille)\n"));
  }

  @Test
  void serviceOrPersonAfterAFacilityAndADashIsNoSite() {
    assertEquals("HOPITAL:CHU de Nantes", found("CHU de Nantes - Service d'Oncologie\n"));
    assertEquals("HOPITAL:CHU de Nantes", found("CHU de Nantes - Pneumologie\n"));
    assertEquals("HOPITAL:CHU de Rennes | VILLE:Lorient", found("CHU de Rennes - Antenne de Lorient\n"));
  }

  @Test
  void acronymSpellingTheFacilityInitials() {
    assertEquals("HOPITAL:Centre Hospitalier de Valmy | HOPITAL:CHV", found("Centre Hospitalier de Valmy - CHV\n"));
    assertEquals("HOPITAL:GHPSM | HOPITAL:Groupe Hospitalier Paris Saint-Michel",
        found("GHPSM - Groupe Hospitalier Paris Saint-Michel\n"));
    assertEquals("HOPITAL:CHU de Nantes", found("CHU de Nantes - ORL\n"));
  }

  @Test
  void groupNameAfterTheDotOfAnUpperCaseGroup() {
    assertEquals("HOPITAL:AP-HP | HOPITAL:Sorbonne Université", found("AP-HP. Sorbonne Université\n"));
  }

  @Test
  void facilityNameInBracketsAfterABareKind() {
    assertEquals("HOPITAL:Les Glycines | VILLE:Beaune", found("vivant en EHPAD (Les Glycines, Beaune)."));
  }

  @Test
  void homeCareBrandWithService() {
    assertEquals("HOPITAL:HAD Santé Service Val-de-Loire | VILLE:Blois", found("HAD Santé Service Val-de-Loire - antenne de Blois\n"));
  }

  @Test
  void facilityHeadWithServiceNameStopsAtTheService() {
    assertEquals("HOPITAL:CHU de Nantes", found("CHU de Nantes Service d'Oncologie\n"));
  }

  @Test
  void imagingPracticeNamedAfterItsTown() {
    assertEquals("HOPITAL:Imagerie Lyon Ouest", found("la mammographie réalisée au cabinet\nImagerie Lyon Ouest le 24/09."));
  }

  @Test
  void networkFertilityBankAndDentalCentre() {
    assertEquals("HOPITAL:Réseau Kaz'Santé", found("Réseau de soins palliatifs Réseau Kaz'Santé\n"));
    assertEquals("HOPITAL:CECOS de Toulouse", found("ovocytes conservés au CECOS de Toulouse en 2022."));
    assertEquals("HOPITAL:Centre de soins dentaires de Lyon", found("extractions prévues au Centre de soins dentaires de Lyon)."));
  }

  @Test
  void lowerCaseStreetOpeningALetterheadLine() {
    assertEquals("ADRESSE:avenue Désandrouin | ADRESSE:CS 50488 | ZIP:59322 | VILLE:VALENCIENNES",
        found("Service Facturation\navenue Désandrouin - CS 50488 - 59322 VALENCIENNES CEDEX\n"));
  }

  @Test
  void lowerCaseStreetAfterACommaBeforeAPostalCodeLine() {
    assertEquals("ADRESSE:Résidence A Ferrera | ADRESSE:route du Cap | ZIP:20200 | VILLE:Bastia",
        found("Résidence A Ferrera, route du Cap\n20200 Bastia\n"));
  }

  @Test
  void streetInProse() {
    assertEquals("ADRESSE:rue d'Oran", found("elle évoque souvent la maison de la rue d'Oran."));
    assertEquals("ADRESSE:rue du Général Leclerc", found("venez aux urgences (entrée rue du Général Leclerc) ou appelez"));
    assertEquals("", found("la route de la chimiothérapie, en place depuis mars"));
  }

  @Test
  void addressAfterADottedLeader() {
    assertEquals("ADRESSE:La Croix du Breuil | ZIP:87400 | VILLE:Saint-Léonard-de-Noblat",
        found("  Adresse ................ La Croix du Breuil\n      87400 Saint-Léonard-de-Noblat\n"));
  }

  @Test
  void streetWithOcrDigitsForLetters() {
    assertEquals("ADRESSE:2 p1ace Gambetta", found("Docteur\n2 p1ace Gambetta\n"));
    assertEquals("ADRESSE:335 rue du Prés1dent Wi1son | ZIP:46000", found("335 rue du Prés1dent Wi1son - 46000\n"));
  }

  @Test
  void hamletAfterVillageDe() {
    assertEquals("VILLE:Sada | VILLE:Mangarou", found("habitant Sada, village de Mangarou."));
  }

  @Test
  void parisArrondissementIsPartOfTheCity() {
    assertEquals("VILLE:Paris 14e", found("Médecin traitant : Dr X - Paris 14e - tél"));
  }

  @Test
  void postalCodeAndCitySeparatedByASlash() {
    assertEquals("ZIP:75014 | VILLE:PARIS", found("| Code postal / Ville  | 75014 / PARIS |"));
  }

  @Test
  void townAfterACancerCentreDescriptor() {
    assertEquals("VILLE:Nice", found("Centre de Lutte Contre le Cancer Nice\n"));
  }

  @Test
  void wellKnownFacilityByItsShortName() {
    assertEquals("HOPITAL:Curie", found("Il souhaiterait être pris en charge à Curie, plus près."));
    assertEquals("HOPITAL:Pitié", found("Je vois à la Pitié Mme Durand."));
    assertEquals("HOPITAL:Curie", found("À : Dr Inès Martin - Curie (site principal)"));
  }

  @Test
  void eponymFollowedByAnotherNameIsNoShortFacilityName() {
    assertEquals("", found("boursier à Curie Pasteur Fondation"));
  }

  @Test
  void houseNumberAfterTheStreetNameEndsTheAddress() {
    assertEquals("ADRESSE:Avenue des Tilleuls 12", found("Service d'oncologie\nAvenue des Tilleuls 12\n"));
    assertEquals("ADRESSE:Rue Colette-Verdier 7, Bâtiment A", found("Rue Colette-Verdier 7, Bâtiment A"));
  }

  @Test
  void numberAfterAStreetNameFollowedByAUnitIsNoHouseNumber() {
    assertEquals("ADRESSE:Rue des Tilleuls", found("Rue des Tilleuls 12 mg par jour"));
  }

  @Test
  void siteNumberBeforeACommaStaysInTheHospital() {
    assertEquals("HOPITAL:Hôpital Ravelin 2", found("vue en consultation (Hôpital Ravelin 2, pavillon B)"));
  }

  @Test
  void homeCareNamedByItsDepartmentNumber() {
    assertEquals("HOPITAL:HAD 58", found("HAD 58 - Hospitalisation à domicile"));
    assertEquals("", found("relais HAD 58 ans plus tard"));
  }

  @Test
  void homeCareBrandWithServiceInItsName() {
    assertEquals("HOPITAL:HAD Santé Service", found("HAD Santé Service\n"));
  }

  @Test
  void pluralCliniquesAndBloodServiceAndDispensaryAreHeads() {
    assertEquals("HOPITAL:Cliniques universitaires Sainte-Odile", found("Cliniques universitaires Sainte-Odile\n"));
    assertEquals("HOPITAL:EFS Grand-Ouest", found("typage fait (EFS Grand-Ouest, réf. 12)"));
    assertEquals("HOPITAL:Dispensaire de Kavani", found("Dispensaire de Kavani\n"));
    assertEquals("", found("contrôle à l'EFS demain"));
  }

  @Test
  void lowerCaseHospitalWordInsideAFacilityName() {
    assertEquals("HOPITAL:CECOS de l'hôpital Vaugirard", found("Conservation au CECOS de l'hôpital Vaugirard avant traitement."));
  }

  @Test
  void longInstitutionalNameWithLowerCaseDescriptors() {
    assertEquals("HOPITAL:Centre régional de coordination des dépistages des cancers Bretagne",
        found("Résultat transmis au Centre régional de coordination des dépistages des cancers Bretagne."));
  }

  @Test
  void townAfterAFacilityAndAComma() {
    assertEquals("HOPITAL:Clinique des Ormeaux | VILLE:Lens", found("cc : Dr X, Clinique des Ormeaux, Lens"));
    assertEquals("HOPITAL:Hôpital de la Vigie | VILLE:Vernier", found("suivie ailleurs (Hôpital de la Vigie, Vernier)"));
    assertEquals("HOPITAL:Clinique des Ormeaux", found("(Clinique des Ormeaux, Oncologie)"));
  }

  @Test
  void townAfterAnOrganisationWritingItsTown() {
    assertEquals("VILLE:Lens", found("Régime général - CPAM Lens"));
    assertEquals("VILLE:Angers", found("vu par SOS Médecins Angers cette nuit"));
    assertEquals("", found("Régime général - CPAM"));
  }

  @Test
  void laboratoryOfATownOrNamedAfterIt() {
    assertEquals("VILLE:Porticcio", found("bilan (laboratoire de Porticcio), résultats"));
    assertEquals("HOPITAL:laboratoire de biologie d'Ambert", found("au laboratoire de biologie d'Ambert demain"));
    assertEquals("", found("au laboratoire de Biologie demain"));
  }

  @Test
  void facilityAcronymWithADigitFromTheLexicon() {
    assertEquals("HOPITAL:IM2S", found("cc : Dr X (IM2S)"));
  }

  @Test
  void lowerCaseHospitalHeadThenArticleAndName() {
    assertEquals("HOPITAL:hôpital de la Croix-Rousse", found("Un avis avait été pris à l'hôpital de la Croix-Rousse."));
  }

  @Test
  void lowerCaseHospitalHeadBeforeACommonWordWithoutArticleIsAUnit() {
    assertEquals("", found("Elle est admise en hôpital de Semaine."));
  }

  @Test
  void hospitalAcronymInTextTypedWithoutCapitals() {
    assertEquals("HOPITAL:ch de vierzon", found("il a ete hospitalise au ch de vierzon en mars."));
  }

  @Test
  void lowerCaseClinicAfterAnArticleIsAFacility() {
    assertEquals("HOPITAL:clinique chenieux", found("rtuv faite a la clinique chenieux le 3/5."));
  }

  @Test
  void clinicalExaminationIsNoClinic() {
    assertEquals("", found("examen clinique des seins sans particularite."));
  }

  @Test
  void lowerCaseTownAfterAnUnaccentedA() {
    assertEquals("VILLE:montelimar", found("retraitee, vit avec son mari a montelimar."));
  }

  @Test
  void lowerCaseCommuneAfterAnAccentedAInProseIsNoTown() {
    assertEquals("", found("Sein droit : à l'union des quadrants supérieurs."));
  }

  @Test
  void lowerCaseTownInBrackets() {
    assertEquals("VILLE:crest", found("adressee par son mt (crest) pour avis."));
  }

  @Test
  void communeWithAbbreviatedSaintAndSpacesForDashes() {
    assertEquals("VILLE:st junien", found("mt : dr durand (st junien)"));
    assertEquals("ADRESSE:rue Victor Lamon | ZIP:97200 | VILLE:FORT DE FRANCE", found("rue Victor Lamon - 97200 FORT DE FRANCE"));
  }

  @Test
  void communeAfterAuxAndDu() {
    assertEquals("VILLE:Abymes", found("Née le 02/02/1979 aux Abymes."));
    assertEquals("VILLE:Tampon", found("Demande auprès du CCAS du Tampon."));
  }

  @Test
  void overseasRegionInBracketsIsNoTown() {
    assertEquals("VILLE:Saint-Denis", found("Son fils vit à Saint-Denis (La Réunion)."));
  }

  @Test
  void radiotherapyDoseIsNoPostalCode() {
    assertEquals("", found("Dose : 40,05 Gy / 15 fr"));
  }

  @Test
  void careUnitBeforeItsFacilityIsPartOfTheName() {
    assertEquals("HOPITAL:USP du CH de Douarnenez", found("Transfert envisagé en USP du CH de Douarnenez."));
  }

  @Test
  void acronymSpellingAFacilityOfTheDocumentNamesIt() {
    assertEquals(
        "HOPITAL:Centre Hospitalier de Mayotte | HOPITAL:CHM",
        found("Opérée au Centre Hospitalier de Mayotte. Reprise de la chimiothérapie au CHM."));
  }

  @Test
  void hamletLineAfterAnAddressLabel() {
    assertEquals(
        "ADRESSE:La Grande Brosse | ADRESSE:12 chemin des Vignes",
        found("Adresse\nLa Grande Brosse\n12 chemin des Vignes"));
  }

  @Test
  void buildingLineBeforeAStreetLine() {
    assertEquals("ADRESSE:Immeuble Le Trident, 3e étage | ADRESSE:rue Victor Lamon", found("Immeuble Le Trident, 3e étage\nrue Victor Lamon"));
  }

  @Test
  void buildingAndItsStreetAreOneAddress() {
    assertEquals(
        "ADRESSE:Parc Eurêka, 95 rue de la Vieille Poste | ZIP:34000 | VILLE:Montpellier",
        found("Parc Eurêka, 95 rue de la Vieille Poste - 34000 Montpellier"));
  }

  @Test
  void residenceWithAbbreviatedFloor() {
    assertEquals(
        "ADRESSE:Résidence Les Flamboyants, bât. C, 2e ét., porte 24",
        found("Domicile : Résidence Les Flamboyants, bât. C, 2e ét., porte 24"));
  }

  @Test
  void hamletBeforeAPostalCode() {
    assertEquals(
        "ADRESSE:Les Bastides de Pierrerue | ZIP:04300 | VILLE:Pierrerue",
        found("Fils joignable, Les Bastides de Pierrerue, 04300 Pierrerue"));
  }

  @Test
  void siteNamedAfterAFacilityAcronym() {
    assertEquals("HOPITAL:ICO René Gauducheau", found("Radiothérapie à l'ICO René Gauducheau en 2023."));
    assertEquals("HOPITAL:ICO | VILLE:Angers", found("RCP de recours (ICO Angers)"));
  }

  @Test
  void hospitalAbroadWithAForeignHeadWord() {
    assertEquals("HOPITAL:Hospital de Figueres", found("Son frère est anesthésiste à l'Hospital de Figueres."));
  }

  @Test
  void wellKnownHospitalAcronymAndSiteName() {
    assertEquals("HOPITAL:HEH | HOPITAL:Lyon-Sud", found("Suivi en néphrologie à HEH puis en hématologie à Lyon-Sud."));
  }

  @Test
  void townAbroadFromTheForeignTownList() {
    assertEquals("VILLE:Genève", found("Elle ne prend plus en charge les soins à Genève."));
  }

  @Test
  void arrondissementWrittenAsABareNumberAfterThePostalCode() {
    assertEquals("ZIP:75010 | VILLE:PARIS 10", found("Code postal : 75010 PARIS 10"));
  }

  @Test
  void townAfterTheTradeRegister() {
    assertEquals("VILLE:Bayonne", found("SELAS au capital de 150 000 euros - RCS Bayonne"));
  }

  @Test
  void streetNameWithAuInside() {
    assertEquals("ADRESSE:ZA du Val au Cesne", found("ZA du Val au Cesne"));
  }

  @Test
  void letterSpacedLetterheadOfAFacility() {
    assertEquals("HOPITAL:C H U   D I J O N", found("C H U   D I J O N\nService de pathologie"));
  }

  @Test
  void letterSpacedWordsWithoutAFacilityHeadAreNoPlace() {
    assertEquals("", found("C O M P T E   R E N D U\nExamen du 3 mai"));
  }

  @Test
  void lowerCasePracticeWithDescriptorThenName() {
    assertEquals("HOPITAL:cabinet de radiologie des Salorges", found("Nodule vu sur scanner (cabinet de radiologie des Salorges)."));
  }

  @Test
  void healthCentreWithItsDescriptors() {
    assertEquals(
        "HOPITAL:Maison de santé pluriprofessionnelle du Bocage",
        found("Madame le Docteur, Maison de santé pluriprofessionnelle du Bocage"));
  }

  @Test
  void practiceWithoutDeBeforeItsNameIsNoFacility() {
    assertEquals("", found("images transmises par le cabinet sur CD, sans anomalie."));
  }

  @Test
  void letterSpacedHeadAndConnectorOnlyIsNoFacility() {
    assertEquals("", found("L A B O R A T O I R E   D ' A N A T O M I E"));
  }

  @Test
  void decimalDoseBeforeAShortCommuneNameIsNoPostalCode() {
    assertEquals("", found("Sein droit | 40,05 Gy | 15 x 2,67 Gy"));
  }

  @Test
  void departmentAfterItsHealthInsuranceFundIsNoTown() {
    assertEquals("", found("Organisme : CPAM des Landes, exonération accordée."));
  }

  @Test
  void departmentInBracketsAfterABirthplaceIsNoTown() {
    assertEquals("VILLE:Guéret", found("Née le 3 mai 1931 à Guéret (Creuse), veuve."));
  }

  @Test
  void communeNamedLikeADepartmentIsStillATown() {
    assertEquals("VILLE:Mayenne", found("Revue au cabinet infirmier de Mayenne."));
  }

  @Test
  void hospitalGroupingIsAFacility() {
    assertEquals("HOPITAL:Groupement Hospitalier Sud-Vosges", found("Courrier du Groupement Hospitalier Sud-Vosges, service d'oncologie."));
  }

  @Test
  void specialtyCentreNamedAfterARegionIsAFacility() {
    assertEquals("HOPITAL:Centre de gastro-entérologie des Bauges", found("coloscopie (Centre de gastro-entérologie des Bauges, Dr Morin)"));
  }

  @Test
  void placeAfterAnIndustrialZoneIsATown() {
    assertEquals("ADRESSE:4 rue des Forges | VILLE:Talbrac", found("Livraison au 4 rue des Forges, ZI de Talbrac."));
  }

  @Test
  void quarterAfterAResidenceWordIsAnAddress() {
    assertEquals("ADRESSE:quartier Beauséjour", found("Elle habite quartier Beauséjour avec sa fille."));
  }

  @Test
  void caribbeanSectionAfterAResidenceWordIsAnAddress() {
    assertEquals("ADRESSE:section Morne-Rouge", found("Patient domicilié section Morne-Rouge, seul."));
  }

  @Test
  void sectionWithoutAResidenceWordIsNoAddress() {
    assertEquals("", found("Après section Tumorale, la pièce est envoyée."));
  }
}

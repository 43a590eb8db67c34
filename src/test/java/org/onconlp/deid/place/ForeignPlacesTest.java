package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cross-border addresses, building parts, business parks and facilities named without a hospital word, on invented lines. */
class ForeignPlacesTest {
  @Test
  void germanStreetWithSuffixTypeAndFourDigitPostalCode() {
    assertEquals("ADRESSE:Birkenring 17 | ZIP:4058 | VILLE:Basel", PlaceFinderTest.found("Domicile : Birkenring 17, 4058 Basel (CH)"));
  }

  @Test
  void streetTypeWrittenApartAfterItsNameTakesTheNameAndTheNumber() {
    assertEquals("ADRESSE:Obere Strasse 9 | VILLE:Zurich | ZIP:8001",
        PlaceFinderTest.found("Elle habite Obere Strasse 9 à Zurich (8001) depuis 2019."));
  }

  @Test
  void flemishStreetAfterADash() {
    assertEquals("ADRESSE:Kerkstraat 12 | ZIP:8500 | VILLE:Kortrijk",
        PlaceFinderTest.found("Patient : X  -  Kerkstraat 12, 8500 Kortrijk (B)"));
  }

  @Test
  void wordEndingLikeAStreetTypeWithoutHouseNumberIsNoAddress() {
    assertEquals("", PlaceFinderTest.found("Monitoring 24 heures prévu."));
  }

  @Test
  void postalCodeWithCountryPrefixAndItsTown() {
    assertEquals("ADRESSE:4 Grand-Rue | ZIP:L-6630 | VILLE:Wasserbillig", PlaceFinderTest.found("4 Grand-Rue, L-6630 Wasserbillig"));
  }

  @Test
  void monacoPrefixWrittenApart() {
    assertEquals("ADRESSE:3, boulevard des Moulins | ZIP:MC 98000 | VILLE:MONACO",
        PlaceFinderTest.found("3, boulevard des Moulins - MC 98000 MONACO"));
  }

  @Test
  void spanishStreetWithoutNumberMark() {
    assertEquals("ADRESSE:Avinguda del Mar s/n | ZIP:17001 | VILLE:Girona", PlaceFinderTest.found("Avinguda del Mar s/n - 17001 Girona"));
  }

  @Test
  void spanishFloorAndDoorAfterTheHouseNumber() {
    assertEquals("ADRESSE:Calle Mayor 8, 2º dcha.", PlaceFinderTest.found("Adresse ........ Calle Mayor 8, 2º dcha."));
  }

  @Test
  void bretonStreetType() {
    assertEquals("ADRESSE:7 straed ar Feunteun", PlaceFinderTest.found("7 straed ar Feunteun"));
  }

  @Test
  void abbreviatedResidenceWithFlatNumber() {
    assertEquals("ADRESSE:12 rés. Les Tilleuls, appt 4 | ZIP:62300 | VILLE:Lens",
        PlaceFinderTest.found("Adresse : 12 rés. Les Tilleuls, appt 4, 62300 Lens"));
  }

  @Test
  void abbreviatedResidenceInProseWithBuildingAndFloor() {
    assertEquals("ADRESSE:rés. Les Mimosas, bât. D, 2e étage", PlaceFinderTest.found("Elle vit seule rés. Les Mimosas, bât. D, 2e étage."));
  }

  @Test
  void buildingPartsAfterANumberedStreet() {
    assertEquals("ADRESSE:8 rue des Lilas, appartement 3, bat. A | ZIP:59100 | VILLE:ROUBAIX",
        PlaceFinderTest.found("Domicile : 8 rue des Lilas, appartement 3, bat. A, 59100 ROUBAIX"));
  }

  @Test
  void buildingCodeOfLettersAndDigits() {
    assertEquals("ADRESSE:Résidence Les Pins, bât. C3", PlaceFinderTest.found("Adresse : Résidence Les Pins, bât. C3"));
  }

  @Test
  void villaNumberAfterAnEstate() {
    assertEquals("ADRESSE:quartier Belair | ADRESSE:lotissement Les Cocotiers, villa 9",
        PlaceFinderTest.found("Domicile : quartier Belair, lotissement Les Cocotiers, villa 9"));
  }

  @Test
  void businessParkBeforeItsStreetIsOneAddress() {
    assertEquals("ADRESSE:Parc d'activités des Saules, 4 rue Ampère | ZIP:62300 | VILLE:Lens",
        PlaceFinderTest.found("Parc d'activités des Saules, 4 rue Ampère – 62300 Lens"));
  }

  @Test
  void upperCaseZoneAfterACommaBeforeAPostalCode() {
    assertEquals("ADRESSE:ZA des Prés | ZIP:25000 | VILLE:Besançon", PlaceFinderTest.found("Employeur : SARL X, ZA des Prés, 25000 Besançon"));
  }

  @Test
  void placeNameAfterAResidenceVerbBeforeAPostalCode() {
    assertEquals("ADRESSE:La Combe Haute | ZIP:24220 | VILLE:Saint-Cyprien",
        PlaceFinderTest.found("domicilié La Combe Haute, 24220 Saint-Cyprien"));
  }

  @Test
  void foreignHospitalHeads() {
    assertEquals("HOPITAL:Kantonsspital Aarau", PlaceFinderTest.found("adressé par son médecin (Kantonsspital Aarau) pour avis."));
  }

  @Test
  void flemishGeneralHospitalAcronym() {
    assertEquals("HOPITAL:AZ Delta", PlaceFinderTest.found("Prescripteur : Dr X, AZ Delta, Roeselare"));
  }

  @Test
  void spanishHealthCentre() {
    assertEquals("HOPITAL:Centro de Salud Los Olivos", PlaceFinderTest.found("Médecin traitant, Centro de Salud Los Olivos"));
  }

  @Test
  void imagingBrandAfterAColon() {
    assertEquals("HOPITAL:Imagerie Vauban", PlaceFinderTest.found("IRM hépatique du 12/12/2023 : Imagerie Vauban"));
  }

  @Test
  void imagingBrandWithArticleAfterAPractice() {
    assertEquals("HOPITAL:Imagerie du Phare", PlaceFinderTest.found("mammographie (cabinet\nImagerie du Phare) normale."));
  }

  @Test
  void lowerCaseImagingCentreWithItsBrand() {
    assertEquals("HOPITAL:centre d'imagerie Vauban", PlaceFinderTest.found("clichés réalisés au centre d'imagerie Vauban le 4/5."));
  }

  @Test
  void imagingHeadingIsNoFacility() {
    assertEquals("", PlaceFinderTest.found("Imagerie du thorax : normale."));
  }
}

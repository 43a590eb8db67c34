package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import org.junit.jupiter.api.Test;

/** Address parts without a street type, OCR house numbers and lower-case towns in dictated text. */
class AddressPiecesTest {
  @Test
  void houseNumberAndHamletAfterAddressLabel() {
    assertEquals(
        "ADRESSE:5 Kervénal | ZIP:29000 | VILLE:Quimper",
        found("   Adresse ............. 5 Kervénal\n                         29000 Quimper\n"));
  }

  @Test
  void dateAfterAddressLabelIsNoAddress() {
    assertEquals("", found("Adresse : 12 Mars 2020"));
  }

  @Test
  void ocrLetterOpeningHouseNumber() {
    assertEquals(
        "HOPITAL:EHPAD LES TILLEULS | ADRESSE:l 4 rue des Vosges | ZIP:68000 | VILLE:COLMAR",
        found("EHPAD LES TILLEULS   l 4 rue des Vosges   68000 COLMAR"));
  }

  @Test
  void buildingPartOnTheLineAfterAnAddress() {
    assertEquals(
        "ADRESSE:3 impasse Rameau | ADRESSE:bat 7",
        found("propose un T3, 3 impasse Rameau,\nbat 7. Visite possible lundi."));
  }

  @Test
  void localityBetweenStreetAndPostalCodeAfterDash() {
    assertEquals(
        "ADRESSE:Route du Cap | VILLE:Ortale Suttanu | ZIP:20200 | VILLE:Bastia",
        found("Route du Cap - Ortale Suttanu - 20200 Bastia"));
  }

  @Test
  void caribbeanSectionOnAddressLine() {
    assertEquals("ADRESSE:Section Pointe-Nord | ZIP:97160 | VILLE:Le Moule", found("     Section Pointe-Nord - 97160 Le Moule"));
  }

  @Test
  void lowerCaseTownInDictatedLine() {
    assertEquals(
        "VILLE:landerneau",
        found("courrier pour le docteur le bihan virgule médecin traitant à landerneau point à la ligne"));
  }

  @Test
  void articleInDictatedLineIsNoTown() {
    assertEquals("", found("une lésion de douze millimètres située à l'union des quadrants externes"));
  }
}

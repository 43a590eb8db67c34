package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpelledNumberFinderTest {
  private final SpelledNumberFinder finder = new SpelledNumberFinder();
  private final SpelledNumbers numbers = new SpelledNumbers();

  private String find(String text) {
    return finder.find(text).stream()
        .map(p -> p.category() + "[" + text.substring(p.begin(), p.end()) + "]")
        .collect(Collectors.joining(" "));
  }

  @Test
  void readsFrenchBelgianAndSwissNumbers() {
    assertEquals(93, numbers.valueOf("quatre-vingt-treize"));
    assertEquals(71, numbers.valueOf("soixante et onze"));
    assertEquals(92, numbers.valueOf("nonante-deux"));
    assertEquals(81, numbers.valueOf("huitante et un"));
    assertEquals(80, numbers.valueOf("quatre-vingts"));
    assertEquals(1931, numbers.valueOf("mil neuf cent trente et un"));
    assertEquals(1960, numbers.valueOf("dix-neuf cent soixante"));
    assertEquals(2024, numbers.valueOf("deux mille vingt-quatre"));
    assertEquals(0, numbers.valueOf("zéro"));
  }

  @Test
  void wordsThatAreNoNumberReadAsMinusOne() {
    assertEquals(-1, numbers.valueOf("soixante chats"));
    assertEquals(-1, numbers.valueOf("premier"));
  }

  @Test
  void birthDateWithSpelledYearIsTypedAfterNeLe() {
    assertEquals(
        "DATE_NAISSANCE[quinze avril mille neuf cent cinquante-deux]",
        find("patient né le quinze avril mille neuf cent cinquante-deux à Lorient"));
  }

  @Test
  void birthDateWithTwoDigitSpelledYear() {
    assertEquals(
        "DATE_NAISSANCE[premier juin soixante-sept]",
        find("madame testard née le premier juin soixante-sept virgule"));
  }

  @Test
  void monthWithSpelledYearIsADate() {
    assertEquals(
        "DATE[octobre deux mille vingt-deux]",
        find("prochain contrôle en octobre deux mille vingt-deux point"));
  }

  @Test
  void spelledDayBeforeMonthIsADate() {
    assertEquals("DATE[vingt-sept janvier]", find("opérée le vingt-sept janvier par le docteur"));
  }

  @Test
  void firstDayOfASpelledRangeIsADate() {
    assertEquals(
        "DATE[trois] DATE[huit mars deux mille vingt-cinq]",
        find("hospitalisée du trois au huit mars deux mille vingt-cinq"));
  }

  @Test
  void ageOfNinetyOrMoreBeforeAnsIsAnAge() {
    assertEquals("AGE[quatre-vingt-seize]", find("patiente de quatre-vingt-seize ans"));
    assertEquals("AGE[nonante-quatre]", find("âgé de nonante-quatre ans"));
  }

  @Test
  void youngerAgeIsNoPhi() {
    assertEquals("", find("patiente âgée de soixante-dix-huit ans"));
  }

  @Test
  void spelledPhoneOfTenDigitsIsATelephone() {
    assertEquals(
        "TEL[zéro quatre soixante-dix-sept douze zéro huit quarante-cinq]",
        find("rappeler au zéro quatre soixante-dix-sept douze zéro huit quarante-cinq point"));
  }

  @Test
  void spelledSocialSecurityNumberAfterCue() {
    assertEquals(
        "SECU[deux cinquante-huit zéro sept trente-cinq cent douze zéro quarante-trois quatre-vingt-un]",
        find("numéro de sécurité sociale deux cinquante-huit zéro sept trente-cinq cent douze zéro quarante-trois quatre-vingt-un point"));
  }

  @Test
  void spelledPostalCodeAfterCue() {
    assertEquals("ZIP[cinquante-six trois cent dix]", find("code postal cinquante-six trois cent dix"));
  }

  @Test
  void spelledIdentifierWithLetterAfterExamenNumero() {
    assertEquals(
        "ID[vingt-cinq B zéro zéro quatre cent douze]",
        find("examen numéro vingt-cinq B zéro zéro quatre cent douze tiret un"));
  }

  @Test
  void spelledHouseNumberOpensTheAddress() {
    assertEquals("ADRESSE[numéro quatorze rue des Lilas]", find("elle habite au numéro quatorze rue des Lilas à Vannes"));
    assertEquals("ADRESSE[trois ter chemin du Moulin]", find("au trois ter chemin du Moulin, Pontivy"));
  }

  @Test
  void clinicalNumbersInWordsStay() {
    assertEquals(
        "",
        find("tumeur de trois centimètres virgule grade deux virgule quatre cures de folfox"
            + " virgule deux ganglions sur dix-huit virgule une place en EHPAD"));
  }

  @Test
  void spelledBirthDateWinsOverTheDayAndMonthInTheStructuredFinder() {
    String text = "née le douze mars mil neuf cent quarante et un, âgée de nonante et un ans";
    assertEquals(
        "DATE_NAISSANCE(douze mars mil neuf cent quarante et un) AGE(nonante et un)",
        StructuredPhiFinderTest.found(text));
  }

  @Test
  void garbageDoesNotThrow() {
    assertEquals("", find(""));
    assertTrue(find("zéro - - mille mille cent cent et et un ".repeat(500)).length() >= 0);
  }
}

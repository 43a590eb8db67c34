package org.onconlp.deid.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.place.PlaceFinderTest.found;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.TestLexicons;
import org.onconlp.deid.person.PersonNameFinder;

/** Classes of place forms: postal codes without a town after them, districts, facility kinds, short names. */
class PlaceClassesTest {
  /** The places found knowing the person names of the text, as "CATEGORY:text | …". */
  private static String foundWithPersons(String text) {
    PhiTokens t = TestLexicons.LEX.tokens(text);
    List<PhiSpan> persons = new PersonNameFinder(TestLexicons.LEX).find(t, PatientIdentity.NONE);
    return PlaceFinderTest.FINDER.find(t, persons).stream()
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void postalCodeRightAfterAStreetInProseIsAZip() {
    assertEquals("ADRESSE:8 avenue des Glycines | ZIP:94120",
        found("l'adresse est 8 avenue des Glycines 94120 et le code d'entrée au portail."));
  }

  @Test
  void postalCodeAfterATownAndACommaIsAZip() {
    assertEquals("VILLE:Marseille | ZIP:13006", found("Appel de la fille, résidant à Marseille, 13006."));
  }

  @Test
  void bareArrondissementNumberAfterParisClosingTheFieldBelongsToTheTown() {
    assertEquals("VILLE:Paris 15", found("Pompes funèbres choisies par la famille, Paris 15."));
  }

  @Test
  void numberAfterParisThatDoesNotCloseTheFieldIsNoArrondissement() {
    assertEquals("VILLE:Lyon", found("Elle est allée à Lyon 2 fois cette année."));
  }

  @Test
  void nameBeforeAFollowUpCareKindInBracketsIsAFacility() {
    assertEquals("HOPITAL:Valmoret", found("Suivi hebdomadaire en rééducation à Valmoret (SMR)."));
  }

  @Test
  void commonWordBeforeAFacilityKindInBracketsIsNoFacility() {
    assertEquals("", found("Bilan (SMR) demandé par l'équipe."));
  }

  @Test
  void letterSpacedCancerCentreInABoxIsAFacility() {
    assertEquals("HOPITAL:O S C A R   L A M B R E T", found("  |   O S C A R   L A M B R E T   |\nConsultation"));
  }

  @Test
  void townAfterAnOccupationalHealthServiceAcronym() {
    assertEquals("VILLE:Vitré", found("Dr B. Martin — SPST Vitré — secrétariat"));
  }

  @Test
  void multiWordHospitalSiteNameWithoutHeadWord() {
    assertEquals("HOPITAL:Jeanne de Flandre", found("Sinon je vois avec Jeanne de Flandre."));
  }

  @Test
  void abbreviatedHospitalHeadWordOpensAFacilityName() {
    assertEquals("HOPITAL:HOP Avicenne", found("Réception au laboratoire de biochimie - HOP Avicenne"));
  }

  @Test
  void hospitalShortNameAfterA() {
    assertEquals("HOPITAL:Bichat", found("Visite à Bichat pour réévaluation."));
  }

  @Test
  void eponymousAnatomyIsNoHospital() {
    assertEquals("", found("Hypertrophie de la boule de Bichat."));
  }

  @Test
  void communeAfterAPersonAndARoleClosesTheEntry() {
    assertEquals("VILLE:Vitré", foundWithPersons("Copie : Dr Yann Le Garrec, médecin traitant, Vitré.\n"));
  }

  @Test
  void communeShapedNameAfterARoleIsATownEvenWhenUnknown() {
    assertEquals("VILLE:Port-en-Vallon", foundWithPersons("cc : Mme B. Lenoir, IDE libérale, Port-en-Vallon ; dossier\n"));
  }

  @Test
  void capitalisedWordAfterARoleThatDoesNotCloseTheEntryIsNoTown() {
    assertEquals("", foundWithPersons("Copie : Dr Yann Le Garrec, médecin traitant, Vitré et environs\n"));
  }

  @Test
  void arrondissementMakesATownOfAWordReadAsAGivenName() {
    assertEquals("VILLE:Paris 15", foundWithPersons("Pompes funèbres choisies par la famille : Lemarchand, Paris 15.\n"));
  }

  @Test
  void hamletOpeningAnAddressLineBeforeThePostalCode() {
    assertEquals("ADRESSE:Kervellec | ZIP:29600 | VILLE:Morlaix",
        foundWithPersons("Mme Justine Le Goff\nKervellec, 29600 Morlaix — tél. 09 99 00 58 12\n"));
  }

  @Test
  void hamletAfterAInProseBeforeThePostalCode() {
    assertEquals("ADRESSE:La Croix-Haute | ZIP:15140 | VILLE:Salers",
        foundWithPersons("Vit seule à La Croix-Haute, 15140 Salers, au rez-de-chaussée.\n"));
  }

  @Test
  void commonWordBeforeAPostalCodeIsNoHamlet() {
    assertEquals("ZIP:35000 | VILLE:Rennes", foundWithPersons("Secrétariat, 35000 Rennes\n"));
  }

  @Test
  void townOpeningTheLineAfterAnAddressEndingWithItsPostalCode() {
    assertEquals("ADRESSE:15 avenue des Tamaris | ZIP:06000 | VILLE:Nice",
        found("rendez-vous au 15 avenue des Tamaris 06000\nNice, au deuxième étage"));
  }

  @Test
  void commaBetweenThePostalCodeAndTheTownOfAnAddress() {
    assertEquals("ADRESSE:2 chemin des Saules | ZIP:13012 | VILLE:Marseille", found("2 chemin des Saules, 13012, Marseille"));
  }

  @Test
  void labelOpeningTheLineAfterAnAddressIsNoTown() {
    assertEquals("ADRESSE:15 avenue des Tamaris | ZIP:06000", found("15 avenue des Tamaris 06000\nTéléphone : standard"));
  }
}

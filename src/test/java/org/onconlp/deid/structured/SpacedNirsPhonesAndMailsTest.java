package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onconlp.deid.OcrRepair;

/**
 * Social-security numbers typed in any layout or with a wrong key, phones damaged by OCR or short
 * of a pair, extensions after "joignable au" and e-mails typed with spaces, for
 * {@link StructuredPhiFinder} and {@link OcrRepair}. Invented values only.
 */
class SpacedNirsPhonesAndMailsTest {
  @Test
  void aLetterSpacedNirWithAWrongKeyIsSecu() {
    assertEquals(
        "SECU(2 6 1 0 4 3 5 2 8 1 1 2 3 4 5)",
        found("Mme Lemoine Odile 2 6 1 0 4 3 5 2 8 1 1 2 3 4 5\n"));
  }

  @Test
  void aLetterSpacedNirOfFourteenDigitsIsSecu() {
    assertEquals("SECU(1 5 3 0 7 6 9 4 1 2 3 4 5 6)", found("M. PERRIN, Gaston - 1 5 3 0 7 6 9 4 1 2 3 4 5 6, vu ce jour"));
  }

  @Test
  void datesGluedToALetterSpacedNirAreSplitOff() {
    assertEquals(
        "DATE(1 2 0 6 2 0 2 4) SECU(2 6 1 0 4 3 5 2 8 1 1 2 3 4) DATE_NAISSANCE(0 3 0 4 1 9 6 1)",
        found("RIVIERE Anne 1 2 0 6 2 0 2 4 2 6 1 0 4 3 5 2 8 1 1 2 3 4 0 3 0 4 1 9 6 1 suivi"));
  }

  @Test
  void aLetterSpacedBlockOfEightDigitsIsADateWhenItReadsAsOne() {
    assertEquals("DATE(0 3 0 4 1 9 6 1)", found("PERRIN Gaston\n0 3 0 4 1 9 6 1\n"));
  }

  @Test
  void aLetterSpacedBlockOfThirteenDigitsWithoutTheShapeOfANirIsAnIdentifier() {
    assertEquals("ID(5 0 1 1 7 4 4 1 2 0 9 3 3)", found("Code 5 0 1 1 7 4 4 1 2 0 9 3 3 relevé"));
  }

  @Test
  void anOddlyGroupedNirIsSecu() {
    assertEquals("SECU(26 104 352 811 23 45)", found("adresse mail ok. 26 104 352 811 23 45.\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "score de 1 2 0 1 3 2 points                |  ",
        "prélèvements 12 15 18 20 22 25 30          |  ",
        "plaquettes 150 180 210 250 300             |  ",
        "Hb 9 10 11 12 13 14 15                     |  ",
        "appel au 01 42 15 93 30 puis 12 ans        | TEL(01 42 15 93 30)",
        "drapeaux 1 0 0 1 1 0 0 1 0 1 1 0 1         |  ",
        "valeurs 0 1 0 0 1 2 0 1 1 0 0 2 1 0 0 1 0 1 |  ",
      })
  void rowsOfNumbersAndPhonesAreNoNir(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(text));
  }

  @Test
  void aNirInTheGroupsOfTheCardWithAWrongKeyIsSecu() {
    assertEquals("SECU(1 84 12 75 123 456 78)", found("Série 1 84 12 75 123 456 78 de mesures"));
  }

  @Test
  void labelsSpeltWithAClassOfLettersAreTriggeredByEverySpelling() {
    assertEquals(
        "[numéro, numero]", LabelledIdentifiers.leadingWords("num[ée]ro\\s+de\\s+venue").toString());
    assertEquals("[bons, bon]", LabelledIdentifiers.leadingWords("bons?").toString());
  }

  @Test
  void aMistypedNirBehindASocialSecurityLabelIsStillSecu() {
    assertEquals(
        "SECU(173 2857 4932)", found("Patiente vue. Numéro de sécurité sociale 173 2857 4932.\n"));
  }

  @Test
  void aNationalIdentifierLabelOpensANir() {
    assertEquals("SECU(2791831218175)", found("N° d'id national 2791831218175\n"));
  }

  @Test
  void anExtensionAfterJoignablesAuIsAPhone() {
    assertEquals("TEL(73389)", found("Nous restons joignables au 73389 si besoin."));
  }

  @Test
  void aPhoneShortOfAPairAfterParTelephoneAuIsAPhone() {
    assertEquals("TEL(04 09 56 98)", found("merci de la contacter par téléphone au 04 09 56 98 ou par mail."));
  }

  @Test
  void aDottedPhoneShortOfAPairIsAPhone() {
    assertEquals("TEL(02.72.43.92)", found("Dr Sara Lenoir\n02.72.43.92\n"));
  }

  @Test
  void aPhoneWhoseLeadingZeroWasReadAsALetterIsRepaired() {
    assertEquals(
        "Dr X. MOREAU 01.42.15.93.30 Dr L. PAGE", OcrRepair.repaired("Dr X. MOREAU O1.42.15.93.30 Dr L. PAGE"));
    assertEquals("Tél. mère : 06 39 98 71 02", OcrRepair.repaired("Tél. mère : O6 39 98 7l 02"));
  }

  @Test
  void anEMailTypedWithSpacesIsMail() {
    assertEquals("MAIL(jdupont @ medimail . com)", found("Dr J. DUPONT jdupont @ medimail . com\n"));
  }

  @Test
  void anAtSignBetweenWordsIsNoMail() {
    assertEquals("", found("rdv @ domicile . Puis suivi"));
  }

  @Test
  void bloodProductNumbersUnderADonationNumberColumnAreIdentifiers() {
    assertEquals(
        "ID(4412 25 017 338 2) DATE(14/03/2025)",
        found("| N° de don | Produit | Péremption |\n| 4412 25 017 338 2 | CGR | 14/03/2025 |\n"));
  }

  @Test
  void aStudyCodeOfATableIsAnIdentifierAgainInTheCorrespondenceList() {
    assertEquals(
        "ID(AB-XY-042) ID(AB-XY-042)",
        found(" Code étude | Type\n AB-XY-042  | plasma\n\nCorrespondance :\n AB-XY-042 = DURAND Paul\n"));
  }

  @Test
  void anAccessionNumberWithABenchLetterKeepsItsPrefix() {
    assertEquals("ID(CYP 24-H-08812)", found("biopsie ganglionnaire (CYP 24-H-08812) le matin"));
  }

  @Test
  void aShortNumberIsNeverSpreadToItsRecurrences() {
    assertEquals("IPP(12345)", found("IPP : 12345. Score 12345 points."));
  }
}

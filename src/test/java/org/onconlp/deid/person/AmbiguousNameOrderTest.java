package org.onconlp.deid.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.person.PersonNameFinderTest.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onconlp.deid.PatientIdentity;

/**
 * Which of two title-case words after a title is the given name when the lexicons allow both
 * readings, for {@link NameClassifier}. Invented identities only.
 */
class AmbiguousNameOrderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Votre patient, M. Didier Paul, 67 ans.            ; PRENOM:Didier | NOM:Paul",
        "appel de l'épouse, Mme Claudine Lucas, ce jour.   ; PRENOM:Claudine | NOM:Lucas",
        "Transmis à l'IDEL (Mme Françoise Gauthier).       ; PRENOM:Françoise | NOM:Gauthier",
      })
  void givenNameFirstWhenBothWordsCanBeEither(String text, String expected) {
    assertEquals(expected, found(text, PatientIdentity.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Patiente : Mme Didier Amandine, 62 ans.           ; NOM:Didier | PRENOM:Amandine",
      })
  void familyNameFirstWhenTheSecondWordIsOnlyAGivenName(String text, String expected) {
    assertEquals(expected, found(text, PatientIdentity.NONE));
  }
}

package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invented NIRs; their keys were computed as 97 - (number mod 97). */
class NirValidatorTest {
  private final NirValidator validator = new NirValidator();

  @ParameterizedTest
  @ValueSource(
      strings = {"184127512345640", "290052A00412352", "269081305501266", "155089900100213"})
  void numbersWithTheirInseeKeyAreValid(String nir) {
    assertTrue(validator.isValid(nir));
  }

  @Test
  void keyIsNinetySevenMinusTheNumberModuloNinetySeven() {
    assertEquals(40, validator.key("1841275123456"));
  }

  @Test
  void corsicanDepartmentsCountAsNineteenAndEighteenInTheKey() {
    assertEquals(97 - (int) (2900519004123L % 97), validator.key("290052A004123"));
    assertEquals(97 - (int) (2900518004123L % 97), validator.key("290052B004123"));
  }

  @Test
  void wrongKeyIsInvalidButStructureStillHolds() {
    assertFalse(validator.isValid("184127512345678"));
    assertTrue(validator.hasValidStructure("184127512345678"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "584127512345640", // sex 5 does not exist
        "184137512345640", // month 13
        "184460012345640", // month 46
        "184120012345640", // department 00
        "184127512300040", // order number 000
        "18412751234564", // 14 characters
        "1841275A2345640", // a letter outside the department
      })
  void malformedNumbersAreInvalid(String nir) {
    assertFalse(validator.isValid(nir));
  }

  @Test
  void conventionalMonthsForUnknownBirthMonthAreAccepted() {
    String body = "1843075123456";
    String key = String.format(Locale.ROOT, "%02d", validator.key(body));
    assertTrue(validator.isValid(body + key));
  }

  @Test
  void separatorsAreRemovedAndCorsicanLettersUpperCased() {
    assertEquals("290052A00412352", NirValidator.compact("2 90 05 2a 004.123 52"));
  }

  @Test
  void keyOfAMalformedBodyIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> validator.key("12"));
  }
}

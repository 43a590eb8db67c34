package org.onconlp.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NirTest {
  @Test
  void keyIs97MinusBodyModulo97() {
    // 2560475112034 mod 97 = 51, 97 - 51 = 46
    assertEquals(46, Nir.key("2560475112034"));
  }

  @Test
  void corsicanDepartment2AIsReadAs19() {
    assertEquals(Nir.key("1480719004218"), Nir.key("148072A004218"));
    assertEquals(60, Nir.key("148072A004218"));
  }

  @Test
  void corsicanDepartment2BIsReadAs18() {
    assertEquals(Nir.key("1480718004218"), Nir.key("148072B004218"));
  }

  @Test
  void writtenNirWithSpacesIsValid() {
    assertTrue(Nir.isValid("2 56 04 75 112 034 46"));
  }

  @Test
  void wrongKeyIsInvalid() {
    assertFalse(Nir.isValid("2 56 04 75 112 034 47"));
  }

  @Test
  void garbageIsInvalidWithoutThrowing() {
    assertFalse(Nir.isValid(""));
    assertFalse(Nir.isValid("ABCDEFGHIJKLMNO"));
    assertFalse(Nir.isValid("1234567890123456789"));
  }

  @Test
  void bodyOfWrongLengthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Nir.key("123"));
  }
}

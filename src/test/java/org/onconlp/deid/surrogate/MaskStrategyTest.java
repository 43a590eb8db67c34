package org.onconlp.deid.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.onconlp.deid.DeidMode;

class MaskStrategyTest {
  private final SurrogateStrategy mask = DeidMode.MASK.strategy(null, null);

  @Test
  void surrogateIsTheCategoryInBrackets() {
    assertEquals("[DATE]", mask.surrogate("DATE", "12/03/2021", "P-TEST-1"));
    assertEquals("[SECU]", mask.surrogate("SECU", "1 84 12 75 123 456 40", null));
  }

  @Test
  void missingCategoryStillGivesAMask() {
    assertEquals("[PHI]", mask.surrogate(null, "x", null));
  }

  @Test
  void documentDateKeepsOnlyItsYear() {
    assertEquals("2021", mask.documentDate("2021-03-04", "P-TEST-1"));
    assertEquals("2021", mask.documentDate("2021-03", null));
    assertEquals("2021", mask.documentDate("2021", null));
  }

  @Test
  void documentDateThatIsNotIsoIsNotPublished() {
    assertNull(mask.documentDate("04/03/2021", null));
    assertNull(mask.documentDate("20210304", null));
    assertNull(mask.documentDate(null, null));
  }
}

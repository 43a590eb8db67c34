package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResourceLinesTest {
  @Test
  void headerCommentsAndBlankLinesAreSkipped() {
    assertEquals(
        java.util.List.of("première ligne", "deuxième ligne"),
        ResourceLines.load("/org/onconlp/text/resource-lines-fixture.txt"));
  }

  @Test
  void missingResourceIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> ResourceLines.load("/nope.txt"));
  }
}

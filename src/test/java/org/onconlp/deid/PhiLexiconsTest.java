package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spellings of the lexicons' entries. */
class PhiLexiconsTest {
  @Test
  void communeIsAlsoReadWithAbbreviatedSaintAndSpacesForDashes() {
    assertEquals(
        "[Saint-Junien, St-Junien, Saint Junien, St Junien]",
        PhiLexicons.communeSpellings("Saint-Junien").toString());
  }

  @Test
  void communeWithoutDashHasOneSpelling() {
    assertEquals("[Limoges]", PhiLexicons.communeSpellings("Limoges").toString());
  }
}

package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Spellings of the lexicons' entries and the tokenisation the finders share. */
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

  @Test
  void theFindersOfOneDocumentShareOneTokenisation() {
    String text = "Vu par le Dr Yannick Le Goff à Quimperlé.";
    PhiTokens first = TestLexicons.LEX.tokens(text);
    assertSame(first, TestLexicons.LEX.tokens(new String(text)));
  }

  @Test
  void anotherDocumentIsTokenisedAgain() {
    PhiTokens first = TestLexicons.LEX.tokens("Mme Odile Kerbrat.");
    PhiTokens second = TestLexicons.LEX.tokens("Mme Odile Kerbras.");
    assertNotSame(first, second);
    assertEquals("Mme Odile Kerbras.", second.text);
  }

  @Test
  void theRepairedTextOfADocumentIsComputedOnceAndHandedOutAgain() {
    String text = "Tél. : O5 36 49 4O 12, Mme B1anc, 46OOO CAH0RS.";
    String first = TestLexicons.LEX.repaired(text);
    assertEquals(OcrRepair.repaired(text), first);
    assertSame(first, TestLexicons.LEX.repaired(new String(text)));
  }
}

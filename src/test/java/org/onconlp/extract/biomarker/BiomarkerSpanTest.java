package org.onconlp.extract.biomarker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Mention spans, written as the covered text in brackets, per GUIDELINES §4.3. */
class BiomarkerSpanTest {
  private static final BiomarkerFinder FINDER = new BiomarkerFinder();

  private static String spans(String text) {
    return FINDER.find(text).stream()
        .map(f -> "[" + text.substring(f.begin(), f.end()) + "]")
        .collect(Collectors.joining(" "));
  }

  @Test
  void spanRunsFromNameToResult() {
    assertEquals("[HER2 score 3+]", spans("HER2 score 3+"));
    assertEquals("[RE : 90 %] [RP : 10 %] [HER2 : 1+]", spans("RE : 90 % / RP : 10 % / HER2 : 1+"));
  }

  @Test
  void spanStartsAtResultWordsBeforeTheName() {
    assertEquals("[mutation EGFR p.L858R]", spans("Présence d'une mutation EGFR p.L858R."));
  }

  @Test
  void markersSharingOneResultGetTheirNameAsSpan() {
    assertEquals("[KRAS] [NRAS] [BRAF]", spans("Absence de mutation des gènes KRAS, NRAS et BRAF."));
  }

  @Test
  void nameAloneWhenNoResultIsWritten() {
    assertEquals("[KRAS]", spans("Recherche de mutation KRAS."));
  }

  @Test
  void proteinChangeIsPreferredToCodingChange() {
    String text = "Mutation BRCA1 c.5266dupC (p.Gln1756Profs*74).";
    assertEquals("p.Q1756Pfs*74", FINDER.find(text).get(0).variant());
    assertEquals("[Mutation BRCA1 c.5266dupC (p.Gln1756Profs*74)]", spans(text));
  }

  @Test
  void resultOnTheNextLineAfterABareLabel() {
    assertEquals("[HER2 :\nscore 3+]", spans("HER2 :\nscore 3+"));
  }

  @Test
  void resultDoesNotCrossALineWithOtherWords() {
    assertEquals(
        "[EGFR] [réarrangement ALK]",
        spans("Recherche EGFR : analyse faite sur bloc\n- réarrangement ALK"));
  }
}

package org.onconlp.extract.biomarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HgvsNormaliserTest {
  private final HgvsNormaliser hgvs = new HgvsNormaliser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "p.Gly12Cys; p.G12C",
        "p.(Gly12Cys); p.G12C",
        "p.G12C; p.G12C",
        "G12C; p.G12C",
        "L858R; p.L858R",
        "T790M; p.T790M",
        "V600E; p.V600E",
        "p.Val600Glu; p.V600E",
        "p.His1047Arg; p.H1047R",
        "p.Glu746_Ala750del; p.E746_A750del",
        "E746_A750del; p.E746_A750del",
        "p.Gln1756Profs*74; p.Q1756Pfs*74",
        "p.Arg213Ter; p.R213*",
        "c.35G>T; c.35G>T",
        "c.1234+1G>A; c.1234+1G>A"
      })
  void variantsAreNormalisedToShortProteinNotation(String written, String expected) {
    assertEquals(expected, hgvs.normalise(written));
  }

  @ParameterizedTest(name = "{0} is no variant")
  @ValueSource(strings = {"pT2N1a", "HER2", "C50.4", "3+", "RE", "T2", "p.", "c.", "ypT0N0"})
  void otherTokensAreNoVariants(String written) {
    assertNull(hgvs.normalise(written));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "délétion de l'exon 19; exon 19 deletion",
        "délétion de l exon 19; exon 19 deletion",
        "exon 19 del; exon 19 deletion",
        "del19; exon 19 deletion",
        "insertion dans l'exon 20; exon 20 insertion",
        "exon 20 insertion; exon 20 insertion",
        "saut de l'exon 14; exon 14 skipping",
        "METex14; exon 14 skipping"
      })
  void exonEventsAreNamed(String written, String expected) {
    assertEquals(expected, hgvs.exonEvent(written, 0, written.length()));
  }

  @Test
  void textWithoutExonEventGivesNull() {
    String text = "mutation du codon 12";
    assertNull(hgvs.exonEvent(text, 0, text.length()));
  }
}

package org.onconlp.extract.biomarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TextSpan;

class BiomarkerLexiconTest {
  private static final BiomarkerLexicon LEXICON = new BiomarkerLexicon();

  /** The first match in {@code text} as "NAMES tokens suffix", or null. */
  private static String firstMatch(String text) {
    List<String> surfaces = new ArrayList<>();
    List<String> norms = new ArrayList<>();
    TextNormaliser normaliser = new TextNormaliser();
    for (TextSpan s : new FrenchTokenizer().tokenize(text)) {
      surfaces.add(s.coveredText(text));
      norms.add(normaliser.fold(text, s.begin(), s.end()));
    }
    for (int i = 0; i < norms.size(); i++) {
      BiomarkerLexicon.Match m = LEXICON.match(surfaces, norms, i);
      if (m != null) {
        String suffix = m.suffix().isEmpty() ? "" : " [" + m.suffix() + "]";
        return String.join("+", m.entry().names())
            + " "
            + String.join(" ", surfaces.subList(m.first(), m.last() + 1))
            + suffix;
      }
    }
    return null;
  }

  @Test
  void multiWordFormsMatchWithFoldedAccentsAndLigatures() {
    assertEquals("ER Récepteurs aux œstrogènes", firstMatch("Récepteurs aux œstrogènes : 90 %"));
    assertEquals("ER RECEPTEURS AUX OESTROGENES", firstMatch("RECEPTEURS AUX OESTROGENES"));
  }

  @Test
  void shortAcronymsAreCaseSensitive() {
    assertEquals("ER RE", firstMatch("RE : 90 %"));
    assertNull(firstMatch("re : 90 %"));
    assertNull(firstMatch("il met en évidence"));
    assertEquals("MET MET", firstMatch("amplification de MET"));
  }

  @Test
  void signsGluedToANameAreItsSuffix() {
    assertEquals("ER RE+ [+]", firstMatch("RE+"));
    assertEquals("HER2 HER2+++ [+++]", firstMatch("HER2+++"));
    assertEquals("HER2 HER2-positif [-positif]", firstMatch("HER2-positif"));
  }

  @Test
  void hyphenatedFormsMatchWhole() {
    assertEquals("KI67 Ki-67", firstMatch("Ki-67 : 20 %"));
    assertEquals("HER2 HER2-low", firstMatch("HER2-low"));
    assertEquals("CA153 CA 15-3", firstMatch("CA 15-3 : 45 U/ml"));
    assertEquals("1P19Q 1p / 19q", firstMatch("codélétion 1p/19q"));
    assertEquals("T4_14 t(4;14)", firstMatch("t(4;14) positive"));
  }

  @Test
  void oneFormMayNameTwoMarkers() {
    assertEquals("KRAS+NRAS RAS", firstMatch("statut RAS sauvage"));
  }

  @Test
  void malformedLinesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new BiomarkerLexicon(List.of("ER\tRECEPTOR")));
  }
}

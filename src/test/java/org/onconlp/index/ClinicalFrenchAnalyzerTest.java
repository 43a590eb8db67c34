package org.onconlp.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ClinicalFrenchAnalyzerTest {
  private final ClinicalFrenchAnalyzer analyzer = new ClinicalFrenchAnalyzer();

  private String terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return String.join(" ", out);
  }

  @Test
  void elisionAccentsAndPluralsAreNormalised() throws IOException {
    assertEquals(terms("métastase osseuse"), terms("Métastases osseuses"));
    assertEquals(terms("l'adénocarcinome"), terms("adenocarcinome"));
  }

  @Test
  void clinicalAbbreviationsAreNotStemmed() throws IOException {
    assertEquals("re rp her2 tnm", terms("RE RP HER2 TNM"));
  }

  @Test
  void garbageDoesNotThrow() throws IOException {
    assertEquals("", terms(""));
    assertEquals(20_000, terms("a ".repeat(20_000)).split(" ").length);
  }
}

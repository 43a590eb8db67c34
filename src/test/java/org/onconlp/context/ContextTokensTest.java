package org.onconlp.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextTokensTest {
  private static String norms(String text) {
    ContextTokens t = ContextTokens.of(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.norm(i));
    }
    return String.join(" ", out);
  }

  @Test
  void foldsCaseAccentsAndLigatures() {
    assertEquals("oedeme evocateur d un cancer", norms("ŒDÈME ÉVOCATEUR D’UN CANCER"));
  }

  @Test
  void elisionsAndHyphensSeparateWords() {
    assertEquals("n est pas grand mere", norms("n'est pas grand-mère"));
  }

  @Test
  void punctuationIsOneTokenPerCharacter() {
    assertEquals("metastase : non ; her2 ?", norms("Métastase : non ; HER2 ?"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Pas d'emboles";
    ContextTokens t = ContextTokens.of(text, 0, text.length());
    assertEquals("emboles", text.substring(t.begin(2), t.end(2)));
    assertEquals(2, t.firstEndingAfter(8));
    assertEquals(1, t.lastStartingBefore(8));
  }
}

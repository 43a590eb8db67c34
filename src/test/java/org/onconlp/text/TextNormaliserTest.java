package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  /** The original text of the span whose normalised form is found at {@code needle}. */
  private static String originalOf(NormalisedText norm, String original, String needle) {
    int b = norm.text().indexOf(needle);
    return original.substring(norm.toOriginal(b), norm.toOriginalEnd(b + needle.length()));
  }

  @Test
  void lowerCasesAndFoldsAccents() {
    assertEquals(
        "etat general altere, tres fatigue", normaliser.fold("État général ALTÉRÉ, très fatigué"));
  }

  @Test
  void foldsCedillaAndOtherDiacritics() {
    assertEquals("garcon naif age", normaliser.fold("garçon naïf âgé"));
  }

  @Test
  void expandsLigatures() {
    assertEquals("oedeme, oesophage, caecum", normaliser.fold("œdème, Œsophage, cæcum"));
  }

  @Test
  void typographicPunctuationBecomesAscii() {
    assertEquals("l'examen \"normal\" - 3-4 cm", normaliser.fold("l’examen «normal» – 3‑4 cm"));
  }

  @Test
  void unicodeSpacesBecomePlainSpaces() {
    assertEquals(
        "90 % ; taille : 3 cm", normaliser.fold("90\u00A0% ;\u202Ftaille\u2009: 3\u2007cm"));
  }

  @Test
  void compatibilityFormsAreFolded() {
    assertEquals("1,8 m2 fin...", normaliser.fold("1,8 m² ﬁn…"));
  }

  @Test
  void plainAsciiMapsOneToOne() {
    NormalisedText norm = normaliser.normalise("HER2 3+");
    assertEquals("her2 3+", norm.text());
    assertEquals(5, norm.toOriginal(5));
    assertEquals(7, norm.toOriginalEnd(7));
  }

  @Test
  void matchAfterLigatureMapsBackToOriginalOffsets() {
    String original = "Œdème du cœur gauche";
    NormalisedText norm = normaliser.normalise(original);
    assertEquals("oedeme du coeur gauche", norm.text());
    assertEquals("cœur", originalOf(norm, original, "coeur"));
    assertEquals("gauche", originalOf(norm, original, "gauche"));
    assertEquals("Œdème", originalOf(norm, original, "oedeme"));
  }

  @Test
  void halfOfALigatureMapsToTheWholeLigature() {
    String original = "sœur";
    NormalisedText norm = normaliser.normalise(original);
    assertEquals("œ", original.substring(norm.toOriginal(1), norm.toOriginalEnd(2)));
    assertEquals("œ", original.substring(norm.toOriginal(2), norm.toOriginalEnd(3)));
  }

  @Test
  void combiningAccentsOfNfdInputAreDroppedAndMapBackWithTheirLetter() {
    String original = "Re\u0301sultat e\u0301leve\u0301";
    NormalisedText norm = normaliser.normalise(original);
    assertEquals("resultat eleve", norm.text());
    assertEquals("e\u0301leve\u0301", originalOf(norm, original, "eleve"));
    assertEquals("Re\u0301sultat", originalOf(norm, original, "resultat"));
  }

  @Test
  void endOfTextMapsToOriginalLength() {
    NormalisedText norm = normaliser.normalise("cœur\u0301");
    assertEquals(norm.originalLength(), norm.toOriginal(norm.text().length()));
    assertEquals(5, norm.toOriginalEnd(norm.text().length()));
  }

  @Test
  void spanMappingUsesBeginAndEndRules() {
    String original = "Bilan : nœud";
    NormalisedText norm = normaliser.normalise(original);
    assertEquals(new TextSpan(8, 12), norm.toOriginal(new TextSpan(8, 13)));
  }

  @Test
  void offsetsOutsideTheTextAreRejected() {
    NormalisedText norm = normaliser.normalise("abc");
    assertThrows(IndexOutOfBoundsException.class, () -> norm.toOriginal(4));
    assertThrows(IndexOutOfBoundsException.class, () -> norm.toOriginalEnd(-1));
  }

  @Test
  void emptyTextNormalisesToEmpty() {
    NormalisedText norm = normaliser.normalise("");
    assertEquals("", norm.text());
    assertEquals(0, norm.toOriginal(0));
    assertEquals(0, norm.toOriginalEnd(0));
  }

  @Test
  void foldOfASpanEqualsNormaliseOfTheSubstring() {
    String text = "Le Ki-67 ÉLEVÉ";
    assertEquals(normaliser.normalise("ÉLEVÉ").text(), normaliser.fold(text, 9, 14));
  }

  @Test
  void randomInputMapsEveryIndexMonotonicallyIntoTheOriginal() {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append((char) random.nextInt(0x10000));
    }
    String original = sb.toString();
    NormalisedText norm = normaliser.normalise(original);
    int previous = 0;
    for (int k = 0; k <= norm.text().length(); k++) {
      int o = norm.toOriginal(k);
      assertEquals(true, o >= previous && o <= original.length(), "index " + k);
      assertEquals(true, norm.toOriginalEnd(k) <= original.length(), "end " + k);
      previous = o;
    }
  }
}

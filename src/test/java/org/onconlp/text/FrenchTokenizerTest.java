package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {
  private final FrenchTokenizer tokenizer = new FrenchTokenizer();

  /** Tokens joined with " | ", the way a failing diff is easiest to read. */
  private String tokens(String text) {
    return tokenizer.tokenize(text).stream()
        .map(s -> s.coveredText(text))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void tnmCodesStayWhole() {
    assertEquals("pT2N1a | et | ypT0N0 | ,", tokens("pT2N1a et ypT0N0,"));
  }

  @Test
  void tnmSuffixInParenthesesStaysWhole() {
    assertEquals("pN0(i+) | pN1(sn)", tokens("pN0(i+) pN1(sn)"));
  }

  @Test
  void tnmFollowedByNodeCountSplits() {
    assertEquals("pT2N1a | ( | 2/12 | ) | .", tokens("pT2N1a (2/12)."));
  }

  @Test
  void her2ScoresStayWhole() {
    assertEquals("HER2 | score | 3+ | ,", tokens("HER2 score 3+,"));
    assertEquals("HER2 | ( | 2+ | )", tokens("HER2 (2+)"));
  }

  @Test
  void polaritySignsStayOnMarkers() {
    assertEquals("RE+ | , | RP- | , | HER2- | , | CD20+++", tokens("RE+, RP-, HER2-, CD20+++"));
  }

  @Test
  void gleasonSumSplits() {
    assertEquals("Gleason | 4 | + | 3 | = | 7", tokens("Gleason 4+3=7"));
  }

  @Test
  void proteinVariantsStayWhole() {
    assertEquals(
        "KRAS | p.G12C | et | p.Gly12Cys | .", tokens("KRAS p.G12C et p.Gly12Cys."));
  }

  @Test
  void parenthesisedProteinVariantStaysWhole() {
    assertEquals("( | p.(Gly12Cys) | )", tokens("(p.(Gly12Cys))"));
  }

  @Test
  void codingVariantsStayWhole() {
    assertEquals("c.35G>T | ; | c.1234+1G>A | ; | c.35_36delinsTT",
        tokens("c.35G>T ; c.1234+1G>A ; c.35_36delinsTT"));
  }

  @Test
  void pageAbbreviationIsNotAVariant() {
    assertEquals("cf | . | p | . | 12", tokens("cf. p. 12"));
  }

  @Test
  void hyphenatedMarkersStayWhole() {
    assertEquals(
        "Ki-67 | , | Ki67 | , | PD-L1 | , | BCR-ABL", tokens("Ki-67, Ki67, PD-L1, BCR-ABL"));
  }

  @Test
  void cytogeneticAnomaliesStayWhole() {
    assertEquals("del(17p) | et | t(11;14) | , | t(11;14)(q13;q32)",
        tokens("del(17p) et t(11;14), t(11;14)(q13;q32)"));
  }

  @Test
  void ordinaryParenthesesSplit() {
    assertEquals("tumeur | ( | sein | gauche | )", tokens("tumeur (sein gauche)"));
    assertEquals("HER2 | ( | négatif | )", tokens("HER2(négatif)"));
  }

  @Test
  void icdAndIcdOCodesStayWhole() {
    assertEquals("C50.4 | , | 8500/3 | .", tokens("C50.4, 8500/3."));
  }

  @Test
  void decimalsWithCommaAndDotStayWhole() {
    assertEquals("3,5 | cm | et | 3.5 | cm", tokens("3,5 cm et 3.5 cm"));
  }

  @Test
  void commaBetweenWordsAndNumbersSplits() {
    assertEquals("3 | , | puis | 4", tokens("3, puis 4"));
  }

  @Test
  void percentSignIsASeparateToken() {
    assertEquals("RE | 90 | % | , | RP | 5 | %", tokens("RE 90%, RP 5 %"));
  }

  @Test
  void datesAndTimesStayWhole() {
    assertEquals("le | 12/03/2021 | à | 14:30", tokens("le 12/03/2021 à 14:30"));
  }

  @Test
  void elisionIsSplitAfterTheApostrophe() {
    assertEquals("l' | adénocarcinome | d' | un | qu' | il", tokens("l'adénocarcinome d'un qu'il"));
  }

  @Test
  void typographicApostropheElisionIsSplit() {
    assertEquals("L’ | ADÉNOCARCINOME | jusqu’ | à", tokens("L’ADÉNOCARCINOME jusqu’à"));
  }

  @Test
  void lexicalApostropheStaysInsideTheWord() {
    assertEquals("aujourd'hui | c' | est-à-dire", tokens("aujourd'hui c'est-à-dire"));
  }

  @Test
  void emailStaysWholeWithoutSurroundingPunctuation() {
    assertEquals("( | jeanne.exemple@chu-exemple.fr | ) | .",
        tokens("(jeanne.exemple@chu-exemple.fr)."));
  }

  @Test
  void urlsStayWhole() {
    assertEquals("voir | https://www.e-cancer.fr/Professionnels?id=3 | ou | www.exemple.fr | .",
        tokens("voir https://www.e-cancer.fr/Professionnels?id=3 ou www.exemple.fr."));
  }

  @Test
  void punctuationIsSplit() {
    assertEquals(
        "Conclusion | : | carcinome | ; | « | RH+ | » | !",
        tokens("Conclusion : carcinome ; «RH+» !"));
  }

  @Test
  void ellipsisStaysOneToken() {
    assertEquals("etc | ...", tokens("etc..."));
  }

  @Test
  void sentenceFinalDotSplitsFromCodes() {
    assertEquals("stade | pT2 | .", tokens("stade pT2."));
  }

  @Test
  void noBreakSpacesSeparateTokens() {
    assertEquals("90 | % | ; | taille | :", tokens("90\u00A0% ;\u202Ftaille\u00A0:"));
  }

  @Test
  void combiningAccentsStayInsideTheWord() {
    assertEquals("re\u0301sultat | positif", tokens("re\u0301sultat positif"));
  }

  @Test
  void superscriptStaysInsideUnit() {
    assertEquals("1,8 | m² | ,", tokens("1,8 m²,"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  HER2 3+\n";
    assertEquals(List.of(new TextSpan(2, 6), new TextSpan(7, 9)), tokenizer.tokenize(text));
  }

  @Test
  void windows1252MojibakeSplitsAtItsSymbolsWithoutError() {
    assertEquals("rÃ | © | sultat | Â | « | positif | Â | »", tokens("rÃ©sultat Â« positif Â»"));
  }

  @Test
  void emptyAndBlankInputsGiveNoTokens() {
    assertTrue(tokenizer.tokenize("").isEmpty());
    assertTrue(tokenizer.tokenize(" \n\t\u00A0 ").isEmpty());
  }

  @Test
  void randomInputNeverThrowsAndTokensAreOrderedAndNonEmpty() {
    String text = RandomText.of(42, 200_000, "abcXYZ019 .,;:'’()[]+-/>_@%«»\n\téœ\u0301\uD83D\uDE00pcgT");
    int previousEnd = 0;
    for (TextSpan span : tokenizer.tokenize(text)) {
      assertTrue(span.begin() >= previousEnd && span.end() > span.begin(), span.toString());
      previousEnd = span.end();
    }
  }

  @Test
  void veryLongLineNeverThrows() {
    String text = "pT2N1a".repeat(50_000) + " " + "p.(((".repeat(10_000) + " x".repeat(10_000);
    assertTrue(tokenizer.tokenize(text).size() > 10_000);
  }
}

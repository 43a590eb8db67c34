package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

class ClinicalSentenceSplitterTest {
  private final ClinicalSentenceSplitter splitter = new ClinicalSentenceSplitter(frenchModel());

  private static SentenceModel frenchModel() {
    String location = SentenceModelResource.FRENCH_MODEL;
    try (InputStream in = ClinicalSentenceSplitterTest.class.getResourceAsStream(location)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentences joined with " || ", line breaks shown as "⏎". */
  private String sentences(String text) {
    return splitter.split(text).stream()
        .map(s -> s.coveredText(text).replace("\n", "⏎"))
        .collect(Collectors.joining(" || "));
  }

  @Test
  void fullStopsSplitProse() {
    assertEquals(
        "Patiente de 54 ans adressée pour un nodule du sein gauche. || "
            + "Elle ne présente pas d'antécédent notable.",
        sentences(
            "Patiente de 54 ans adressée pour un nodule du sein gauche. "
                + "Elle ne présente pas d'antécédent notable."));
  }

  @Test
  void lineBreakBeforeCapitalEndsASentenceWithoutFullStop() {
    assertEquals(
        "Carcinome canalaire infiltrant || Grade SBR II",
        sentences("Carcinome canalaire infiltrant\nGrade SBR II"));
  }

  @Test
  void blankLineEndsASentence() {
    assertEquals(
        "tumeur de 3 cm || absence d'emboles",
        sentences("tumeur de 3 cm\n\n   \nabsence d'emboles"));
  }

  @Test
  void lowerCaseContinuationJoinsWrappedLines() {
    assertEquals(
        "La patiente présente une masse du quadrant supéro-externe⏎du sein droit, mesurant 25 mm.",
        sentences(
            "La patiente présente une masse du quadrant supéro-externe\n"
                + "du sein droit, mesurant 25 mm."));
  }

  @Test
  void lineEndingWithCommaContinues() {
    assertEquals(
        "Traitée par tamoxifène,⏎Zoladex puis létrozole.",
        sentences("Traitée par tamoxifène,\nZoladex puis létrozole."));
  }

  @Test
  void lineEndingWithFunctionWordContinues() {
    assertEquals(
        "Traitement adjuvant par⏎Herceptin pendant un an.",
        sentences("Traitement adjuvant par\nHerceptin pendant un an."));
  }

  @Test
  void headingEndingWithColonIsItsOwnSentence() {
    assertEquals(
        "CONCLUSION : || adénocarcinome lieberkühnien moyennement différencié.",
        sentences("CONCLUSION :\nadénocarcinome lieberkühnien moyennement différencié."));
  }

  @Test
  void dashBulletsStartSentences() {
    assertEquals(
        "Récepteurs hormonaux : || - RE : 90 % || - RP : 20 % || - HER2 score 1+",
        sentences("Récepteurs hormonaux :\n- RE : 90 %\n- RP : 20 %\n- HER2 score 1+"));
  }

  @Test
  void roundBulletsAndNumberedItemsStartSentences() {
    assertEquals(
        "• scanner thoraco-abdomino-pelvien || 1) TEP-scanner, || 2) IRM mammaire || a. biopsie",
        sentences(
            "• scanner thoraco-abdomino-pelvien\n1) TEP-scanner,\n2) IRM mammaire\na. biopsie"));
  }

  @Test
  void numberingIsNotASentenceOfItsOwn() {
    assertEquals(
        "1. Tumeur du sein droit. || 2. Adénopathie axillaire.",
        sentences("1. Tumeur du sein droit.\n2. Adénopathie axillaire."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(
        "Vue par le Dr. Exemple et le Pr. Essai, cf. compte rendu du 12/03/2021. || "
            + "M. Dupond est revu ce jour.",
        sentences(
            "Vue par le Dr. Exemple et le Pr. Essai, cf. compte rendu du 12/03/2021. "
                + "M. Dupond est revu ce jour."));
  }

  @Test
  void approximationAndPageAbbreviationsDoNotEndSentences() {
    assertEquals(
        "Nodule d'env. 12 mm, décrit p. 3 du compte rendu, vs. 10 mm en 2020.",
        sentences("Nodule d'env. 12 mm, décrit p. 3 du compte rendu, vs. 10 mm en 2020."));
  }

  @Test
  void decimalNumbersDoNotEndSentences() {
    assertEquals(
        "Tumeur de 3,5 cm et ganglion de 1.2 cm. || Marges saines.",
        sentences("Tumeur de 3,5 cm et ganglion de 1.2 cm. Marges saines."));
  }

  @Test
  void stageWithNodeCountStaysInOneSentence() {
    assertEquals(
        "Stade pT2N1a (2/12) selon la classification TNM 8e édition. || Pas d'embole.",
        sentences("Stade pT2N1a (2/12) selon la classification TNM 8e édition. Pas d'embole."));
  }

  @Test
  void sentencesNeverHaveSurroundingWhitespace() {
    String text = "  \t Examen normal.   \r\n\r\n  Pas de récidive.\u00A0\n";
    assertEquals("Examen normal. || Pas de récidive.", sentences(text));
  }

  @Test
  void windowsLineBreaksAreLayoutBreaks() {
    assertEquals("Macroscopie || Pièce de 12 cm", sentences("Macroscopie\r\nPièce de 12 cm"));
  }

  @Test
  void hardBreaksSplitAHeadingFromItsContent() {
    String text = "Conclusion : carcinome canalaire infiltrant.";
    assertEquals(
        "Conclusion : || carcinome canalaire infiltrant.",
        splitter.split(text, new int[] {0, 12}).stream()
            .map(s -> s.coveredText(text))
            .collect(Collectors.joining(" || ")));
  }

  @Test
  void realLookingPathologyReportIsSplitByLayoutAndPunctuation() {
    String report =
        """
        COMPTE RENDU ANATOMOPATHOLOGIQUE

        Renseignements cliniques :
        Patiente de 61 ans, nodule du sein gauche
        de découverte mammographique.

        Macroscopie :
        Pièce de tumorectomie de 45 x 30 x 20 mm. Tumeur de 1,8 cm.

        Conclusion :
        - Carcinome canalaire infiltrant, grade SBR II
        - RE 90 %, RP 40 %, HER2 score 2+ (FISH non amplifié)
        - pT1cN0(i+) (0/3)
        """;
    assertEquals(
        "COMPTE RENDU ANATOMOPATHOLOGIQUE || Renseignements cliniques : || "
            + "Patiente de 61 ans, nodule du sein gauche⏎de découverte mammographique. || "
            + "Macroscopie : || Pièce de tumorectomie de 45 x 30 x 20 mm. || Tumeur de 1,8 cm. || "
            + "Conclusion : || - Carcinome canalaire infiltrant, grade SBR II || "
            + "- RE 90 %, RP 40 %, HER2 score 2+ (FISH non amplifié) || - pT1cN0(i+) (0/3)",
        sentences(report));
  }

  @Test
  void realLookingConsultationLetterIsSplit() {
    String letter =
        """
        Cher confrère,
        Je revois ce jour Mme. Exemple Jeanne, 58 ans, pour le suivi de son
        adénocarcinome pulmonaire KRAS p.G12C.
        Traitement en cours : sotorasib depuis le 02/05/2023
        Tolérance correcte. Pas de toxicité cutanée.
        CAT : scanner dans 3 mois.
        Bien confraternellement,
        Dr. Essai
        """;
    assertEquals(
        "Cher confrère,⏎Je revois ce jour Mme. Exemple Jeanne, 58 ans, pour le suivi de son⏎"
            + "adénocarcinome pulmonaire KRAS p.G12C. || "
            + "Traitement en cours : sotorasib depuis le 02/05/2023 || "
            + "Tolérance correcte. || Pas de toxicité cutanée. || CAT : scanner dans 3 mois. || "
            + "Bien confraternellement,⏎Dr. Essai",
        sentences(letter));
  }

  @Test
  void emptyAndBlankInputsGiveNoSentences() {
    assertTrue(splitter.split("").isEmpty());
    assertTrue(splitter.split(" \n\n\t \r\n").isEmpty());
  }

  @Test
  void randomInputNeverThrowsAndSentencesAreTrimmedAndOrdered() {
    String text = RandomText.of(3, 200_000, "abc XYZ.,;:!?\n\n-•1)(a.");
    int previousEnd = 0;
    for (TextSpan s : splitter.split(text)) {
      assertTrue(s.begin() >= previousEnd && s.end() > s.begin(), s.toString());
      assertTrue(!FrenchTokenizer.isSpace(text.charAt(s.begin()))
          && !FrenchTokenizer.isSpace(text.charAt(s.end() - 1)), s.toString());
      previousEnd = s.end();
    }
  }

  @Test
  void veryLongLineWithoutPunctuationIsOneSentence() {
    String text = "tumeur ".repeat(30_000).strip();
    assertEquals(1, splitter.split(text).size());
  }
}

package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SectionDetectorTest {
  private final SectionDetector detector = new SectionDetector();

  /** Sections as "label[heading]", joined with " | ". */
  private String headings(String text) {
    return detector.detect(text, null).stream()
        .map(s -> s.label() + "[" + text.substring(s.begin(), s.headingEnd()) + "]")
        .collect(Collectors.joining(" | "));
  }

  /** Sections as "label{whole covered text}", line breaks shown as "⏎". */
  private String sections(String text, String preamble) {
    return detector.detect(text, preamble).stream()
        .map(s -> s.label() + "{" + text.substring(s.begin(), s.end()).replace("\n", "⏎") + "}")
        .collect(Collectors.joining(" | "));
  }

  @Test
  void pathologyHeadingsWithColonsAreFound() {
    assertEquals(
        "macroscopie[Macroscopie :] | microscopie[Microscopie :] | conclusion[Conclusion :]",
        headings("Macroscopie :\nPièce de 3 cm.\nMicroscopie :\nCarcinome.\nConclusion :\nCCI."));
  }

  @Test
  void sectionRunsFromHeadingToTheNextHeadingLine() {
    assertEquals(
        "macroscopie{Macroscopie : pièce de 3 cm.} | conclusion{CONCLUSION⏎Carcinome canalaire.}",
        sections("Macroscopie : pièce de 3 cm.\n\nCONCLUSION\nCarcinome canalaire.\n\n", null));
  }

  @Test
  void upperCaseAndUnaccentedHeadingsMatch() {
    assertEquals(
        "antecedents[ANTECEDENTS :] | examen_clinique[EXAMEN CLINIQUE]",
        headings("ANTECEDENTS :\nHTA\nEXAMEN CLINIQUE\nRAS"));
  }

  @Test
  void familyHistoryHasItsOwnKey() {
    assertEquals(
        "antecedents[Antécédents personnels :] | antecedents_familiaux[Antécédents familiaux :]",
        headings("Antécédents personnels : HTA\nAntécédents familiaux : mère, cancer du sein"));
  }

  @Test
  void numberedAndBulletedHeadingsMatchWithoutTheirMarker() {
    assertEquals(
        "macroscopie[Examen macroscopique :] | immunohistochimie[Immunohistochimie] "
            + "| biologie_moleculaire[Biologie moléculaire :]",
        headings("1. Examen macroscopique :\nII - Immunohistochimie\n- Biologie moléculaire :"));
  }

  @Test
  void rcpHeadingsMatch() {
    assertEquals(
        "motif[Motif de présentation :] | decision_rcp[Décision (RCP) :] "
            + "| proposition_therapeutique[Proposition thérapeutique :] | decision_rcp[Avis RCP :]",
        headings(
            "Motif de présentation : dossier\nDécision (RCP) : chirurgie\n"
                + "Proposition thérapeutique : tumorectomie\nAvis RCP : favorable"));
  }

  @Test
  void trailingParenthesisedPrecisionIsAllowed() {
    assertEquals(
        "macroscopie[Examen macroscopique (pièce de mastectomie) :]",
        headings("Examen macroscopique (pièce de mastectomie) :\nPièce de 540 g."));
  }

  @Test
  void headingWordsInsideASentenceAreNotHeadings() {
    assertEquals("", headings("Le patient va bien. En conclusion, le patient est en rémission."));
  }

  @Test
  void headingWordAtLineStartFollowedByACommaIsNotAHeading() {
    assertEquals("", headings("Examen normal.\nEn conclusion, le patient est en rémission."));
  }

  @Test
  void headingWordFollowedByMoreWordsWithoutColonIsNotAHeading() {
    assertEquals(
        "", headings("La technique utilisée est la FISH.\nTechnique de prélèvement standard."));
  }

  @Test
  void headingWordsAfterAColonMidLineAreNotHeadings() {
    assertEquals("", headings("Vu ce jour : conclusion identique, traitement inchangé."));
  }

  @Test
  void textBeforeTheFirstHeadingBelongsToNoSectionByDefault() {
    assertEquals(
        "conclusion{Conclusion : RAS}",
        sections("Compte rendu du 12/03/2021\nConclusion : RAS", null));
  }

  @Test
  void preambleSectionCoversTextBeforeTheFirstHeadingWhenAsked() {
    assertEquals(
        "preambule{Compte rendu du 12/03/2021} | conclusion{Conclusion : RAS}",
        sections("  Compte rendu du 12/03/2021\n\nConclusion : RAS", SectionDetector.PREAMBLE));
  }

  @Test
  void headingEndIsAfterTheColonAndContentMayFollowOnTheSameLine() {
    String text = "Conclusion : carcinome canalaire infiltrant.";
    SectionDetector.SectionSpan span = detector.detect(text, null).get(0);
    assertEquals(
        List.of(0, 12, text.length()), List.of(span.begin(), span.headingEnd(), span.end()));
  }

  @Test
  void typographicApostropheAndHyphenVariantsMatch() {
    assertEquals(
        "motif[Motif d’hospitalisation :] | compte_rendu_operatoire[Compte-rendu opératoire :]",
        headings("Motif d’hospitalisation : douleur\nCompte-rendu opératoire : mastectomie"));
  }

  @Test
  void realLookingConsultationIsSectioned() {
    String report =
        """
        Consultation d'oncologie du 04/03/2021
        Motif de consultation : suivi
        Histoire de la maladie :
        Carcinome canalaire infiltrant du sein gauche diagnostiqué en 2019.
        Mode de vie : non fumeuse
        Allergies : aucune connue
        Traitements en cours :
        - létrozole 2,5 mg
        Conduite à tenir :
        Mammographie dans un an.
        """;
    assertEquals(
        "motif | histoire_maladie | mode_de_vie | allergies | traitement | conduite_a_tenir",
        detector.detect(report, null).stream()
            .map(SectionDetector.SectionSpan::label)
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void malformedHeadingLineIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SectionDetector(List.of("conclusion")));
  }

  @Test
  void headingUnderTwoKeysIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SectionDetector(List.of("a | conclusion", "b | Conclusion")));
  }

  @Test
  void garbageInputNeverThrows() {
    assertTrue(detector.detect("", SectionDetector.PREAMBLE).isEmpty());
    assertTrue(detector.detect(" \n\n ", SectionDetector.PREAMBLE).isEmpty());
    Random random = new Random(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append(
          random.nextInt(50) == 0
              ? "\nConclusion :"
              : String.valueOf((char) random.nextInt(0x3000)));
    }
    String text = sb.toString();
    int previousEnd = 0;
    for (SectionDetector.SectionSpan s : detector.detect(text, SectionDetector.PREAMBLE)) {
      assertTrue(s.begin() >= previousEnd && s.headingEnd() <= s.end(), s.toString());
      previousEnd = s.end();
    }
    assertEquals(1, detector.detect("x".repeat(300_000), SectionDetector.PREAMBLE).size());
  }
}

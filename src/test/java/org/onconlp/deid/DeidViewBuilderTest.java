package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/** The whole de-identification slot: structured annotator, resolver, view builder. */
class DeidViewBuilderTest {
  /** An invented pathology report; every identity and number in it is made up. */
  static final String REPORT =
      """
      CENTRE HOSPITALIER FICTIF - Service d'anatomie pathologique
      12 rue des Lilas, 75013 Paris - Tél. 01 99 00 12 34 - Fax 01.99.00.12.35
      Secrétariat : anapath@chu-fictif.fr - www.chu-fictif.fr

      Patiente : Mme X, née le 03/05/1950 (74 ans)
      IPP : 8012345678 - NDA: 2021-000123
      NIR : 2 50 05 75 123 456 89
      N° d'examen : 21H01234
      Prescripteur : Dr Y, RPPS 10001234567
      Prélèvement du 2 mars 2021, reçu le 04/03/2021.

      Renseignements cliniques : nodule du sein gauche découvert en mars 2021.

      Macroscopie : pièce de tumorectomie de 45 x 30 x 20 mm.

      Microscopie : carcinome canalaire infiltrant de grade SBR 2 (8500/3), pT1cN1a (2/12).
      RE 90 %, RP 20 %, HER2 score 1+, Ki67 15 %.

      Conclusion : carcinome canalaire infiltrant pT1cN1aM0 (TNM 8e), Gleason non applicable.
      Compte rendu validé le lundi 8 mars 2021 par le Dr Y.
      """;

  static AnalysisEngine engine;

  @BeforeAll
  static void createEngine() throws Exception {
    engine =
        AnalysisEngineFactory.createEngine(
            AnalysisEngineFactory.createEngineDescription(
                StructuredPhiAnnotator.description(), DeidViewBuilder.description()));
  }

  static JCas run(String text) throws Exception {
    return run(text, null);
  }

  static JCas run(String text, String documentDate) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(text);
    if (documentDate != null) {
      DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
      meta.setDocumentId("CR-TEST-1");
      meta.setPatientId("P-TEST-1");
      meta.setDocumentDate(documentDate);
      meta.addToIndexes();
    }
    engine.process(jcas);
    return jcas;
  }

  static String deidText(JCas jcas) throws Exception {
    return jcas.getView(Views.DEID).getDocumentText();
  }

  @Test
  void reportKeepsNoPlantedIdentifier() throws Exception {
    String deid = deidText(run(REPORT));
    for (String planted :
        List.of(
            "01 99 00 12 34",
            "01.99.00.12.35",
            "anapath@chu-fictif.fr",
            "www.chu-fictif.fr",
            "75013",
            "03/05/1950",
            "8012345678",
            "2021-000123",
            "2 50 05 75 123 456 89",
            "21H01234",
            "10001234567",
            "2 mars 2021",
            "04/03/2021",
            "mars 2021",
            "8 mars 2021")) {
      assertFalse(deid.contains(planted), () -> "left in the deid text: " + planted);
    }
  }

  @Test
  void reportKeepsItsClinicalContent() throws Exception {
    String deid = deidText(run(REPORT));
    for (String clinical :
        List.of("8500/3", "pT1cN1a (2/12)", "RE 90 %", "45 x 30 x 20 mm", "(74 ans)", "TNM 8e")) {
      assertTrue(deid.contains(clinical), () -> "lost from the deid text: " + clinical);
    }
  }

  @Test
  void reportPhiCategoriesAreTheExpectedOnes() throws Exception {
    JCas jcas = run(REPORT);
    String categories =
        JCasUtil.select(jcas, Phi.class).stream()
            .map(Phi::getCategory)
            .collect(Collectors.joining(" "));
    assertEquals(
        "ZIP TEL TEL MAIL URL DATE_NAISSANCE IPP NDA SECU ID RPPS DATE DATE DATE DATE",
        categories);
  }

  @Test
  void deidTextIsTheOriginalWithEachPhiReplacedBySurrogateInOrder() throws Exception {
    JCas jcas = run(REPORT);
    List<Phi> phis = new ArrayList<>(JCasUtil.select(jcas, Phi.class));
    StringBuilder expected = new StringBuilder();
    int last = 0;
    for (Phi phi : phis) {
      assertTrue(phi.getBegin() >= last, "Phi annotations overlap");
      expected.append(REPORT, last, phi.getBegin()).append(phi.getSurrogate());
      last = phi.getEnd();
    }
    expected.append(REPORT.substring(last));
    assertEquals(expected.toString(), deidText(jcas));
  }

  @Test
  void offsetMapFindsDeidMentionsInTheOriginal() throws Exception {
    JCas jcas = run(REPORT);
    String deid = deidText(jcas);
    DeidOffsetMapper map =
        new DeidOffsetMapper(
            JCasUtil.select(jcas, Phi.class).stream()
                .map(p -> new DeidOffsetMapper.Phi(p.getBegin(), p.getEnd(), p.getSurrogate()))
                .toList());
    int begin = deid.indexOf("carcinome canalaire infiltrant de grade");
    int end = begin + "carcinome canalaire infiltrant de grade".length();
    assertEquals(
        "carcinome canalaire infiltrant de grade",
        REPORT.substring(map.toOriginalBegin(begin), map.toOriginalEnd(end)));
  }

  @Test
  void surrogatesAreBracketedCategoriesAndComponentIsRecorded() throws Exception {
    JCas jcas = run("Contrôle le 12/03/2021.");
    Phi phi = JCasUtil.selectSingle(jcas, Phi.class);
    assertEquals("[DATE]", phi.getSurrogate());
    assertEquals("StructuredPhiAnnotator", phi.getComponent());
    assertEquals("Contrôle le [DATE].", deidText(jcas));
  }

  @Test
  void textWithoutPhiIsLeftUnchanged() throws Exception {
    String text = "Carcinome canalaire infiltrant, pT2N1aM0, RE 90 %, HER2 3+.";
    assertEquals(text, deidText(run(text)));
  }

  @Test
  void phiAtTheVeryStartAndEndIsReplaced() throws Exception {
    assertEquals(
        "[DATE] : rappeler au [TEL]", deidText(run("12/03/2021 : rappeler au 01 99 00 12 34")));
  }

  @Test
  void overlappingPhiFromAnotherComponentIsArbitrated() throws Exception {
    AnalysisEngine withNameFinder =
        AnalysisEngineFactory.createEngine(
            AnalysisEngineFactory.createEngineDescription(
                StructuredPhiAnnotator.description(),
                AnalysisEngineFactory.createEngineDescription(PlantedPhiAnnotator.class),
                DeidViewBuilder.description()));
    JCas jcas = JCasFactory.createJCas();
    // The planted annotator marks "Dupontel 12" (a longer, overlapping NOM) and "Jean" (PRENOM).
    jcas.setDocumentText("Vu Jean Dupontel 12/03/2021.");
    withNameFinder.process(jcas);
    assertEquals("Vu [PRENOM] [NOM]/03/2021.", deidText(jcas));
    assertEquals(2, JCasUtil.select(jcas, Phi.class).size());
  }

  @Test
  void documentMetadataIsCopiedWithOnlyTheYearOfItsDate() throws Exception {
    JCas jcas = run("Contrôle le 12/03/2021.", "2021-03-04");
    DocumentMetadata copy =
        JCasUtil.selectSingle(jcas.getView(Views.DEID), DocumentMetadata.class);
    assertEquals("2021", copy.getDocumentDate());
    assertEquals("CR-TEST-1", copy.getDocumentId());
    assertEquals("P-TEST-1", copy.getPatientId());
    assertEquals(0, copy.getBegin());
    assertEquals(deidText(jcas).length(), copy.getEnd());
  }

  @Test
  void phiOutsideTheTextIsDroppedInsteadOfFailing() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("Contrôle le 12/03/2021.");
    Phi faulty = new Phi(jcas, 10, 400);
    faulty.setCategory("NOM");
    faulty.addToIndexes();
    engine.process(jcas);
    assertEquals("Contrôle le [DATE].", deidText(jcas));
    assertEquals("DATE", JCasUtil.selectSingle(jcas, Phi.class).getCategory());
  }

  @Test
  void emptyTextGivesAnEmptyDeidView() throws Exception {
    assertEquals("", deidText(run("")));
  }

  @Test
  void fiveMegabyteTextDoesNotThrow() throws Exception {
    StringBuilder big = new StringBuilder(5_200_000);
    while (big.length() < 5_000_000) {
      big.append(REPORT);
    }
    String deid = deidText(run(big.toString()));
    assertFalse(deid.contains("01 99 00 12 34"));
  }

  @Test
  void randomAndBinaryLookingTextDoesNotThrow() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        s.append(
            switch (random.nextInt(4)) {
              case 0 -> (char) random.nextInt(0x20);
              case 1 -> "0123456789 /.-+@()°:\n".charAt(random.nextInt(21));
              case 2 -> (char) (0xD800 + random.nextInt(0x800));
              default -> (char) random.nextInt(0xFFFF);
            });
      }
      String text = s.toString();
      assertDoesNotThrow(() -> run(text), "random round " + round);
    }
  }

  @Test
  void windows1252MangledTextDoesNotThrow() {
    assertDoesNotThrow(() -> run("nÃ©e le 03/05/1950, tÃ©l. 01 99 00 12 34, Â°IPP : 80123"));
  }

  @Test
  void dateRepeatingTheBirthDateIsTheBirthDate() throws Exception {
    JCas jcas = run("Patiente : Mme X, née le 14/11/1967\nCHU Fictif – page 2 – 14/11/1967\nRevue le 15/11/2023.");
    assertEquals("DATE_NAISSANCE DATE_NAISSANCE DATE", dateCategories(jcas));
  }

  @Test
  void yearRepeatingABirthYearStaysADate() throws Exception {
    JCas jcas = run("Frère : Paul (né en 1979), indemne.\nOncle : Jean TESSIER (1931-1979), décédé.");
    assertEquals("DATE_NAISSANCE DATE_NAISSANCE DATE", dateCategories(jcas));
  }

  /** Categories of the date PHI of a text, in order. */
  private static String dateCategories(JCas jcas) {
    return JCasUtil.select(jcas, Phi.class).stream()
        .filter(p -> p.getCategory().startsWith("DATE"))
        .map(Phi::getCategory)
        .collect(Collectors.joining(" "));
  }
}

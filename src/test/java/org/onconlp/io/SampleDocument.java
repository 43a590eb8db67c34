package org.onconlp.io;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.onconlp.types.Biomarker;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Stage;
import org.onconlp.types.Treatment;
import org.onconlp.types.Tumour;
import org.onconlp.types.Views;

/**
 * Test helper: a processed document with every annotation type, built by hand (invented identity).
 */
final class SampleDocument {
  static final String ORIGINAL =
      "Patiente Zorglub Alice, née le 03/02/1961. Carcinome canalaire infiltrant du sein gauche,"
          + " pT2N1aM0, SBR 2. Gleason 4+3=7. HER2 score 3+, RE 90%, RP 0%. Trastuzumab prévu en"
          + " 1re ligne. Pas de métastase.";
  static final String DEID =
      "Patiente Martin Claire, née le 14/05/1961. Carcinome canalaire infiltrant du sein gauche,"
          + " pT2N1aM0, SBR 2. Gleason 4+3=7. HER2 score 3+, RE 90%, RP 0%. Trastuzumab prévu en"
          + " 1re ligne. Pas de métastase.";

  private SampleDocument() {}

  /** The document, its metadata in the DEID view (or only in the original view). */
  static JCas create(boolean metadataInDeidView) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(ORIGINAL);
    jcas.setDocumentLanguage("fr");
    JCas deid = jcas.createView(Views.DEID);
    deid.setDocumentText(DEID);
    deid.setDocumentLanguage("fr");

    DocumentMetadata meta = new DocumentMetadata(metadataInDeidView ? deid : jcas, 0, 0);
    meta.setDocumentId("2021/CR-0042");
    meta.setPatientId("P000123");
    meta.setDocumentType("pathology");
    meta.setDocumentDate("2021-03-04");
    meta.setSourcePosition("in.jsonl:1");
    meta.addToIndexes();

    phi(jcas, "Zorglub", "NOM", "Martin");
    phi(jcas, "Alice", "PRENOM", "Claire");
    phi(jcas, "03/02/1961", "DATE_NAISSANCE", "14/05/1961");

    Tumour tumour = at(new Tumour(deid), "carcinome canalaire infiltrant");
    tumour.setMorphology("8500/3");
    tumour.setTopography("C50");
    tumour.setLaterality("left");
    tumour.setGradeSystem("SBR");
    tumour.setGradeValue("2");
    tumour.setComponent("TumourAnnotator");
    tumour.addToIndexes();
    Tumour metastasis = at(new Tumour(deid), "métastase");
    metastasis.setMorphology("8000/6");
    metastasis.setNegated(true);
    metastasis.addToIndexes();

    Stage tnm = at(new Stage(deid), "pT2N1aM0");
    tnm.setSystem("TNM");
    tnm.setPrefix("p");
    tnm.setT("2");
    tnm.setN("1a");
    tnm.setM("0");
    tnm.addToIndexes();
    Stage gleason = at(new Stage(deid), "Gleason 4+3=7");
    gleason.setSystem("GLEASON");
    gleason.setGleasonPrimary(4);
    gleason.setGleasonSecondary(3);
    gleason.setGleasonScore(7);
    gleason.setIsup(3);
    gleason.addToIndexes();

    Biomarker her2 = at(new Biomarker(deid), "HER2 score 3+");
    her2.setName("HER2");
    her2.setMethod("IHC");
    her2.setValue("3+");
    her2.setInterpretation("positive");
    her2.addToIndexes();
    Biomarker er = at(new Biomarker(deid), "RE 90%");
    er.setName("ER");
    er.setValue("90%");
    er.setPercent(90f);
    er.setInterpretation("positive");
    er.addToIndexes();
    Biomarker pr = at(new Biomarker(deid), "RP 0%");
    pr.setName("PR");
    pr.setValue("0%");
    pr.setInterpretation("negative");
    pr.addToIndexes();

    Treatment treatment = at(new Treatment(deid), "Trastuzumab");
    treatment.setCategory("targeted");
    treatment.setAgent("trastuzumab");
    treatment.setAtc("L01FD01");
    treatment.setLine(1);
    treatment.setStatus("planned");
    treatment.setStartDate("2021-04");
    treatment.setHypothetical(true);
    treatment.addToIndexes();
    return jcas;
  }

  private static void phi(JCas original, String covered, String category, String surrogate) {
    Phi phi = at(new Phi(original), covered);
    phi.setCategory(category);
    phi.setSurrogate(surrogate);
    phi.setComponent("PersonNameFinder");
    phi.addToIndexes();
  }

  private static <T extends org.apache.uima.jcas.tcas.Annotation> T at(
      T annotation, String covered) {
    String text = annotation.getCAS().getDocumentText();
    int begin = text.indexOf(covered);
    if (begin < 0) {
      begin = text.toLowerCase(java.util.Locale.ROOT).indexOf(covered);
    }
    annotation.setBegin(begin);
    annotation.setEnd(begin + covered.length());
    return annotation;
  }
}

package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Stage;
import org.onconlp.types.Tumour;
import org.onconlp.types.Views;

class XmiRoundTripTest {
  private static final String ORIGINAL =
      "Patiente Dupont Marie. Carcinome canalaire infiltrant pT2N1aM0, sans récidive.";
  private static final String DEID =
      "Patiente Lefebvre Claire. Carcinome canalaire infiltrant pT2N1aM0, sans récidive.";

  /** A CAS as the pipeline leaves it: Phi in the original view, mentions in the deid view. */
  private static JCas pipelineCas() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(ORIGINAL);
    DocumentMetadata meta = new DocumentMetadata(jcas, 0, 0);
    meta.setDocumentId("CR-7");
    meta.addToIndexes();
    phi(jcas, 9, 15, "NOM", "Lefebvre");
    phi(jcas, 16, 21, "PRENOM", "Claire");
    JCas deid = jcas.createView(Views.DEID);
    deid.setDocumentText(DEID);
    int t = DEID.indexOf("Carcinome");
    Tumour tumour = new Tumour(deid, t, t + "Carcinome canalaire infiltrant".length());
    tumour.setMorphology("8500/3");
    tumour.setTopography("C50");
    tumour.addToIndexes();
    int s = DEID.indexOf("pT2N1aM0");
    Stage stage = new Stage(deid, s, s + 8);
    stage.setSystem("TNM");
    stage.setPrefix("p");
    stage.setT("2");
    stage.setN("1a");
    stage.setM("0");
    stage.setHistorical(true);
    stage.addToIndexes();
    return jcas;
  }

  private static void phi(JCas jcas, int b, int e, String category, String surrogate) {
    Phi p = new Phi(jcas, b, e);
    p.setCategory(category);
    p.setSurrogate(surrogate);
    p.addToIndexes();
  }

  private static final String PREDICTION =
      """
      {"schemaVersion":"1","id":"CR-7",
       "text":"Patiente Lefebvre Claire. Carcinome canalaire infiltrant pT2N1aM0, sans récidive.",
       "phi":[{"begin":9,"end":15,"category":"NOM","surrogate":"Lefebvre"},
              {"begin":16,"end":21,"category":"PRENOM","surrogate":"Claire"}],
       "tumours":[{"begin":26,"end":56,"text":"Carcinome canalaire infiltrant","morphology":"8500/3",
                   "topography":"C50","negated":false,"hypothetical":false,"family":false,"historical":false}],
       "stages":[{"begin":57,"end":65,"text":"pT2N1aM0","system":"TNM","prefix":"p","T":"2","N":"1a","M":"0",
                  "negated":false,"hypothetical":false,"family":false,"historical":true}]}
      """;

  @Test
  void pipelineXmiReadBackAsGoldScoresOneAgainstTheSamePrediction(@TempDir Path dir)
      throws Exception {
    try (OutputStream out = Files.newOutputStream(dir.resolve("cr7.xmi"))) {
      XmiCasSerializer.serialize(pipelineCas().getCas(), out);
    }
    Corpus gold = new GoldReader(java.util.Map.of()).read(dir);
    assertEquals(
        "[NOM[9-15], PRENOM[16-21], Tumour[23-53]{morphology=8500/3, topography=C50},"
            + " Stage[54-62]{M=0, N=1a, T=2, historical=true, prefix=p, system=TNM}]",
        gold.documents().get(0).entities().toString());
    EvalDocument pred =
        ContractDocuments.prediction(new ObjectMapper().readTree(PREDICTION), new ArrayList<>());
    EvalResult r = new Evaluator(20, 1).evaluate(gold, new Corpus(List.of(pred), List.of()));
    assertEquals("CR-7", gold.documents().get(0).id());
    for (String mode : EvalResult.MODES) {
      assertEquals(1.0, ScoreTables.micro(r.counts().get(mode)).f1(), mode);
    }
    r.attributes()
        .get("strict")
        .values()
        .forEach(m -> m.values().forEach(t -> assertEquals(1.0, t.accuracy())));
    assertEquals(List.of(), r.errors());
    assertEquals(0, r.redaction().totalLeaks());
  }

  @Test
  void inceptionCustomLayersAreReadThroughTheirLabelFeature(@TempDir Path dir) throws Exception {
    TypeSystemDescription custom = TypeSystemDescriptionFactory.createTypeSystemDescription();
    TypeDescription layer = custom.addType("webanno.custom.Deid", "", CAS.TYPE_NAME_ANNOTATION);
    layer.addFeature("value", "", CAS.TYPE_NAME_STRING);
    layer.addFeature("certain", "", CAS.TYPE_NAME_BOOLEAN);
    TypeDescription stageLayer =
        custom.addType("webanno.custom.Stage", "", CAS.TYPE_NAME_ANNOTATION);
    stageLayer.addFeature("t", "", CAS.TYPE_NAME_STRING);
    stageLayer.addFeature("negated", "", CAS.TYPE_NAME_BOOLEAN);
    CAS cas = CasCreationUtils.createCas(custom, null, null);
    cas.setDocumentText(ORIGINAL);
    Type type = cas.getTypeSystem().getType("webanno.custom.Deid");
    AnnotationFS a = cas.createAnnotation(type, 9, 15);
    a.setStringValue(type.getFeatureByBaseName("value"), "NOM");
    a.setBooleanValue(type.getFeatureByBaseName("certain"), true);
    cas.addFsToIndexes(a);
    Type stageType = cas.getTypeSystem().getType("webanno.custom.Stage");
    AnnotationFS stage = cas.createAnnotation(stageType, 54, 62);
    stage.setStringValue(stageType.getFeatureByBaseName("t"), "2");
    cas.addFsToIndexes(stage);
    try (OutputStream out = Files.newOutputStream(dir.resolve("cr7.xmi"))) {
      XmiCasSerializer.serialize(cas, out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("TypeSystem.xml"))) {
      custom.toXML(out);
    }
    Corpus gold = new XmiReader().read(dir);
    assertEquals("cr7", gold.documents().get(0).id());
    assertEquals(
        "[NOM[9-15]{certain=true}, Stage[54-62]{T=2}]",
        gold.documents().get(0).entities().toString());
  }

  @Test
  void anUnreadableXmiFileIsAProblemNotAnException(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("bad.xmi"), "<xmi:XMI garbage", java.nio.charset.StandardCharsets.UTF_8);
    Corpus gold = new XmiReader().read(dir);
    assertEquals(List.of("bad.xmi: not a readable XMI file"), gold.problems());
  }

  @Test
  void inceptionDocumentTitlesNameDocumentsExportedInSubfolders(@TempDir Path dir)
      throws Exception {
    TypeSystemDescription custom = TypeSystemDescriptionFactory.createTypeSystemDescription();
    TypeDescription meta =
        custom.addType(
            "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
            "",
            CAS.TYPE_NAME_ANNOTATION);
    meta.addFeature("documentTitle", "", CAS.TYPE_NAME_STRING);
    CAS cas = CasCreationUtils.createCas(custom, null, null);
    cas.setDocumentText(ORIGINAL);
    Type type = cas.getTypeSystem().getType(meta.getName());
    AnnotationFS m = cas.createAnnotation(type, 0, ORIGINAL.length());
    m.setStringValue(type.getFeatureByBaseName("documentTitle"), "cr-0007.txt");
    cas.addFsToIndexes(m);
    Path folder = Files.createDirectories(dir.resolve("annotation/cr-0007.txt"));
    try (OutputStream out = Files.newOutputStream(folder.resolve("annotator1.xmi"))) {
      XmiCasSerializer.serialize(cas, out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve("TypeSystem.xml"))) {
      custom.toXML(out);
    }
    assertEquals("cr-0007", new XmiReader().read(dir).documents().get(0).id());
  }
}

package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.io.ContractJsonWriter;
import org.onconlp.io.Record;
import org.onconlp.pipeline.PipelineOptions;
import org.onconlp.pipeline.Pipelines;
import org.onconlp.pipeline.UimaDocumentProcessor;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/** The de-identification stage end to end (all PHI finders and the view builder). */
class DeidPipelineTest {
  private static final String REPORT =
      "Dr Jean MARTIN - Oncologie\nPatiente : Mme DUPONT Marie, née le 03/05/1950\n"
          + "Adresse : 12 rue des Lilas, 69004 Lyon - Tél. 04 72 11 22 33\n"
          + "Cancer du sein diagnostiqué en 2019, chimiothérapie terminée le 12/03/2021.\n"
          + "cc : Dr Blanc";

  @TempDir static Path tmp;
  private static UimaDocumentProcessor mask;
  private static UimaDocumentProcessor surrogate;

  @BeforeAll
  static void engines() throws Exception {
    Path secret = tmp.resolve("secret");
    Files.writeString(secret, "an-invented-test-secret-0123456789", StandardCharsets.UTF_8);
    mask = processor(new PipelineOptions(DeidMode.MASK));
    surrogate = processor(new PipelineOptions(DeidMode.SURROGATE, secret, null));
  }

  private static UimaDocumentProcessor processor(PipelineOptions options) throws Exception {
    return new UimaDocumentProcessor(
        UIMAFramework.produceAnalysisEngine(Pipelines.deidentification(options)), new ContractJsonWriter(), null);
  }

  private static String deid(UimaDocumentProcessor p, Record r) throws Exception {
    return p.run(r).getView(Views.DEID).getDocumentText();
  }

  private static Record record(String id, String patient, String text) {
    return new Record(id, patient, "consultation", "2021-03-15", text, id);
  }

  @Test
  void textWithoutPhiIsLeftUnchanged() throws Exception {
    String text = "Carcinome canalaire infiltrant de grade 2, RE 90 %, HER2 négatif. Rose musquée.";
    assertEquals(text, deid(mask, record("a", "P1", text)));
  }

  @Test
  void eponymOfASurgicalTechniqueIsLeftInTheText() throws Exception {
    String text = "Prostatectomie totale.\nAnastomose vésico-urétrale selon Van Velthoven.\n";
    assertEquals(text, deid(mask, record("a", "P1", text)));
  }

  @Test
  void regimenAcronymInProseIsLeftInTheText() throws Exception {
    String text = "Chimiothérapie néoadjuvante : carboplatine-paclitaxel + pembrolizumab puis AC).\n";
    assertEquals(text, deid(mask, record("a", "P1", text)));
  }

  @Test
  void maskModeReplacesEveryKindOfPhi() throws Exception {
    assertEquals(
        "Dr [PRENOM] [NOM] - Oncologie\nPatiente : Mme [NOM] [PRENOM], née le [DATE_NAISSANCE]\n"
            + "Adresse : [ADRESSE], [ZIP] [VILLE] - Tél. [TEL]\n"
            + "Cancer du sein diagnostiqué en [DATE], chimiothérapie terminée le [DATE].\n"
            + "cc : Dr [NOM]",
        deid(mask, record("a", "P1", REPORT)));
  }

  @Test
  void ocrDamagedLetterIsRedactedAndKeepsItsOtherCharacters() throws Exception {
    String scanned = "Té1. : O5 36 49 4O 12\nCahors, 1e O4/O3/2O25\n\nMme B1anc, 46OOO CAH0RS\n";
    assertEquals(
        "Té1. : [TEL]\n[VILLE], 1e [DATE]\n\nMme [NOM], [ZIP] [VILLE]\n",
        deid(mask, record("a", "P1", scanned)));
  }

  @Test
  void ocrDamagedDatesAreShiftedOrReplacedInSurrogateMode() throws Exception {
    String out = deid(surrogate, record("a", "P1", "Vu le O4/O3/2O25 puis le 2O/O5/2O25, Mme B1anc."));
    assertFalse(out.contains("O4/O3/2O25") || out.contains("2O/O5/2O25") || out.contains("B1anc"), out);
  }

  @Test
  void surrogatesAreConsistentForOnePatientAcrossDocuments() throws Exception {
    String first = deid(surrogate, record("d1", "P1", "Revue de Mme DUPONT le 12/03/2021."));
    String second = deid(surrogate, record("d2", "P1", "Mme DUPONT revue, courrier du Dr Blanc."));
    String name = first.substring("Revue de Mme ".length(), first.indexOf(" le "));
    assertTrue(second.startsWith("Mme " + name + " revue"), first + " / " + second);
    assertNotEquals("DUPONT", name);
    String otherPatient = deid(surrogate, record("d3", "P2", "Revue de Mme DUPONT le 12/03/2021."));
    assertNotEquals(first, otherPatient);
  }

  @Test
  void documentDateIsShiftedToAFullIsoDateInSurrogateMode() throws Exception {
    JCas jcas = surrogate.run(record("d1", "P1", "Rien."));
    String date =
        JCasUtil.select(jcas.getView(Views.DEID), org.onconlp.types.DocumentMetadata.class).iterator().next().getDocumentDate();
    assertTrue(date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && !date.equals("2021-03-15"), date);
  }

  @Test
  void patientIdentityFromTheInputIsFoundInAnyCase() throws Exception {
    Record r =
        new Record("d", "P9", null, null, "vu ce jour avec yvonne le goff", "d",
            Map.of("patientName", "Le Goff", "patientFirstName", "Yvonne", "birthDate", "1941-02-03"));
    assertEquals("vu ce jour avec [PRENOM] [NOM]", deid(mask, r));
  }

  @Test
  void fiveMegabyteDocumentIsDeidentified() throws Exception {
    StringBuilder b = new StringBuilder(5_100_000);
    while (b.length() < 5_000_000) {
      b.append(REPORT).append("\n\n");
    }
    String out = deid(mask, record("big", "P1", b.toString()));
    assertFalse(out.contains("MARTIN") || out.contains("04 72 11 22 33") || out.contains("DUPONT"));
  }

  @Test
  void phiCutByALineBreakIsReplacedWhole() throws Exception {
    assertEquals("Avis du Pr [PRENOM]\n[NOM], oncologue.", deid(mask, record("a", "P1", "Avis du Pr Anne\nMARCHAND, oncologue.")));
  }

  @Test
  void missingSecretFileStopsTheEngineWithAClearMessage() {
    ResourceInitializationException e =
        assertThrows(
            ResourceInitializationException.class,
            () -> UIMAFramework.produceAnalysisEngine(
                Pipelines.deidentification(new PipelineOptions(DeidMode.SURROGATE, tmp.resolve("absent"), null))));
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertTrue(root.getMessage().contains("secret file"), root.getMessage());
  }

  @Test
  void processingWritesNothingAboutTheTextToTheErrorStream() throws Exception {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      deid(surrogate, record("d1", "P1", REPORT));
    } finally {
      System.setErr(saved);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertFalse(log.contains("DUPONT") || log.contains("MARTIN") || log.contains("Lilas"), log);
  }

  @Test
  void keptPhiCarryTheirSurrogate() throws Exception {
    JCas jcas = surrogate.run(record("d1", "P1", REPORT));
    for (Phi phi : JCasUtil.select(jcas.getView(Views.ORIGINAL), Phi.class)) {
      assertTrue(phi.getSurrogate() != null && !phi.getSurrogate().equals(phi.getCoveredText()), phi.getCategory());
    }
  }

}

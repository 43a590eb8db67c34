package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.types.DocumentMetadata;
import org.onconlp.types.Phi;
import org.onconlp.types.Stage;
import org.onconlp.types.Views;

class XmiWriterTest {
  @TempDir Path dir;

  /** Reads an XMI file back with the type system written beside it. */
  private JCas readBack(Path xmi) throws Exception {
    TypeSystemDescription types =
        UIMAFramework.getXMLParser()
            .parseTypeSystemDescription(
                new XMLInputSource(dir.resolve(XmiWriter.TYPE_SYSTEM_FILE).toFile()));
    JCas jcas = CasCreationUtils.createCas(types, null, null).getJCas();
    try (InputStream in = Files.newInputStream(xmi)) {
      XmiCasDeserializer.deserialize(in, jcas.getCas());
    }
    return jcas;
  }

  @Test
  void deidentifiedViewIsWrittenAndReadsBack() throws Exception {
    Path file = new XmiWriter(dir).write(SampleDocument.create(true));
    assertTrue(Files.isRegularFile(dir.resolve(XmiWriter.TYPE_SYSTEM_FILE)));
    assertEquals(XmiWriter.fileName("2021/CR-0042") + ".xmi", file.getFileName().toString());
    JCas back = readBack(file);
    assertEquals(SampleDocument.DEID, back.getDocumentText());
    assertEquals(
        List.of("pT2N1aM0 TNM", "Gleason 4+3=7 GLEASON"),
        JCasUtil.select(back, Stage.class).stream()
            .map(s -> s.getCoveredText() + " " + s.getSystem())
            .toList());
    assertEquals(
        "2021/CR-0042", JCasUtil.selectSingle(back, DocumentMetadata.class).getDocumentId());
    assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("Zorglub"));
  }

  @Test
  void metadataOfTheOriginalViewIsCarriedIntoTheCopy() throws Exception {
    Path file = new XmiWriter(dir).write(SampleDocument.create(false));
    assertEquals(
        "P000123", JCasUtil.selectSingle(readBack(file), DocumentMetadata.class).getPatientId());
  }

  @Test
  void allViewsModeKeepsTheOriginalAndItsPhi() throws Exception {
    Path file = new XmiWriter(dir, XmiWriter.Content.ALL_VIEWS).write(SampleDocument.create(true));
    JCas back = readBack(file);
    assertEquals(SampleDocument.ORIGINAL, back.getDocumentText());
    assertEquals(3, JCasUtil.select(back, Phi.class).size());
    assertEquals(SampleDocument.DEID, back.getView(Views.DEID).getDocumentText());
  }

  @Test
  void idsAreMadeSafeForTheFileSystemWithoutCollisions() {
    assertEquals("CR-0042", XmiWriter.fileName("CR-0042"));
    assertTrue(XmiWriter.fileName("2021/CR-1").matches("2021_CR-1-[0-9a-f]{8}"));
    assertFalse(XmiWriter.fileName("2021/CR-1").equals(XmiWriter.fileName("2021_CR-1")));
    assertTrue(XmiWriter.fileName("../../etc").matches("_\\._\\.\\._etc-[0-9a-f]{8}"));
  }

  @Test
  void documentWithoutIdIsRefused() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("Texte.");
    jcas.createView(Views.DEID).setDocumentText("Texte.");
    XmiWriter writer = new XmiWriter(dir);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> writer.write(jcas));
  }

  @Test
  void concurrentDocumentsAreAllWrittenWithOneTypeSystem() throws Exception {
    XmiWriter writer = new XmiWriter(dir);
    java.util.stream.IntStream.range(0, 8)
        .parallel()
        .forEach(
            i -> {
              try {
                JCas jcas = SampleDocument.create(true);
                JCasUtil.selectSingle(jcas.getView(Views.DEID), DocumentMetadata.class)
                    .setDocumentId("CR-" + i);
                writer.write(jcas);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(
              "CR-0.xmi",
              "CR-1.xmi",
              "CR-2.xmi",
              "CR-3.xmi",
              "CR-4.xmi",
              "CR-5.xmi",
              "CR-6.xmi",
              "CR-7.xmi",
              XmiWriter.TYPE_SYSTEM_FILE),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}

package org.onconlp.corpora;

import org.onconlp.deid.structured.NirValidator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the committed {@code corpora/sample/} corpus (Maven runs tests from the project root). */
class SampleCorpusTest {
  private static final Path SAMPLE = Path.of("corpora", "sample");
  private static final Set<String> PHI_CATEGORIES =
      Set.of(
          "NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
          "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID");
  private static final Set<String> TYPES = Set.of("pathology", "consultation", "rcp");

  private static List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLE)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt"))
          .sorted()
          .forEach(name -> ids.add(name.substring(0, name.length() - 4)));
    }
    return ids;
  }

  @Test
  void corpusHasAtLeast24ReportsEachWithAnnotations() throws IOException {
    List<String> ids = ids();
    assertTrue(ids.size() >= 24, "reports: " + ids.size());
    for (String id : ids) {
      assertTrue(Files.exists(SAMPLE.resolve(id + ".ann")), id + ".ann missing");
    }
  }

  @Test
  void everyAnnotationCoversItsTextAtJavaStringOffsets() throws IOException {
    int spans = 0;
    for (String id : ids()) {
      String text = Files.readString(SAMPLE.resolve(id + ".txt"), StandardCharsets.UTF_8);
      for (String line : Files.readAllLines(SAMPLE.resolve(id + ".ann"), StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        assertEquals(3, fields.length, id + ": " + line);
        String[] labelAndOffsets = fields[1].split(" ");
        int begin = Integer.parseInt(labelAndOffsets[1]);
        int end = Integer.parseInt(labelAndOffsets[2]);
        assertEquals(fields[2], text.substring(begin, end), id + " " + fields[0]);
        spans++;
      }
    }
    assertTrue(spans > 24 * 10, "spans: " + spans);
  }

  @Test
  void everyLabelIsAContractPhiCategory() throws IOException {
    Set<String> labels = new TreeSet<>();
    for (String id : ids()) {
      for (String line : Files.readAllLines(SAMPLE.resolve(id + ".ann"), StandardCharsets.UTF_8)) {
        labels.add(line.split("\t")[1].split(" ")[0]);
      }
    }
    assertTrue(PHI_CATEGORIES.containsAll(labels), labels.toString());
  }

  @Test
  void everyNirHasAValidKey() throws IOException {
    int nirs = 0;
    for (String id : ids()) {
      for (String line : Files.readAllLines(SAMPLE.resolve(id + ".ann"), StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields[1].startsWith("SECU ")) {
          assertTrue(new NirValidator().isValid(NirValidator.compact(fields[2])), id + " " + fields[0]);
          nirs++;
        }
      }
    }
    assertTrue(nirs >= 8, "NIRs: " + nirs);
  }

  @Test
  void metadataListsEveryReportWithAValidTypeAndIsoDate() throws IOException {
    List<String> rows = Files.readAllLines(SAMPLE.resolve("metadata.csv"), StandardCharsets.UTF_8);
    assertEquals("id,patientId,type,date", rows.get(0));
    Map<String, String> typeById = new HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split(",");
      assertEquals(4, fields.length, row);
      assertTrue(TYPES.contains(fields[2]), row);
      assertTrue(fields[3].matches("\\d{4}-\\d{2}-\\d{2}"), row);
      typeById.put(fields[0], fields[2]);
    }
    assertEquals(new TreeSet<>(ids()), new TreeSet<>(typeById.keySet()));
  }
}

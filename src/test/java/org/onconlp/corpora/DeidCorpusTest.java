package org.onconlp.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the committed {@code corpora/deid/} corpus (Maven runs tests from the project root). */
class DeidCorpusTest {
  private static final Path DEID = Path.of("corpora", "deid");
  private static final Set<String> PHI_CATEGORIES =
      Set.of(
          "NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
          "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID");

  /** Our three splits and the two halves of the external eds-pseudo corpus. */
  private static final List<String> SPLITS =
      List.of("train", "dev", "test", "external/eds-pseudo/dev", "external/eds-pseudo/test");

  private static List<Path> texts(String split) throws IOException {
    try (Stream<Path> files = Files.list(DEID.resolve(split))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static List<String> generated(String split) throws IOException {
    return texts(split).stream()
        .map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("D"))
        .toList();
  }

  @Test
  void generatedReportsAre90TrainAnd60Dev() throws IOException {
    assertEquals(90, generated("train").size());
    assertEquals(60, generated("dev").size());
  }

  @Test
  void testSplitHoldsNoGeneratedReport() throws IOException {
    assertEquals(List.of(), generated("test"));
  }

  @Test
  void externalCorpusIsSplitIntoOddAndEvenSnippets() throws IOException {
    assertEquals(116, texts("external/eds-pseudo/dev").size());
    assertEquals(116, texts("external/eds-pseudo/test").size());
    for (Path p : texts("external/eds-pseudo/test")) {
      assertEquals(0, Integer.parseInt(p.getFileName().toString().substring(1, 4)) % 2, p.toString());
    }
  }

  @Test
  void noReportIsInTwoSplits() throws IOException {
    Set<String> names = new HashSet<>();
    for (String split : SPLITS) {
      for (Path p : texts(split)) {
        assertTrue(names.add(p.getFileName().toString()), p.toString());
      }
    }
  }

  @Test
  void everyAnnotationCoversItsTextWithAContractLabel() throws IOException {
    Set<String> labels = new TreeSet<>();
    int spans = 0;
    for (String split : SPLITS) {
      for (Path txt : texts(split)) {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path ann = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".ann"));
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          String[] m = f[1].split(" ");
          labels.add(m[0]);
          assertEquals(f[2], text.substring(Integer.parseInt(m[1]), Integer.parseInt(m[2])), txt + " " + f[0]);
          spans++;
        }
      }
    }
    assertTrue(PHI_CATEGORIES.containsAll(labels), labels.toString());
    assertTrue(spans > 150 * 15, "spans: " + spans);
  }
}

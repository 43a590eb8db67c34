package org.onconlp.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.pipeline.BatchListener;
import org.onconlp.pipeline.BatchSummary;

class CohortIndexWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path folder;

  private static String report(int i, String text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("schemaVersion", "1");
    n.put("id", "R" + i);
    n.put("patientId", "P" + (i / 10));
    n.put("type", "pathology");
    n.put("date", "2021-03-04");
    n.put("text", text);
    n.putArray("tumours").addObject().put("begin", 0).put("end", 14).put("topography", "C34").put("morphology", "8140/3");
    return n.toString();
  }

  private static Path corpus(Path folder, int n) throws IOException {
    Path file = folder.resolve("reports.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        w.write(report(i, "Adénocarcinome pulmonaire numéro " + i + ". " + "Compte rendu inventé. ".repeat(20)));
        w.newLine();
      }
    }
    return file;
  }

  private static BatchSummary ingest(Path input, Path index, int commitEvery) throws IOException {
    try (CohortIndexWriter writer = new CohortIndexWriter(index, commitEvery)) {
      return ContractIngest.run(input, writer, r -> {}, BatchListener.NONE);
    }
  }

  /** Live documents and distinct ids. */
  private static String counts(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> ids = new HashSet<>();
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        ids.add(stored.document(d, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
      }
      return reader.numDocs() + " docs, " + ids.size() + " ids";
    }
  }

  @Test
  void reingestingTheSameReportsReplacesThem() throws IOException {
    Path input = corpus(folder, 50);
    Path index = folder.resolve("index");
    ingest(input, index, 10);
    ingest(input, index, 10);
    assertEquals("50 docs, 50 ids", counts(index));
  }

  @Test
  void deleteRemovesAReport() throws IOException {
    Path index = folder.resolve("index");
    ingest(corpus(folder, 20), index, 100);
    try (CohortIndexWriter writer = new CohortIndexWriter(index, 100)) {
      writer.delete("R3");
      writer.delete("absent");
    }
    assertEquals("19 docs, 19 ids", counts(index));
  }

  @Test
  void linesWithoutIdsAreRejectedAndCountsReconcile() throws IOException {
    Path input = folder.resolve("bad.jsonl");
    Files.writeString(input, report(1, "texte") + "\n{\"text\":\"x\"}\nnot json\n\n[1]\n", StandardCharsets.UTF_8);
    List<String> reasons = new java.util.ArrayList<>();
    BatchSummary s;
    try (CohortIndexWriter writer = new CohortIndexWriter(folder.resolve("index"), 10)) {
      s = ContractIngest.run(input, writer, r -> reasons.add(r.reason()), BatchListener.NONE);
    }
    assertEquals(
        "4 = 1 + 3 [line 2: report without id, line 3: malformed JSON, line 5: not a JSON object]",
        s.read() + " = " + s.written() + " + " + s.rejected() + " " + reasons);
  }

  @Test
  void commitEveryMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new CohortIndexWriter(folder.resolve("i"), 0));
  }

  @Test
  void killedIngestLeavesAUsableIndexAndARerunCompletesItWithoutDuplicates() throws Exception {
    int n = 40_000;
    Path input = corpus(folder, n);
    Path index = folder.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "org.onconlp.cli.OncoNlp",
                "ingest", "--contract", "--input", input.toString(), "--index", index.toString(),
                "--commit-every", "500", "--no-progress")
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!committed(index) && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(20);
      }
      assertTrue(child.isAlive(), "the child finished before it could be killed; make the corpus larger");
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } finally {
      child.destroyForcibly();
    }
    String afterKill = counts(index);
    int partial = Integer.parseInt(afterKill.substring(0, afterKill.indexOf(' ')));
    assertTrue(partial > 0 && partial < n, "partial index: " + afterKill);
    assertEquals(partial + " docs, " + partial + " ids", afterKill);
    ingest(input, index, 5_000);
    assertEquals(n + " docs, " + n + " ids", counts(index));
  }

  private static boolean committed(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }
}

package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.io.ContractSchema;
import picocli.CommandLine;

/** The process command end to end, on the bundled sample corpus and on bad input. */
class ProcessCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("corpora/sample");

  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();

  /** Runs a command; process gets an invented surrogate secret (the default mode needs one). */
  private int run(String... args) {
    CommandLine cli = OncoNlp.commandLine();
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--no-progress");
    if (args.length > 0 && args[0].equals("process")) {
      try {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "an-invented-test-secret-0123456789", StandardCharsets.UTF_8);
        all.add("--secret-file");
        all.add(secret.toString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return cli.execute(all.toArray(String[]::new));
  }

  private static List<JsonNode> readLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void sampleCorpusOutputValidatesAgainstTheContractSchema() throws IOException {
    Path out = tmp.resolve("sample.jsonl");
    assertEquals(0, run("process", "--input", SAMPLE.toString(), "--output", out.toString()));
    List<JsonNode> docs = readLines(out);
    assertEquals(24, docs.size());
    for (JsonNode doc : docs) {
      assertEquals(Set.of(), ContractSchema.violations(doc), doc.get("id").asText());
    }
  }

  @Test
  void noPlantedIdentifierOrDateSurvivesInTheOutputText() throws IOException {
    Path out = tmp.resolve("sample.jsonl");
    // MASK mode: a shifted surrogate year may equal another year of the same report.
    run("process", "--input", SAMPLE.toString(), "--output", out.toString(), "--threads", "2",
        "--deid-mode", "MASK");
    Set<String> structured = Set.of("SECU", "TEL", "MAIL", "DATE", "DATE_NAISSANCE");
    List<String> leaks = new ArrayList<>();
    for (JsonNode doc : readLines(out)) {
      String id = doc.get("id").asText();
      String text = doc.get("text").asText();
      for (String[] phi : BratSpans.read(SAMPLE.resolve(id + ".ann"))) {
        if (structured.contains(phi[0]) && text.contains(phi[1])) {
          leaks.add(id + " " + phi[0] + " at gold span " + phi[2]);
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void patientContextCompletesTumoursFromTheSamePatientsOtherReports() throws IOException {
    Path out = tmp.resolve("onco.jsonl");
    assertEquals(0, run("process", "--input", "corpora/onco/dev", "--output", out.toString(),
        "--deid-mode", "MASK", "--patient-context"));
    List<String> completed = new ArrayList<>();
    for (JsonNode doc : readLines(out)) {
      for (JsonNode tumour : doc.path("tumours")) {
        for (JsonNode source : tumour.path("inferredFrom")) {
          String from = source.asText();
          assertTrue(!from.equals(doc.get("id").asText())
              && from.startsWith(doc.get("patientId").asText()), from);
          completed.add(doc.get("id").asText());
        }
      }
    }
    assertTrue(completed.size() > 5, completed.toString());
    assertFalse(fileNames(tmp).stream().anyMatch(n -> n.endsWith(".tmp")), fileNames(tmp).toString());
  }

  @Test
  void failedPatientContextKeepsThePerDocumentOutputAndSaysWhere() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("taken-by-a-folder"));
    int exit = run("process", "--input", SAMPLE.toString(), "--output", out.toString(),
        "--deid-mode", "MASK", "--patient-context");
    Path kept = Path.of(out + ".per-document.tmp");
    assertTrue(exit != 0);
    assertTrue(Files.isDirectory(out));
    assertEquals(24, readLines(kept).size());
    assertTrue(err.toString().contains("per-document output is kept in " + kept), err.toString());
  }

  @Test
  void outputFollowsInputOrderWithTwoThreads() throws IOException {
    Path out = tmp.resolve("sample.jsonl");
    run("process", "--input", SAMPLE.toString(), "--output", out.toString(), "--threads", "2");
    List<String> ids = readLines(out).stream().map(d -> d.get("id").asText()).toList();
    try (Stream<Path> files = Files.list(SAMPLE)) {
      List<String> expected =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .toList();
      assertEquals(expected, ids);
    }
  }

  @Test
  void badFilesAreRejectedWithAReasonAndCountsReconcile() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Carcinome canalaire infiltrant du sein gauche.");
    Files.writeString(in.resolve("b-empty.txt"), "   \n");
    Files.write(in.resolve("c-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2});
    Files.write(
        in.resolve("d-windows.txt"),
        "Carcinome épidermoïde bien différencié.".getBytes(Charset.forName("windows-1252")));
    Files.writeString(in.resolve("e-huge.txt"), "Adénocarcinome. ".repeat(330_000));
    Path out = tmp.resolve("out.jsonl");
    Path rejects = tmp.resolve("rejects.jsonl");
    int code =
        run("process", "--input", in.toString(), "--output", out.toString(), "--rejects",
            rejects.toString());
    assertEquals(0, code);
    List<JsonNode> written = readLines(out);
    List<JsonNode> rejected = readLines(rejects);
    assertEquals(
        List.of("a-good", "d-windows"), written.stream().map(d -> d.get("id").asText()).toList());
    assertEquals("Carcinome épidermoïde bien différencié.", written.get(1).get("text").asText());
    assertEquals(
        List.of("b-empty.txt: empty text", "c-binary.txt: binary content", "e-huge.txt: too large"),
        rejected.stream()
            .map(r -> r.get("position").asText() + ": " + r.get("reason").asText())
            .map(s -> s.replaceAll("(too large).*", "$1"))
            .toList());
    assertTrue(err.toString().contains("read 5, written 2, rejected 3"), err.toString());
  }

  @Test
  void malformedJsonLinesAndRecordsWithoutIdAreRejectedAndTheBatchGoesOn() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        """
        {"id":"CR-1","patientId":"P1","type":"pathology","text":"Adénocarcinome lieberkühnien."}
        {"id":"CR-2","text":"Mélanome nodulaire
        {"patientId":"P1","text":"Pas de métastase."}
        {"id":"CR-4","patientId":"P1","type":"rcp","text":"Stade IIB."}
        """);
    Path out = tmp.resolve("out.jsonl");
    assertEquals(0, run("process", "--input", in.toString(), "--output", out.toString()));
    List<JsonNode> rejected = readLines(Path.of(out + ".rejects.jsonl"));
    assertEquals(2, rejected.size());
    assertTrue(rejected.get(0).get("position").asText().endsWith("in.jsonl:2"));
    assertTrue(rejected.get(1).get("reason").asText().contains("missing id"));
    assertEquals(2, readLines(out).size());
  }

  @Test
  void csvRowWithAMissingColumnIsRejected() throws IOException {
    Path in = tmp.resolve("in.csv");
    Files.writeString(
        in,
        """
        id;patientId;type;date;text
        CR-1;P1;pathology;2021-03-04;"Carcinome lobulaire infiltrant."
        CR-2;P1;pathology;"Carcinome lobulaire"
        """);
    Path out = tmp.resolve("out.jsonl");
    assertEquals(0, run("process", "--input", in.toString(), "--output", out.toString()));
    assertEquals(1, readLines(out).size());
    JsonNode reject = readLines(Path.of(out + ".rejects.jsonl")).get(0);
    assertTrue(reject.get("reason").asText().contains("expected 5 columns, found 4"), reject.toString());
  }

  @Test
  void missingInputStopsTheBatchWithANonZeroExitCode() {
    int code =
        run("process", "--input", tmp.resolve("absent").toString(), "--output",
            tmp.resolve("o.jsonl").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("absent"), err.toString());
  }

  @Test
  void unwritableOutputStopsTheBatchWithANonZeroExitCode() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("file"), "x");
    int code =
        run("process", "--input", SAMPLE.toString(), "--output",
            blocker.resolve("out.jsonl").toString());
    assertEquals(1, code);
    assertFalse(err.toString().contains("Exception:"), err.toString());
  }

  @Test
  void xmiFolderGetsOneFilePerDocumentAndTheTypeSystem() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("cr1.txt"), "Biopsie du 12/03/2021 : carcinome infiltrant.");
    Path xmi = tmp.resolve("xmi");
    run("process", "--input", in.toString(), "--output", tmp.resolve("o.jsonl").toString(),
        "--xmi", xmi.toString());
    assertTrue(Files.exists(xmi.resolve("TypeSystem.xml")));
    String doc = Files.readString(xmi.resolve("cr1.xmi"));
    assertTrue(doc.contains("carcinome infiltrant"));
    assertFalse(doc.contains("12/03/2021"), "the original date must not leave in the XMI");
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SearchCommandTest {
  @TempDir static Path folder;
  private static Path index;

  /** Exit code, standard output and standard error of one command. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = OncoNlp.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run search(String... extra) {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @BeforeAll
  static void ingestFixture() throws IOException {
    Path input = folder.resolve("fixture.jsonl");
    try (InputStream in = SearchCommandTest.class.getResourceAsStream("/org/onconlp/search/cohort-fixture.jsonl")) {
      Files.copy(in, input);
    }
    index = folder.resolve("index");
    Run r = run("ingest", "--contract", "--input", input.toString(), "--index", index.toString(), "--no-progress");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void textOutputSuppressesSmallCounts() {
    Run r = search("--query", "topography:C34", "--facets");
    assertEquals(
        "<10 patients, <10 reports|  criterion 1  topography:C34 <10 patients on its own|topography: C34 (<10)",
        r.out().lines().limit(3).map(l -> l.replaceAll(" \\(\\d+ ms\\)", "").replaceAll(" {2,}(?=<)", " ")).reduce((a, b) -> a + "|" + b).orElse(""));
    assertFalse(r.out().contains("P01"));
  }

  @Test
  void minCountOfOneShowsExactCounts() {
    Run r = search("--query", "topography:C34", "--min-count", "1");
    assertTrue(r.out().startsWith("4 patients, 4 reports"), r.out());
  }

  @Test
  void jsonOutputSuppressesSmallCountsInFacetsToo() {
    Run r = search("--query", "topography:C34", "--json", "--facets");
    assertTrue(r.out().contains("\"patients\":\"<10\",\"reports\":\"<10\""), r.out());
    assertTrue(r.out().contains("{\"value\":\"C34\",\"patients\":\"<10\"}"), r.out());
    assertFalse(r.out().contains("\"records\""));
  }

  @Test
  void patientListNeedsRecordsAndIsAudited() throws IOException {
    Run r = search("--query", "biomarker:EGFR=mutated AND treatment:osimertinib", "--records");
    assertTrue(r.out().contains("patient P01"), r.out());
    assertTrue(r.out().contains("[[osimertinib]]"), r.out());
    List<String> audit = Files.readAllLines(index.resolve("audit.jsonl"), StandardCharsets.UTF_8);
    String last = audit.get(audit.size() - 1);
    assertTrue(
        last.matches("\\{\"who\":\".+\",\"when\":\"20.+Z\",\"query\":\"biomarker:EGFR=mutated AND treatment:osimertinib\",\"patients\":1}"),
        last);
  }

  @Test
  void invalidQueryGivesThePositionAndNoStackTrace() {
    Run r = search("--query", "topography:C34 AND stage>=");
    assertEquals(2, r.code());
    assertEquals(
        "onconlp search: invalid query at column 27: expected a value after '>=', found end of query\n"
            + "  topography:C34 AND stage>=\n"
            + "                            ^\n",
        r.err().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void missingIndexIsAOneLineError() {
    Run r = run("search", "--index", folder.resolve("nowhere").toString(), "--query", "T3");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("onconlp search: I/O error: No cohort index in"), r.err());
  }

  @Test
  void ingestDeletesReportsById() throws IOException {
    Path copy = folder.resolve("copy");
    Run ingest = run("ingest", "--contract", "--input", folder.resolve("fixture.jsonl").toString(), "--index", copy.toString(), "--no-progress");
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.err().contains("read 24, indexed 24, rejected 0"), ingest.err());
    assertEquals(0, run("ingest", "--index", copy.toString(), "--delete", "R11a").code());
    Run r = run("search", "--index", copy.toString(), "--query", "patient:P11", "--min-count", "1");
    assertTrue(r.out().startsWith("0 patients, 0 reports"), r.out());
  }

  @Test
  void ingestRunsThePipelineAndIndexesTheDeidentifiedText() {
    Path sample = Path.of("corpora/sample");
    Path pipelineIndex = folder.resolve("pipeline");
    Run ingest = run("ingest", "--input", sample.toString(), "--index", pipelineIndex.toString(), "--threads", "1", "--no-progress",
        "--deid-mode", "MASK");
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.err().contains("read 24, indexed 24, rejected 0"), ingest.err());
    Run r = run("search", "--index", pipelineIndex.toString(), "--query", "text:carcinome", "--min-count", "1");
    assertTrue(r.out().startsWith("2 patients, 5 reports"), r.out());
  }
}

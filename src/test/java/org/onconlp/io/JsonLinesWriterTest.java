package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesWriterTest {
  @TempDir Path dir;

  @Test
  void contractObjectsAreWrittenOnePerLine() throws Exception {
    Path file = dir.resolve("out/result.jsonl");
    ContractJsonWriter contract = new ContractJsonWriter();
    try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
      writer.write(contract.toJson(SampleDocument.create(true)));
      writer.writeLine("{\"schemaVersion\":\"1\"}");
      assertEquals(2, writer.lines());
    }
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(2, written.split("\n", -1).length - 1);
    assertEquals(written.indexOf("\"id\":\"2021/CR-0042\""), written.indexOf("\"id\""));
  }

  @Test
  void appendModeKeepsExistingLines() throws Exception {
    Path file = dir.resolve("result.jsonl");
    try (JsonLinesWriter writer = new JsonLinesWriter(file)) {
      writer.writeLine("{\"n\":1}");
    }
    try (JsonLinesWriter writer = new JsonLinesWriter(file, true)) {
      writer.writeLine("{\"n\":2}");
    }
    assertEquals("{\"n\":1}\n{\"n\":2}\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void lineBreakInsideALineIsRefused() throws Exception {
    try (JsonLinesWriter writer = new JsonLinesWriter(dir.resolve("x.jsonl"))) {
      assertThrows(IllegalArgumentException.class, () -> writer.writeLine("{}\n{}"));
    }
  }

  @Test
  void rejectsAreWrittenWithIdOnlyWhenKnown() throws Exception {
    Path file = dir.resolve("rejects.jsonl");
    try (RejectsWriter writer = new RejectsWriter(file)) {
      writer.write(
          new Reject("in.jsonl:2", null, "line 2: malformed JSON (syntax error at column 8)"));
      writer.write(new Reject("a.txt", "a", "empty text"));
    }
    assertEquals(
        "{\"position\":\"in.jsonl:2\",\"reason\":\"line 2: malformed JSON (syntax error at column"
            + " 8)\"}\n"
            + "{\"position\":\"a.txt\",\"id\":\"a\",\"reason\":\"empty text\"}\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}

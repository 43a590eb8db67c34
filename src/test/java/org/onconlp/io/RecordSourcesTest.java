package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSourcesTest {
  @TempDir Path dir;

  @Test
  void missingInputIsAClearIoError() {
    Path missing = dir.resolve("absent.jsonl");
    IOException e =
        assertThrows(
            NoSuchFileException.class,
            () -> RecordSources.open(missing, null, ReaderOptions.defaults()));
    assertTrue(e.getMessage().contains("input does not exist"), e.getMessage());
  }

  @Test
  void formatIsDetectedFromFolderAndExtension() {
    assertEquals(
        List.of(Format.TXT, Format.JSONL, Format.JSONL, Format.CSV, Format.CSV),
        List.of(
            Format.detect(dir),
            Format.detect(Path.of("a.jsonl")),
            Format.detect(Path.of("a.NDJSON")),
            Format.detect(Path.of("a.csv")),
            Format.detect(Path.of("a.tsv"))));
    assertThrows(IllegalArgumentException.class, () -> Format.detect(Path.of("a.pdf")));
  }

  @Test
  void openPicksTheReaderOfTheFormat() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "id,text\nCR-1,Biopsie.\n");
    try (RecordSource source = RecordSources.open(file, null, ReaderOptions.defaults())) {
      assertInstanceOf(CsvSource.class, source);
      assertInstanceOf(Record.class, source.next());
    }
  }
}

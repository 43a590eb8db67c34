package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarbageInputTest {
  @TempDir Path dir;

  private static byte[] randomBytes(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @Test
  void randomJsonLinesYieldOneItemPerNonBlankLine() throws IOException {
    byte[] bytes = randomBytes(7, 200_000);
    Path file = dir.resolve("garbage.jsonl");
    Files.write(file, bytes);
    long nonBlankLines = 0;
    boolean blank = true;
    for (byte b : bytes) {
      if (b == '\n') {
        nonBlankLines += blank ? 0 : 1;
        blank = true;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        blank = false;
      }
    }
    nonBlankLines += blank ? 0 : 1;
    List<SourceItem> items =
        SourceItems.readAll(new JsonLinesSource(file, ReaderOptions.defaults()));
    assertEquals(nonBlankLines, items.size());
  }

  @Test
  void randomCsvRowsAfterAValidHeaderNeverThrow() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id;text\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(randomBytes(11, 200_000));
    Path file = dir.resolve("garbage.csv");
    Files.write(file, bytes.toByteArray());
    List<SourceItem> items = SourceItems.readAll(new CsvSource(file, ReaderOptions.defaults()));
    assertEquals(
        items.size(),
        items.stream().filter(i -> i instanceof Record || i instanceof Reject).count());
  }

  @Test
  void randomTextFilesAreRejectedOrAcceptedOneEach() throws IOException {
    for (int i = 0; i < 20; i++) {
      Files.write(dir.resolve("f" + i + ".txt"), randomBytes(i, 1 + i * 500));
    }
    assertEquals(
        20, SourceItems.readAll(new TextFolderSource(dir, ReaderOptions.defaults())).size());
  }
}

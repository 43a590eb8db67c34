package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code onconlp train deid}; every identity is invented. */
class TrainCommandTest {
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = OncoNlp.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path corpus(String name, String text, String ann) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("r1.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r1.ann"), ann, StandardCharsets.UTF_8);
    return dir;
  }

  private Path first() throws IOException {
    return corpus("one", "Vu par le Dr Jean MARTIN.\n", "T1\tPRENOM 13 17\tJean\nT2\tNOM 18 24\tMARTIN\n");
  }

  private Path second() throws IOException {
    return corpus("two", "Patiente adressée par le Dr Anne LEROY.\n", "T1\tPRENOM 28 32\tAnne\nT2\tNOM 33 38\tLEROY\n");
  }

  /** The trained weights, without the manifest (which carries a timestamp). */
  private static byte[] weights(Path model) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(model)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".model")) {
          return zip.readAllBytes();
        }
      }
    }
    throw new AssertionError("no weights in " + model);
  }

  @Test
  void repeatedCorpusOptionTrainsOnEveryFolderReproducibly() throws IOException {
    Path one = first();
    Path two = second();
    Path a = tmp.resolve("a.bin");
    Path b = tmp.resolve("b.bin");
    Path single = tmp.resolve("single.bin");
    assertEquals(0, run("train", "deid", "--corpus", one.toString(), "--corpus", two.toString(), "--output", a.toString()), err.toString());
    assertEquals(0, run("train", "deid", "--corpus", one.toString(), "--corpus", two.toString(), "--output", b.toString()), err.toString());
    assertEquals(0, run("train", "deid", "--corpus", one.toString(), "--output", single.toString()), err.toString());
    assertArrayEquals(weights(a), weights(b));
    assertFalse(java.util.Arrays.equals(weights(a), weights(single)), "the second folder was not learnt");
  }

  @Test
  void missingCorpusIsAClearErrorAndNoModelIsWritten() throws IOException {
    Path model = tmp.resolve("m.bin");
    assertEquals(1, run("train", "deid", "--corpus", first().toString(), "--corpus", tmp.resolve("absent").toString(), "--output", model.toString()));
    assertTrue(err.toString().contains("no such file"), err.toString());
    assertFalse(Files.exists(model));
  }

  @Test
  void sameCorpusTwiceIsRefused() throws IOException {
    Path one = first();
    Path model = tmp.resolve("m.bin");
    assertEquals(1, run("train", "deid", "--corpus", one.toString(), "--corpus", one.toString(), "--output", model.toString()));
    assertTrue(err.toString().contains("given twice"), err.toString());
    assertFalse(Files.exists(model));
  }
}

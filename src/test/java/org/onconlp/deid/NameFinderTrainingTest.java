package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BRAT to OpenNLP conversion of the name-finder training. */
class NameFinderTrainingTest {
  @TempDir Path tmp;

  @Test
  void bratSpansBecomeTokenSpansOneSamplePerLine() throws Exception {
    String text = "Dr Jean MARTIN\nRien à signaler.\n";
    Files.writeString(tmp.resolve("a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("a.ann"),
        "T1\tPRENOM 3 7\tJean\nT2\tNOM 8 14\tMARTIN\nT3\tDATE 0 2\tDr\n", StandardCharsets.UTF_8);
    List<NameSample> samples = new NameFinderTraining().samples(tmp);
    assertEquals(2, samples.size());
    assertEquals("[Dr, Jean, MARTIN]", Arrays.toString(samples.get(0).getSentence()));
    assertEquals("[[1..2) PRENOM, [2..3) NOM]", Arrays.toString(samples.get(0).getNames()));
    assertTrue(samples.get(1).getNames().length == 0);
  }

  @Test
  void severalFoldersAreReadInTheOrderGiven() throws Exception {
    Path first = Files.createDirectories(tmp.resolve("z-first"));
    Path second = Files.createDirectories(tmp.resolve("a-second"));
    Files.writeString(first.resolve("b.txt"), "Dr Paul DURAND\n", StandardCharsets.UTF_8);
    Files.writeString(first.resolve("a.txt"), "Dr Anne LEROY\n", StandardCharsets.UTF_8);
    Files.writeString(second.resolve("a.txt"), "Dr Marc BLANC\n", StandardCharsets.UTF_8);
    List<NameSample> samples = new NameFinderTraining().samples(List.of(first, second));
    assertEquals(
        "[LEROY, DURAND, BLANC]",
        samples.stream().map(s -> s.getSentence()[2]).toList().toString());
  }
}

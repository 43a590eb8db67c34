package org.onconlp.deid.model;

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
import org.onconlp.deid.TestLexicons;

/** BRAT to OpenNLP conversion of the name-finder training. */
class NameFinderTrainingTest {
  @TempDir Path tmp;

  @Test
  void bratSpansBecomeTokenSpansOneSamplePerLine() throws Exception {
    String text = "Dr Jean MARTIN\nRien à signaler chez Mme Claire Lebon.\n";
    Files.writeString(tmp.resolve("a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("a.ann"),
        "T1\tPRENOM 3 7\tJean\nT2\tNOM 8 14\tMARTIN\nT3\tDATE 0 2\tDr\n", StandardCharsets.UTF_8);
    List<NameSample> samples = new NameFinderTraining(TestLexicons.LEX).samples(tmp);
    assertEquals(2, samples.size());
    assertEquals("[Dr, Jean, MARTIN]", Arrays.toString(samples.get(0).getSentence()));
    assertEquals("[[1..2) PRENOM, [2..3) NOM]", Arrays.toString(samples.get(0).getNames()));
    assertTrue(samples.get(1).getNames().length == 0);
  }

  @Test
  void linesWithoutAPossibleNameAreNoSamples() throws Exception {
    Files.writeString(
        tmp.resolve("a.txt"), "Tumeur du sein gauche.\nbilan biologique normal\n", StandardCharsets.UTF_8);
    assertEquals(0, new NameFinderTraining(TestLexicons.LEX).samples(tmp).size());
  }

  @Test
  void samplesCarryTheRunTimeContextExceptHiddenRuleSpans() throws Exception {
    String text = "Adressée par le Dr Hervé Le Bihan (CH de Morlaix)\n";
    Files.writeString(tmp.resolve("a.txt"), text, StandardCharsets.UTF_8);
    NameSample sample = new NameFinderTraining(TestLexicons.LEX).samples(tmp).get(0);
    NameFinderContext.Line line =
        new NameFinderContext(TestLexicons.LEX).lines(text, List.of()).get(0);
    assertEquals(Arrays.toString(line.words()), Arrays.toString(sample.getSentence()));
    for (int i = 0; i < line.words().length; i++) {
      List<String> lexical = Arrays.asList(line.context()[i]);
      List<String> trained =
          Arrays.stream(sample.getAdditionalContext()[i]).filter(c -> !c.startsWith("r=")).toList();
      assertEquals(lexical, trained, line.words()[i]);
    }
  }

  @Test
  void severalFoldersAreReadInTheOrderGiven() throws Exception {
    Path first = Files.createDirectories(tmp.resolve("z-first"));
    Path second = Files.createDirectories(tmp.resolve("a-second"));
    Files.writeString(first.resolve("b.txt"), "Dr Paul DURAND\n", StandardCharsets.UTF_8);
    Files.writeString(first.resolve("a.txt"), "Dr Anne LEROY\n", StandardCharsets.UTF_8);
    Files.writeString(second.resolve("a.txt"), "Dr Marc BLANC\n", StandardCharsets.UTF_8);
    List<NameSample> samples = new NameFinderTraining(TestLexicons.LEX).samples(List.of(first, second));
    assertEquals(
        "[LEROY, DURAND, BLANC]",
        samples.stream().map(s -> s.getSentence()[2]).toList().toString());
  }
}

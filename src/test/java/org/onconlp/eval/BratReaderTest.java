package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
  private static final String TEXT =
      "Mme Dupont Marie, carcinome canalaire de type non spécifique infiltrant, pT2N1aM0.";
  private final BratReader reader = new BratReader();

  private EvalDocument parse(String ann, List<String> problems) {
    return reader.parse("doc", TEXT, ann, problems);
  }

  @Test
  void discontinuousSpansAreKeptAsFragments() {
    String ann = "T1\tTumour 18 37;61 71\tcarcinome canalaire infiltrant\n";
    EvalDocument d = parse(ann, new ArrayList<>());
    assertEquals("[Tumour[18-37;61-71]]", d.entities().toString());
    assertEquals("carcinome canalaire infiltrant", d.entities().get(0).coveredText(TEXT));
  }

  @Test
  void binaryAndValuedAttributesBecomeContractFields() {
    String ann =
        "T1\tStage 73 81\tpT2N1aM0\nA1\tNegated T1\nA2\tT T1 2\nA3\tN T1 1a\nM4\tprefix T1 p\n";
    assertEquals(
        "[Stage[73-81]{N=1a, T=2, negated=true, prefix=p}]",
        parse(ann, new ArrayList<>()).entities().toString());
  }

  @Test
  void keyValueNotesAddFreeTextAttributes() {
    String ann =
        "T1\tTumour 18 37\tcarcinome canalaire\n"
            + "#1\tAnnotatorNotes T1\tmorphology=8500/3; topography=C50\n";
    assertEquals(
        "[Tumour[18-37]{morphology=8500/3, topography=C50}]",
        parse(ann, new ArrayList<>()).entities().toString());
  }

  @Test
  void explicitAttributesWinOverNotes() {
    String ann =
        "T1\tTumour 18 37\tx\n#1\tAnnotatorNotes T1\tmorphology=8500/3\nA1\tmorphology T1 8520/3\n";
    assertEquals(
        "[Tumour[18-37]{morphology=8520/3}]", parse(ann, new ArrayList<>()).entities().toString());
  }

  @Test
  void freeNotesAreKeptAsNote() {
    String ann = "T1\tNOM 4 10\tDupont\n#1\tAnnotatorNotes T1\tnom d'épouse, à vérifier\n";
    assertEquals(
        "[NOM[4-10]{note=nom d'épouse, à vérifier}]",
        parse(ann, new ArrayList<>()).entities().toString());
  }

  @Test
  void relationsEventsAndNormalisationsAreAccepted() {
    List<String> problems = new ArrayList<>();
    String ann =
        "T1\tNOM 4 10\tDupont\nT2\tPRENOM 11 16\tMarie\nR1\tSame Arg1:T1 Arg2:T2\n"
            + "E1\tEvent:T2\nN1\tReference T1 Wikipedia:123\tx\n*\tEquiv T1 T2\n";
    assertEquals(2, parse(ann, problems).entities().size());
    assertEquals(List.of(), problems);
  }

  @Test
  void malformedLinesAreReportedWithoutContent() {
    List<String> problems = new ArrayList<>();
    String ann = "T1\tNOM 4 x\tDupont\nT2\tNOM 4 9999\tDupont\nA1\tNegated\nX1\tfoo\n";
    assertEquals(0, parse(ann, problems).entities().size());
    assertEquals(
        List.of(
            "line 1: malformed offsets",
            "line 2: offsets out of the text",
            "line 3: attribute without name and target",
            "line 4: unknown annotation kind"),
        problems);
  }

  @Test
  void codePointOffsetsAreConvertedToUtf16() {
    String text = "\uD835\uDC9C Dupont";
    EvalDocument d = reader.parse("d", text, "T1\tNOM 2 8\tDupont\n", new ArrayList<>());
    assertEquals("Dupont", d.entities().get(0).coveredText(text));
  }

  @Test
  void folderIdsAreRelativePathsWithoutExtension(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rcp"));
    Files.writeString(dir.resolve("rcp/cr1.txt"), TEXT, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("rcp/cr1.ann"), "T1\tNOM 4 10\tDupont\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cr2.txt"), "Rien.", StandardCharsets.UTF_8);
    Corpus c = reader.read(dir);
    assertEquals(List.of("cr2", "rcp/cr1"), c.documents().stream().map(EvalDocument::id).toList());
    assertEquals(1, c.documents().get(1).entities().size());
  }

  @Test
  void randomAnnotationTextDoesNotThrow() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      String alphabet = "TAM#\t ;0123456789\nxé=";
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 80; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> problems = new ArrayList<>();
      EvalDocument d = parse(sb.toString(), problems);
      assertTrue(d.entities().size() >= 0);
    }
  }

  @Test
  void aTextColumnDifferingFromTheCoveredTextIsReported() {
    List<String> problems = new ArrayList<>();
    EvalDocument d = parse("T1\tNOM 4 10\tDurand\n", problems);
    assertEquals("[NOM[4-10]]", d.entities().toString());
    assertEquals(
        List.of("line 1: annotation text differs from the covered text (offsets kept)"), problems);
  }

  @Test
  void theGuidelinesExampleIsValidBrat() throws Exception {
    String guide = Files.readString(Path.of("corpora/GUIDELINES.md"), StandardCharsets.UTF_8);
    String text = block(guide, "`cr-0001.txt` (invented):");
    String ann = block(guide, "`cr-0001.ann`:");
    List<String> problems = new ArrayList<>();
    EvalDocument d = reader.parse("cr-0001", text, ann, problems);
    assertEquals(List.of(), problems);
    assertEquals(10, d.entities().size());
    assertEquals(
        "Biomarker[171-185]{interpretation=mutated, name=BRCA1, negated=true}",
        d.entities().get(8).toString());
  }

  /** The fenced code block following {@code heading}. */
  private static String block(String markdown, String heading) {
    int start = markdown.indexOf("```\n", markdown.indexOf(heading)) + 4;
    return markdown.substring(start, markdown.indexOf("```", start));
  }
}

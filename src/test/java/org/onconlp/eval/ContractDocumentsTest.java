package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // original: "Mme Dupont : carcinome canalaire infiltrant pT2N1aM0."
  private static final String PREDICTION =
      """
      {"schemaVersion":"1","id":"CR-1",
       "text":"Mme Lefebvre : carcinome canalaire infiltrant pT2N1aM0.",
       "phi":[{"begin":4,"end":10,"category":"NOM","surrogate":"Lefebvre"}],
       "tumours":[{"begin":15,"end":45,"text":"carcinome canalaire infiltrant","morphology":"8500/3",
         "grade":{"system":"SBR","value":"2"},"negated":false,"hypothetical":true}],
       "stages":[{"begin":46,"end":54,"text":"pT2N1aM0","system":"TNM","prefix":"p","T":"2","N":"1a","M":"0"},
                 {"system":"STAGE_GROUP","value":"IIB"}]}
      """;

  @Test
  void predictionMentionOffsetsAreMappedToTheOriginalText() throws Exception {
    EvalDocument d = ContractDocuments.prediction(JSON.readTree(PREDICTION), new ArrayList<>());
    assertEquals(
        "[NOM[4-10], Tumour[13-43]{grade.system=SBR, grade.value=2, hypothetical=true,"
            + " morphology=8500/3}, Stage[44-52]{M=0, N=1a, T=2, prefix=p, system=TNM},"
            + " Stage[]{system=STAGE_GROUP, value=IIB}]",
        d.entities().toString());
    assertEquals("CR-1", d.id());
  }

  @Test
  void goldDocumentsKeepTheirOffsets() throws Exception {
    EvalDocument d = ContractDocuments.gold(JSON.readTree(PREDICTION), new ArrayList<>());
    assertEquals(15, d.entities().get(1).begin());
  }

  @Test
  void invalidOffsetsAreReportedAndSkipped() throws Exception {
    List<String> problems = new ArrayList<>();
    EvalDocument d =
        ContractDocuments.prediction(
            JSON.readTree(
                "{\"id\":\"x\",\"text\":\"abc\",\"phi\":[{\"begin\":5,\"end\":2,\"category\":\"NOM\"}]}"),
            problems);
    assertEquals(0, d.entities().size());
    assertEquals(List.of("phi entry with invalid offsets skipped"), problems);
  }

  @Test
  void jsonLinesWithBrokenLinesAreReadWithProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pred.jsonl");
    Files.writeString(
        file, PREDICTION.replace("\n", "") + "\n\n{not json\n[1,2]\n", StandardCharsets.UTF_8);
    Corpus c = ContractDocuments.readJsonLines(file, true);
    assertEquals(1, c.documents().size());
    assertEquals(
        List.of("pred.jsonl:3: not valid JSON", "pred.jsonl:4: not an object with an id"),
        c.problems());
  }

  @Test
  void goldOffsetsBeyondTheTextAreReportedAndSkipped() throws Exception {
    List<String> problems = new ArrayList<>();
    EvalDocument d =
        ContractDocuments.gold(
            JSON.readTree("{\"id\":\"x\",\"text\":\"abc\",\"tumours\":[{\"begin\":1,\"end\":9}]}"),
            problems);
    assertEquals(0, d.entities().size());
    assertEquals(List.of("tumours entry beyond the end of the text skipped"), problems);
  }

  @Test
  void treatmentDatesAndDoseTakeTheGoldAttributeNames() throws Exception {
    EvalDocument d =
        ContractDocuments.prediction(
            JSON.readTree(
                """
                {"id":"x","text":"Radiothérapie 40 Gy en 15 fractions du 21/11/2022 au 09/12/2022.",
                 "treatments":[{"begin":0,"end":13,"text":"Radiothérapie","category":"radiotherapy",
                   "startDate":"2022-11-21","endDate":"2022-12-09","doseGy":40.0,"fractions":15}]}
                """),
            new ArrayList<>());
    assertEquals(
        "[Treatment[0-13]{category=radiotherapy, dose=40 Gy, end=2022-12-09, fractions=15,"
            + " start=2022-11-21}]",
        d.entities().toString());
  }

  @Test
  void fractionalDoseKeepsItsDecimals() throws Exception {
    EvalDocument d =
        ContractDocuments.prediction(
            JSON.readTree(
                "{\"id\":\"x\",\"text\":\"RT\",\"treatments\":[{\"doseGy\":50.4}]}"),
            new ArrayList<>());
    assertEquals("[Treatment[]{dose=50.4 Gy}]", d.entities().toString());
  }
}

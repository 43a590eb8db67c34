package org.onconlp.eval.synth;

import org.onconlp.deid.structured.NirValidator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  private static final Set<String> PHI_CATEGORIES =
      Set.of(
          "NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
          "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String generate(long seed, int reportsPerPatient, int n) {
    StringWriter out = new StringWriter();
    new SyntheticCorpus(seed, reportsPerPatient).write(n, out);
    return out.toString();
  }

  private static List<JsonNode> lines(String jsonLines) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }

  @Test
  void sameSeedGivesIdenticalOutput() {
    assertEquals(generate(7, 10, 60), generate(7, 10, 60));
  }

  @Test
  void differentSeedsGiveDifferentOutput() {
    assertNotEquals(generate(7, 10, 20), generate(8, 10, 20));
  }

  @Test
  void writesOneJsonObjectWithTheFiveContractFieldsPerReport() throws Exception {
    List<JsonNode> nodes = lines(generate(1, 10, 37));
    assertEquals(37, nodes.size());
    Set<String> types = Set.of("pathology", "consultation", "rcp");
    for (JsonNode node : nodes) {
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("id", "patientId", "type", "date", "text"), fields);
      assertTrue(types.contains(node.get("type").asText()), node.get("type").asText());
      assertTrue(node.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
      assertTrue(node.get("text").asText().length() > 500);
    }
  }

  @Test
  void reportsPerPatientIsRespected() throws Exception {
    Map<String, Integer> perPatient = new TreeMap<>();
    for (JsonNode node : lines(generate(3, 4, 22))) {
      perPatient.merge(node.get("patientId").asText(), 1, Integer::sum);
    }
    assertEquals("[4, 4, 4, 4, 4, 2]", perPatient.values().toString());
  }

  @Test
  void reportsOfOnePatientAreDatedInOrderAndMixTypes() {
    SyntheticCorpus corpus = new SyntheticCorpus(5, 6);
    Set<String> types = new TreeSet<>();
    String previous = "";
    for (int i = 6; i < 12; i++) {
      SyntheticReport report = corpus.report(i);
      assertTrue(report.date().compareTo(previous) >= 0, report.date() + " after " + previous);
      previous = report.date();
      types.add(report.type());
    }
    assertEquals("[consultation, pathology, rcp]", types.toString());
  }

  @Test
  void singleReportEqualsItsLineInTheStream() throws Exception {
    JsonNode line = lines(generate(11, 10, 15)).get(14);
    SyntheticReport report = new SyntheticCorpus(11, 10).report(14);
    assertEquals(report.id(), line.get("id").asText());
    assertEquals(report.text(), line.get("text").asText());
  }

  @Test
  void plantedNirsHaveValidKeys() {
    SyntheticCorpus corpus = new SyntheticCorpus(2, 10);
    int nirs = 0;
    for (int i = 0; i < 600; i++) {
      SyntheticReport report = corpus.report(i);
      for (PlantedPhi span : report.phi()) {
        if (span.category().equals("SECU")) {
          String nir = report.text().substring(span.begin(), span.end());
          assertTrue(new NirValidator().isValid(NirValidator.compact(nir)), nir);
          nirs++;
        }
      }
    }
    assertTrue(nirs > 100, "NIRs planted: " + nirs);
  }

  @Test
  void goldSpansMatchTheTextAndUseContractCategories() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter gold = new StringWriter();
    new SyntheticCorpus(9, 10).write(300, out, gold);
    List<JsonNode> reports = lines(out.toString());
    List<JsonNode> golds = lines(gold.toString());
    assertEquals(reports.size(), golds.size());
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < reports.size(); i++) {
      String text = reports.get(i).get("text").asText();
      assertEquals(reports.get(i).get("id"), golds.get(i).get("id"));
      for (JsonNode span : golds.get(i).get("phi")) {
        String covered = text.substring(span.get("begin").asInt(), span.get("end").asInt());
        assertEquals(span.get("text").asText(), covered);
        assertTrue(!covered.isBlank() && covered.strip().equals(covered), covered);
        seen.add(span.get("category").asText());
      }
    }
    assertTrue(PHI_CATEGORIES.containsAll(seen), seen.toString());
    assertTrue(seen.size() >= 15, "categories planted: " + seen);
  }

  @Test
  void plantedAgesAreNinetyOrMore() {
    SyntheticCorpus corpus = new SyntheticCorpus(4, 10);
    int ages = 0;
    for (int i = 0; i < 3000; i++) {
      SyntheticReport report = corpus.report(i);
      for (PlantedPhi span : report.phi()) {
        if (span.category().equals("AGE")) {
          assertTrue(Integer.parseInt(report.text().substring(span.begin(), span.end())) >= 90);
          ages++;
        }
      }
    }
    assertTrue(ages > 0, "no AGE planted in 3000 reports");
  }

  @Test
  void averageLengthIsBetweenOneAndAHalfAndThreeAndAHalfKilobytes() {
    SyntheticCorpus corpus = new SyntheticCorpus(6, 10);
    long bytes = 0;
    int n = 1000;
    for (int i = 0; i < n; i++) {
      bytes += corpus.report(i).text().getBytes(StandardCharsets.UTF_8).length;
    }
    long average = bytes / n;
    assertTrue(average >= 1536 && average <= 3584, "average bytes " + average);
  }

  @Test
  void textsStayInsideTheBasicMultilingualPlane() {
    SyntheticCorpus corpus = new SyntheticCorpus(8, 10);
    for (int i = 0; i < 300; i++) {
      String text = corpus.report(i).text();
      assertEquals(text.length(), text.codePointCount(0, text.length()));
    }
  }

  @Test
  void negativeIndexAndZeroReportsPerPatientAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(1, 0));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(1, 10).report(-1));
  }

  @Test
  void zeroReportsWritesNothing() {
    assertEquals("", generate(1, 10, 0));
  }
}

package org.onconlp.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PatientTumourConsolidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PatientTumourConsolidator CONSOLIDATOR = new PatientTumourConsolidator();

  /**
   * A contract document of patient P1 whose tumours are written compactly as {@code text:
   * field=value ...} separated by {@code |}; flags are bare words (negated, family ...).
   */
  static ObjectNode doc(String id, String tumours) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id);
    d.put("patientId", "P1");
    var array = d.putArray("tumours");
    for (String t : tumours.split("\\|")) {
      String[] parts = t.strip().split(":", 2);
      ObjectNode o = array.addObject();
      o.put("text", parts[0].strip());
      for (String f : parts[1].strip().split(" ")) {
        if (f.isEmpty()) {
          continue;
        }
        String[] kv = f.split("=", 2);
        if (kv.length == 1) {
          o.put(kv[0], true);
        } else if (kv[0].equals("grade")) {
          String[] g = kv[1].split("/");
          o.putObject("grade").put("system", g[0]).put("value", g[1]);
        } else {
          o.put(kv[0], kv[1]);
        }
      }
    }
    return d;
  }

  /** The tumours of a document as {@code text: values [inferred] <from>}. */
  static String describe(JsonNode d) {
    return StreamSupport.stream(d.path("tumours").spliterator(), false)
        .map(t -> {
          StringBuilder s = new StringBuilder(t.path("text").asText()).append(':');
          for (String f : List.of("morphology", "topography", "laterality")) {
            if (t.has(f)) {
              s.append(' ').append(t.get(f).asText());
            }
          }
          if (t.has("grade")) {
            s.append(' ').append(t.path("grade").path("system").asText()).append('=')
                .append(t.path("grade").path("value").asText());
          }
          if (t.has(PatientTumourConsolidator.INFERRED)) {
            s.append(" [").append(list(t.get(PatientTumourConsolidator.INFERRED)))
                .append("] <").append(list(t.get(PatientTumourConsolidator.INFERRED_FROM))).append('>');
          }
          return s.toString();
        })
        .collect(Collectors.joining(" | "));
  }

  private static String list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return String.join(",", out);
  }

  /** Consolidates the documents together and describes the last one. */
  static String last(ObjectNode... docs) {
    CONSOLIDATOR.consolidateAll(List.of(docs));
    return describe(docs[docs.length - 1]);
  }

  @Test
  void genericBreastCancerTakesHistologyAndSideFromThePathologyReport() {
    assertEquals("cancer du sein: 8500/3 C50 left [morphology,laterality] <P1-01>",
        last(doc("P1-01", "carcinome canalaire infiltrant: morphology=8500/3 topography=C50 laterality=left"),
            doc("P1-02", "cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void lungAdenocarcinomaTakesTheLobeAndSide() {
    assertEquals("ADK pulmonaire: 8140/3 C34.1 right [topography,laterality] <P1-01>",
        last(doc("P1-01", "adénocarcinome: morphology=8140/3 topography=C34.1 laterality=right"),
            doc("P1-02", "ADK pulmonaire: morphology=8140/3 topography=C34")));
  }

  @Test
  void siteLessAdenocarcinomaTakesTheRectumOfThePatientsOtherReports() {
    assertEquals("ADK: 8140/3 C20 [topography] <P1-01>",
        last(doc("P1-01", "adénocarcinome lieberkühnien: morphology=8140/3 topography=C20"),
            doc("P1-02", "ADK: morphology=8140/3")));
  }

  @Test
  void gradeComesFromTheSameHistologyInTheSameOrgan() {
    assertEquals("CCI: 8500/3 C50.4 left SBR=3 [grade] <P1-01>",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50.4 laterality=left grade=SBR/3"),
            doc("P1-02", "CCI: morphology=8500/3 topography=C50.4 laterality=left")));
  }

  @Test
  void twoSidesInTheOtherReportsGiveNoSide() {
    assertEquals("cancer du sein: 8500/3 C50 [morphology] <P1-01,P1-02>",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50 laterality=left"),
            doc("P1-02", "CCI: morphology=8500/3 topography=C50 laterality=right"),
            doc("P1-03", "cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void twoHistologiesOfTheOrganLeaveTheCancerGeneric() {
    assertEquals("cancer du sein: 8000/3 C50 left [laterality] <P1-01,P1-02>",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50 laterality=left"),
            doc("P1-02", "CLI: morphology=8520/3 topography=C50 laterality=left"),
            doc("P1-03", "cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void twoOrgansGiveNoSiteToASiteLessCancer() {
    assertEquals("cancer: 8000/3",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50"),
            doc("P1-02", "ADK: morphology=8140/3 topography=C34"),
            doc("P1-03", "cancer: morphology=8000/3")));
  }

  @Test
  void siteLessAdenocarcinomaIgnoresAnotherHistologysOrgan() {
    assertEquals("ADK: 8140/3 C34 [topography] <P1-02>",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50"),
            doc("P1-02", "adénocarcinome: morphology=8140/3 topography=C34"),
            doc("P1-03", "ADK: morphology=8140/3")));
  }

  @Test
  void negatedFamilyHypotheticalAndHistoricalTumoursAreNoEvidence() {
    assertEquals("cancer du sein: 8000/3 C50",
        last(doc("P1-01", "carcinome infiltrant: morphology=8500/3 topography=C50 laterality=left negated"
                + " | cancer: morphology=8520/3 topography=C50 laterality=right family"
                + " | carcinome: morphology=8500/3 topography=C50.4 laterality=right hypothetical"
                + " | CLI: morphology=8520/3 topography=C50.2 laterality=right historical"),
            doc("P1-02", "cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void metastasisNeitherGivesNorTakes() {
    assertEquals("métastase hépatique: 8140/6 C22",
        last(doc("P1-01", "métastase: morphology=8140/6 topography=C22.0 laterality=right"
                + " | ADK: morphology=8140/3 topography=C18.7"),
            doc("P1-02", "métastase hépatique: morphology=8140/6 topography=C22")));
  }

  @Test
  void familyTumourIsNotCompleted() {
    assertEquals("cancer du sein: 8000/3 C50",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50 laterality=left"),
            doc("P1-02", "cancer du sein: morphology=8000/3 topography=C50 family")));
  }

  @Test
  void benignLesionDoesNotSideACancer() {
    assertEquals("CCI: 8500/3 C50",
        last(doc("P1-01", "fibroadénome: morphology=9010/0 topography=C50 laterality=right"),
            doc("P1-02", "CCI: morphology=8500/3 topography=C50")));
  }

  @Test
  void ownDocumentIsNotEvidence() {
    assertEquals("CCI: 8500/3 C50 left | cancer du sein: 8000/3 C50",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50 laterality=left"
            + " | cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void otherPatientsAreNoEvidence() {
    ObjectNode other = doc("P2-01", "CCI: morphology=8500/3 topography=C50 laterality=left");
    other.put("patientId", "P2");
    assertEquals("cancer du sein: 8000/3 C50",
        last(other, doc("P1-02", "cancer du sein: morphology=8000/3 topography=C50")));
  }

  @Test
  void inferredValuesAreNotEvidenceSoASecondRunChangesNothing() {
    ObjectNode a = doc("P1-01", "CCI: morphology=8500/3 topography=C50 laterality=left");
    ObjectNode b = doc("P1-02", "cancer du sein: morphology=8000/3 topography=C50");
    CONSOLIDATOR.consolidateAll(List.of(a, b));
    String once = describe(a) + " || " + describe(b);
    CONSOLIDATOR.consolidateAll(List.of(a, b));
    assertEquals(once, describe(a) + " || " + describe(b));
    assertEquals("CCI: 8500/3 C50 left || cancer du sein: 8500/3 C50 left [morphology,laterality] <P1-01>", once);
  }

  @Test
  void writtenValuesAreNeverOverwritten() {
    assertEquals("CCI: 8500/3 C50.2 right SBR=1",
        last(doc("P1-01", "CCI: morphology=8500/3 topography=C50.4 laterality=left grade=SBR/3"),
            doc("P1-02", "CCI: morphology=8500/3 topography=C50.2 laterality=right grade=SBR/1")));
  }

  @Test
  void documentsWithoutTumoursOrPatientDoNotThrow() {
    ObjectNode empty = JSON.createObjectNode();
    ObjectNode garbage = JSON.createObjectNode().put("id", "x").put("patientId", "P1");
    garbage.putArray("tumours").add("not an object").addObject().put("morphology", 42);
    assertEquals(new PatientTumourConsolidator.Counts(0, 0),
        CONSOLIDATOR.consolidateAll(List.of(empty, garbage, doc("P1-01", "CCI: morphology=8500/3"))));
  }
}

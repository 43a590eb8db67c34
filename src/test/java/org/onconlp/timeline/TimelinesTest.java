package org.onconlp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Timelines from small hand-written contract documents; an entry is written {@code
 * date kind label line=N <- doc:begin-end,...}.
 */
class TimelinesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String RCP =
      "{\"id\":\"D1\",\"patientId\":\"P1\",\"date\":\"2023-05-02\","
          + "\"tumours\":[{\"begin\":0,\"end\":14,\"text\":\"adénocarcinome\","
          + "\"morphology\":\"8140/3\",\"topography\":\"C34\"}],"
          + "\"stages\":[{\"begin\":20,\"end\":28,\"text\":\"cT2aN2M1\",\"system\":\"TNM\","
          + "\"prefix\":\"c\",\"T\":\"2a\",\"N\":\"2\",\"M\":\"1\"}],"
          + "\"biomarkers\":[{\"begin\":30,\"end\":41,\"text\":\"EGFR L858R\",\"name\":\"EGFR\","
          + "\"variant\":\"p.L858R\",\"interpretation\":\"mutated\"}],"
          + "\"treatments\":[{\"begin\":50,\"end\":61,\"text\":\"osimertinib\","
          + "\"agent\":\"osimertinib\",\"category\":\"targeted\",\"line\":1,\"status\":\"planned\"},"
          + "{\"begin\":70,\"end\":84,\"text\":\"chimiothérapie\",\"agent\":\"chimiotherapie\","
          + "\"category\":\"chemotherapy\",\"negated\":true}],"
          + "\"events\":[{\"begin\":90,\"end\":94,\"text\":\"PS 1\",\"type\":\"performance_status\","
          + "\"scale\":\"ECOG\",\"value\":\"1\"}]}";

  private static final String CONSULTATION =
      "{\"id\":\"D2\",\"patientId\":\"P1\",\"date\":\"2024-09-04\","
          + "\"biomarkers\":[{\"begin\":5,\"end\":16,\"text\":\"EGFR L858R\",\"name\":\"EGFR\","
          + "\"variant\":\"p.L858R\",\"interpretation\":\"mutated\"}],"
          + "\"treatments\":[{\"begin\":20,\"end\":28,\"text\":\"Tagrisso\","
          + "\"agent\":\"osimertinib\",\"category\":\"targeted\",\"status\":\"stopped\","
          + "\"startDate\":\"2023-05-15\"},"
          + "{\"begin\":40,\"end\":52,\"text\":\"carboplatine\",\"agent\":\"carboplatin\","
          + "\"category\":\"chemotherapy\",\"line\":2,\"status\":\"planned\","
          + "\"startDate\":\"2024-09-10\"}],"
          + "\"events\":[{\"begin\":60,\"end\":71,\"text\":\"progression\",\"type\":\"response\","
          + "\"response\":\"progression\",\"date\":\"2024-08-20\"},"
          + "{\"begin\":80,\"end\":84,\"text\":\"PS 1\",\"type\":\"performance_status\","
          + "\"scale\":\"ECOG\",\"value\":\"1\"}]}";

  private static final String OTHER_PATIENT =
      "{\"id\":\"D3\",\"patientId\":\"P2\",\"date\":\"2022-01-01\",\"treatments\":[{\"begin\":0,"
          + "\"end\":6,\"text\":\"FOLFOX\",\"agent\":\"FOLFOX\",\"category\":\"chemotherapy\"}]}";

  private static List<String> timelines(String input, String patient, boolean grouped)
      throws IOException {
    List<String> out = new ArrayList<>();
    Timelines.read(
        new BufferedReader(new StringReader(input)),
        patient,
        grouped,
        MAPPER,
        (id, entries) ->
            out.add(
                id + ": "
                    + entries.stream().map(TimelinesTest::entry).collect(Collectors.joining(" / "))));
    return out;
  }

  private static String entry(TimelineEntry e) {
    return e.date()
        + " " + e.kind()
        + " " + e.label()
        + (e.line() > 0 ? " line=" + e.line() : "")
        + " <- "
        + e.sources().stream()
            .map(p -> p.documentId() + ":" + p.begin() + "-" + p.end())
            .collect(Collectors.joining(","));
  }

  @Test
  void factsAreOrderedByTheirOwnDateElseTheDocumentDateAndMergedWithProvenance()
      throws IOException {
    assertEquals(
        List.of(
            "P1: 2023-05-02 diagnosis 8140/3 C34 <- D1:0-14"
                + " / 2023-05-02 stage cT2aN2M1 <- D1:20-28"
                + " / 2023-05-02 biomarker EGFR p.L858R mutated <- D1:30-41,D2:5-16"
                + " / 2023-05-02 event performance_status ECOG 1 <- D1:90-94"
                + " / 2023-05-15 treatment osimertinib targeted line=1 <- D1:50-61,D2:20-28"
                + " / 2024-08-20 event response progression <- D2:60-71"
                + " / 2024-09-04 event performance_status ECOG 1 <- D2:80-84"
                + " / 2024-09-10 treatment carboplatin chemotherapy line=2 <- D2:40-52"),
        timelines(RCP + "\n" + CONSULTATION, null, false));
  }

  @Test
  void negatedFactsAreLeftOut() throws IOException {
    assertTrue(!timelines(RCP, null, false).get(0).contains("chimiotherapie"));
  }

  @Test
  void treatmentStatusesAreKeptInDocumentOrder() throws IOException {
    List<String> statuses = new ArrayList<>();
    Timelines.read(
        new BufferedReader(new StringReader(RCP + "\n" + CONSULTATION)), null, false, MAPPER,
        (id, entries) ->
            entries.stream()
                .filter(e -> e.label().startsWith("osimertinib"))
                .forEach(e -> statuses.add(e.attributes().get("statuses"))));
    assertEquals(List.of("planned,stopped"), statuses);
  }

  @Test
  void sameDrugInTwoLinesStaysTwoEntries() throws IOException {
    String doc =
        "{\"id\":\"D9\",\"patientId\":\"P9\",\"date\":\"2024-01-01\",\"treatments\":["
            + "{\"begin\":0,\"end\":3,\"agent\":\"pemetrexed\",\"category\":\"chemotherapy\",\"line\":1},"
            + "{\"begin\":9,\"end\":12,\"agent\":\"pemetrexed\",\"category\":\"chemotherapy\",\"line\":3}]}";
    assertEquals(
        List.of(
            "P9: 2024-01-01 treatment pemetrexed chemotherapy line=1 <- D9:0-3"
                + " / 2024-01-01 treatment pemetrexed chemotherapy line=3 <- D9:9-12"),
        timelines(doc, null, false));
  }

  @Test
  void patientFilterKeepsOnePatient() throws IOException {
    List<String> out = timelines(RCP + "\n" + OTHER_PATIENT + "\n" + CONSULTATION, "P2", false);
    assertEquals(List.of("P2: 2022-01-01 treatment FOLFOX chemotherapy <- D3:0-6"), out);
  }

  @Test
  void groupedInputPrintsEachPatientWhenTheNextStarts() throws IOException {
    assertEquals(
        List.of("P2", "P1"),
        timelines(OTHER_PATIENT + "\n" + RCP + "\n" + CONSULTATION, null, true).stream()
            .map(s -> s.substring(0, 2))
            .toList());
  }

  @Test
  void jsonAndTableCarryProvenance() throws IOException {
    List<String> json = new ArrayList<>();
    List<String> table = new ArrayList<>();
    Timelines.read(
        new BufferedReader(new StringReader(OTHER_PATIENT)), null, false, MAPPER,
        (id, entries) -> {
          json.add(MAPPER.writeValueAsString(Timelines.toJson(id, entries, MAPPER)));
          table.add(Timelines.table(id, entries));
        });
    assertEquals(
        "{\"patientId\":\"P2\",\"entries\":[{\"kind\":\"treatment\",\"date\":\"2022-01-01\","
            + "\"dateSource\":\"document\",\"label\":\"FOLFOX chemotherapy\","
            + "\"key\":\"treatment|agent=folfox|category=chemotherapy\","
            + "\"attributes\":{\"agent\":\"FOLFOX\",\"category\":\"chemotherapy\"},"
            + "\"sources\":[{\"documentId\":\"D3\",\"documentDate\":\"2022-01-01\",\"begin\":0,"
            + "\"end\":6,\"text\":\"FOLFOX\"}]}]}",
        json.get(0));
    assertTrue(table.get(0).contains("2022-01-01*  treatment"), table.get(0));
    assertTrue(table.get(0).contains("D3:0-6"), table.get(0));
  }

  @Test
  void unreadableLinesAndDocumentsWithoutPatientAreCounted() throws IOException {
    Timelines.Summary s =
        Timelines.read(
            new BufferedReader(new StringReader("not json\n{\"id\":\"X\"}\n\n" + OTHER_PATIENT)),
            null, false, MAPPER, (id, entries) -> {});
    assertEquals(new Timelines.Summary(2, 1, 1, 1), s);
  }
}

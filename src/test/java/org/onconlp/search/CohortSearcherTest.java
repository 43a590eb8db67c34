package org.onconlp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortSearcherTest {
  @TempDir static Path folder;
  private static CohortSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    searcher = CohortFixture.open(folder);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static String patients(String query) throws IOException {
    return CohortFixture.patients(searcher, query);
  }

  @Test
  void fixtureHoldsElevenPatientsAndTwentyFourReports() {
    assertEquals("11 24", searcher.patientCount() + " " + searcher.reportCount());
  }

  @Test
  void topographyCategoryMatchesSubsites() throws IOException {
    assertEquals("P01 P02 P08 P09", patients("topography:C34"));
  }

  @Test
  void topographySubsiteIsExact() throws IOException {
    assertEquals("P03", patients("topography:C50.4"));
  }

  @Test
  void topographyWildcard() throws IOException {
    assertEquals("P03 P04", patients("topography:C50*"));
  }

  @Test
  void frenchLabelStandsForItsCode() throws IOException {
    assertEquals("P01 P02 P08 P09", patients("site:poumon"));
  }

  @Test
  void morphologyWildcardWithBehaviour() throws IOException {
    assertEquals("P01 P02 P05 P06 P07 P09 P10", patients("morphology:814*/3"));
  }

  @Test
  void morphologyLabel() throws IOException {
    assertEquals("P03", patients("morphology:\"carcinome canalaire\""));
  }

  @Test
  void negatedTumourNeverMatchesAnAffirmativeCriterion() throws IOException {
    assertEquals("", patients("topography:C34 AND patient:P11"));
  }

  @Test
  void negatedFactMatchesWhenIncluded() throws IOException {
    assertEquals("P11", patients("include:negated AND topography:C34 AND patient:P11"));
  }

  @Test
  void negatedBiomarkerDoesNotMatch() throws IOException {
    assertEquals("P01 P09", patients("biomarker:EGFR=mutated"));
  }

  @Test
  void negatedBiomarkerMatchesWithIncludeNegated() throws IOException {
    assertEquals("P01 P02 P09", patients("biomarker:EGFR=mutated AND include:negated"));
  }

  @Test
  void familyTumourOnlyWithIncludeFamily() throws IOException {
    assertEquals("", patients("topography:ovaire"));
    assertEquals("P04", patients("topography:ovaire AND include:family"));
  }

  @Test
  void historicalTumourOnlyWithIncludeHistorical() throws IOException {
    assertEquals("P03 P04", patients("topography:sein"));
    assertEquals("P03 P04 P10", patients("topography:sein AND include:historical"));
  }

  @Test
  void hypotheticalEventOnlyWithIncludeHypothetical() throws IOException {
    assertEquals("P05", patients("event:metastasis"));
    assertEquals("P05 P06", patients("event:metastasis AND include:hypothetical"));
  }

  @Test
  void tComparison() throws IOException {
    assertEquals("P01 P05 P07", patients("T>=3"));
  }

  @Test
  void nPositiveShortForm() throws IOException {
    assertEquals("P01 P03 P07", patients("N+"));
  }

  @Test
  void metastaticShortForm() throws IOException {
    assertEquals("P01", patients("M1"));
  }

  @Test
  void tnmWrittenValueIsExact() throws IOException {
    assertEquals("P05", patients("T:3a"));
  }

  @Test
  void stageGroupComparison() throws IOException {
    assertEquals("P01 P07 P08", patients("stage>=III"));
  }

  @Test
  void stageGroupWithoutLetterCoversItsSubgroups() throws IOException {
    assertEquals("P01 P08", patients("stage:IV"));
    assertEquals("P03 P04", patients("stage<III"));
  }

  @Test
  void gleasonComparison() throws IOException {
    assertEquals("P05", patients("gleason>=8"));
    assertEquals("P05 P06", patients("isup>=1"));
  }

  @Test
  void biomarkerInterpretation() throws IOException {
    assertEquals("P03", patients("biomarker:HER2=positive"));
    assertEquals("P04", patients("biomarker:HER2=négatif"));
  }

  @Test
  void biomarkerVariantWithOrWithoutProteinPrefix() throws IOException {
    assertEquals("P10", patients("biomarker:BRAF=V600E"));
    assertEquals("P01", patients("biomarker:EGFR=p.L858R"));
  }

  @Test
  void biomarkerPercentRange() throws IOException {
    assertEquals("P01", patients("PDL1.tps>=50"));
    assertEquals("P01 P02", patients("PD-L1.percent>=1"));
  }

  @Test
  void treatmentByAgentAndByCategory() throws IOException {
    assertEquals("P02 P09", patients("treatment:pembrolizumab"));
    assertEquals("P02 P08 P09", patients("treatment:immunotherapy"));
  }

  @Test
  void treatmentLineConstraintHoldsOnTheSameFact() throws IOException {
    assertEquals("P01", patients("treatment:osimertinib[line>=2]"));
    assertEquals("P08 P09", patients("treatment:immunotherapy[line>=2, status=ongoing]"));
    assertEquals("", patients("treatment:carboplatin-pemetrexed[line>=2]"));
  }

  @Test
  void treatmentAtcPrefix() throws IOException {
    assertEquals("P01 P08 P09", patients("atc:L01E"));
  }

  @Test
  void eventWithSite() throws IOException {
    assertEquals("P05", patients("event:metastasis[site=os]"));
    assertEquals("P01 P07 P09", patients("event:progression"));
  }

  @Test
  void performanceStatusValue() throws IOException {
    assertEquals("P11", patients("event:performance_status[value<=1]"));
  }

  @Test
  void documentTypeAndDateRange() throws IOException {
    assertEquals("P05 P07", patients("type:imaging"));
    assertEquals("P04 P05 P11", patients("date>=2022"));
    assertEquals("P01", patients("date:2021-06"));
  }

  @Test
  void fullTextIsStemmedAndAccentFolded() throws IOException {
    assertEquals("P05 P06", patients("text:metastase"));
    assertEquals("P03", patients("text:\"sein gauche\""));
  }

  @Test
  void protectedAbbreviationIsNotStemmed() throws IOException {
    assertEquals("P03 P04", patients("text:RE"));
  }

  @Test
  void criteriaMetInDifferentReportsMatchAnd() throws IOException {
    assertEquals("P01", patients("biomarker:EGFR=mutated AND treatment:osimertinib"));
  }

  @Test
  void sameDocumentRequiresOneReport() throws IOException {
    assertEquals("", patients("SAME_DOC(biomarker:EGFR=mutated AND treatment:osimertinib)"));
    assertEquals("P01", patients("SAME_DOC(biomarker:EGFR=mutated AND M1)"));
  }

  @Test
  void orAndNotAtPatientLevel() throws IOException {
    assertEquals("P03 P04 P05 P06", patients("topography:sein OR topography:prostate"));
    assertEquals("P02 P08 P09", patients("topography:C34 AND NOT biomarker:EGFR=p.L858R"));
  }

  @Test
  void notInsideSameDocIsPerReport() throws IOException {
    // P01's only lung report is stage IVA: the NOT applies to that report, not to the patient.
    assertEquals("P02 P09", patients("SAME_DOC(topography:C34 AND NOT stage:IV)"));
  }

  @Test
  void parenthesesGroup() throws IOException {
    assertEquals("P01 P09", patients("(topography:C34 OR topography:C61) AND biomarker:EGFR=mutated"));
  }

  @Test
  void temporalAfter() throws IOException {
    assertEquals("P08 P09", patients("treatment:immunotherapy AFTER treatment:targeted"));
    assertEquals("", patients("treatment:immunotherapy BEFORE treatment:targeted"));
  }

  @Test
  void temporalWindow() throws IOException {
    assertEquals("P09", patients("treatment:immunotherapy AFTER treatment:targeted WITHIN 6 MONTHS"));
    assertEquals("P01 P07", patients("event:progression WITHIN 1 YEAR OF type:pathology AND NOT patient:P09"));
  }

  @Test
  void evidenceGivesSnippetOffsetsIntoTheText() throws IOException {
    CohortResult result = searcher.search("biomarker:EGFR=mutated AND treatment:osimertinib");
    CohortResult.PatientEvidence p = result.patients(10).get(0);
    assertEquals(
        "P01 [1] R01a 77-98 …[[Mutation EGFR p.L858R]]… | [2] R01c 36-47 …[[osimertinib]]…",
        p.patientId() + " " + describe(p));
  }

  private static String describe(CohortResult.PatientEvidence p) {
    StringBuilder sb = new StringBuilder();
    for (CohortResult.CriterionEvidence c : p.criteria()) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append('[').append(c.number()).append(']');
      for (CohortResult.ReportEvidence r : c.reports()) {
        sb.append(' ').append(r.id());
        for (CohortResult.Snippet s : r.snippets()) {
          String f = s.fragment();
          sb.append(' ').append(s.begin()).append('-').append(s.end()).append(" …")
              .append(f, f.indexOf("[["), f.indexOf("]]") + 2).append('…');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void facetsCountPatients() throws IOException {
    CohortResult result = searcher.search("topography:C34");
    assertEquals(
        "{topography=[C34 (4)], stage=[IV (2)], treatment=[pembrolizumab (2), carboplatin-pemetrexed (1)], year=[2019 (1), 2020 (2)]}",
        result.facets(2).entrySet().stream()
            .filter(e -> !e.getKey().equals("biomarker"))
            .map(e -> e.getKey() + "=" + e.getValue().stream().map(v -> v.value() + " (" + v.patients() + ")").toList())
            .collect(java.util.stream.Collectors.joining(", ", "{", "}")));
  }
}

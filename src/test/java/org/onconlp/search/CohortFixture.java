package org.onconlp.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.onconlp.index.CohortIndexWriter;
import org.onconlp.index.ContractIngest;
import org.onconlp.pipeline.BatchListener;

/**
 * The small fixture index: 24 hand-written contract reports of 11 invented patients
 * ({@code cohort-fixture.jsonl}), with tumours, stages, biomarkers, treatments, events and
 * negated, hypothetical, family and historical facts.
 */
final class CohortFixture {
  private CohortFixture() {}

  /** Copies the fixture lines to a file. */
  static Path fixtureFile(Path folder) throws IOException {
    Path file = folder.resolve("cohort-fixture.jsonl");
    try (InputStream in = CohortFixture.class.getResourceAsStream("/org/onconlp/search/cohort-fixture.jsonl")) {
      Files.copy(in, file);
    }
    return file;
  }

  /** Builds the fixture index in a folder and opens it. */
  static CohortSearcher open(Path folder) throws IOException {
    Path index = folder.resolve("index");
    try (CohortIndexWriter writer = new CohortIndexWriter(index, 7)) {
      ContractIngest.run(fixtureFile(folder), writer, r -> {
        throw new AssertionError("fixture line rejected: " + r.reason());
      }, BatchListener.NONE);
    }
    return new CohortSearcher(index);
  }

  /** The matching patient ids, space-separated. */
  static String patients(CohortSearcher searcher, String query) throws IOException {
    return searcher.search(query).patientIds().stream().collect(Collectors.joining(" "));
  }
}

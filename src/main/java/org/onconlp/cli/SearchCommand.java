package org.onconlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.onconlp.search.AuditLog;
import org.onconlp.search.CohortReport;
import org.onconlp.search.CohortResult;
import org.onconlp.search.CohortSearcher;
import org.onconlp.search.QuerySyntaxException;
import org.onconlp.search.SmallCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onconlp search}: a patient-level cohort query over a cohort index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the patients (and reports) matching a cohort query; see docs/search.md.",
      "Counts below --min-count print as <N. The patient list needs --records and is audited."
    })
final class SearchCommand implements Callable<Integer> {
  /** Exit code of an invalid query. */
  static final int INVALID_QUERY = 2;

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "The index folder.")
  Path index;

  @Option(names = "--query", required = true, description = "The cohort query.")
  String query;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  @Option(names = "--limit", description = "Most patients listed with --records (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--facets", description = "Facets over the cohort (sites, stages, biomarkers, agents, years).")
  boolean facets;

  @Option(names = "--facet-size", description = "Values per facet (default: ${DEFAULT-VALUE}).")
  int facetSize = 10;

  @Option(
      names = "--records",
      description = "List the matching patients with their evidence; written to <index>/audit.jsonl.")
  boolean records;

  @Option(
      names = "--min-count",
      description = "Counts below this print as <N (default: ${DEFAULT-VALUE}).")
  int minCount = SmallCounts.DEFAULT_THRESHOLD;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CohortReport report = new CohortReport(new SmallCounts(minCount), records, limit, facets, facetSize);
    try (CohortSearcher searcher = new CohortSearcher(index)) {
      long start = System.nanoTime();
      CohortResult result;
      try {
        result = searcher.search(query);
      } catch (QuerySyntaxException e) {
        err.println("onconlp search: invalid query " + e.getMessage());
        err.println("  " + query);
        err.println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
        return INVALID_QUERY;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (records) {
        new AuditLog(index).record(System.getProperty("user.name", "unknown"), Instant.now(), query, result.patientCount());
      }
      out.print(json ? report.json(result, millis).toString() + System.lineSeparator() : report.text(result, millis));
      out.flush();
    }
    return 0;
  }
}

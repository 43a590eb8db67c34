package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onconlp eval compare A/scores.json B/scores.json}: prints per-label deltas (B - A) of
 * precision, recall and F1 and flags the significant changes (see {@link ScoreComparison}): with a
 * paired bootstrap when a {@code documents.json} lies beside both score files, else by
 * non-overlapping intervals. Exit code 0, or 2 when a file cannot be read.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Per-label deltas between two scores.json files (B - A).")
public final class EvalCompareCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "Baseline scores.json.")
  private Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Candidate scores.json.")
  private Path b;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Resamples of the paired bootstrap (default: ${DEFAULT-VALUE}).")
  private int iterations;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode x;
    JsonNode y;
    Map<String, Bootstrap.Interval> paired = Map.of();
    try {
      x = ScoresJson.read(a);
      y = ScoresJson.read(b);
      Path da = sibling(a);
      Path db = sibling(b);
      if (Files.exists(da) && Files.exists(db) && iterations > 0) {
        List<List<Map<String, Counts>>> samples =
            DocumentCounts.paired(DocumentCounts.read(da), DocumentCounts.read(db));
        paired =
            new Bootstrap(iterations, seed).pairedDeltaIntervals(samples.get(0), samples.get(1));
        out.println("paired bootstrap on " + samples.get(0).size() + " common documents");
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("eval compare: cannot read scores: " + e.getMessage());
      return 2;
    }
    out.print(ScoreComparison.format(ScoreComparison.compare(x, y, paired), x, y));
    out.flush();
    return 0;
  }

  private static Path sibling(Path scores) {
    Path parent = scores.toAbsolutePath().getParent();
    return parent.resolve(DocumentCounts.FILE_NAME);
  }
}

package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onconlp eval compare A/scores.json B/scores.json}: prints per-label deltas (B - A) of
 * precision, recall and F1 and flags the significant changes (see {@link ScoreComparison}).
 * Exit code 0, or 2 when a file cannot be read.
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode x;
    JsonNode y;
    try {
      x = ScoresJson.read(a);
      y = ScoresJson.read(b);
    } catch (IOException e) {
      spec.commandLine().getErr().println("eval compare: cannot read scores: " + e.getMessage());
      return 2;
    }
    out.print(ScoreComparison.format(ScoreComparison.compare(x, y), x, y));
    out.flush();
    return 0;
  }
}

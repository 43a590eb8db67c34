package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onconlp eval check --floors eval/floors.json --corpus sample --scores DIR/scores.json}:
 * exits 1 listing every score below its floor (see {@link FloorCheck}), 0 when all floors hold
 * (then also listing floors that could be raised), 2 on unreadable input.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Fail when a score is below its regression floor.")
public final class EvalCheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--floors",
      required = true,
      paramLabel = "FILE",
      description = "Floors file (eval/floors.json).")
  private Path floors;

  @Option(
      names = "--scores",
      required = true,
      paramLabel = "FILE",
      description = "scores.json to check.")
  private Path scores;

  @Option(
      names = "--corpus",
      paramLabel = "NAME",
      description = "Corpus entry of the floors file (optional when it has only one).")
  private String corpus;

  @Override
  public Integer call() {
    JsonNode tree;
    try {
      tree = ScoresJson.read(scores);
    } catch (IOException e) {
      spec.commandLine().getErr().println("eval check: cannot read scores: " + e.getMessage());
      return 2;
    }
    return check(floors, corpus, tree, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Checks scores against the floors of a corpus and prints the outcome.
   *
   * @param floors the floors file
   * @param corpus corpus entry, or null when the file has exactly one
   * @param scores the scores tree
   * @return 0 when every floor holds, 1 when some do not, 2 on a bad floors file
   */
  static int check(Path floors, String corpus, JsonNode scores, PrintWriter out, PrintWriter err) {
    FloorCheck.Result result;
    try {
      result = FloorCheck.check(ScoresJson.read(floors), corpus, scores);
    } catch (IOException | IllegalArgumentException e) {
      err.println("eval check: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (!result.violations().isEmpty()) {
      err.println("eval check: " + result.violations().size() + " score(s) below their floor:");
      result.violations().forEach(v -> err.println("  " + v));
      err.flush();
      return 1;
    }
    out.println("eval check: all floors hold");
    if (!result.headroom().isEmpty()) {
      out.println("floors that could be raised:");
      result.headroom().forEach(h -> out.println("  " + h));
    }
    out.flush();
    return 0;
  }
}

package org.onconlp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onconlp.eval.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onconlp synth}: invented French reports for benchmarks and de-identification scoring. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = "Writes N invented French oncology reports as input JSON Lines (invented identities).")
final class SynthCommand implements Callable<Integer> {

  @Option(names = "--count", description = "Number of reports (default: ${DEFAULT-VALUE}).")
  int count = 10_000;

  @Option(names = "--output", required = true, description = "Input-format JSON Lines to write.")
  Path output;

  @Option(names = "--gold", description = "Also write the planted PHI spans, one JSON line per report.")
  Path gold;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--reports-per-patient",
      description = "Reports per invented patient (default: ${DEFAULT-VALUE}).")
  int reportsPerPatient = SyntheticCorpus.DEFAULT_REPORTS_PER_PATIENT;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, reportsPerPatient);
    try (Writer out = open(output);
        Writer goldOut = gold == null ? Writer.nullWriter() : open(gold)) {
      corpus.write(count, out, goldOut);
    }
    spec.commandLine().getErr().println("onconlp synth: wrote " + count + " reports to " + output);
    return 0;
  }

  private static Writer open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }
}

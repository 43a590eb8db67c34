package org.onconlp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.onconlp.deid.model.NameFinderTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onconlp train deid}: trains the PHI name-finder model from a BRAT corpus. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a model from an annotated corpus. Only 'deid' (OpenNLP PHI name finder) exists.",
      "Example: onconlp train deid --corpus corpora/deid/train --corpus more/reports"
          + " --output models/deid-fr.bin"
    })
final class TrainCommand implements Callable<Integer> {
  /** What to train. */
  enum Target {
    deid
  }

  @Parameters(index = "0", description = "What to train: ${COMPLETION-CANDIDATES}.")
  Target target;

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = {
        "BRAT folder (.txt + .ann) to learn from; repeatable. Samples are read folder by folder in"
            + " the order given, each folder in file-name order, so the same command gives the"
            + " same model."
      })
  List<Path> corpora;

  @Option(names = "--output", required = true, description = "Model file to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Set<Path> seen = new HashSet<>();
    for (Path corpus : corpora) {
      if (!Files.isDirectory(corpus)) {
        throw new NoSuchFileException(corpus.toString());
      }
      if (!seen.add(corpus.toAbsolutePath().normalize())) {
        // The same folder twice would silently double the weight of its reports.
        throw new IllegalArgumentException("--corpus " + corpus + " is given twice");
      }
    }
    new NameFinderTraining().trainTo(corpora, output);
    System.err.println("onconlp train: wrote " + output + " (" + Files.size(output) + " bytes)");
    return 0;
  }
}

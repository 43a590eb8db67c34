package org.onconlp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onconlp.deid.NameFinderTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onconlp train deid}: trains the PHI name-finder model from a BRAT corpus. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a model from an annotated corpus. Only 'deid' (OpenNLP PHI name finder) exists.",
      "Example: onconlp train deid --corpus corpora/deid/train --output models/deid-fr.bin"
    })
final class TrainCommand implements Callable<Integer> {
  /** What to train. */
  enum Target {
    deid
  }

  @Parameters(index = "0", description = "What to train: ${COMPLETION-CANDIDATES}.")
  Target target;

  @Option(names = "--corpus", required = true, description = "BRAT folder (.txt + .ann) to learn from.")
  Path corpus;

  @Option(names = "--output", required = true, description = "Model file to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new java.nio.file.NoSuchFileException(corpus.toString());
    }
    new NameFinderTraining().trainTo(corpus, output);
    System.err.println("onconlp train: wrote " + output + " (" + Files.size(output) + " bytes)");
    return 0;
  }
}

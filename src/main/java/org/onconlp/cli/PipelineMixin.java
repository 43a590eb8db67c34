package org.onconlp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.onconlp.deid.DeidMode;
import org.onconlp.deid.SurrogateSecret;
import org.onconlp.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the pipeline. */
final class PipelineMixin {
  @Option(
      names = {"--deid-mode", "--mode"},
      description = "How PHI is replaced: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DeidMode deidMode = DeidMode.SURROGATE;

  @Option(
      names = "--secret-file",
      description =
          "File holding the surrogate secret (default: environment variable "
              + SurrogateSecret.ENV
              + "). Needed in SURROGATE mode; never logged.")
  Path secretFile;

  @Option(
      names = "--deid-model",
      description =
          "An OpenNLP name-finder model trained by 'onconlp train deid' (e.g. models/deid-fr.bin),"
              + " run as one more PHI finder.")
  Path deidModel;

  /**
   * The options, after checking that SURROGATE mode has a readable secret, so that a missing
   * secret stops the command before any output is written.
   *
   * @throws IllegalStateException with a clear message when the secret is missing
   */
  PipelineOptions options() {
    if (deidMode.needsSecret()) {
      if (secretFile != null && !Files.isReadable(secretFile)) {
        throw new IllegalStateException("Cannot read the secret file " + secretFile);
      }
      SurrogateSecret.load(secretFile, System.getenv());
    }
    if (deidModel != null && !Files.isReadable(deidModel)) {
      throw new IllegalStateException("Cannot read the de-identification model " + deidModel);
    }
    return new PipelineOptions(deidMode, secretFile, deidModel);
  }
}

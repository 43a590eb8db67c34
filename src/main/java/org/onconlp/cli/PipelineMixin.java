package org.onconlp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.onconlp.deid.DeidMode;
import org.onconlp.deid.surrogate.SurrogateSecret;
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
          "An OpenNLP name-finder model trained by 'onconlp train deid', run as the last PHI"
              + " finder instead of the model shipped with onconlp (models/deid-fr.bin).")
  Path deidModel;

  @Option(
      names = "--no-deid-model",
      description =
          "Rule and lexicon PHI finders only, without the name-finder model: the pipeline runs"
              + " about twice as fast, with lower recall on unseen text.")
  boolean rulesOnly;

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
    if (rulesOnly && deidModel != null) {
      throw new IllegalStateException("--deid-model and --no-deid-model exclude each other");
    }
    return new PipelineOptions(deidMode, secretFile, deidModel, rulesOnly);
  }
}

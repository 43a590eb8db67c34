package org.onconlp.cli;

import org.onconlp.deid.DeidMode;
import org.onconlp.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the pipeline. */
final class PipelineMixin {
  @Option(
      names = "--deid-mode",
      description = "How PHI is replaced: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DeidMode deidMode = DeidMode.MASK;

  PipelineOptions options() {
    return new PipelineOptions(deidMode);
  }
}

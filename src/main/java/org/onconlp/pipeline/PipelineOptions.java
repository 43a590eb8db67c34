package org.onconlp.pipeline;

import org.onconlp.deid.DeidMode;

/**
 * Choices that shape the standard pipeline.
 *
 * @param deidMode how PHI is replaced in the de-identified view
 */
public record PipelineOptions(DeidMode deidMode) {

  /** The defaults of the command line. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DeidMode.MASK);
  }
}

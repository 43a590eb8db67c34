package org.onconlp.pipeline;

import java.nio.file.Path;
import org.onconlp.deid.DeidMode;

/**
 * Choices that shape the standard pipeline.
 *
 * @param deidMode how PHI is replaced in the de-identified view
 * @param secretFile file holding the surrogate secret, or null to read the environment variable
 *     {@code ONCONLP_SECRET} (SURROGATE mode only)
 */
public record PipelineOptions(DeidMode deidMode, Path secretFile) {

  /** Options with the secret taken from the environment. */
  public PipelineOptions(DeidMode deidMode) {
    this(deidMode, null);
  }

  /** The defaults of the command line: realistic surrogates, secret from the environment. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DeidMode.SURROGATE, null);
  }
}

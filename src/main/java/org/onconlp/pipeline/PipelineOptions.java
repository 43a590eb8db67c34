package org.onconlp.pipeline;

import java.nio.file.Path;
import org.onconlp.deid.DeidMode;

/**
 * Choices that shape the standard pipeline.
 *
 * @param deidMode how PHI is replaced in the de-identified view
 * @param secretFile file holding the surrogate secret, or null to read the environment variable
 *     {@code ONCONLP_SECRET} (SURROGATE mode only)
 * @param deidModel an OpenNLP name-finder model ({@code onconlp train deid}) run as one more PHI
 *     finder, or null for the rule and lexicon finders only
 */
public record PipelineOptions(DeidMode deidMode, Path secretFile, Path deidModel) {

  /** Options with the secret taken from the environment and no trained model. */
  public PipelineOptions(DeidMode deidMode) {
    this(deidMode, null, null);
  }

  /** The defaults of the command line: realistic surrogates, secret from the environment. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DeidMode.SURROGATE);
  }
}

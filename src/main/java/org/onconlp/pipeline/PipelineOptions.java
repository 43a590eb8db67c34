package org.onconlp.pipeline;

import java.nio.file.Path;
import org.onconlp.deid.DeidMode;

/**
 * Choices that shape the standard pipeline.
 *
 * @param deidMode how PHI is replaced in the de-identified view
 * @param secretFile file holding the surrogate secret, or null to read the environment variable
 *     {@code ONCONLP_SECRET} (SURROGATE mode only)
 * @param deidModel an OpenNLP name-finder model ({@code onconlp train deid}) run as the last PHI
 *     finder, or null for the model trained by the project and shipped in the jar
 * @param rulesOnly whether to run the rule and lexicon PHI finders only, without any model
 *     (faster, lower recall)
 */
public record PipelineOptions(
    DeidMode deidMode, Path secretFile, Path deidModel, boolean rulesOnly) {

  /** Options with the secret taken from the environment and the bundled model. */
  public PipelineOptions(DeidMode deidMode) {
    this(deidMode, null, null, false);
  }

  /** Options with a secret file and a model file (null for the bundled model). */
  public PipelineOptions(DeidMode deidMode, Path secretFile, Path deidModel) {
    this(deidMode, secretFile, deidModel, false);
  }

  /** The same options without any de-identification model. */
  public PipelineOptions withRulesOnly() {
    return new PipelineOptions(deidMode, secretFile, null, true);
  }

  /** The defaults of the command line: realistic surrogates, secret from the environment. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DeidMode.SURROGATE);
  }
}

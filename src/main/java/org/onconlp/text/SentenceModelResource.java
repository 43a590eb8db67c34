package org.onconlp.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;
import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * OpenNLP sentence model shared by every {@link SentenceAnnotator} instance of a pipeline (the
 * model is thread-safe, the detector is not). Loaded once by UIMA from the resource URL.
 */
public final class SentenceModelResource implements SharedResourceObject {
  /**
   * Classpath location of OpenNLP's French sentence model (UD French-GSD), shipped by
   * {@code org.apache.opennlp:opennlp-models-sentdetect-fr:1.3.0}.
   */
  public static final String FRENCH_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

  private SentenceModel model;

  @Override
  public void load(DataResource data) throws ResourceInitializationException {
    try (InputStream in = data.getInputStream()) {
      model = new SentenceModel(in);
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
    }
  }

  /** The loaded model. */
  public SentenceModel model() {
    return model;
  }
}

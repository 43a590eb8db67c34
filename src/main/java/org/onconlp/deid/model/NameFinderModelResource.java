package org.onconlp.deid.model;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * The PHI name-finder model ({@code onconlp train deid}) shared by every {@link
 * NameFinderAnnotator} instance of a pipeline (the model is thread-safe, the finder is not).
 */
public final class NameFinderModelResource implements SharedResourceObject {
  private TokenNameFinderModel model;

  @Override
  public void load(DataResource data) throws ResourceInitializationException {
    try (InputStream in = data.getInputStream()) {
      model = new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new ResourceInitializationException(e);
    }
  }

  /** The loaded model. */
  public TokenNameFinderModel model() {
    return model;
  }
}

package org.onconlp.deid;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.SharedResourceObject;

/**
 * Shares one {@link PhiLexicons} (tens of megabytes) between every thread's copy of the
 * annotators that need it, as a uimaFIT external resource. The lexicons are classpath data, so
 * the resource's data URL is unused.
 */
public final class PhiLexiconResource implements SharedResourceObject {
  private volatile PhiLexicons lexicons;

  @Override
  public void load(DataResource data) {
    lexicons = new PhiLexicons();
  }

  /** The loaded lexicons. */
  public PhiLexicons lexicons() {
    return lexicons;
  }
}

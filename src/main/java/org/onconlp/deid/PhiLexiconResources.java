package org.onconlp.deid;

import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ExternalResourceDescription;

/** Builds the description of the shared {@link PhiLexiconResource}. */
final class PhiLexiconResources {
  /** Name of the one shared instance: every annotator binding it gets the same lexicons. */
  private static final String NAME = "onconlp.phiLexicons";

  /** A classpath file of the lexicons; UIMA needs a data URL, the loader reads every file itself. */
  private static final String ANCHOR = "org/onconlp/deid/lex/communes.txt";

  private PhiLexiconResources() {}

  /**
   * The resource description, under a fixed name so that the annotators of one aggregate share
   * one loaded instance.
   */
  static ExternalResourceDescription description() {
    return ExternalResourceFactory.createNamedResourceDescriptionUsingUrl(
        NAME, PhiLexiconResource.class, ANCHOR);
  }
}

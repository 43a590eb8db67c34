package org.onconlp.deid;

import org.apache.uima.fit.descriptor.ExternalResource;

/**
 * A PHI finder holding the pipeline's shared lexicons ({@link PhiLexiconResource}, key {@link
 * LexiconPhiAnnotator#RES_LEXICONS}): it reads the document's OCR-repaired text and tokens from
 * them, computed once per document and thread for every such finder.
 */
public abstract class LexiconFinderAnnotator extends PhiFinderAnnotator {
  @ExternalResource(key = LexiconPhiAnnotator.RES_LEXICONS)
  private PhiLexiconResource lexicons;

  /** The shared lexicons. */
  protected final PhiLexicons lexicons() {
    return lexicons.lexicons();
  }

  @Override
  protected final String repaired(String text) {
    return lexicons.lexicons().repaired(text);
  }
}

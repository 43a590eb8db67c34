package org.onconlp.deid;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.structured.StructuredPhiFinder;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds {@link Phi} annotations for structured identifiers (SECU, TEL, MAIL, URL, ZIP, IPP, NDA,
 * RPPS, ID, DATE, DATE_NAISSANCE, AGE) to the {@link Views#ORIGINAL} view, with {@code
 * component} set to this class's simple name and {@code surrogate} left for {@link
 * DeidViewBuilder}. The algorithm is {@link StructuredPhiFinder}.
 */
@TypeCapability(outputs = {"org.onconlp.types.Phi"})
public class StructuredPhiAnnotator extends PhiFinderAnnotator {
  private StructuredPhiFinder finder;

  /** Description with the default patterns and labels. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(StructuredPhiAnnotator.class);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new StructuredPhiFinder();
  }

  @Override
  protected void find(JCas original, String text) throws AnalysisEngineProcessException {
    add(original, finder.find(text), getClass().getSimpleName());
  }
}

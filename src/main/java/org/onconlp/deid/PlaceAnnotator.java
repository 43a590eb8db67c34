package org.onconlp.deid;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds {@link Phi} ADRESSE, VILLE, ZIP and HOPITAL annotations to the {@link Views#ORIGINAL}
 * view, with {@code component} = this class's simple name. The algorithm is {@link
 * PlaceFinder}; the lexicons are the shared {@link PhiLexiconResource}.
 */
@TypeCapability(outputs = {"org.onconlp.types.Phi"})
public class PlaceAnnotator extends JCasAnnotator_ImplBase {
  /** Key of the external resource holding the shared {@link PhiLexiconResource}. */
  public static final String RES_LEXICONS = "phiLexicons";

  @ExternalResource(key = RES_LEXICONS)
  private PhiLexiconResource lexicons;

  private PlaceFinder finder;

  /** Description with the default lexicons (one shared copy per pipeline). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        PlaceAnnotator.class, RES_LEXICONS, PhiLexiconResources.description());
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new PlaceFinder(lexicons.lexicons());
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    JCas original;
    try {
      original = jcas.getView(Views.ORIGINAL);
    } catch (CASException e) {
      throw new AnalysisEngineProcessException(e);
    }
    String text = original.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    String component = getClass().getSimpleName();
    for (PhiSpan span : finder.find(lexicons.lexicons().tokens(text))) {
      Phi phi = new Phi(original, span.begin(), span.end());
      phi.setCategory(span.category());
      phi.setComponent(component);
      phi.addToIndexes();
    }
  }
}

package org.onconlp.deid;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds a DATE_NAISSANCE {@link Phi} over each DATE the other finders found that is the patient's
 * birth date by its place ({@link BirthDates}), in the {@link Views#ORIGINAL} view, with {@code
 * component} = "BirthDates"; the resolver prefers it to the DATE of the same span. Runs after every
 * other PHI finder, so that names found by the model count as well as the rules' own.
 */
@TypeCapability(inputs = {"org.onconlp.types.Phi"}, outputs = {"org.onconlp.types.Phi"})
public class BirthDateAnnotator extends LexiconFinderAnnotator {
  private final BirthDates birthDates = new BirthDates();

  /** Description with the default lexicons (one shared copy per pipeline). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        BirthDateAnnotator.class,
        LexiconPhiAnnotator.RES_LEXICONS,
        PhiLexiconResources.description());
  }

  @Override
  protected void find(JCas original, String text) throws AnalysisEngineProcessException {
    add(original, birthDates.find(lexicons().tokens(text), candidates(original)), "BirthDates");
  }
}

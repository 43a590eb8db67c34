package org.onconlp.deid;

import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds a {@link Phi} on every other occurrence of a person name the earlier finders found in the
 * document ({@link NameRecurrences}), in the {@link Views#ORIGINAL} view, with {@code component}
 * = "NameRecurrences". Runs after every other PHI finder, so that names found by the trained model
 * are carried over as well as the rules' own.
 */
@TypeCapability(inputs = {"org.onconlp.types.Phi"}, outputs = {"org.onconlp.types.Phi"})
public class NameRecurrenceAnnotator extends LexiconFinderAnnotator {
  /** Description with the default lexicons (one shared copy per pipeline). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        NameRecurrenceAnnotator.class,
        LexiconPhiAnnotator.RES_LEXICONS,
        PhiLexiconResources.description());
  }

  @Override
  protected void find(JCas original, String text) throws AnalysisEngineProcessException {
    PhiLexicons lex = lexicons();
    List<PhiSpan> found = candidates(original);
    add(original, new NameRecurrences(lex).find(lex.tokens(text), found), "NameRecurrences");
  }
}

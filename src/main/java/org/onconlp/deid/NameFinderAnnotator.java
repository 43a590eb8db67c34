package org.onconlp.deid;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextSpan;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds {@link Phi} annotations found by the project's trained OpenNLP name finder (NOM,
 * PRENOM, VILLE, HOPITAL, ADRESSE; see {@link NameFinderTraining}) to the {@link
 * Views#ORIGINAL} view, with {@code component} = this class's simple name; {@link PhiResolver}
 * arbitrates with the rule and lexicon finders. Each line is one sequence, tokenized with
 * {@link FrenchTokenizer} as in training.
 */
@TypeCapability(outputs = {"org.onconlp.types.Phi"})
public class NameFinderAnnotator extends JCasAnnotator_ImplBase {
  /** Key of the external resource holding the shared {@link NameFinderModelResource}. */
  public static final String RES_MODEL = "deidModel";

  @ExternalResource(key = RES_MODEL)
  private NameFinderModelResource model;

  private NameFinderME finder;
  private FrenchTokenizer tokenizer;

  /**
   * Description with a model file.
   *
   * @param modelFile an OpenNLP TokenNameFinder model written by {@code onconlp train deid}
   */
  public static AnalysisEngineDescription description(Path modelFile)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        NameFinderAnnotator.class,
        RES_MODEL,
        ExternalResourceFactory.createSharedResourceDescription(
            modelFile.toFile(), NameFinderModelResource.class));
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    // One finder per annotator instance: NameFinderME is not thread-safe, the model is.
    finder = new NameFinderME(model.model());
    tokenizer = new FrenchTokenizer();
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
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<TextSpan> tokens = tokenizer.tokenize(text.substring(lineStart, lineEnd));
      if (!tokens.isEmpty()) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
          words[i] = text.substring(lineStart + tokens.get(i).begin(), lineStart + tokens.get(i).end());
        }
        for (Span s : finder.find(words)) {
          Phi phi =
              new Phi(
                  original,
                  lineStart + tokens.get(s.getStart()).begin(),
                  lineStart + tokens.get(s.getEnd() - 1).end());
          phi.setCategory(s.getType());
          phi.setComponent(component);
          phi.addToIndexes();
        }
      }
      lineStart = lineEnd + 1;
    }
    finder.clearAdaptiveData();
  }
}

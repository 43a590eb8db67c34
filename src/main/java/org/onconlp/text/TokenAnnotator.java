package org.onconlp.text;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Token;

/**
 * Creates a {@link Token} for every token {@link FrenchTokenizer} finds in the text of the view
 * it runs on, with {@code norm} set to the token's {@link TextNormaliser} form (lower case,
 * accents folded, œ→oe), the form lexicon matching compares against.
 */
@TypeCapability(outputs = {"org.onconlp.types.Token", "org.onconlp.types.Token:norm"})
public class TokenAnnotator extends JCasAnnotator_ImplBase {
  private FrenchTokenizer tokenizer;
  private TextNormaliser normaliser;

  /** Description of the token annotator (no parameters). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(TokenAnnotator.class);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    tokenizer = new FrenchTokenizer();
    normaliser = new TextNormaliser();
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    tokenizer.tokenize(
        text,
        (begin, end) -> {
          Token token = new Token(jcas, begin, end);
          token.setNorm(normaliser.fold(text, begin, end));
          token.addToIndexes();
        });
  }
}

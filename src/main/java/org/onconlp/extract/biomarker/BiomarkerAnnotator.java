package org.onconlp.extract.biomarker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Biomarker;
import org.onconlp.types.Token;

/**
 * Biomarkers and molecular alterations with their results (IHC, FISH, NGS, haematology, serum
 * markers): one {@link Biomarker} per marker and result, with the contract's {@code name},
 * {@code method}, {@code value}, {@code percent}, {@code score}, {@code variant} and {@code
 * interpretation}, and {@code component} = this class's simple name.
 *
 * <p>Reads the {@link Token} annotations of its view (their {@code norm}); writes Biomarker
 * annotations. The algorithm is the CAS-free {@link BiomarkerFinder}; context flags are left to
 * the ContextAnnotator, which runs after the extractors.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.Token", "org.onconlp.types.Token:norm"},
    outputs = {"org.onconlp.types.Biomarker"})
public class BiomarkerAnnotator extends JCasAnnotator_ImplBase {
  /**
   * Interpretation written for a test without result (pending, failed, not done, or named
   * without a result); empty to write none.
   */
  public static final String PARAM_UNKNOWN_INTERPRETATION = "unknownInterpretation";

  @ConfigurationParameter(name = PARAM_UNKNOWN_INTERPRETATION, defaultValue = "unknown")
  private String unknownInterpretation;

  private BiomarkerFinder finder;

  /** The annotator with its defaults ("unknown" for tests without result). */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(BiomarkerAnnotator.class);
  }

  /**
   * The annotator writing {@code unknownInterpretation} for tests without result.
   *
   * @param unknownInterpretation "unknown", or "" to leave the interpretation out
   */
  public static AnalysisEngineDescription description(String unknownInterpretation)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        BiomarkerAnnotator.class, PARAM_UNKNOWN_INTERPRETATION, unknownInterpretation);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder =
        new BiomarkerFinder(
            new BiomarkerLexicon(),
            new ResultParser(),
            unknownInterpretation == null || unknownInterpretation.isBlank()
                ? null
                : unknownInterpretation);
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    Collection<Token> tokens = JCasUtil.select(jcas, Token.class);
    int[] begins = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    List<String> norms = new ArrayList<>(tokens.size());
    int i = 0;
    for (Token t : tokens) {
      begins[i] = t.getBegin();
      ends[i] = t.getEnd();
      norms.add(t.getNorm() == null ? t.getCoveredText() : t.getNorm());
      i++;
    }
    for (BiomarkerFinder.Found f : finder.find(text, begins, ends, norms)) {
      Biomarker b = new Biomarker(jcas, f.begin(), f.end());
      b.setName(f.name());
      b.setMethod(f.method());
      b.setValue(f.value());
      if (f.percent() != null) {
        b.setPercent(f.percent());
      }
      b.setScore(f.score());
      b.setVariant(f.variant());
      b.setInterpretation(f.interpretation());
      b.setComponent(BiomarkerAnnotator.class.getSimpleName());
      b.addToIndexes();
    }
  }
}

package org.onconlp.deid;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
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

  /** Lowest span probability (OpenNLP's mean outcome probability) for a model span to be kept. */
  public static final String PARAM_MIN_PROBABILITY = "minProbability";

  /**
   * Whether to drop model spans that overlap a PHI candidate of another finder (the rules keep
   * what they found; the model only adds spans nothing else covers).
   */
  public static final String PARAM_GAPS_ONLY = "gapsOnly";

  @ExternalResource(key = RES_MODEL)
  private NameFinderModelResource model;

  @ConfigurationParameter(name = PARAM_MIN_PROBABILITY, defaultValue = "0.0")
  private double minProbability;

  @ConfigurationParameter(name = PARAM_GAPS_ONLY, defaultValue = "false")
  private boolean gapsOnly;

  private NameFinderME finder;
  private FrenchTokenizer tokenizer;

  /**
   * Description with a model file, every model span kept for the resolver.
   *
   * @param modelFile an OpenNLP TokenNameFinder model written by {@code onconlp train deid}
   */
  public static AnalysisEngineDescription description(Path modelFile)
      throws ResourceInitializationException {
    return description(modelFile, 0.0, false);
  }

  /**
   * Description with a model file and a filter on its spans.
   *
   * @param modelFile an OpenNLP TokenNameFinder model written by {@code onconlp train deid}
   * @param minProbability spans below this probability are dropped
   * @param gapsOnly whether spans overlapping another finder's candidate are dropped
   */
  public static AnalysisEngineDescription description(
      Path modelFile, double minProbability, boolean gapsOnly)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        NameFinderAnnotator.class,
        RES_MODEL,
        ExternalResourceFactory.createSharedResourceDescription(
            modelFile.toFile(), NameFinderModelResource.class),
        PARAM_MIN_PROBABILITY,
        minProbability,
        PARAM_GAPS_ONLY,
        gapsOnly);
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
    // What the finders that ran before cover, as disjoint intervals (begin -> end), taken before
    // the model adds its own candidates.
    TreeMap<Integer, Integer> taken = gapsOnly ? covered(original) : new TreeMap<>();
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
          int begin = lineStart + tokens.get(s.getStart()).begin();
          int end = lineStart + tokens.get(s.getEnd() - 1).end();
          if (s.getProb() < minProbability || overlaps(taken, begin, end)) {
            continue;
          }
          Phi phi = new Phi(original, begin, end);
          phi.setCategory(s.getType());
          phi.setComponent(component);
          phi.addToIndexes();
        }
      }
      lineStart = lineEnd + 1;
    }
    finder.clearAdaptiveData();
  }

  /** The character intervals covered by the Phi candidates of a view, merged and disjoint. */
  private static TreeMap<Integer, Integer> covered(JCas view) {
    TreeMap<Integer, Integer> merged = new TreeMap<>();
    int begin = -1;
    int end = -1;
    for (Phi p : view.select(Phi.class)) {
      if (p.getBegin() >= end) {
        if (end > begin) {
          merged.put(begin, end);
        }
        begin = p.getBegin();
      }
      end = Math.max(end, p.getEnd());
    }
    if (end > begin && begin >= 0) {
      merged.put(begin, end);
    }
    return merged;
  }

  /** Whether [begin, end) overlaps one of the disjoint intervals of {@code taken}. */
  private static boolean overlaps(TreeMap<Integer, Integer> taken, int begin, int end) {
    Map.Entry<Integer, Integer> last = taken.floorEntry(end - 1);
    return last != null && last.getValue() > begin;
  }
}

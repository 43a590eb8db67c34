package org.onconlp.deid;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.model.NameFinderContext;
import org.onconlp.deid.model.NameFinderModelResource;
import org.onconlp.deid.model.NameFinderTraining;
import org.onconlp.deid.model.RecallBiasedNameFinder;
import org.onconlp.deid.person.ClinicalTerms;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * Adds {@link Phi} annotations found by the project's trained OpenNLP name finder (NOM,
 * PRENOM, VILLE, HOPITAL, ADRESSE; see {@link NameFinderTraining}) to the {@link
 * Views#ORIGINAL} view, with {@code component} = this class's simple name; {@link PhiResolver}
 * arbitrates with the rule and lexicon finders. The model reads the sequences of {@link
 * NameFinderContext}, with the other finders' candidates (already in the CAS, so it must run
 * after them) and the shared lexicons as additional context, exactly as in training.
 */
@TypeCapability(outputs = {"org.onconlp.types.Phi"})
public class NameFinderAnnotator extends LexiconFinderAnnotator {
  /** Key of the external resource holding the shared {@link NameFinderModelResource}. */
  public static final String RES_MODEL = "deidModel";

  /** Lowest span probability (OpenNLP's mean outcome probability) for a model span to be kept. */
  public static final String PARAM_MIN_PROBABILITY = "minProbability";

  /**
   * Whether to drop model spans that overlap a PHI candidate of another finder (the rules keep
   * what they found; the model only adds spans nothing else covers).
   */
  public static final String PARAM_GAPS_ONLY = "gapsOnly";

  /**
   * The probability of "other" below which a token takes its best name outcome ({@link
   * RecallBiasedNameFinder}); 0 = the model's most probable outcome.
   */
  public static final String PARAM_MIN_OTHER_PROBABILITY = "minOtherProbability";

  /**
   * The default of {@link #PARAM_MIN_OTHER_PROBABILITY}, chosen on hand-written development
   * reports the model had not seen (H501–H580: PHI character recall 0.931 → 0.94, fully redacted
   * reports 13 → 16 of 80, token precision 0.953 → 0.94; eval/deid/README.md).
   */
  public static final String DEFAULT_MIN_OTHER_PROBABILITY = "0.7";

  /** Shortest token on which the finder leans towards names. */
  private static final int MIN_LEANABLE_LENGTH = 3;

  @ExternalResource(key = RES_MODEL)
  private NameFinderModelResource model;

  @ConfigurationParameter(name = PARAM_MIN_PROBABILITY, defaultValue = "0.0")
  private double minProbability;

  @ConfigurationParameter(name = PARAM_GAPS_ONLY, defaultValue = "false")
  private boolean gapsOnly;

  @ConfigurationParameter(
      name = PARAM_MIN_OTHER_PROBABILITY,
      defaultValue = DEFAULT_MIN_OTHER_PROBABILITY)
  private double minOtherProbability;

  private RecallBiasedNameFinder finder;
  private NameFinderContext input;
  private ClinicalTerms clinical;

  /** Classpath location of the model trained by the project ({@code models/deid-fr.bin}). */
  public static final String BUNDLED_MODEL = "/org/onconlp/deid/model/deid-fr.bin";

  /**
   * Description with the model trained by the project and shipped in the jar, every model span
   * kept for the resolver: the default pipeline's last PHI finder.
   *
   * @throws ResourceInitializationException when the jar holds no model
   */
  public static AnalysisEngineDescription bundledDescription()
      throws ResourceInitializationException {
    if (NameFinderAnnotator.class.getResource(BUNDLED_MODEL) == null) {
      throw new ResourceInitializationException(
          new IllegalStateException("No de-identification model at " + BUNDLED_MODEL));
    }
    // A classpath-relative URL, which UIMA resolves inside the jar as well (an absolute jar: URL
    // it does not open).
    return description(
        ExternalResourceFactory.createNamedResourceDescriptionUsingUrl(
            "onconlp.deidModel", NameFinderModelResource.class, BUNDLED_MODEL.substring(1)),
        0.0,
        false);
  }

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
    return description(
        ExternalResourceFactory.createSharedResourceDescription(
            modelFile.toFile(), NameFinderModelResource.class),
        minProbability,
        gapsOnly);
  }

  private static AnalysisEngineDescription description(
      ExternalResourceDescription model, double minProbability, boolean gapsOnly)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        NameFinderAnnotator.class,
        RES_MODEL,
        model,
        LexiconPhiAnnotator.RES_LEXICONS,
        PhiLexiconResources.description(),
        PARAM_MIN_PROBABILITY,
        minProbability,
        PARAM_GAPS_ONLY,
        gapsOnly);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    // One finder per annotator instance: its adaptive data is not thread-safe, the model is.
    finder = new RecallBiasedNameFinder(model.model(), minOtherProbability);
    input = new NameFinderContext(lexicons());
    clinical = new ClinicalTerms(lexicons());
  }

  @Override
  protected void find(JCas original, String text) throws AnalysisEngineProcessException {
    String component = getClass().getSimpleName();
    // The other finders' candidates, taken before the model adds its own: the rule evidence of
    // the additional context and, with gapsOnly, the text the model may not touch.
    List<PhiSpan> rules = candidates(original);
    TreeMap<Integer, Integer> taken = gapsOnly ? covered(original) : new TreeMap<>();
    Set<Long> ruleSpans = new HashSet<>();
    rules.forEach(r -> ruleSpans.add(key(r.begin(), r.end())));
    for (NameFinderContext.Line line : input.lines(text, rules)) {
      for (Span s : finder.find(line.words(), line.context(), leanable(line))) {
        int begin = line.begin()[s.getStart()];
        int end = line.end()[s.getEnd() - 1];
        if (s.getProb() < minProbability || overlaps(taken, begin, end)
            || ruleSpans.contains(key(begin, end)) || !addsCoverage(text, begin, end, s.length())) {
          continue;
        }
        Phi phi = new Phi(original, begin, end);
        phi.setCategory(s.getType());
        phi.setComponent(component);
        phi.addToIndexes();
      }
    }
    finder.clearAdaptiveData();
  }

  /**
   * The tokens on which the finder leans towards names: candidate names of three characters or
   * more (a two-letter capitalised token is mostly a unit or an abbreviation: "4 mut/Mb").
   */
  private static boolean[] leanable(NameFinderContext.Line line) {
    boolean[] lean = new boolean[line.words().length];
    for (int k = 0; k < lean.length; k++) {
      lean[k] = line.candidate()[k] && line.words()[k].length() >= MIN_LEANABLE_LENGTH;
    }
    return lean;
  }

  /**
   * Whether a model span adds coverage a person would want: on a span a rule already found the
   * rule's category stands (checked by the caller), a lone letter ("A. Sein droit") is left to the
   * rules' initials, and neither a sentence-opening common word, a prose acronym, an eponym (after
   * a cue, or a clinical pair: "Ann Arbor"), a drug or tumour word ("(Herceptin)", "DLBCL") nor a
   * device ("TEP Biograph", "robot Da Vinci") is a name.
   */
  private boolean addsCoverage(String text, int begin, int end, int tokens) {
    PhiLexicons lex = lexicons();
    if (end - begin == 1
        || lex.followsEponymCue(text, begin)
        || clinical.overlaps(text, begin, end)
        || clinical.isDeviceName(text, begin, end)
        || (tokens == 1 && isClinicalWord(lex, text.substring(begin, end)))) {
      return false;
    }
    return tokens > 1
        || !(commonWordOpeningASentence(text, begin, end) || acronymInProse(text, begin, end));
  }

  /** A drug of the treatment lexicon, a tumour word of the morphology lexicon or a generic organisation word. */
  private boolean isClinicalWord(PhiLexicons lex, String word) {
    return lex.isDrugName(lex.fold(word)) || clinical.isTumourWord(word) || clinical.isGenericWord(word);
  }

  /**
   * "Rose musquée.": one common French word whose capital only opens a sentence or a line carries
   * no evidence of a name.
   */
  private boolean commonWordOpeningASentence(String text, int begin, int end) {
    if (!lexicons().isCommonWord(lexicons().fold(text.substring(begin, end)))) {
      return false;
    }
    int p = begin - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p < 0 || text.charAt(p) == '\n' || text.charAt(p) == '.' || text.charAt(p) == '!'
        || text.charAt(p) == '?';
  }

  /**
   * "puis AC)": two or three capitals right after a lower-case word of the same line are an
   * acronym of the prose (a regimen, an exam), not initials, which stand alone or after a label.
   */
  private static boolean acronymInProse(String text, int begin, int end) {
    if (end - begin > 3 || !text.substring(begin, end).chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    int p = begin - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && Character.isLowerCase(text.charAt(p));
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | end;
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

package org.onconlp.deid.model;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Greedy decoding of a maxent PHI name-finder model that leans towards names: a token is
 * "other" only when the model gives "other" at least {@code minOtherProbability}, otherwise it
 * takes its most probable name outcome that the codec allows. De-identification weighs a missed
 * name far above a redacted word, and a maxent model trained on a few hundred reports is
 * under-confident on names it has not seen; the threshold moves the decision without
 * retraining. With a threshold of 0 this is OpenNLP's {@link NameFinderME} with a beam of 1 (the
 * project's models are trained with beam 1). Features are built exactly as {@link NameFinderME}
 * builds them (the model's feature generators plus the additional context in a ±8-token window).
 * Not thread-safe (adaptive data, like {@link NameFinderME}); the model is.
 */
public final class RecallBiasedNameFinder {
  /** The artifact of a {@link TokenNameFinderModel} holding its maxent model. */
  private static final String MAXENT_ARTIFACT = "nameFinder.model";

  /** The additional-context window {@link NameFinderME} adds to every name finder's features. */
  private static final int ADDITIONAL_CONTEXT_WINDOW = 8;

  private final MaxentModel maxent;
  private final NameContextGenerator contextGenerator;
  private final AdditionalContextFeatureGenerator additionalContext;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final double minOtherProbability;
  private final int other;

  /**
   * A finder over a model trained by {@code onconlp train deid}.
   *
   * @param model a maxent TokenNameFinder model
   * @param minOtherProbability the probability of "other" below which a token takes its best
   *     name outcome (0 = plain greedy decoding)
   * @throws IllegalArgumentException if the model holds no maxent model
   */
  public RecallBiasedNameFinder(TokenNameFinderModel model, double minOtherProbability) {
    Object artifact = model.getArtifact(MAXENT_ARTIFACT);
    if (!(artifact instanceof MaxentModel m)) {
      throw new IllegalArgumentException("Not a maxent name-finder model");
    }
    maxent = m;
    TokenNameFinderFactory factory = model.getFactory();
    codec = factory.createSequenceCodec();
    validator = codec.createSequenceValidator();
    contextGenerator = factory.createContextGenerator();
    additionalContext = new AdditionalContextFeatureGenerator();
    contextGenerator.addFeatureGenerator(
        new WindowFeatureGenerator(
            additionalContext, ADDITIONAL_CONTEXT_WINDOW, ADDITIONAL_CONTEXT_WINDOW));
    this.minOtherProbability = minOtherProbability;
    this.other = maxent.getIndex(NameFinderME.OTHER);
  }

  /**
   * The names of one token sequence, each span's probability the mean of its outcomes'.
   *
   * @param tokens the sequence
   * @param context per token, its additional context
   * @param leanable per token, whether the threshold applies to it (elsewhere the most probable
   *     outcome stands)
   */
  public Span[] find(String[] tokens, String[][] context, boolean[] leanable) {
    additionalContext.setCurrentContext(context);
    String[] outcomes = new String[tokens.length];
    double[] probs = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      // The outcomes so far, as OpenNLP's beam search passes them (the validator reads the last).
      String[] previous = Arrays.copyOf(outcomes, i);
      double[] p = maxent.eval(contextGenerator.getContext(i, tokens, previous, context));
      int best = best(p, i, tokens, previous, leanable[i] ? minOtherProbability : 0);
      outcomes[i] = maxent.getOutcome(best);
      probs[i] = p[best];
    }
    contextGenerator.updateAdaptiveData(tokens, outcomes);
    Span[] spans = codec.decode(Arrays.asList(outcomes));
    for (int s = 0; s < spans.length; s++) {
      spans[s] = withProbability(spans[s], probs);
    }
    return spans;
  }

  /** Forgets the adaptive data of the previous sequences (call at each new document). */
  public void clearAdaptiveData() {
    contextGenerator.clearAdaptiveData();
  }

  /** The most probable valid outcome, a name outcome when "other" is below the threshold. */
  private int best(double[] p, int i, String[] tokens, String[] outcomes, double threshold) {
    int best = -1;
    int bestName = -1;
    for (int o = 0; o < p.length; o++) {
      if (!validator.validSequence(i, tokens, outcomes, maxent.getOutcome(o))) {
        continue;
      }
      if (best < 0 || p[o] > p[best]) {
        best = o;
      }
      if (o != other && (bestName < 0 || p[o] > p[bestName])) {
        bestName = o;
      }
    }
    return best == other && bestName >= 0 && p[other] < threshold ? bestName : best;
  }

  private static Span withProbability(Span s, double[] probs) {
    double sum = 0;
    for (int k = s.getStart(); k < s.getEnd(); k++) {
      sum += probs[k];
    }
    return new Span(s.getStart(), s.getEnd(), s.getType(), sum / s.length());
  }
}

package org.onconlp.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an evaluation computed, ready to be written as {@code scores.json} and {@code
 * report.html}.
 *
 * @param goldDocuments number of gold documents
 * @param predictedDocuments number of predicted documents
 * @param labels labels scored (see {@link LabelScope}), sorted
 * @param missingPredictions gold documents without a prediction (scored as all missed)
 * @param unmatchedPredictions predicted documents without gold (ignored)
 * @param counts mode ({@code strict}, {@code lenient}, {@code token}, {@code facts}) → label or
 *     fact kind → counts
 * @param f1Intervals bootstrap 95 % intervals keyed {@code mode.label}, {@code mode.micro}, {@code
 *     mode.PHI} and {@code mode.CLINICAL}
 * @param attributes matching mode ({@code strict}, {@code lenient}) → label → attribute → tally
 * @param redaction label-free de-identification scores
 * @param leaks each leaked gold PHI string (document id → leaks)
 * @param errors error cases for the error analysis
 * @param problems reading problems from gold and predictions
 * @param documentIds gold document ids, in corpus order
 * @param perDocument per gold document (same order), counts keyed {@code mode.label}, {@code
 *     mode.micro}, {@code mode.PHI}, {@code mode.CLINICAL}: the bootstrap's sampling units, written
 *     to {@code documents.json} for paired comparisons
 * @param bootstrapIterations resamples used for the intervals
 * @param seed bootstrap seed
 */
public record EvalResult(
    int goldDocuments,
    int predictedDocuments,
    List<String> labels,
    int missingPredictions,
    int unmatchedPredictions,
    Map<String, Map<String, Counts>> counts,
    Map<String, Bootstrap.Interval> f1Intervals,
    Map<String, Map<String, Map<String, AttributeScorer.Tally>>> attributes,
    RedactionScorer.Result redaction,
    Map<String, List<RedactionScorer.Leak>> leaks,
    List<ErrorCase> errors,
    List<String> problems,
    List<String> documentIds,
    List<Map<String, Counts>> perDocument,
    int bootstrapIterations,
    long seed) {

  /**
   * Label confusions: gold label → predicted label → number of {@link ErrorCase.Kind#LABEL} cases
   * (an entity found at the right place under the wrong label).
   */
  public Map<String, Map<String, Long>> confusions() {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (ErrorCase e : errors) {
      if (e.kind() == ErrorCase.Kind.LABEL) {
        out.computeIfAbsent(e.gold().label(), k -> new TreeMap<>())
            .merge(e.pred().label(), 1L, Long::sum);
      }
    }
    return out;
  }

  /** Modes of {@link #counts}, in report order. */
  public static final List<String> MODES = List.of("strict", "lenient", "token", "facts");
}

package org.onconlp.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predictions against gold: pairs documents by id, aligns entities ({@link EntityMatcher}),
 * and gathers entity, token, attribute, fact and redaction scores with bootstrap intervals into an
 * {@link EvalResult}. A gold document without prediction is scored against an empty prediction; a
 * prediction without gold is ignored (both are counted).
 */
public final class Evaluator {
  /** Key suffix of the all-labels micro sum in per-document counts. */
  static final String MICRO = "micro";

  private final Bootstrap bootstrap;
  private final int iterations;
  private final long seed;
  private final Set<String> labels;

  /**
   * An evaluator scoring the labels of {@link LabelScope#fromGold}.
   *
   * @param bootstrapIterations resamples for the confidence intervals
   * @param seed random seed for reproducible intervals
   */
  public Evaluator(int bootstrapIterations, long seed) {
    this(bootstrapIterations, seed, null);
  }

  /**
   * @param bootstrapIterations resamples for the confidence intervals
   * @param seed random seed for reproducible intervals
   * @param labels labels to score, or null for the gold corpus' default scope
   */
  public Evaluator(int bootstrapIterations, long seed, Set<String> labels) {
    this.bootstrap = new Bootstrap(bootstrapIterations, seed);
    this.iterations = bootstrapIterations;
    this.seed = seed;
    this.labels = labels == null ? null : Set.copyOf(labels);
  }

  /** Evaluates {@code pred} against {@code gold}. */
  public EvalResult evaluate(Corpus gold, Corpus pred) {
    List<String> problems = new ArrayList<>();
    gold.problems().forEach(s -> problems.add("gold: " + s));
    pred.problems().forEach(s -> problems.add("prediction: " + s));
    Set<String> scope = labels != null ? labels : LabelScope.fromGold(gold);
    Map<String, EvalDocument> predById = new HashMap<>();
    for (EvalDocument d : pred.documents()) {
      if (predById.putIfAbsent(d.id(), d) != null) {
        problems.add("prediction: duplicate document id, first kept: " + d.id());
      }
    }
    List<Map<String, Counts>> perDocument = new ArrayList<>();
    List<String> documentIds = new ArrayList<>();
    Map<String, Map<String, Map<String, AttributeScorer.Tally>>> attributes = new TreeMap<>();
    RedactionScorer.Result redaction = RedactionScorer.Result.empty();
    Map<String, List<RedactionScorer.Leak>> leaks = new TreeMap<>();
    List<ErrorCase> errors = new ArrayList<>();
    int missing = 0;
    Set<String> goldIds = new HashSet<>();
    for (EvalDocument source : gold.documents()) {
      if (!goldIds.add(source.id())) {
        problems.add("gold: duplicate document id, scored twice: " + source.id());
      }
      EvalDocument g =
          new EvalDocument(source.id(), source.text(), LabelScope.filter(source.entities(), scope));
      EvalDocument p = predById.get(g.id());
      if (p == null) {
        missing++;
      }
      List<EvalEntity> predEntities =
          p == null ? List.of() : LabelScope.filter(p.entities(), scope);
      Map<String, Counts> doc = new HashMap<>();
      Alignment strict = EntityMatcher.strict(g.entities(), predEntities);
      Alignment lenient = EntityMatcher.lenient(g.entities(), predEntities);
      add(doc, "strict", perLabel(strict));
      add(doc, "lenient", perLabel(lenient));
      add(doc, "token", TokenScorer.score(g.text(), g.entities(), predEntities));
      add(doc, "facts", FactScorer.score(g.entities(), predEntities));
      perDocument.add(doc);
      documentIds.add(g.id());
      List<AttributeScorer.Mismatch> mismatches = new ArrayList<>();
      AttributeScorer.score(
          strict.matches(),
          attributes.computeIfAbsent("strict", k -> new TreeMap<>()),
          new ArrayList<>());
      AttributeScorer.score(
          lenient.matches(),
          attributes.computeIfAbsent("lenient", k -> new TreeMap<>()),
          mismatches);
      List<RedactionScorer.Leak> docLeaks = new ArrayList<>();
      redaction =
          redaction.plus(
              RedactionScorer.score(
                  g.text(), g.entities(), predEntities, p == null ? null : p.text(), docLeaks));
      if (!docLeaks.isEmpty()) {
        leaks.put(g.id(), docLeaks);
      }
      errors.addAll(ErrorAnalysis.cases(g.id(), lenient, mismatches));
    }
    int unmatched = (int) pred.documents().stream().filter(d -> !goldIds.contains(d.id())).count();
    Map<String, Map<String, Counts>> totals = new LinkedHashMap<>();
    for (String mode : EvalResult.MODES) {
      totals.put(mode, new TreeMap<>());
    }
    for (Map<String, Counts> doc : perDocument) {
      doc.forEach(
          (key, c) -> {
            int dot = key.indexOf('.');
            String label = key.substring(dot + 1);
            if (!isGroup(label)) {
              totals.get(key.substring(0, dot)).merge(label, c, Counts::plus);
            }
          });
    }
    return new EvalResult(
        gold.documents().size(),
        pred.documents().size(),
        List.copyOf(scope),
        missing,
        unmatched,
        totals,
        bootstrap.f1Intervals(perDocument),
        attributes,
        redaction,
        leaks,
        errors,
        problems,
        documentIds,
        perDocument,
        iterations,
        seed);
  }

  /** Name of the group a label or fact kind is summed in: {@code PHI} or {@code CLINICAL}. */
  public static String group(String label) {
    return Labels.isPhi(label) || label.startsWith("PHI.") ? "PHI" : "CLINICAL";
  }

  private static boolean isGroup(String label) {
    return label.equals(MICRO) || label.equals("PHI") || label.equals("CLINICAL");
  }

  private static Map<String, Counts> perLabel(Alignment a) {
    Map<String, Counts> out = new TreeMap<>();
    a.matches().forEach(m -> out.merge(m.gold().label(), new Counts(1, 0, 0), Counts::plus));
    a.falsePositives().forEach(e -> out.merge(e.label(), new Counts(0, 1, 0), Counts::plus));
    a.falseNegatives().forEach(e -> out.merge(e.label(), new Counts(0, 0, 1), Counts::plus));
    return out;
  }

  /**
   * Adds per-label counts under {@code mode.label}, plus the {@code mode.micro} sum and the {@code
   * mode.PHI} / {@code mode.CLINICAL} group sums (facts: kinds starting with {@code PHI.} form the
   * PHI group).
   */
  private static void add(Map<String, Counts> doc, String mode, Map<String, Counts> byLabel) {
    Counts micro = Counts.ZERO;
    for (Map.Entry<String, Counts> e : byLabel.entrySet()) {
      doc.put(mode + "." + e.getKey(), e.getValue());
      micro = micro.plus(e.getValue());
      doc.merge(mode + "." + group(e.getKey()), e.getValue(), Counts::plus);
    }
    doc.put(mode + "." + MICRO, micro);
  }
}

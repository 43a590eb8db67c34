package org.onconlp.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Document-level fact scores: per document, the SET of normalised tuples each side asserts,
 * regardless of where or how often they are written. Kinds and their tuples:
 *
 * <ul>
 *   <li>{@code PHI.<category>}: (category) — the document mentions that kind of identifier;
 *   <li>{@code Tumour}: (morphology, topography);
 *   <li>{@code Tumour.morphology}: (morphology) — the ICD-O-3 histology codes the document
 *       asserts, the "morphology F1" at document level;
 *   <li>{@code Tumour.topography}: (topography) compared at 3 characters, the organ ({@code C50}
 *       for {@code C50.4}): the "topography F1" at document level, where a subsite is a
 *       refinement scored by the attribute accuracy, not a different organ;
 *   <li>{@code Stage}: (system, prefix, T, N, M, value, score) — absent parts stay empty;
 *   <li>{@code Biomarker.interpretation}: (name, interpretation), {@code Biomarker.value}: (name,
 *       value);
 *   <li>{@code Treatment}: (agent, category).
 * </ul>
 *
 * <p>A tuple needs all its {@link FactKind#required} parts and at least one part at all. Mentions
 * flagged negated, hypothetical or family are not facts about the patient and produce no tuple;
 * historical ones do. Entities without spans count here too.
 */
public final class FactScorer {

  /**
   * One kind of fact.
   *
   * @param name kind name used in reports
   * @param label entity label it is built from
   * @param keys attribute names forming the tuple
   * @param required attribute names that must be present
   * @param prefixes attribute name to the number of leading characters compared (none: all)
   */
  public record FactKind(
      String name,
      String label,
      List<String> keys,
      Set<String> required,
      Map<String, Integer> prefixes) {

    /** A kind comparing whole values. */
    public FactKind(String name, String label, List<String> keys, Set<String> required) {
      this(name, label, keys, required, Map.of());
    }

    /** The normalised value of {@code key} as compared, or "" when absent. */
    String compared(EvalEntity e, String key) {
      String v = Objects.requireNonNullElse(e.value(key), "");
      Integer n = prefixes.get(key);
      return n != null && v.length() > n ? v.substring(0, n) : v;
    }
  }

  /** The fact kinds scored for mentions (PHI kinds are derived from categories). */
  public static final List<FactKind> KINDS =
      List.of(
          new FactKind("Tumour", Labels.TUMOUR, List.of("morphology", "topography"), Set.of()),
          new FactKind(
              "Tumour.morphology", Labels.TUMOUR, List.of("morphology"), Set.of("morphology")),
          new FactKind(
              "Tumour.topography",
              Labels.TUMOUR,
              List.of("topography"),
              Set.of("topography"),
              Map.of("topography", 3)),
          new FactKind(
              "Stage",
              Labels.STAGE,
              List.of("system", "prefix", "T", "N", "M", "value", "score"),
              Set.of("system")),
          new FactKind(
              "Biomarker.interpretation",
              Labels.BIOMARKER,
              List.of("name", "interpretation"),
              Set.of("name", "interpretation")),
          new FactKind(
              "Biomarker.value",
              Labels.BIOMARKER,
              List.of("name", "value"),
              Set.of("name", "value")),
          new FactKind(
              "Treatment", Labels.TREATMENT, List.of("agent", "category"), Set.of("agent")));

  private FactScorer() {}

  /** Per-kind counts for one document. */
  public static Map<String, Counts> score(List<EvalEntity> gold, List<EvalEntity> pred) {
    Map<String, Set<String>> g = facts(gold);
    Map<String, Set<String>> p = facts(pred);
    Set<String> kinds = new HashSet<>(g.keySet());
    kinds.addAll(p.keySet());
    Map<String, Counts> out = new LinkedHashMap<>();
    for (String kind : kinds) {
      Set<String> gs = g.getOrDefault(kind, Set.of());
      Set<String> ps = p.getOrDefault(kind, Set.of());
      long tp = gs.stream().filter(ps::contains).count();
      out.put(kind, new Counts(tp, ps.size() - tp, gs.size() - tp));
    }
    return out;
  }

  /** Kind name → set of tuples written as {@code key=value|key=value}. */
  public static Map<String, Set<String>> facts(List<EvalEntity> entities) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (EvalEntity e : entities) {
      if (Labels.isPhi(e.label())) {
        out.computeIfAbsent("PHI." + e.label(), k -> new HashSet<>()).add(e.label());
        continue;
      }
      Map<String, String> a = e.attributes();
      if (a.containsKey("negated") || a.containsKey("hypothetical") || a.containsKey("family")) {
        continue;
      }
      for (FactKind kind : KINDS) {
        if (!kind.label().equals(e.label()) || !a.keySet().containsAll(kind.required())) {
          continue;
        }
        if (kind.keys().stream().noneMatch(a::containsKey)) {
          continue;
        }
        StringBuilder tuple = new StringBuilder();
        for (String key : kind.keys()) {
          tuple
              .append(tuple.isEmpty() ? "" : "|")
              .append(key)
              .append('=')
              .append(kind.compared(e, key));
        }
        out.computeIfAbsent(kind.name(), k -> new HashSet<>()).add(tuple.toString());
      }
    }
    return out;
  }
}

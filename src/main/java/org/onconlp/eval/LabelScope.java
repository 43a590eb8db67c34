package org.onconlp.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which labels an evaluation scores. A corpus annotated for de-identification only must not count
 * every predicted tumour as a false positive, and vice versa, so by default the scope is read from
 * the gold corpus: all PHI categories when the gold annotates any PHI, plus each clinical label the
 * gold annotates at least once. A PHI category absent from the gold (no patient aged 90 or more) is
 * still scored, so its false positives count. An explicit list replaces the default.
 */
public final class LabelScope {

  private LabelScope() {}

  /** The default scope of a gold corpus, sorted. */
  public static Set<String> fromGold(Corpus gold) {
    Set<String> labels = new TreeSet<>();
    for (EvalDocument d : gold.documents()) {
      for (EvalEntity e : d.entities()) {
        if (Labels.isPhi(e.label())) {
          labels.addAll(Labels.PHI);
        } else {
          labels.add(e.label());
        }
      }
    }
    return labels;
  }

  /** The entities whose label is in scope. */
  public static List<EvalEntity> filter(List<EvalEntity> entities, Set<String> scope) {
    return entities.stream().filter(e -> scope.contains(e.label())).toList();
  }
}

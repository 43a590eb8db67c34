package org.onconlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one document's lenient alignment into {@link ErrorCase}s. Lenient pairs with different
 * spans become {@code BOUNDARY} cases; an unmatched gold entity overlapping an unmatched prediction
 * of another label becomes one {@code LABEL} case (largest overlap first); the rest are {@code
 * MISSED} and {@code SPURIOUS}; attribute differences on matched pairs are grouped into one {@code
 * ATTRIBUTE} case per pair.
 */
public final class ErrorAnalysis {

  private ErrorAnalysis() {}

  /** Error cases of one document, in text order. */
  public static List<ErrorCase> cases(
      String documentId, Alignment lenient, List<AttributeScorer.Mismatch> mismatches) {
    List<ErrorCase> out = new ArrayList<>();
    for (Alignment.Match m : lenient.matches()) {
      if (!m.gold().spans().equals(m.pred().spans())) {
        out.add(new ErrorCase(documentId, ErrorCase.Kind.BOUNDARY, m.gold(), m.pred(), List.of()));
      }
    }
    List<EvalEntity> spurious = new ArrayList<>(lenient.falsePositives());
    for (EvalEntity g : lenient.falseNegatives()) {
      EvalEntity best = null;
      for (EvalEntity p : spurious) {
        if (g.overlap(p) > 0 && (best == null || g.overlap(p) > g.overlap(best))) {
          best = p;
        }
      }
      if (best != null) {
        spurious.remove(best);
        out.add(new ErrorCase(documentId, ErrorCase.Kind.LABEL, g, best, List.of()));
      } else {
        out.add(new ErrorCase(documentId, ErrorCase.Kind.MISSED, g, null, List.of()));
      }
    }
    for (EvalEntity p : spurious) {
      out.add(new ErrorCase(documentId, ErrorCase.Kind.SPURIOUS, null, p, List.of()));
    }
    Map<Alignment.Match, List<String>> byPair = new LinkedHashMap<>();
    for (AttributeScorer.Mismatch m : mismatches) {
      byPair
          .computeIfAbsent(new Alignment.Match(m.gold(), m.pred()), k -> new ArrayList<>())
          .add(m.attribute());
    }
    byPair.forEach(
        (pair, attrs) ->
            out.add(
                new ErrorCase(
                    documentId, ErrorCase.Kind.ATTRIBUTE, pair.gold(), pair.pred(), attrs)));
    out.sort(Comparator.comparingInt(ErrorCase::begin));
    return out;
  }
}

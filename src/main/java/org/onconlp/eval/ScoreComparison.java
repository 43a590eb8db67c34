package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two {@code scores.json} files (A = baseline, B = candidate) label by label.
 *
 * <p>Significance, best test available first:
 *
 * <ol>
 *   <li>paired bootstrap, when both runs left a {@code documents.json} ({@link DocumentCounts}):
 *       both systems are resampled on the same documents and a change is significant when the 95 %
 *       interval of {@code F1(B) - F1(A)} excludes 0;
 *   <li>otherwise, non-overlapping bootstrap 95 % intervals on F1. This is conservative (roughly p
 *       &lt; 0.01; overlapping intervals can still hide a real difference): a flag means "certainly
 *       changed", its absence does not mean "unchanged".
 * </ol>
 */
public final class ScoreComparison {

  /**
   * One compared row.
   *
   * @param mode strict, lenient, token or facts
   * @param label label, fact kind, {@code micro} or a group
   * @param a baseline precision, recall, F1 (null when absent)
   * @param b candidate precision, recall, F1 (null when absent)
   * @param deltaInterval paired-bootstrap interval on the F1 difference, or null
   * @param significant true when the paired interval excludes 0 or, without it, when both F1
   *     intervals exist and are disjoint
   */
  public record Row(
      String mode,
      String label,
      double[] a,
      double[] b,
      Bootstrap.Interval deltaInterval,
      boolean significant) {
    /** {@code B - A} for precision, recall, F1 (absent side counts as 0). */
    public double[] delta() {
      double[] x = a == null ? new double[3] : a;
      double[] y = b == null ? new double[3] : b;
      return new double[] {y[0] - x[0], y[1] - x[1], y[2] - x[2]};
    }
  }

  private ScoreComparison() {}

  /** Rows for every mode, label (union of both files) and the micro sums, unpaired. */
  public static List<Row> compare(JsonNode a, JsonNode b) {
    return compare(a, b, Map.of());
  }

  /**
   * Rows for every mode, label and the micro sums.
   *
   * @param paired paired-bootstrap intervals on F1(B) - F1(A) keyed {@code mode.label} (see {@link
   *     Bootstrap#pairedDeltaIntervals}); empty for the unpaired test
   */
  public static List<Row> compare(JsonNode a, JsonNode b, Map<String, Bootstrap.Interval> paired) {
    List<Row> rows = new ArrayList<>();
    for (String mode : EvalResult.MODES) {
      TreeSet<String> labels = new TreeSet<>();
      a.path(mode).path("labels").fieldNames().forEachRemaining(labels::add);
      b.path(mode).path("labels").fieldNames().forEachRemaining(labels::add);
      for (String label : labels) {
        rows.add(
            row(
                mode,
                label,
                a.path(mode).path("labels").path(label),
                b.path(mode).path("labels").path(label),
                paired.get(mode + "." + label)));
      }
      rows.add(
          row(
              mode,
              "micro",
              a.path(mode).path("micro"),
              b.path(mode).path("micro"),
              paired.get(mode + ".micro")));
    }
    return rows;
  }

  private static Row row(
      String mode, String label, JsonNode a, JsonNode b, Bootstrap.Interval delta) {
    boolean significant;
    if (delta != null) {
      significant = delta.excludesZero();
    } else {
      significant =
          a.has("f1Low")
              && b.has("f1Low")
              && new Bootstrap.Interval(a.path("f1Low").asDouble(), a.path("f1High").asDouble())
                  .disjoint(
                      new Bootstrap.Interval(
                          b.path("f1Low").asDouble(), b.path("f1High").asDouble()));
    }
    return new Row(mode, label, prf(a), prf(b), delta, significant);
  }

  private static double[] prf(JsonNode n) {
    if (!n.has("f1")) {
      return null;
    }
    return new double[] {
      n.path("precision").asDouble(), n.path("recall").asDouble(), n.path("f1").asDouble()
    };
  }

  /** A plain-text table of the rows, significant changes marked with {@code *}. */
  public static String format(List<Row> rows, JsonNode a, JsonNode b) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %-26s %7s %7s %7s %7s %7s %-17s %s%n",
            "mode",
            "label",
            "F1 A",
            "F1 B",
            "dP",
            "dR",
            "dF1",
            "dF1 95% CI",
            "sig"));
    boolean anyPaired = false;
    for (Row r : rows) {
      double[] d = r.delta();
      Bootstrap.Interval ci = r.deltaInterval();
      anyPaired |= ci != null;
      String interval =
          ci == null ? "" : String.format(Locale.ROOT, "[%+.3f, %+.3f]", ci.low(), ci.high());
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s %-26s %7s %7s %+7.3f %+7.3f %+7.3f %-17s %s%n",
              r.mode(),
              r.label(),
              f1(r.a()),
              f1(r.b()),
              d[0],
              d[1],
              d[2],
              interval,
              r.significant() ? "*" : ""));
    }
    for (String key :
        List.of(
            "deid.charRecall",
            "deid.tokenRecall",
            "deid.fullyRedactedShare",
            "deid.tokensRedactedShare",
            "deid.leaks.total",
            "deid.leaks.highRisk")) {
      Double x = ScorePaths.number(a, key);
      Double y = ScorePaths.number(b, key);
      if (x != null || y != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-35s %7s %7s %+7.3f%n",
                key,
                x == null ? "-" : String.format(Locale.ROOT, "%.3f", x),
                y == null ? "-" : String.format(Locale.ROOT, "%.3f", y),
                (y == null ? 0 : y) - (x == null ? 0 : x)));
      }
    }
    sb.append(
            anyPaired
                ? "* = paired bootstrap: the 95 % interval of F1(B) - F1(A) excludes 0"
                : "* = bootstrap 95 % intervals on F1 do not overlap (no documents.json pair)")
        .append(System.lineSeparator());
    return sb.toString();
  }

  private static String f1(double[] prf) {
    return prf == null ? "-" : String.format(Locale.ROOT, "%.3f", prf[2]);
  }
}

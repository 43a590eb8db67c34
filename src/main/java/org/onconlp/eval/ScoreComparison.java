package org.onconlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Compares two {@code scores.json} files (A = baseline, B = candidate) label by label.
 *
 * <p>A change is flagged significant when the two bootstrap 95 % intervals on F1 do not
 * overlap. This is conservative (non-overlapping 95 % intervals correspond to p &lt; 0.01
 * roughly; overlapping ones can still hide a real difference): a flag means "certainly
 * changed", its absence does not mean "unchanged". A paired test would need per-document
 * counts, which {@code scores.json} does not keep.
 */
public final class ScoreComparison {

  /**
   * One compared row.
   *
   * @param mode strict, lenient, token or facts
   * @param label label, fact kind, {@code micro} or a group
   * @param a baseline precision, recall, F1 (null when absent)
   * @param b candidate precision, recall, F1 (null when absent)
   * @param significant true when both have intervals and they are disjoint
   */
  public record Row(String mode, String label, double[] a, double[] b, boolean significant) {
    /** {@code B - A} for precision, recall, F1 (absent side counts as 0). */
    public double[] delta() {
      double[] x = a == null ? new double[3] : a;
      double[] y = b == null ? new double[3] : b;
      return new double[] {y[0] - x[0], y[1] - x[1], y[2] - x[2]};
    }
  }

  private ScoreComparison() {}

  /** Rows for every mode, label (union of both files) and the micro sums. */
  public static List<Row> compare(JsonNode a, JsonNode b) {
    List<Row> rows = new ArrayList<>();
    for (String mode : EvalResult.MODES) {
      TreeSet<String> labels = new TreeSet<>();
      a.path(mode).path("labels").fieldNames().forEachRemaining(labels::add);
      b.path(mode).path("labels").fieldNames().forEachRemaining(labels::add);
      for (String label : labels) {
        rows.add(row(mode, label, a.path(mode).path("labels").path(label),
            b.path(mode).path("labels").path(label)));
      }
      rows.add(row(mode, "micro", a.path(mode).path("micro"), b.path(mode).path("micro")));
    }
    return rows;
  }

  private static Row row(String mode, String label, JsonNode a, JsonNode b) {
    boolean significant = a.has("f1Low") && b.has("f1Low")
        && new Bootstrap.Interval(a.path("f1Low").asDouble(), a.path("f1High").asDouble())
            .disjoint(new Bootstrap.Interval(b.path("f1Low").asDouble(), b.path("f1High").asDouble()));
    return new Row(mode, label, prf(a), prf(b), significant);
  }

  private static double[] prf(JsonNode n) {
    if (!n.has("f1")) {
      return null;
    }
    return new double[] {n.path("precision").asDouble(), n.path("recall").asDouble(), n.path("f1").asDouble()};
  }

  /** A plain-text table of the rows, significant changes marked with {@code *}. */
  public static String format(List<Row> rows, JsonNode a, JsonNode b) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s %-26s %7s %7s %7s %7s %7s %7s%n",
        "mode", "label", "F1 A", "F1 B", "dP", "dR", "dF1", "sig"));
    for (Row r : rows) {
      double[] d = r.delta();
      sb.append(String.format(Locale.ROOT, "%-8s %-26s %7s %7s %+7.3f %+7.3f %+7.3f %7s%n",
          r.mode(), r.label(), f1(r.a()), f1(r.b()), d[0], d[1], d[2], r.significant() ? "*" : ""));
    }
    for (String key : List.of("deid.charRecall", "deid.tokenRecall", "deid.fullyRedactedShare",
        "deid.leaks.total", "deid.leaks.highRisk")) {
      Double x = ScorePaths.number(a, key);
      Double y = ScorePaths.number(b, key);
      if (x != null || y != null) {
        sb.append(String.format(Locale.ROOT, "%-35s %7s %7s %+7.3f%n", key,
            x == null ? "-" : String.format(Locale.ROOT, "%.3f", x),
            y == null ? "-" : String.format(Locale.ROOT, "%.3f", y),
            (y == null ? 0 : y) - (x == null ? 0 : x)));
      }
    }
    sb.append("* = bootstrap 95 % intervals on F1 do not overlap").append(System.lineSeparator());
    return sb.toString();
  }

  private static String f1(double[] prf) {
    return prf == null ? "-" : String.format(Locale.ROOT, "%.3f", prf[2]);
  }
}

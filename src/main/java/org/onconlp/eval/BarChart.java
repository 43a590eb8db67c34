package org.onconlp.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An inline SVG horizontal bar chart of strict and lenient F1 per label, drawn without any script
 * or external resource.
 */
final class BarChart {
  private static final int LABEL_WIDTH = 140;
  private static final int BAR_WIDTH = 500;
  private static final int ROW = 26;

  private BarChart() {}

  /** The chart as an {@code <svg>} element. */
  static String svg(Map<String, Counts> strict, Map<String, Counts> lenient) {
    TreeSet<String> labels = new TreeSet<>(strict.keySet());
    labels.addAll(lenient.keySet());
    int height = ROW * labels.size() + 30;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"F1 per label\" font-size=\"12\">",
            LABEL_WIDTH + BAR_WIDTH + 60,
            height));
    int y = 0;
    for (String label : labels) {
      double fs = strict.getOrDefault(label, Counts.ZERO).f1();
      double fl = lenient.getOrDefault(label, Counts.ZERO).f1();
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
              LABEL_WIDTH - 6,
              y + 16,
              HtmlReport.esc(label)));
      s.append(bar(y + 2, fs, "#2e86c1", "strict"));
      s.append(bar(y + 12, fl, "#a9cce3", "lenient"));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%.2f</text>",
              LABEL_WIDTH + (int) (fs * BAR_WIDTH) + 4,
              y + 11,
              fs));
      y += ROW;
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#2e86c1\"/>"
                + "<text x=\"%d\" y=\"%d\">strict F1</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#a9cce3\"/>"
                + "<text x=\"%d\" y=\"%d\">lenient F1</text>",
            LABEL_WIDTH,
            y + 8,
            LABEL_WIDTH + 14,
            y + 17,
            LABEL_WIDTH + 100,
            y + 8,
            LABEL_WIDTH + 114,
            y + 17));
    return s.append("</svg>").toString();
  }

  private static String bar(int y, double value, String colour, String what) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"9\" fill=\"%s\"><title>%s"
            + " %.3f</title></rect>",
        LABEL_WIDTH,
        y,
        Math.round(value * BAR_WIDTH),
        colour,
        what,
        value);
  }
}

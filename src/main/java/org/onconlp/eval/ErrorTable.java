package org.onconlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The error section of {@link HtmlReport}: per label, every error case with its document, offsets,
 * text in context (gold characters highlighted, predicted characters underlined) and expected
 * versus found label and attributes, the differing attributes marked.
 */
final class ErrorTable {
  /** Characters of context shown each side of an error. */
  static final int CONTEXT = 60;

  private ErrorTable() {}

  /** Appends the error section: one collapsible table per label. */
  static void write(StringBuilder h, EvalResult r, Map<String, String> texts) {
    Map<String, List<ErrorCase>> byLabel =
        r.errors().stream()
            .collect(Collectors.groupingBy(ErrorCase::label, TreeMap::new, Collectors.toList()));
    h.append("<h2>Errors</h2><p>Every strict false negative and false positive, and attribute")
        .append(" differences on matched entities. <span class=g>gold</span>,")
        .append(" <span class=p>prediction</span>.</p>");
    byLabel.forEach(
        (label, cases) -> {
          Map<ErrorCase.Kind, Long> kinds = new TreeMap<>();
          cases.forEach(c -> kinds.merge(c.kind(), 1L, Long::sum));
          String breakdown =
              kinds.entrySet().stream()
                  .map(k -> k.getKey().name().toLowerCase(Locale.ROOT) + " " + k.getValue())
                  .collect(Collectors.joining(", "));
          h.append("<details><summary>")
              .append(HtmlReport.esc(label))
              .append(" — ")
              .append(cases.size())
              .append(" (")
              .append(breakdown)
              .append(")</summary>")
              .append("<table><tr><th class=l>document</th><th class=l>kind</th><th>offsets</th>")
              .append(
                  "<th class=l>context</th><th class=l>expected</th><th class=l>found</th></tr>");
          for (ErrorCase c : cases) {
            String text = texts.getOrDefault(c.documentId(), "");
            List<Span> g = c.gold() == null ? List.of() : c.gold().spans();
            List<Span> p = c.pred() == null ? List.of() : c.pred().spans();
            h.append("<tr><td class=l>")
                .append(HtmlReport.esc(c.documentId()))
                .append("</td><td class=\"l ")
                .append(c.kind())
                .append("\">")
                .append(c.kind().name().toLowerCase(Locale.ROOT));
            if (!c.attributes().isEmpty()) {
              h.append(": ").append(HtmlReport.esc(String.join(", ", c.attributes())));
            }
            h.append("</td><td>")
                .append(offsets(c))
                .append("</td><td class=ctx>")
                .append(context(text, g, p))
                .append("</td><td class=l>")
                .append(describe(c.gold(), c.attributes()))
                .append("</td><td class=l>")
                .append(describe(c.pred(), c.attributes()))
                .append("</td></tr>");
          }
          h.append("</table></details>");
        });
  }

  private static String offsets(ErrorCase c) {
    List<String> parts = new ArrayList<>();
    if (c.gold() != null) {
      parts.add(spans(c.gold()));
    }
    if (c.pred() != null && (c.gold() == null || !c.gold().spans().equals(c.pred().spans()))) {
      parts.add(spans(c.pred()));
    }
    return HtmlReport.esc(String.join(" / ", parts));
  }

  private static String spans(EvalEntity e) {
    return e.spans().stream().map(Span::toString).collect(Collectors.joining(";"));
  }

  /** Label and attributes, the differing attributes marked. */
  private static String describe(EvalEntity e, List<String> differing) {
    if (e == null) {
      return "—";
    }
    StringBuilder sb = new StringBuilder("<b>").append(HtmlReport.esc(e.label())).append("</b>");
    e.attributes()
        .forEach(
            (k, v) -> {
              String pair = HtmlReport.esc(k) + "=" + HtmlReport.esc(v);
              sb.append("<br>").append(differing.contains(k) ? "<mark>" + pair + "</mark>" : pair);
            });
    for (String k : differing) {
      if (!e.attributes().containsKey(k)) {
        sb.append("<br><mark>").append(HtmlReport.esc(k)).append(" absent</mark>");
      }
    }
    return sb.toString();
  }

  /**
   * The text around the spans, HTML-escaped, gold characters and predicted characters marked (runs
   * of characters sharing the same marks form one element).
   */
  static String context(String text, List<Span> gold, List<Span> pred) {
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (Span s : gold) {
      lo = Math.min(lo, s.begin());
      hi = Math.max(hi, s.end());
    }
    for (Span s : pred) {
      lo = Math.min(lo, s.begin());
      hi = Math.max(hi, s.end());
    }
    if (lo > hi || hi > text.length()) {
      return "";
    }
    int from = Math.max(0, lo - CONTEXT);
    int to = Math.min(text.length(), hi + CONTEXT);
    StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
    int i = from;
    while (i < to) {
      String cls = mark(i, gold, pred);
      int j = i + 1;
      while (j < to && mark(j, gold, pred).equals(cls)) {
        j++;
      }
      String chunk = HtmlReport.esc(text.substring(i, j));
      out.append(cls.isEmpty() ? chunk : "<span class=" + cls + ">" + chunk + "</span>");
      i = j;
    }
    return out.append(to < text.length() ? "…" : "").toString();
  }

  private static String mark(int i, List<Span> gold, List<Span> pred) {
    boolean g = gold.stream().anyMatch(s -> s.begin() <= i && i < s.end());
    boolean p = pred.stream().anyMatch(s -> s.begin() <= i && i < s.end());
    return g && p ? "gp" : g ? "g" : p ? "p" : "";
  }
}

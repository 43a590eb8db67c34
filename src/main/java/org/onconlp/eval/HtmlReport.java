package org.onconlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the browsable error-analysis report {@code report.html}: one self-contained file with
 * inline CSS and an inline SVG bar chart, no script and no network access, so it opens offline on a
 * locked-down workstation. It shows the per-label table with bootstrap intervals, fact, attribute
 * and de-identification scores, then every error with its document, offsets, text in context
 * ({@value ErrorTable#CONTEXT} characters each side, gold span highlighted, prediction underlined)
 * and the expected versus found label and attributes. It contains document text: it stays with the
 * evaluator's data, unlike {@code scores.json}.
 */
public final class HtmlReport {

  private static final String CSS =
      """
      body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
      table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
      th{background:#eee}td.l,th.l{text-align:left}tr.sum td{font-weight:bold;background:#f6f6f6}
      .ci{color:#777;font-size:85%}.ctx{font-family:monospace;white-space:pre-wrap;text-align:left;max-width:620px}
      .g{background:#ffe08a}.p{text-decoration:underline 2px #c0392b}.gp{background:#ffe08a;text-decoration:underline 2px #c0392b}
      .MISSED{color:#c0392b}.SPURIOUS{color:#8e44ad}.BOUNDARY{color:#d35400}.LABEL{color:#2c3e50}.ATTRIBUTE{color:#16a085}
      details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}
      """;

  private HtmlReport() {}

  /** Writes the report; {@code gold} supplies the original texts shown in context. */
  public static void write(EvalResult r, Corpus gold, Path file) throws IOException {
    Files.writeString(file, render(r, gold), StandardCharsets.UTF_8);
  }

  /** The report as a string. */
  public static String render(EvalResult r, Corpus gold) {
    Map<String, String> texts = new HashMap<>();
    gold.documents().forEach(d -> texts.putIfAbsent(d.id(), d.text()));
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<title>onconlp evaluation</title><style>")
        .append(CSS)
        .append("</style></head><body><h1>onconlp evaluation</h1>");
    h.append("<p>")
        .append(r.goldDocuments())
        .append(" gold documents, ")
        .append(r.predictedDocuments())
        .append(" predicted, ")
        .append(r.missingPredictions())
        .append(" without prediction, ")
        .append(r.unmatchedPredictions())
        .append(" predictions without gold. Intervals: 95 % bootstrap over documents, ")
        .append(r.bootstrapIterations())
        .append(" resamples, seed ")
        .append(r.seed())
        .append(".</p>");
    Map<String, Counts> strict = r.counts().getOrDefault("strict", Map.of());
    Map<String, Counts> lenient = r.counts().getOrDefault("lenient", Map.of());
    h.append("<h2>F1 per label</h2>").append(BarChart.svg(strict, lenient));
    labelTable(h, r);
    confusionTable(h, r);
    factTable(h, r);
    attributeTable(h, r);
    deid(h, r, texts);
    ErrorTable.write(h, r, texts);
    if (!r.problems().isEmpty()) {
      h.append("<h2>Reading problems</h2><ul>");
      r.problems().forEach(p -> h.append("<li>").append(esc(p)).append("</li>"));
      h.append("</ul>");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void labelTable(StringBuilder h, EvalResult r) {
    h.append("<h2>Entities</h2><table><tr><th class=l>label</th><th>support</th>")
        .append("<th>strict P</th><th>strict R</th><th>strict F1</th>")
        .append("<th>lenient P</th><th>lenient R</th><th>lenient F1</th><th>token F1</th></tr>");
    Map<String, Counts> strict = r.counts().getOrDefault("strict", Map.of());
    Map<String, Counts> lenient = r.counts().getOrDefault("lenient", Map.of());
    Map<String, Counts> token = r.counts().getOrDefault("token", Map.of());
    for (String label : strict.keySet()) {
      row(h, r, label, label, strict.get(label), lenient.get(label), token.get(label), false);
    }
    Map<String, Counts> sg = ScoreTables.groups(strict);
    Map<String, Counts> lg = ScoreTables.groups(lenient);
    Map<String, Counts> tg = ScoreTables.groups(token);
    for (String g : sg.keySet()) {
      row(h, r, g, "all " + g, sg.get(g), lg.get(g), tg.get(g), true);
    }
    row(
        h,
        r,
        Evaluator.MICRO,
        "micro",
        ScoreTables.micro(strict),
        ScoreTables.micro(lenient),
        ScoreTables.micro(token),
        true);
    ScoreTables.Macro sm = ScoreTables.macro(strict);
    ScoreTables.Macro lm = ScoreTables.macro(lenient);
    h.append("<tr class=sum><td class=l>macro</td><td></td>")
        .append(td(sm.precision()))
        .append(td(sm.recall()))
        .append(td(sm.f1()))
        .append(td(lm.precision()))
        .append(td(lm.recall()))
        .append(td(lm.f1()))
        .append(td(ScoreTables.macro(token).f1()))
        .append("</tr></table>");
  }

  private static void row(
      StringBuilder h,
      EvalResult r,
      String key,
      String name,
      Counts s,
      Counts l,
      Counts t,
      boolean sum) {
    s = s == null ? Counts.ZERO : s;
    l = l == null ? Counts.ZERO : l;
    h.append(sum ? "<tr class=sum>" : "<tr>")
        .append("<td class=l>")
        .append(esc(name))
        .append("</td><td>")
        .append(s.support())
        .append("</td>")
        .append(td(s.precision()))
        .append(td(s.recall()))
        .append(tdCi(s.f1(), r.f1Intervals().get("strict." + key)))
        .append(td(l.precision()))
        .append(td(l.recall()))
        .append(tdCi(l.f1(), r.f1Intervals().get("lenient." + key)))
        .append(t == null ? "<td></td>" : td(t.f1()))
        .append("</tr>");
  }

  private static void confusionTable(StringBuilder h, EvalResult r) {
    Map<String, Map<String, Long>> confusions = r.confusions();
    if (confusions.isEmpty()) {
      return;
    }
    h.append(
            "<h2>Label confusions</h2><p>Entities found at the right place under another"
                + " label.</p>")
        .append("<table><tr><th class=l>expected</th><th class=l>found</th><th>count</th></tr>");
    confusions.forEach(
        (gold, byPred) ->
            byPred.forEach(
                (pred, n) ->
                    h.append("<tr><td class=l>")
                        .append(esc(gold))
                        .append("</td><td class=l>")
                        .append(esc(pred))
                        .append("</td><td>")
                        .append(n)
                        .append("</td></tr>")));
    h.append("</table>");
  }

  private static void factTable(StringBuilder h, EvalResult r) {
    Map<String, Counts> facts = r.counts().getOrDefault("facts", Map.of());
    h.append("<h2>Document-level facts</h2><p>Per document, the set of normalised tuples")
        .append(" (negated, hypothetical and family mentions excluded).</p>")
        .append("<table><tr><th class=l>fact</th><th>gold</th><th>TP</th><th>FP</th><th>FN</th>")
        .append("<th>P</th><th>R</th><th>F1</th></tr>");
    facts.forEach((k, c) -> factRow(h, k, c, r.f1Intervals().get("facts." + k), false));
    factRow(h, "micro", ScoreTables.micro(facts), r.f1Intervals().get("facts.micro"), true);
    h.append("</table>");
  }

  private static void factRow(
      StringBuilder h, String k, Counts c, Bootstrap.Interval ci, boolean sum) {
    h.append(sum ? "<tr class=sum>" : "<tr>")
        .append("<td class=l>")
        .append(esc(k))
        .append("</td><td>")
        .append(c.support())
        .append("</td><td>")
        .append(c.tp())
        .append("</td><td>")
        .append(c.fp())
        .append("</td><td>")
        .append(c.fn())
        .append("</td>")
        .append(td(c.precision()))
        .append(td(c.recall()))
        .append(tdCi(c.f1(), ci))
        .append("</tr>");
  }

  private static void attributeTable(StringBuilder h, EvalResult r) {
    h.append("<h2>Attributes</h2><p>Accuracy on matched entities where the gold has the")
        .append(" attribute (context flags: on every matched mention).</p>")
        .append("<table><tr><th class=l>label</th><th class=l>attribute</th>")
        .append("<th>strict</th><th>n</th><th>lenient</th><th>n</th></tr>");
    Map<String, Map<String, AttributeScorer.Tally>> s =
        r.attributes().getOrDefault("strict", Map.of());
    Map<String, Map<String, AttributeScorer.Tally>> l =
        r.attributes().getOrDefault("lenient", Map.of());
    Map<String, Set<String>> keys = new TreeMap<>();
    s.forEach((label, m) -> keys.computeIfAbsent(label, k -> new TreeSet<>()).addAll(m.keySet()));
    l.forEach((label, m) -> keys.computeIfAbsent(label, k -> new TreeSet<>()).addAll(m.keySet()));
    AttributeScorer.Tally none = new AttributeScorer.Tally(0, 0);
    keys.forEach(
        (label, attrs) -> {
          for (String a : attrs) {
            AttributeScorer.Tally ts = s.getOrDefault(label, Map.of()).getOrDefault(a, none);
            AttributeScorer.Tally tl = l.getOrDefault(label, Map.of()).getOrDefault(a, none);
            h.append("<tr><td class=l>")
                .append(esc(label))
                .append("</td><td class=l>")
                .append(esc(a))
                .append("</td>")
                .append(td(ts.accuracy()))
                .append("<td>")
                .append(ts.total())
                .append("</td>")
                .append(td(tl.accuracy()))
                .append("<td>")
                .append(tl.total())
                .append("</td></tr>");
          }
        });
    h.append("</table>");
  }

  private static void deid(StringBuilder h, EvalResult r, Map<String, String> texts) {
    RedactionScorer.Result d = r.redaction();
    h.append("<h2>De-identification (label-free)</h2><table>")
        .append("<tr><td class=l>character recall</td>")
        .append(td(d.charRecall()))
        .append("<td>")
        .append(d.coveredChars())
        .append(" / ")
        .append(d.phiChars())
        .append("</td></tr>")
        .append("<tr><td class=l>token recall</td>")
        .append(td(d.tokenRecall()))
        .append("<td>")
        .append(d.redactedTokens())
        .append(" / ")
        .append(d.phiTokens())
        .append("</td></tr>")
        .append("<tr><td class=l>documents fully redacted</td>")
        .append(td(d.fullyRedactedShare()))
        .append("<td>")
        .append(d.documentsFullyRedacted())
        .append(" / ")
        .append(d.documentsWithPhi())
        .append("</td></tr>")
        .append("<tr><td class=l>documents with every PHI token redacted</td>")
        .append(td(d.tokensRedactedShare()))
        .append("<td>")
        .append(d.documentsTokensRedacted())
        .append(" / ")
        .append(d.documentsWithPhi())
        .append("</td></tr><tr><td class=l>leaks (all / SECU, TEL, MAIL, IPP, NDA)</td><td>")
        .append(d.totalLeaks())
        .append("</td><td>")
        .append(d.highRiskLeaks())
        .append("</td></tr></table>");
    if (!r.leaks().isEmpty()) {
      h.append("<details><summary>Leaked gold PHI strings found in the published text</summary>")
          .append(
              "<table><tr><th class=l>document</th><th class=l>category</th><th>gold offsets</th>")
          .append("<th>published offset</th><th class=l>gold context</th></tr>");
      r.leaks()
          .forEach(
              (id, leaks) -> {
                for (RedactionScorer.Leak l : leaks) {
                  String text = texts.getOrDefault(id, "");
                  h.append("<tr><td class=l>")
                      .append(esc(id))
                      .append("</td><td class=l>")
                      .append(esc(l.category()))
                      .append("</td><td>")
                      .append(l.goldSpan())
                      .append("</td><td>")
                      .append(l.publishedOffset())
                      .append("</td><td class=ctx>")
                      .append(ErrorTable.context(text, List.of(l.goldSpan()), List.of()))
                      .append("</td></tr>");
                }
              });
      h.append("</table></details>");
    }
  }

  private static String td(double v) {
    return "<td>" + String.format(Locale.ROOT, "%.3f", v) + "</td>";
  }

  private static String tdCi(double v, Bootstrap.Interval ci) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    if (ci != null) {
      s += String.format(Locale.ROOT, " <span class=ci>[%.3f–%.3f]</span>", ci.low(), ci.high());
    }
    return "<td>" + s + "</td>";
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}

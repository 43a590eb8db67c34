package org.onconlp.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextSpan;
import org.onconlp.types.Phi;
import org.onconlp.types.Views;

/**
 * A small de-identification scorer for BRAT folders (written because the evaluation toolkit
 * was not merged in time): runs the PHI finders and {@link DeidViewBuilder} in MASK mode and
 * reports per-category token precision/recall/F1, strict and lenient entity F1, label-free
 * redaction recall, the share of fully redacted documents, verbatim leaks per category and the
 * throughput of the de-identification stage. Test scope: {@code main(goldFolder, outFile,
 * withModel)}.
 */
public final class DeidScorer {
  private record Span(String label, int begin, int end, String text) {}

  private final Map<String, int[]> tokens = new TreeMap<>(); // tp, fp, fn
  private final Map<String, int[]> strict = new TreeMap<>();
  private final Map<String, int[]> lenient = new TreeMap<>();
  private final Map<String, Integer> leaks = new TreeMap<>();
  private int goldTokens;
  private int redactedTokens;
  private int documents;
  private int fullyRedacted;
  private final List<String> missed = new ArrayList<>();
  private final List<String> spurious = new ArrayList<>();

  /** Scores one folder; returns a Markdown report. */
  public static String score(Path folder, AnalysisEngineDescription finders, String title) throws Exception {
    AggregateBuilder b = new AggregateBuilder();
    b.add(finders);
    b.add(DeidViewBuilder.description(DeidMode.MASK));
    AnalysisEngine engine = org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine(b.createAggregateDescription());
    JCas jcas = engine.newJCas();
    DeidScorer s = new DeidScorer();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    for (Path txt : files) {
      jcas.reset();
      jcas.setDocumentText(Files.readString(txt, StandardCharsets.UTF_8));
      engine.process(jcas);
    }
    long nanos = 0;
    for (Path txt : files) {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      List<Span> gold = readAnn(Path.of(txt.toString().replace(".txt", ".ann")), text);
      jcas.reset();
      jcas.setDocumentText(text);
      long t0 = System.nanoTime();
      engine.process(jcas);
      nanos += System.nanoTime() - t0;
      List<Span> pred = new ArrayList<>();
      for (Phi p : JCasUtil.select(jcas.getView(Views.ORIGINAL), Phi.class)) {
        pred.add(new Span(p.getCategory(), p.getBegin(), p.getEnd(), p.getCoveredText()));
      }
      s.add(txt.getFileName().toString(), text, gold, pred, jcas.getView(Views.DEID).getDocumentText(), tokenizer);
    }
    engine.destroy();
    return s.report(title, files.size() / (nanos / 1e9));
  }

  private static List<Span> readAnn(Path ann, String text) throws IOException {
    List<Span> out = new ArrayList<>();
    if (!Files.exists(ann)) {
      return out;
    }
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2 || !f[0].startsWith("T")) {
        continue;
      }
      String[] m = f[1].split(" ");
      int b = Integer.parseInt(m[1]);
      int e = Integer.parseInt(m[m.length - 1]);
      out.add(new Span(m[0], b, e, text.substring(b, e)));
    }
    return out;
  }

  private static int[] cell(Map<String, int[]> m, String k) {
    return m.computeIfAbsent(k, x -> new int[3]);
  }

  private void add(String doc, String text, List<Span> gold, List<Span> pred, String output, FrenchTokenizer tok) {
    documents++;
    String[] goldAt = new String[text.length()];
    String[] predAt = new String[text.length()];
    for (Span g : gold) {
      for (int i = g.begin(); i < g.end(); i++) {
        goldAt[i] = g.label();
      }
    }
    for (Span p : pred) {
      for (int i = p.begin(); i < p.end(); i++) {
        predAt[i] = p.label();
      }
    }
    boolean full = true;
    for (TextSpan t : tok.tokenize(text)) {
      String g = goldAt[t.begin()];
      String p = null;
      for (int i = t.begin(); i < t.end() && p == null; i++) {
        p = predAt[i];
      }
      if (g == null) {
        for (int i = t.begin(); i < t.end() && g == null; i++) {
          g = goldAt[i];
        }
      }
      if (g != null) {
        goldTokens++;
        if (p != null) {
          redactedTokens++;
        } else {
          full = false;
        }
      }
      if (g != null && g.equals(p)) {
        cell(tokens, g)[0]++;
      } else {
        if (p != null) {
          cell(tokens, p)[1]++;
        }
        if (g != null) {
          cell(tokens, g)[2]++;
        }
      }
    }
    if (full) {
      fullyRedacted++;
    }
    for (Span g : gold) {
      boolean exact = pred.stream().anyMatch(p -> p.label().equals(g.label()) && p.begin() == g.begin() && p.end() == g.end());
      boolean overlap = pred.stream().anyMatch(p -> p.label().equals(g.label()) && p.begin() < g.end() && g.begin() < p.end());
      cell(strict, g.label())[exact ? 0 : 2]++;
      cell(lenient, g.label())[overlap ? 0 : 2]++;
      if (!overlap) {
        missed.add(doc + " " + g.label() + " «" + g.text() + "»");
      }
      if (g.text().length() >= 3 && output.contains(g.text())) {
        leaks.merge(g.label(), 1, Integer::sum);
      }
    }
    for (Span p : pred) {
      boolean exact = gold.stream().anyMatch(g -> p.label().equals(g.label()) && p.begin() == g.begin() && p.end() == g.end());
      boolean overlap = gold.stream().anyMatch(g -> p.label().equals(g.label()) && p.begin() < g.end() && g.begin() < p.end());
      if (!exact) {
        cell(strict, p.label())[1]++;
      }
      if (!overlap) {
        cell(lenient, p.label())[1]++;
        spurious.add(doc + " " + p.label() + " «" + p.text() + "»");
      }
    }
  }

  private static String prf(int[] c) {
    double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "%.3f | %.3f | %.3f", p, r, f);
  }

  private static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static int[] total(Map<String, int[]> m) {
    int[] t = new int[3];
    m.values().forEach(c -> { t[0] += c[0]; t[1] += c[1]; t[2] += c[2]; });
    return t;
  }

  private String report(String title, double docsPerSecond) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(title).append("\n\n");
    b.append("| category | token P | token R | token F1 | strict F1 | lenient F1 | leaks |\n|---|---|---|---|---|---|---|\n");
    for (String k : tokens.keySet()) {
      b.append("| ").append(k).append(" | ").append(prf(tokens.get(k))).append(String.format(Locale.ROOT, " | %.3f | %.3f | %d |\n",
          f1(cell(strict, k)), f1(cell(lenient, k)), leaks.getOrDefault(k, 0)));
    }
    b.append("| **all** | ").append(prf(total(tokens))).append(String.format(Locale.ROOT, " | %.3f | %.3f | %d |\n\n",
        f1(total(strict)), f1(total(lenient)), leaks.values().stream().mapToInt(Integer::intValue).sum()));
    b.append(String.format(Locale.ROOT, "- documents: %d; label-free redaction recall (tokens): %.4f (%d/%d); documents fully redacted: %.1f %% (%d/%d)%n",
        documents, redactedTokens / (double) Math.max(1, goldTokens), redactedTokens, goldTokens, 100.0 * fullyRedacted / Math.max(1, documents), fullyRedacted, documents));
    b.append(String.format(Locale.ROOT, "- de-identification stage throughput (one thread, MASK mode, second pass over the folder, shared 2-core machine): %.0f docs/s%n", docsPerSecond));
    b.append("\nMissed gold entities (no overlapping prediction of the same label):\n\n");
    missed.stream().limit(60).forEach(m -> b.append("- ").append(m).append('\n'));
    b.append("\nSpurious predictions (no overlapping gold entity of the same label):\n\n");
    spurious.stream().limit(60).forEach(m -> b.append("- ").append(m).append('\n'));
    return b.toString();
  }

  /** Args: gold folder, output Markdown file, "model" to add the trained name finder. */
  public static void main(String[] args) throws Exception {
    AggregateBuilder finders = new AggregateBuilder();
    finders.add(StructuredPhiAnnotator.description());
    finders.add(LexiconPhiAnnotator.description());
    boolean model = args.length > 2 && args[2].equals("model");
    if (model) {
      finders.add(NameFinderAnnotator.description(Path.of("models/deid-fr.bin")));
    }
    String report = score(Path.of(args[0]), finders.createAggregateDescription(), args[0] + (model ? " (rules + trained model)" : " (rules and lexicons)"));
    Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
    System.out.println(report.substring(0, Math.min(report.length(), 6000)));
  }
}

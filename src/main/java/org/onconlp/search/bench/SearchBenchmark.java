package org.onconlp.search.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.onconlp.eval.synth.SyntheticCorpus;
import org.onconlp.eval.synth.SyntheticReport;
import org.onconlp.index.CohortIndexWriter;
import org.onconlp.search.CohortResult;
import org.onconlp.search.CohortSearcher;

/**
 * The cohort-search benchmark run by {@code eval/bench-search}: indexes N synthetic reports (10
 * per patient) with {@link SyntheticFacts}, then runs 20 fixed cohort queries of every kind 100
 * times each (after one warm-up round) and prints per-query and overall p50/p95/p99 latency, the
 * index size and the indexing throughput. Usage: {@code SearchBenchmark N INDEX_DIR [ROUNDS
 * [THREADS [TEXT_POOL]]]}; an existing index of the right size is reused. TEXT_POOL &gt; 0 reuses
 * that many generated texts cyclically (for 1 M reports: text generation costs more than
 * indexing).
 */
public final class SearchBenchmark {
  /** The fixed query set: every operator and criterion kind. */
  static final List<String> QUERIES =
      List.of(
          "topography:C34",
          "topography:C50 AND biomarker:HER2=positive",
          "morphology:814*/3 AND stage>=III",
          "biomarker:EGFR=mutated AND treatment:osimertinib[line>=2]",
          "PDL1.tps>=50 AND treatment:immunotherapy",
          "T>=3 AND N+ AND M1",
          "gleason>=8",
          "treatment:immunotherapy AFTER treatment:chemotherapy",
          "treatment:targeted AFTER treatment:chemotherapy WITHIN 6 MONTHS",
          "SAME_DOC(topography:C34 AND stage:IV)",
          "topography:C18 AND biomarker:KRAS=mutated AND NOT biomarker:MSI=high",
          "atc:L01F",
          "event:progression AND date>=2020",
          "type:pathology AND date:2019",
          "text:adenocarcinome",
          "text:\"carcinome lobulaire infiltrant\"",
          "(topography:C50 OR topography:C34) AND biomarker:ER=positive",
          "biomarker:EGFR=mutated AND include:negated",
          "event:progression WITHIN 3 MONTHS OF treatment:chemotherapy[line=1]",
          "topography:poumon AND NOT treatment:immunotherapy");

  private SearchBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path index = Path.of(args.length > 1 ? args[1] : "target/bench-search/index-" + n);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    int textPool = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    System.out.printf(Locale.ROOT, "cohort search benchmark: %,d synthetic reports, %d per patient, %d cores, %s%n",
        n, SyntheticCorpus.DEFAULT_REPORTS_PER_PATIENT, Runtime.getRuntime().availableProcessors(), index);
    if (!Files.isDirectory(index) || existing(index) != n) {
      build(n, index, threads, textPool);
    } else {
      System.out.println("index reused (delete it to measure ingest again)");
    }
    System.out.printf(Locale.ROOT, "index size: %.1f MB%n", size(index) / 1e6);
    long open = System.nanoTime();
    try (CohortSearcher searcher = new CohortSearcher(index)) {
      System.out.printf(Locale.ROOT, "searcher open (patient tables): %d ms, %,d patients%n",
          (System.nanoTime() - open) / 1_000_000, searcher.patientCount());
      for (String q : QUERIES) {
        searcher.search(q);
      }
      long[] all = new long[QUERIES.size() * rounds];
      int k = 0;
      System.out.printf(Locale.ROOT, "%-70s %9s %8s %8s %8s%n", "query", "patients", "p50 ms", "p95 ms", "p99 ms");
      for (String q : QUERIES) {
        long[] times = new long[rounds];
        int patients = 0;
        for (int i = 0; i < rounds; i++) {
          long start = System.nanoTime();
          CohortResult result = searcher.search(q);
          patients = result.patientCount();
          times[i] = System.nanoTime() - start;
          all[k++] = times[i];
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-70s %9d %8.2f %8.2f %8.2f%n", q, patients,
            pct(times, 50), pct(times, 95), pct(times, 99));
      }
      Arrays.sort(all);
      System.out.printf(Locale.ROOT, "%-70s %9s %8.2f %8.2f %8.2f%n", "ALL " + all.length + " searches", "",
          pct(all, 50), pct(all, 95), pct(all, 99));
      CohortResult lung = searcher.search("topography:C34");
      lung.facets(10);
      long facetStart = System.nanoTime();
      lung.facets(10);
      System.out.printf(Locale.ROOT, "facets of the lung cohort (%,d patients, warm): %.1f ms%n",
          lung.patientCount(), (System.nanoTime() - facetStart) / 1e6);
    }
  }

  private static void build(int n, Path index, int threads, int textPool) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < textPool; i++) {
      texts.add(corpus.report(i).text());
    }
    SyntheticFacts facts = new SyntheticFacts(42);
    int perPatient = SyntheticCorpus.DEFAULT_REPORTS_PER_PATIENT;
    AtomicLong indexNanos = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    try (CohortIndexWriter writer = new CohortIndexWriter(index, 50_000)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < n; i += threads) {
            SyntheticReport report = texts.isEmpty() ? corpus.report(i) : pooled(i, texts);
            ObjectNode json = facts.contract(report, i / perPatient, i % perPatient);
            String line = json.toString();
            long s = System.nanoTime();
            writer.update(json, line);
            indexNanos.addAndGet(System.nanoTime() - s);
            chars.addAndGet(report.text().length());
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        try {
          part.get();
        } catch (InterruptedException | ExecutionException e) {
          throw new IOException("benchmark ingest failed", e);
        }
      }
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "ingest (synthesis + contract JSON + indexing + final commit, %d threads): %,d reports in %.1f s = %.0f reports/s (%.1f MB text)%n",
        threads, n, seconds, n / seconds, chars.get() / 1e6);
    System.out.printf(Locale.ROOT, "indexing alone (IndexWriter.updateDocument, per thread): %.0f reports/s%n",
        n / (indexNanos.get() / 1e9));
  }

  /**
   * A report whose text is taken from a pool of generated texts (generating each text costs
   * about 1 ms, more than indexing it); id, patient, type and date follow the corpus layout.
   */
  private static SyntheticReport pooled(int i, List<String> texts) {
    int perPatient = SyntheticCorpus.DEFAULT_REPORTS_PER_PATIENT;
    int patient = i / perPatient;
    int rank = i % perPatient;
    String type = rank % 3 == 0 ? "pathology" : rank % 3 == 1 ? "rcp" : "consultation";
    LocalDate date = LocalDate.of(2012, 1, 1).plusDays(Math.floorMod(patient * 7919L, 13 * 365) + rank * 21L);
    return new SyntheticReport(
        String.format(Locale.ROOT, "R%08d", i), String.format(Locale.ROOT, "P%07d", patient), type,
        date.toString(), texts.get(i % texts.size()), List.of());
  }

  private static int existing(Path index) throws IOException {
    try (CohortSearcher searcher = new CohortSearcher(index)) {
      return searcher.reportCount();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}

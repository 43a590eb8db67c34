package org.onconlp.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.onconlp.io.Record;
import org.onconlp.io.RecordSource;
import org.onconlp.io.Reject;
import org.onconlp.io.SourceItem;

/**
 * Runs a batch over a {@link RecordSource} with N worker threads, each owning its own {@link
 * DocumentProcessor} (UIMA engines and CASes are not shared), and commits outcomes in input
 * order so that the output follows the input. A record that fails in the pipeline becomes a
 * reject naming the failure's type only: exception messages may quote the text.
 */
public final class BatchRunner {
  private final Supplier<DocumentProcessor> processors;
  private final int threads;

  /**
   * @param processors makes one processor per worker thread
   * @param threads number of worker threads, at least 1
   */
  public BatchRunner(Supplier<DocumentProcessor> processors, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.processors = processors;
    this.threads = threads;
  }

  /**
   * Processes every item of the source.
   *
   * @param source the input; each position yields a record or a reject
   * @param output receives each contract JSON line, in input order
   * @param rejects receives each reject, in input order
   * @param listener hears of each committed position
   * @return the reconciled counts
   */
  public BatchSummary run(
      RecordSource source, IoConsumer<String> output, IoConsumer<Reject> rejects, BatchListener listener)
      throws IOException {
    long start = System.nanoTime();
    List<DocumentProcessor> created = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<DocumentProcessor> perThread =
        ThreadLocal.withInitial(
            () -> {
              DocumentProcessor p = processors.get();
              created.add(p);
              return p;
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
    Counts counts = new Counts();
    try {
      // A window a few times the thread count keeps workers busy while bounding memory.
      int window = threads * 8;
      Deque<Future<Outcome>> pending = new ArrayDeque<>();
      while (source.hasNext()) {
        SourceItem item = source.next();
        pending.add(submit(item, pool, perThread));
        while (pending.size() > window) {
          commit(pending.poll(), output, rejects, listener, counts);
        }
      }
      while (!pending.isEmpty()) {
        commit(pending.poll(), output, rejects, listener, counts);
      }
    } finally {
      pool.shutdownNow();
      created.forEach(DocumentProcessor::close);
    }
    return new BatchSummary(
        counts.read, counts.written, counts.rejected, counts.chars, System.nanoTime() - start);
  }

  private static Future<Outcome> submit(
      SourceItem item, ExecutorService pool, ThreadLocal<DocumentProcessor> perThread) {
    return switch (item) {
      case Reject reject -> CompletableFuture.completedFuture(new Outcome(null, 0, reject));
      case Record record -> pool.submit(() -> processOne(record, perThread.get()));
    };
  }

  private static Outcome processOne(Record record, DocumentProcessor processor) {
    try {
      return new Outcome(processor.process(record), record.text().length(), null);
    } catch (Exception | StackOverflowError e) {
      String reason = "processing failed: " + e.getClass().getSimpleName();
      return new Outcome(null, 0, new Reject(record.position(), record.id(), reason));
    }
  }

  private static void commit(
      Future<Outcome> future,
      IoConsumer<String> output,
      IoConsumer<Reject> rejects,
      BatchListener listener,
      Counts counts)
      throws IOException {
    Outcome outcome = await(future);
    counts.read++;
    if (outcome.reject() != null) {
      rejects.accept(outcome.reject());
      counts.rejected++;
    } else {
      output.accept(outcome.json());
      counts.written++;
      counts.chars += outcome.chars();
    }
    listener.committed(counts.read, counts.written, counts.rejected);
  }

  private static Outcome await(Future<Outcome> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Worker failed outside of a record", e.getCause());
    }
  }

  private record Outcome(String json, int chars, Reject reject) {}

  private static final class Counts {
    long read;
    long written;
    long rejected;
    long chars;
  }
}

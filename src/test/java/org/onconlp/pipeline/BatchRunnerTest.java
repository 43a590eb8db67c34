package org.onconlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onconlp.io.Record;
import org.onconlp.io.RecordSource;
import org.onconlp.io.Reject;
import org.onconlp.io.SourceItem;

class BatchRunnerTest {

  private static Record record(int i, String text) {
    return new Record("CR-" + i, "P1", "pathology", null, text, "in.jsonl:" + i);
  }

  private static RecordSource sourceOf(List<SourceItem> items) {
    Iterator<SourceItem> it = items.iterator();
    return new RecordSource() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public SourceItem next() {
        return it.next();
      }

      @Override
      public void close() {}
    };
  }

  /** Echoes the id after a random pause, so that workers finish out of order. */
  private static DocumentProcessor slowEcho() {
    return new DocumentProcessor() {
      @Override
      public String process(Record r) throws Exception {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        if (r.text().contains("boom")) {
          throw new IllegalStateException("Carcinome de Mme Exemple");
        }
        return r.id();
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void outputFollowsInputOrderWithSeveralThreads() throws Exception {
    List<SourceItem> items = new ArrayList<>();
    IntStream.range(0, 200).forEach(i -> items.add(record(i, "Adénocarcinome lieberkühnien.")));
    List<String> out = new ArrayList<>();
    BatchSummary summary =
        new BatchRunner(BatchRunnerTest::slowEcho, 2)
            .run(sourceOf(items), out::add, r -> {}, BatchListener.NONE);
    assertEquals(IntStream.range(0, 200).mapToObj(i -> "CR-" + i).toList(), out);
    assertEquals(200, summary.written());
  }

  @Test
  void readerRejectsAndPipelineFailuresReconcileWithWrittenDocuments() throws Exception {
    List<SourceItem> items =
        List.of(
            record(1, "Carcinome canalaire infiltrant."),
            new Reject("in.jsonl:2", null, "malformed JSON"),
            record(3, "boom"),
            record(4, "Pas de métastase."));
    List<String> out = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    BatchSummary s =
        new BatchRunner(BatchRunnerTest::slowEcho, 2)
            .run(sourceOf(items), out::add, rejects::add, BatchListener.NONE);
    assertEquals(List.of("CR-1", "CR-4"), out);
    assertEquals(4, s.read());
    assertEquals(s.read(), s.written() + s.rejected());
    assertEquals("in.jsonl:2", rejects.get(0).position());
  }

  @Test
  void pipelineFailureReasonNamesTheErrorTypeButNeverItsMessage() throws Exception {
    List<Reject> rejects = new ArrayList<>();
    new BatchRunner(BatchRunnerTest::slowEcho, 1)
        .run(sourceOf(List.of(record(7, "boom"))), s -> {}, rejects::add, BatchListener.NONE);
    assertEquals(
        "Reject[position=in.jsonl:7, id=CR-7, reason=processing failed: IllegalStateException]",
        rejects.get(0).toString());
  }

  @Test
  void eachWorkerThreadGetsItsOwnProcessorAndAllAreClosed() throws Exception {
    List<Integer> closed = new ArrayList<>();
    List<SourceItem> items = new ArrayList<>();
    IntStream.range(0, 50).forEach(i -> items.add(record(i, "Mélanome.")));
    new BatchRunner(
            () ->
                new DocumentProcessor() {
                  @Override
                  public String process(Record r) {
                    return r.id();
                  }

                  @Override
                  public void close() {
                    synchronized (closed) {
                      closed.add(1);
                    }
                  }
                },
            2)
        .run(sourceOf(items), s -> {}, r -> {}, BatchListener.NONE);
    assertEquals(true, closed.size() >= 1 && closed.size() <= 2, "closed " + closed.size());
  }
}

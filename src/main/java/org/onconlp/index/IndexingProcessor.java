package org.onconlp.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.onconlp.io.Record;
import org.onconlp.pipeline.DocumentProcessor;

/**
 * A {@link DocumentProcessor} that indexes each processed report in the worker thread that
 * produced it, so that analysis and indexing run in parallel with the pipeline ({@code
 * IndexWriter} is thread-safe). A report the index refuses (no patient id) fails like any
 * processing failure and becomes a reject of the batch. One per worker thread, like the
 * processor it wraps.
 */
public final class IndexingProcessor implements DocumentProcessor {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final DocumentProcessor pipeline;
  private final CohortIndexWriter writer;

  /**
   * @param pipeline the processor producing contract JSON
   * @param writer the shared index writer
   */
  public IndexingProcessor(DocumentProcessor pipeline, CohortIndexWriter writer) {
    this.pipeline = pipeline;
    this.writer = writer;
  }

  @Override
  public String process(Record record) throws Exception {
    String line = pipeline.process(record);
    JsonNode report = MAPPER.readTree(line);
    writer.update(report, line);
    return line;
  }

  @Override
  public void close() {
    pipeline.close();
  }
}

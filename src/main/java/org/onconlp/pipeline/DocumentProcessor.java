package org.onconlp.pipeline;

import org.onconlp.io.Record;

/**
 * Turns one accepted input record into one contract JSON line. An instance is used by one
 * thread at a time (it may reuse a CAS between calls); {@link BatchRunner} gives each worker
 * thread its own.
 */
public interface DocumentProcessor extends AutoCloseable {
  /**
   * Processes a record.
   *
   * @return the contract JSON object of the document, on one line
   * @throws Exception when the record cannot be processed; the batch rejects it and goes on
   */
  String process(Record record) throws Exception;

  @Override
  void close();
}

package org.onconlp.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes reports into a cohort index folder. Idempotent: a report replaces any earlier one with
 * the same id ({@code updateDocument}). Incremental: an existing index is appended to. Crash-safe:
 * Lucene commits are atomic, and this writer commits every {@code commitEvery} changes and on
 * {@link #close()}, so a killed ingest leaves the last commit readable and re-running the batch
 * completes it without duplicates. One writer per folder (Lucene's lock enforces it); the methods
 * may be called from several threads.
 */
public final class CohortIndexWriter implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final int commitEvery;
  private long sinceCommit;

  /**
   * Opens or creates the index.
   *
   * @param folder the index folder (created when missing)
   * @param commitEvery changes between commits, at least 1
   */
  public CohortIndexWriter(Path folder, int commitEvery) throws IOException {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1");
    }
    this.commitEvery = commitEvery;
    this.directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(new ClinicalFrenchAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    // Stored contract JSON (the evidence behind hits) is the bulk of the index: DEFLATE blocks.
    config.setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
    this.writer = new IndexWriter(directory, config);
  }

  /**
   * Adds or replaces one report.
   *
   * @param report the contract JSON object
   * @param jsonLine the same object on one line
   * @throws IllegalArgumentException when the report lacks an id or a patient id
   */
  public void update(JsonNode report, String jsonLine) throws IOException {
    Document doc = ReportDocuments.build(report, jsonLine);
    writer.updateDocument(new Term(IndexSchema.ID, report.path("id").asText()), doc);
    counted();
  }

  /** Removes a report by id (no effect when absent). */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, id));
    counted();
  }

  private synchronized void counted() throws IOException {
    if (++sinceCommit >= commitEvery) {
      writer.commit();
      sinceCommit = 0;
    }
  }

  /** Makes every change so far durable and visible to new searchers. */
  public synchronized void commit() throws IOException {
    writer.commit();
    sinceCommit = 0;
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}

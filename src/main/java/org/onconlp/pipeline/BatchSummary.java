package org.onconlp.pipeline;

import java.util.Locale;

/**
 * Counts of one batch. They always reconcile: {@code read == written + rejected}.
 *
 * @param read input positions read (records and rejects alike)
 * @param written documents written to the output
 * @param rejected records written to the rejects file
 * @param chars characters of text in the written documents
 * @param nanos wall-clock duration of the batch
 */
public record BatchSummary(long read, long written, long rejected, long chars, long nanos) {

  /** Documents written per second of wall-clock time. */
  public double docsPerSecond() {
    return nanos == 0 ? 0 : written * 1e9 / nanos;
  }

  /** Megabytes (10^6 UTF-16 characters, close to UTF-8 bytes for French) per second. */
  public double megabytesPerSecond() {
    return nanos == 0 ? 0 : chars / 1e6 * 1e9 / nanos;
  }

  /** One-line human summary, free of any document content. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "read %d, written %d, rejected %d in %.1f s (%.1f docs/s, %.2f MB/s)",
        read, written, rejected, nanos / 1e9, docsPerSecond(), megabytesPerSecond());
  }
}

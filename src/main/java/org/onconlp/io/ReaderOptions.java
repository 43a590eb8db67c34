package org.onconlp.io;

import java.util.Objects;

/**
 * Options shared by every reader.
 *
 * @param maxChars the longest accepted text in UTF-16 chars; longer texts are rejected
 * @param notes receives what the readers notice about accepted records (never null)
 */
public record ReaderOptions(int maxChars, ReadNoteListener notes) {
  /** Default for {@link #maxChars}: 2,000,000 chars, far above any real report. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  /** Checks the values. */
  public ReaderOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    Objects.requireNonNull(notes, "notes");
  }

  /** The defaults: {@value #DEFAULT_MAX_CHARS} chars, notes ignored. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_CHARS, ReadNoteListener.IGNORE);
  }

  /** A copy with another maximum text length. */
  public ReaderOptions withMaxChars(int newMaxChars) {
    return new ReaderOptions(newMaxChars, notes);
  }

  /** A copy with another note listener. */
  public ReaderOptions withNotes(ReadNoteListener newNotes) {
    return new ReaderOptions(maxChars, newNotes);
  }
}

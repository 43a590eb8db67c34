package org.onconlp.io;

/**
 * Receives the {@link ReadNote}s of a reader, e.g. to count "decoded as windows-1252". Called on
 * the thread that iterates the {@link RecordSource}, just before the record is returned.
 */
@FunctionalInterface
public interface ReadNoteListener {
  /** A listener that ignores every note. */
  ReadNoteListener IGNORE = (position, note) -> {};

  /**
   * Called once per note and record.
   *
   * @param position the record's position (file, line or row)
   * @param note what was noticed
   */
  void onNote(String position, ReadNote note);
}

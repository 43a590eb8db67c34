package org.onconlp.io;

/**
 * Something a reader noticed about an accepted record that the runner may count or log. Notes name
 * the event only, never the record's content.
 */
public enum ReadNote {
  /** Some bytes were not valid UTF-8 and were decoded as Windows-1252. */
  DECODED_AS_WINDOWS_1252("decoded as windows-1252"),
  /** The date was not a recognised date and was dropped (the record is kept). */
  INVALID_DATE_DROPPED("invalid date dropped"),
  /** The document type was not in the contract vocabulary and was mapped to {@code other}. */
  UNKNOWN_TYPE_MAPPED_TO_OTHER("unknown type mapped to other");

  private final String message;

  ReadNote(String message) {
    this.message = message;
  }

  /** A short human-readable description, free of record content. */
  public String message() {
    return message;
  }
}

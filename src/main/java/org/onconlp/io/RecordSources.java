package org.onconlp.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the {@link RecordSource} of an input. */
public final class RecordSources {
  private RecordSources() {}

  /**
   * Opens {@code input} as {@code format}.
   *
   * @param input a folder or file
   * @param format the format, or null to {@link Format#detect detect} it
   * @param options reader options
   * @throws NoSuchFileException when {@code input} does not exist
   * @throws IOException when it cannot be opened or its header is unusable
   * @throws IllegalArgumentException when {@code format} is null and cannot be detected
   */
  public static RecordSource open(Path input, Format format, ReaderOptions options)
      throws IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString(), null, "input does not exist");
    }
    Format actual = format == null ? Format.detect(input) : format;
    if (actual != Format.TXT && Files.isDirectory(input)) {
      throw new IOException(input + ": a folder cannot be read as " + actual);
    }
    return switch (actual) {
      case TXT -> new TextFolderSource(input, options);
      case JSONL -> new JsonLinesSource(input, options);
      case CSV -> new CsvSource(input, options);
    };
  }
}

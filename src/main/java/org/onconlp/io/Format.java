package org.onconlp.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Input formats the pipeline reads. */
public enum Format {
  /** A folder of {@code .txt} files (or one {@code .txt} file): {@link TextFolderSource}. */
  TXT,
  /** JSON Lines: {@link JsonLinesSource}. */
  JSONL,
  /** CSV or TSV with a header line: {@link CsvSource}. */
  CSV;

  /**
   * Tells the format from the path: a folder or a {@code .txt} file is TXT, {@code .jsonl} and
   * {@code .ndjson} are JSONL, {@code .csv} and {@code .tsv} are CSV (extensions in any case).
   *
   * @throws IllegalArgumentException when the path says nothing of its format
   */
  public static Format detect(Path input) {
    if (Files.isDirectory(input)) {
      return TXT;
    }
    String name = String.valueOf(input.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return TXT;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return CSV;
    }
    throw new IllegalArgumentException(
        "Cannot tell the input format of "
            + input
            + " (expected a folder, .txt, .jsonl, .ndjson, .csv or .tsv): name the format");
  }
}

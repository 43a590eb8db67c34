package org.onconlp.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/** CSV plumbing shared by {@link CsvSource} and the {@code metadata.csv} of text folders. */
final class CsvSupport {
  /** How far the header line is looked at to detect the delimiter. */
  private static final int HEADER_SNIFF_CHARS = 1 << 16;

  private CsvSupport() {}

  /** A decoding reader on a file, and the buffered reader over it that a parser reads. */
  record Opened(FallbackReader decoder, BufferedReader reader) {}

  /** Opens {@code file} for CSV parsing (see {@link FallbackReader}). */
  static Opened open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    FallbackReader decoder = new FallbackReader(in);
    return new Opened(decoder, new BufferedReader(decoder, HEADER_SNIFF_CHARS));
  }

  /**
   * Detects the delimiter from the header line, then rewinds the reader: the most frequent of
   * {@code ,} {@code ;} and tab outside quotes (French Excel exports use {@code ;}); {@code ,} when
   * none occurs.
   */
  static char detectDelimiter(BufferedReader reader) throws IOException {
    reader.mark(HEADER_SNIFF_CHARS);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_SNIFF_CHARS; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    reader.reset();
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** RFC 4180 with a header line, header names matched ignoring case, blank lines skipped. */
  static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true)
        .get();
  }
}

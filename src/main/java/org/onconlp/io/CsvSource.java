package org.onconlp.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (or TSV) file with a header line naming the columns {@code id}, {@code patientId},
 * {@code type}, {@code date} and {@code text} (any order, case ignored; {@code id} and {@code text}
 * required, the others optional); further columns become {@link Record#attributes()}.
 *
 * <p>RFC 4180 quoting, so a quoted text may span several lines. The delimiter is detected from the
 * header line among {@code ,} {@code ;} and tab (French Excel exports use {@code ;}). The file is
 * streamed through a decoder that reads UTF-8 and decodes each malformed byte sequence as
 * Windows-1252 (see {@link TextDecoder}), so a Windows-1252 or mixed file needs neither a first
 * pass nor a guess from its first megabytes; the note {@link ReadNote#DECODED_AS_WINDOWS_1252} goes
 * to the records whose bytes needed it. Blank lines are skipped. A row whose column count differs
 * from the header's is rejected ("row N: expected X columns, found Y"); broken quoting ends the
 * file with one reject, as the rest cannot be split reliably. The position is {@code <file
 * name>:row N}, N counting records after the header. A quoted field is held whole in memory by the
 * parser, so the file must be well-formed enough for a field to end.
 */
public final class CsvSource extends AbstractRecordSource {
  private final String fileName;
  private final RecordValidator validator;
  private final FallbackReader decoder;
  private final CSVParser parser;
  private final List<String> header;
  private final Iterator<CSVRecord> rows;
  private CSVRecord pending;
  private String pendingFailure;
  private long lastRow;
  private boolean failed;

  /**
   * Opens a CSV file and reads its header.
   *
   * @throws IOException when it cannot be read, or its header lacks {@code id} or {@code text}
   */
  public CsvSource(Path file, ReaderOptions options) throws IOException {
    this.fileName = file.getFileName().toString();
    this.validator = new RecordValidator(options);
    CsvSupport.Opened opened = CsvSupport.open(file);
    this.decoder = opened.decoder();
    BufferedReader reader = opened.reader();
    try {
      this.parser = CsvSupport.format(CsvSupport.detectDelimiter(reader)).parse(reader);
      this.header = parser.getHeaderNames().stream().map(TextFolderSource::canonical).toList();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      reader.close();
      throw new IOException(fileName + ": cannot read the CSV header", e);
    }
    if (!header.isEmpty()) {
      for (String required : List.of("id", "text")) {
        if (!header.contains(required)) {
          parser.close();
          throw new IOException(fileName + ": the CSV header has no " + required + " column");
        }
      }
    }
    this.rows = parser.iterator();
    advance();
  }

  @Override
  protected SourceItem computeNext() {
    if (pending == null) {
      if (pendingFailure == null || failed) {
        return null;
      }
      failed = true;
      long row = lastRow + 1;
      return new Reject(fileName + ":row " + row, null, "row " + row + ": " + pendingFailure);
    }
    CSVRecord row = pending;
    lastRow = row.getRecordNumber();
    advance();
    long end = pending == null ? Long.MAX_VALUE : pending.getCharacterPosition();
    boolean windows1252 = decoder.fellBackBefore(end);
    String position = fileName + ":row " + lastRow;
    if (row.size() != header.size()) {
      return new Reject(
          position,
          null,
          "row " + lastRow + ": expected " + header.size() + " columns, found " + row.size());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.putIfAbsent(header.get(i), row.get(i));
    }
    String id = values.remove("id");
    String patientId = values.remove("patientId");
    String type = values.remove("type");
    String date = values.remove("date");
    String text = values.remove("text");
    return validator.validate(position, id, patientId, type, date, text, values, windows1252);
  }

  /** Reads one row ahead, so the current row's end offset is known for the decoding note. */
  private void advance() {
    pending = null;
    if (pendingFailure != null) {
      return;
    }
    try {
      if (rows.hasNext()) {
        pending = rows.next();
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // commons-csv's message quotes positions only, but keep ours fixed to be sure.
      pendingFailure = "malformed CSV (broken quoting)";
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}

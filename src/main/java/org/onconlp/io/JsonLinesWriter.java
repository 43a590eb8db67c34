package org.onconlp.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes JSON objects as JSON Lines: UTF-8, one compact object per line, {@code \n} endings.
 * Creates missing parent folders. Thread-safe: lines of concurrent writers never interleave.
 * Flushes and closes the file on {@link #close()}.
 */
public final class JsonLinesWriter implements Closeable {
  private final ObjectMapper mapper = new ObjectMapper();
  private final BufferedWriter out;
  private long lines;

  /** Creates or truncates {@code file}. */
  public JsonLinesWriter(Path file) throws IOException {
    this(file, false);
  }

  /**
   * Opens {@code file} for writing.
   *
   * @param append true to add to an existing file, false to truncate it
   */
  public JsonLinesWriter(Path file, boolean append) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Writes one object as one line. */
  public void write(JsonNode json) throws IOException {
    writeLine(mapper.writeValueAsString(json));
  }

  /**
   * Writes one already serialised compact JSON value as one line.
   *
   * @throws IllegalArgumentException when it holds a line break
   */
  public synchronized void writeLine(String json) throws IOException {
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("A JSON line must not contain a line break");
    }
    out.write(json);
    out.write('\n');
    lines++;
  }

  /** Number of lines written so far. */
  public synchronized long lines() {
    return lines;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}

package org.onconlp.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream on {@code \n} (dropping a {@code \r} before it) without decoding, so each
 * line can be decoded on its own. A line longer than the cap is skipped without being held in
 * memory and reported as oversized. Not thread-safe.
 */
final class ByteLineReader implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int bufferPos;
  private int bufferEnd;
  private byte[] line = new byte[256];
  private int length;
  private long oversizedLength;
  private long lineNumber;

  ByteLineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    oversizedLength = -1;
    long total = 0;
    boolean any = false;
    while (true) {
      if (bufferPos == bufferEnd) {
        int n = in.read(buffer);
        if (n < 0) {
          if (!any) {
            return false;
          }
          break;
        }
        bufferPos = 0;
        bufferEnd = n;
      }
      any = true;
      int start = bufferPos;
      while (bufferPos < bufferEnd && buffer[bufferPos] != '\n') {
        bufferPos++;
      }
      int chunk = bufferPos - start;
      total += chunk;
      if (total > maxLineBytes) {
        oversizedLength = total;
      } else {
        append(start, chunk);
      }
      if (bufferPos < bufferEnd) {
        bufferPos++;
        break;
      }
    }
    lineNumber++;
    if (oversizedLength >= 0) {
      oversizedLength = total;
      length = 0;
    } else if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private void append(int start, int chunk) {
    if (length + chunk > line.length) {
      line = Arrays.copyOf(line, Math.max(length + chunk, line.length * 2));
    }
    System.arraycopy(buffer, start, line, length, chunk);
    length += chunk;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** True when the current line exceeded the cap (its bytes are then not available). */
  boolean oversized() {
    return oversizedLength >= 0;
  }

  /** Length in bytes of the current line, also when oversized. */
  long byteLength() {
    return oversized() ? oversizedLength : length;
  }

  /** The buffer holding the current line's bytes from 0 to {@link #byteLength()}. */
  byte[] bytes() {
    return line;
  }

  /** True when the current line holds only ASCII white space. */
  boolean blank() {
    if (oversized()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

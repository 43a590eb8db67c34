package org.onconlp.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;

/**
 * A streaming {@link Reader} with the decoding of {@link TextDecoder}: strict UTF-8, each malformed
 * sequence decoded as Windows-1252, a leading byte-order mark dropped. It remembers the char
 * offsets at which it fell back so a reader can tell which record was affected. Not thread-safe
 * (one per file).
 */
final class FallbackReader extends Reader {
  private static final int BUFFER = 8192;

  private final InputStream in;
  private final CharsetDecoder utf8 = TextDecoder.strictUtf8();
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);

  /** Char offsets (after the byte-order mark) of fallback chars not yet consumed by a caller. */
  private final ArrayDeque<Long> fallbackOffsets = new ArrayDeque<>();

  private long charsDecoded;
  private boolean endOfInput;
  private boolean done;
  private boolean atStart = true;

  FallbackReader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (done) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /**
   * True when a fallback char was produced at an offset before {@code end}; forgets those offsets.
   * Callers ask in increasing order of {@code end}.
   */
  boolean fellBackBefore(long end) {
    boolean found = false;
    while (!fallbackOffsets.isEmpty() && fallbackOffsets.peekFirst() < end) {
      fallbackOffsets.pollFirst();
      found = true;
    }
    return found;
  }

  private void fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !done) {
      CoderResult result = utf8.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        for (int i = result.length(); i > 0; i--) {
          fallbackOffsets.addLast(charsDecoded + chars.position());
          chars.put(TextDecoder.windows1252(bytes.get()));
        }
      } else if (result.isUnderflow()) {
        if (endOfInput) {
          utf8.flush(chars);
          done = true;
        } else {
          readMoreBytes();
        }
      } else {
        break;
      }
    }
    chars.flip();
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
        shiftOffsetsForBom();
      }
    }
    charsDecoded += chars.remaining();
  }

  private void shiftOffsetsForBom() {
    int size = fallbackOffsets.size();
    for (int i = 0; i < size; i++) {
      fallbackOffsets.addLast(fallbackOffsets.pollFirst() - 1);
    }
  }

  private void readMoreBytes() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

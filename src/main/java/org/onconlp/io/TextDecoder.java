package org.onconlp.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes to text: UTF-8 (with or without a byte-order mark), falling back to
 * Windows-1252 for the byte sequences that are not valid UTF-8.
 *
 * <p>French hospital exports are often Windows-1252, sometimes mixed with UTF-8 when fields of
 * several systems are concatenated. A strict UTF-8 decoder ({@link CodingErrorAction#REPORT})
 * reports each malformed sequence, and only those bytes are decoded as Windows-1252: a pure
 * Windows-1252 file decodes exactly as Windows-1252 (its accented letters are never valid UTF-8 in
 * French text), and a UTF-8 file with one stray byte keeps its other accents intact instead of
 * turning every {@code é} into {@code Ã©}. The five bytes Windows-1252 leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD. UTF-16 is not supported (its NUL bytes make it look
 * binary).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
  /** The fallback charset. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reject reason for content that is not text. */
  public static final String BINARY_REASON = "binary content";

  private static final char BOM = '\uFEFF';

  /** Windows-1252 code points of the 256 byte values (immutable). */
  private static final String CP1252_TABLE = buildTable();

  private TextDecoder() {}

  /** Decodes a whole byte array; see the class comment. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes {@code length} bytes from {@code offset}; see the class comment. */
  public static DecodedText decode(byte[] bytes, int offset, int length) {
    CharsetDecoder utf8 = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    // UTF-8 never yields more chars than bytes, Windows-1252 exactly one char per byte.
    CharBuffer out = CharBuffer.allocate(length);
    boolean fellBack = false;
    while (true) {
      CoderResult result = utf8.decode(in, out, true);
      if (result.isError()) {
        fellBack = true;
        for (int i = result.length(); i > 0; i--) {
          out.put(windows1252(in.get()));
        }
      } else {
        utf8.flush(out);
        break;
      }
    }
    out.flip();
    if (out.hasRemaining() && out.get(out.position()) == BOM) {
      out.get();
    }
    return new DecodedText(out.toString(), fellBack);
  }

  /**
   * True when a text is not a report: it holds a NUL character, or more than 10% of its chars are
   * control characters other than tab, line feed, carriage return, form feed and vertical tab (Word
   * exports use the last two for page and line breaks).
   */
  public static boolean looksBinary(CharSequence text) {
    int controls = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)
          || c == 0x7F) {
        controls++;
      }
    }
    return controls * 10L > length;
  }

  /** The Windows-1252 char of one byte. */
  static char windows1252(byte b) {
    return CP1252_TABLE.charAt(b & 0xFF);
  }

  /** A new strict UTF-8 decoder (decoders are not thread-safe, so one per use). */
  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String buildTable() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    return new String(all, WINDOWS_1252);
  }
}

package org.onconlp.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * Deflate compression of the contract JSON kept in the {@link IndexSchema#JSON} stored field
 * (about 3× smaller than the UTF-8 text for French reports), so that a hit can be explained with
 * the facts' offsets without re-running the pipeline.
 */
public final class StoredJson {
  private StoredJson() {}

  /** Compresses a JSON line. */
  public static byte[] compress(String json) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 2 + 16);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** Decompresses what {@link #compress} produced. */
  public static String decompress(BytesRef bytes) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes.bytes, bytes.offset, bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("Truncated stored JSON");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("Corrupt stored JSON", e);
    } finally {
      inflater.end();
    }
  }
}

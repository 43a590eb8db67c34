package org.onconlp.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@link Reject}s as JSON Lines, one {@code {"position":…, "id":…, "reason":…}} object per
 * line ({@code id} only when known). Rejects carry no record content, so neither does this file.
 * Thread-safe.
 */
public final class RejectsWriter implements Closeable {
  private final JsonLinesWriter lines;

  /** Creates or truncates {@code file}. */
  public RejectsWriter(Path file) throws IOException {
    this.lines = new JsonLinesWriter(file);
  }

  /** Writes one reject. */
  public void write(Reject reject) throws IOException {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("position", reject.position());
    if (reject.id() != null) {
      o.put("id", reject.id());
    }
    o.put("reason", reject.reason());
    lines.write(o);
  }

  /** Number of rejects written so far. */
  public long count() {
    return lines.lines();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}

package org.onconlp.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The audit log of patient-list requests, {@code audit.jsonl} in the index folder: one JSON line
 * per request with who (the operating-system user), when (UTC), the query and the patient count.
 * Appends under a file lock so concurrent searches do not interleave lines.
 */
public final class AuditLog {
  /** File name of the log inside the index folder. */
  public static final String FILE = "audit.jsonl";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path file;

  /** @param indexFolder the index folder */
  public AuditLog(Path indexFolder) {
    this.file = indexFolder.resolve(FILE);
  }

  /** Appends one entry; the request must not proceed when this fails. */
  public void record(String who, Instant when, String query, int patients) throws IOException {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("who", who);
    line.put("when", when.toString());
    line.put("query", query);
    line.put("patients", patients);
    byte[] bytes = (MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock = channel.lock()) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(false);
    }
  }

  /** The log file. */
  public Path file() {
    return file;
  }
}

package org.onconlp.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onconlp.io.Reject;
import org.onconlp.pipeline.BatchListener;
import org.onconlp.pipeline.BatchSummary;
import org.onconlp.pipeline.IoConsumer;

/**
 * Indexes contract JSON that was already produced (the output of {@code onconlp process}, or
 * facts from elsewhere in the contract shape) without re-running the pipeline. Each non-blank
 * line is one report; a line that is not a JSON object or lacks {@code id} / {@code patientId}
 * becomes a reject naming the line, never its content. Counts reconcile: read = written +
 * rejected.
 */
public final class ContractIngest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractIngest() {}

  /**
   * Indexes every line of a contract JSON Lines file.
   *
   * @param file the file
   * @param writer the index
   * @param rejects receives each refused line
   * @param listener hears of each line
   */
  public static BatchSummary run(
      Path file, CohortIndexWriter writer, IoConsumer<Reject> rejects, BatchListener listener)
      throws IOException {
    long start = System.nanoTime();
    long read = 0;
    long written = 0;
    long rejected = 0;
    long chars = 0;
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        read++;
        String reason = null;
        String id = null;
        try {
          JsonNode report = MAPPER.readTree(line);
          if (!report.isObject()) {
            reason = "line " + number + ": not a JSON object";
          } else {
            id = report.path("id").isTextual() ? report.get("id").asText() : null;
            writer.update(report, line);
            chars += report.path("text").asText("").length();
          }
        } catch (JsonProcessingException e) {
          reason = "line " + number + ": malformed JSON";
        } catch (IllegalArgumentException e) {
          reason = "line " + number + ": " + e.getMessage();
        }
        if (reason == null) {
          written++;
        } else {
          rejected++;
          rejects.accept(new Reject(name + ":" + number, id, reason));
        }
        listener.committed(read, written, rejected);
      }
    }
    return new BatchSummary(read, written, rejected, chars, System.nanoTime() - start);
  }
}

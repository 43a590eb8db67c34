package org.onconlp.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON Lines (NDJSON): one JSON object per line with the fields {@code id}, {@code
 * patientId}, {@code type}, {@code date} and {@code text}. Other scalar fields (strings, numbers,
 * booleans) are kept as {@link Record#attributes()} (e.g. {@code patientName}, {@code birthDate}
 * for de-identification); nested objects and arrays among them are ignored.
 *
 * <p>Streams the file line by line; each line's bytes are decoded on their own by {@link
 * TextDecoder} (UTF-8, falling back to Windows-1252). Blank lines are skipped and not counted: they
 * are layout, not records (a trailing newline is common). Every other line yields one item; rejects
 * say "line N: malformed JSON (...)" with only the kind of error and its column, "line N: not a
 * JSON object", "line N: field F is not a string", or "missing text", never content. A line longer
 * than the longest text allowed could be (6 bytes per char, the size of a {@code \\uXXXX} escape,
 * plus 64 KiB for the other fields) is skipped without being held in memory. The position is {@code
 * <file name>:<line number>}.
 */
public final class JsonLinesSource extends AbstractRecordSource {
  private static final Set<String> KNOWN = Set.of("id", "patientId", "type", "date", "text");

  private final ObjectMapper mapper;
  private final String fileName;
  private final RecordValidator validator;
  private final ByteLineReader lines;

  /**
   * Opens a JSON Lines file.
   *
   * @throws IOException when it cannot be opened
   */
  public JsonLinesSource(Path file, ReaderOptions options) throws IOException {
    this.fileName = file.getFileName().toString();
    this.validator = new RecordValidator(options);
    this.lines =
        new ByteLineReader(
            Files.newInputStream(file),
            Math.min(6L * options.maxChars() + (1 << 16), Integer.MAX_VALUE - 64));
    // The line cap bounds memory; Jackson's own string cap (20M chars) must not reject first.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  @Override
  protected SourceItem computeNext() throws IOException {
    do {
      if (!lines.next()) {
        return null;
      }
    } while (lines.blank());
    long number = lines.lineNumber();
    String position = fileName + ":" + number;
    if (lines.oversized()) {
      return new Reject(
          position, null, "line " + number + ": too large: " + lines.byteLength() + " bytes");
    }
    DecodedText decoded = TextDecoder.decode(lines.bytes(), 0, (int) lines.byteLength());
    JsonNode node;
    try {
      node = mapper.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      return new Reject(
          position, null, "line " + number + ": malformed JSON (" + describe(e) + ")");
    }
    if (node == null || !node.isObject()) {
      return new Reject(position, null, "line " + number + ": not a JSON object");
    }
    String id = scalar(node.get("id"));
    for (String field : KNOWN) {
      JsonNode value = node.get(field);
      if (value != null && value.isContainerNode()) {
        return new Reject(position, id, "line " + number + ": field " + field + " is not a string");
      }
    }
    if (id != null && scalar(node.get("text")) == null) {
      return new Reject(position, id, "missing text");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!KNOWN.contains(field.getKey()) && field.getValue().isValueNode()) {
        String value = scalar(field.getValue());
        if (value != null) {
          attributes.put(field.getKey(), value);
        }
      }
    }
    return validator.validate(
        position,
        id,
        scalar(node.get("patientId")),
        scalar(node.get("type")),
        scalar(node.get("date")),
        scalar(node.get("text")),
        attributes,
        decoded.windows1252());
  }

  /** The kind of a JSON error and its column, without the parser's message (it quotes input). */
  private static String describe(JsonProcessingException e) {
    String kind = e instanceof JsonEOFException ? "unexpected end of input" : "syntax error";
    return e.getLocation() == null ? kind : kind + " at column " + e.getLocation().getColumnNr();
  }

  private static String scalar(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}

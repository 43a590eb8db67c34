package org.onconlp.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input report as read from a source, before any processing.
 *
 * @param id report identifier (contract {@code id}); never null for an accepted record
 * @param patientId pseudonymous patient identifier, or null when the source has none
 * @param type contract document type, or null when unknown
 * @param date ISO 8601 report date, or null when unknown
 * @param text the original report text
 * @param position where the record came from (file, line or row), for rejects and provenance
 * @param attributes further string fields of the source beyond the six above (extra JSON fields,
 *     extra CSV or {@code metadata.csv} columns, e.g. {@code patientName}, {@code birthDate} for
 *     de-identification), keyed by the source's field name; an immutable copy, never null, empty
 *     when the source has none. They are input only and never written to the output contract.
 */
public record Record(
    String id,
    String patientId,
    String type,
    String date,
    String text,
    String position,
    Map<String, String> attributes)
    implements SourceItem {

  /** Copies {@code attributes} (dropping null keys and values) so the record stays immutable. */
  public Record {
    if (attributes == null || attributes.isEmpty()) {
      attributes = Map.of();
    } else {
      Map<String, String> copy = new LinkedHashMap<>();
      attributes.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(k, v);
            }
          });
      attributes = Map.copyOf(copy);
    }
  }

  /** A record without extra attributes. */
  public Record(
      String id, String patientId, String type, String date, String text, String position) {
    this(id, patientId, type, date, text, position, Map.of());
  }
}

package org.onconlp.extract.event;

/**
 * An event of the disease course found in text, with the contract's values (null when not
 * written).
 *
 * @param begin start offset
 * @param end end offset
 * @param type performance_status, response, metastasis or death
 * @param scale ECOG or KARNOFSKY
 * @param value performance-status value as written
 * @param response complete, partial, stable, progression, relapse, recurrence
 * @param site ICD-O-3 topography of a metastasis
 * @param date ISO date when written next to the event
 */
public record EventMention(
    int begin,
    int end,
    String type,
    String scale,
    String value,
    String response,
    String site,
    String date) {

  /** Compact form for tests: {@code type key=value ...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type);
    append(sb, "scale", scale);
    append(sb, "value", value);
    append(sb, "response", response);
    append(sb, "site", site);
    append(sb, "date", date);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String key, String v) {
    if (v != null) {
      sb.append(' ').append(key).append('=').append(v);
    }
  }
}

package org.onconlp.extract.treatment;

import java.util.List;

/**
 * A treatment found in text, with the contract's values (null or 0 when not written).
 *
 * @param begin start offset
 * @param end end offset
 * @param category contract category
 * @param agent contract agent
 * @param atc ATC code
 * @param components INNs of a regimen or combination
 * @param line line of therapy, 0 when not written
 * @param status planned, ongoing, completed, stopped or unknown
 * @param setting neoadjuvant, adjuvant, metastatic, maintenance, curative, palliative
 * @param startDate ISO start date
 * @param endDate ISO end date
 * @param stopReason toxicity, progression, completion, patient_choice, other
 * @param doseGy radiotherapy dose, 0 when not written
 * @param fractions radiotherapy fractions, 0 when not written
 */
public record TreatmentMention(
    int begin,
    int end,
    String category,
    String agent,
    String atc,
    List<String> components,
    int line,
    String status,
    String setting,
    String startDate,
    String endDate,
    String stopReason,
    float doseGy,
    int fractions) {

  /** Compact form for tests and logs: {@code [begin,end) agent/category key=value ...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(agent).append('/').append(category);
    if (!components.isEmpty()) {
      sb.append(" components=").append(String.join("+", components));
    }
    append(sb, "atc", atc);
    if (line > 0) {
      sb.append(" line=").append(line);
    }
    append(sb, "status", status);
    append(sb, "setting", setting);
    append(sb, "start", startDate);
    append(sb, "end", endDate);
    append(sb, "stopReason", stopReason);
    if (doseGy > 0) {
      sb.append(" dose=").append(doseGy);
    }
    if (fractions > 0) {
      sb.append(" fractions=").append(fractions);
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(' ').append(key).append('=').append(value);
    }
  }
}

package org.onconlp.deid;

/**
 * Replaces each PHI span by its category in brackets ({@code [DATE]}, {@code [TEL]}) and keeps
 * only the year of the document date, so that no day-level date leaves the pipeline while
 * cohorts can still be sliced by year. Stateless.
 */
public final class MaskStrategy implements SurrogateStrategy {
  @Override
  public String surrogate(String category, String original, String patientId) {
    return "[" + (category == null || category.isEmpty() ? "PHI" : category) + "]";
  }

  @Override
  public String documentDate(String isoDate, String patientId) {
    if (isoDate == null || isoDate.length() < 4) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      char c = isoDate.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return isoDate.length() == 4 || !Character.isDigit(isoDate.charAt(4))
        ? isoDate.substring(0, 4)
        : null;
  }
}

package org.onconlp.deid.surrogate;

import java.util.regex.Pattern;

/**
 * Replaces each PHI span by its category in brackets ({@code [DATE]}, {@code [TEL]}) and keeps
 * only the year of the document date, so that no day-level date leaves the pipeline while
 * cohorts can still be sliced by year. Stateless.
 */
public final class MaskStrategy implements SurrogateStrategy {
  /** ISO 8601 year, year-month or date: 2021, 2021-03, 2021-03-04 (with a time or not). */
  private static final Pattern YEAR_FIRST = Pattern.compile("[0-9]{4}(?:-.*)?");

  @Override
  public String surrogate(String category, String original, String patientId) {
    return "[" + (category == null || category.isEmpty() ? "PHI" : category) + "]";
  }

  @Override
  public String documentDate(String isoDate, String patientId) {
    if (isoDate == null || !YEAR_FIRST.matcher(isoDate).matches()) {
      return null;
    }
    return isoDate.substring(0, 4);
  }
}

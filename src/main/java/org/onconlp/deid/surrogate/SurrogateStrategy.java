package org.onconlp.deid.surrogate;

import org.onconlp.deid.DeidMode;
import org.onconlp.deid.DeidViewBuilder;

/**
 * Decides what replaces a PHI span in the de-identified text and how the document date is
 * de-identified. {@link MaskStrategy} writes {@code [CATEGORY]}; a realistic-surrogate strategy
 * (fake names, per-patient date shifting keyed on {@code patientId}) implements the same
 * interface and plugs into {@link DeidViewBuilder} through {@link DeidMode}.
 *
 * <p>Implementations must be thread-safe and must not keep per-document state in fields.
 */
public interface SurrogateStrategy {
  /**
   * The surrogate text for one PHI span.
   *
   * @param category contract PHI category (DATE, TEL, ...)
   * @param original the original text of the span
   * @param patientId the source's pseudonymous patient id, or null when unknown
   * @return the replacement, never null
   */
  String surrogate(String category, String original, String patientId);

  /**
   * The de-identified form of the document date.
   *
   * @param isoDate the source date (ISO 8601), or null
   * @param patientId the source's pseudonymous patient id, or null when unknown
   * @return the date to publish (ISO 8601, possibly only a year or year-month), or null
   */
  String documentDate(String isoDate, String patientId);
}

package org.onconlp.search;

import java.util.List;

/**
 * The parsed form of a cohort query. Boolean operators combine at PATIENT level (a patient
 * matches {@code A AND B} when some report satisfies A and some report, maybe another, satisfies
 * B); {@link SameDoc} asks for one report; {@link Temporal} compares report dates.
 */
public sealed interface CohortQuery {

  /**
   * One criterion, numbered in query order from 1.
   *
   * @param criterion what a report must contain
   * @param number 1-based number of the criterion in the query
   * @param source the criterion's text as written
   */
  record Leaf(Criterion criterion, int number, String source) implements CohortQuery {}

  /** Every operand holds for the patient. */
  record And(List<CohortQuery> operands) implements CohortQuery {}

  /** At least one operand holds for the patient. */
  record Or(List<CohortQuery> operands) implements CohortQuery {}

  /** The operand does not hold for the patient (no report satisfies it). */
  record Not(CohortQuery operand) implements CohortQuery {}

  /** The inner boolean expression holds within one report. */
  record SameDoc(CohortQuery inner) implements CohortQuery {}

  /**
   * A report satisfying {@code left} is dated relative to one satisfying {@code right}.
   *
   * @param left the first operand
   * @param right the second operand
   * @param order BEFORE, AFTER or ANY (only the window counts)
   * @param window the largest interval, or null for none
   */
  record Temporal(CohortQuery left, CohortQuery right, Order order, Window window)
      implements CohortQuery {}

  /** Order between the two operands' report dates. */
  enum Order {
    /** left strictly earlier than right. */
    BEFORE,
    /** left strictly later than right. */
    AFTER,
    /** either order, the same day included (WITHIN … OF). */
    ANY
  }

  /**
   * A calendar interval.
   *
   * @param amount how many units
   * @param unit DAYS, WEEKS, MONTHS or YEARS
   */
  record Window(int amount, java.time.temporal.ChronoUnit unit) {
    /** True when {@code to} is at most this interval after {@code from} (both epoch days). */
    boolean contains(long from, long to) {
      java.time.LocalDate start = java.time.LocalDate.ofEpochDay(from);
      return to <= start.plus(amount, unit).toEpochDay();
    }
  }
}

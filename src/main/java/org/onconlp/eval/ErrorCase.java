package org.onconlp.eval;

import java.util.List;

/**
 * One error for the error analysis: every strict false positive and false negative appears in
 * exactly one case, plus one case per matched pair whose attributes differ.
 *
 * @param documentId the document
 * @param kind what went wrong
 * @param gold the expected entity, or null for a spurious prediction
 * @param pred the entity found, or null for a missed one
 * @param attributes the differing attributes (for {@link Kind#ATTRIBUTE}), else empty
 */
public record ErrorCase(
    String documentId, Kind kind, EvalEntity gold, EvalEntity pred, List<String> attributes) {

  /** Kinds of error, from the lenient alignment's point of view. */
  public enum Kind {
    /** Gold entity with no overlapping prediction of any label (false negative). */
    MISSED,
    /** Prediction with no overlapping gold entity of any label (false positive). */
    SPURIOUS,
    /** Same label, overlapping but different spans (strict false negative and false positive). */
    BOUNDARY,
    /** Overlapping spans under different labels (false negative and false positive). */
    LABEL,
    /** Matched entity whose scored attributes differ. */
    ATTRIBUTE
  }

  /** Copies the attribute list. */
  public ErrorCase {
    attributes = List.copyOf(attributes);
  }

  /** The label the error is filed under (the gold label when there is one). */
  public String label() {
    return gold != null ? gold.label() : pred.label();
  }

  /** Start offset in the original text, for sorting and display. */
  public int begin() {
    return gold != null ? gold.begin() : pred.begin();
  }
}

package org.onconlp.context;

/**
 * The four ConText flags of one mention.
 *
 * @param negated the text says the fact is absent or ruled out
 * @param hypothetical the fact is suspected, possible or conditional
 * @param family the fact concerns a relative
 * @param historical the fact belongs to the patient's past
 */
public record ContextFlags(
    boolean negated, boolean hypothetical, boolean family, boolean historical) {

  /** No flag set. */
  public static final ContextFlags NONE = new ContextFlags(false, false, false, false);

  /** These flags with the flag of {@code kind} raised (PSEUDO and TERMINATION change nothing). */
  ContextFlags with(CueKind kind) {
    return switch (kind) {
      case NEGATION -> new ContextFlags(true, hypothetical, family, historical);
      case HYPOTHESIS -> new ContextFlags(negated, true, family, historical);
      case FAMILY -> new ContextFlags(negated, hypothetical, true, historical);
      case HISTORY -> new ContextFlags(negated, hypothetical, family, true);
      case PSEUDO, TERMINATION -> this;
    };
  }

  /** Compact form for logs and tests: {@code negated,family} or {@code -}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb, negated, "negated");
    append(sb, hypothetical, "hypothetical");
    append(sb, family, "family");
    append(sb, historical, "historical");
    return sb.isEmpty() ? "-" : sb.toString();
  }

  private static void append(StringBuilder sb, boolean flag, String name) {
    if (flag) {
      if (!sb.isEmpty()) {
        sb.append(',');
      }
      sb.append(name);
    }
  }
}

package org.onconlp.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of attribute values before comparison, so that format differences (JSON number
 * {@code 1.0} against BRAT {@code 1}, {@code FOLFOX} against {@code folfox}, spacing) are not
 * scored as errors.
 */
public final class AttributeValues {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private AttributeValues() {}

  /**
   * Trims, collapses white space, lower-cases (root locale) and writes numbers without trailing
   * zeros. Returns null for null, blank and {@code false} values: an absent flag and a false flag
   * mean the same thing.
   */
  public static String normalise(String value) {
    if (value == null) {
      return null;
    }
    String v = SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("false")) {
      return null;
    }
    if (NUMBER.matcher(v).matches()) {
      v = new BigDecimal(v).stripTrailingZeros().toPlainString();
    }
    return v;
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiSpan;

/**
 * An identifier found once by its label, its table column or its shape is the same identifier
 * wherever else it recurs in the text: a study code of a shipment table repeated in the
 * correspondence list ("CP-RN-017 = NOM Prénom"), a patient number quoted again without its label.
 * Each recurrence takes the category of the first finding. Only values with at least three digits
 * and six characters, bounded by no letter or digit, so that short numbers never spread. Run once
 * at the end of a scan. Immutable and thread-safe.
 */
final class IdentifierRecurrences {
  private static final Set<String> CATEGORIES = Set.of("ID", "IPP", "NDA", "SECU", "RPPS");
  private static final int MIN_LENGTH = 6;
  private static final int MIN_DIGITS = 3;
  /** Bound on the distinct values searched again (each is one pass of indexOf over the text). */
  private static final int MAX_VALUES = 64;

  /** Adds the recurrences of the identifiers found so far in the scan. */
  void addRecurrences(StructuredScan s) {
    Map<String, String> values = new LinkedHashMap<>();
    for (PhiSpan span : s.found) {
      if (values.size() >= MAX_VALUES) {
        break;
      }
      if (CATEGORIES.contains(span.category()) && spreads(s.text, span.begin(), span.end())) {
        values.putIfAbsent(s.text.substring(span.begin(), span.end()), span.category());
      }
    }
    String text = s.text;
    values.forEach(
        (value, category) -> {
          for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            if (bounded(text, at, end)) {
              s.add(at, end, category);
            }
          }
        });
  }

  private static boolean spreads(String text, int begin, int end) {
    if (end - begin < MIN_LENGTH) {
      return false;
    }
    int digits = 0;
    for (int k = begin; k < end; k++) {
      digits += isAsciiDigit(text.charAt(k)) ? 1 : 0;
    }
    return digits >= MIN_DIGITS;
  }

  /** No letter or digit, nor a joining mark before one, right before or after the value. */
  private static boolean bounded(String text, int begin, int end) {
    if (begin > 0) {
      char c = text.charAt(begin - 1);
      if (Character.isLetterOrDigit(c)
          || ((c == '-' || c == '/' || c == '.') && begin > 1 && Character.isLetterOrDigit(text.charAt(begin - 2)))) {
        return false;
      }
    }
    if (end < text.length()) {
      char c = text.charAt(end);
      return !Character.isLetterOrDigit(c)
          && !((c == '-' || c == '/' || c == '.' || c == ',')
              && end + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(end + 1)));
    }
    return true;
  }
}

package org.onconlp.deid.structured;

import java.util.Set;
import org.onconlp.deid.PhiSpan;

/**
 * Parcel and shipment numbers of the postal format (two letters, nine digits, the country code
 * of the sending post: "WX 5562 0174 FR", "RA123456785FR"): the identifier finders read the
 * letters and digits; the closing country code, written apart, belongs to the number too.
 */
final class ShipmentNumbers {
  /** Country codes of the posts that send French samples and documents. */
  private static final Set<String> COUNTRIES = Set.of("FR", "BE", "CH", "LU", "MC", "DE", "ES", "IT", "GB", "NL", "US");
  /** Digits of a postal item number. */
  private static final int DIGITS = 8;

  private ShipmentNumbers() {}

  /** Extends every ID span shaped like a postal item number over the country code that closes it. */
  static void addCountryCodes(StructuredScan s) {
    String text = s.text;
    for (int k = 0; k < s.found.size(); k++) {
      PhiSpan span = s.found.get(k);
      if (span.category().equals("ID") && shipment(text, span.begin(), span.end())) {
        int code = span.end() + 1;
        if (code + 2 <= s.n && text.charAt(span.end()) == ' ' && COUNTRIES.contains(text.substring(code, code + 2))
            && (code + 2 == s.n || !Character.isLetterOrDigit(text.charAt(code + 2)))) {
          s.found.set(k, new PhiSpan(span.begin(), code + 2, "ID"));
        }
      }
    }
  }

  /** True if {@code [begin, end)} opens with two upper-case letters and holds at least {@link #DIGITS} digits and nothing else but spaces. */
  private static boolean shipment(String text, int begin, int end) {
    if (end - begin < DIGITS + 2 || !Character.isUpperCase(text.charAt(begin)) || !Character.isUpperCase(text.charAt(begin + 1))) {
      return false;
    }
    int digits = 0;
    for (int p = begin + 2; p < end; p++) {
      char c = text.charAt(p);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ' ') {
        return false;
      }
    }
    return digits >= DIGITS && Character.isDigit(text.charAt(end - 1));
  }
}

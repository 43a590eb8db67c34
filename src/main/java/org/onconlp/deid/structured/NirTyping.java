package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PhiSpan;

/**
 * Gives the category SECU to an identifier that is a social-security number by its own checks:
 * "n° 248109741102302" under an address block, a 15-digit value in a table cell. Whatever label
 * or layout found the value (a bare "n°", a column), a value of 15 characters with the INSEE
 * structure and a correct key is the patient's NIR; a random 15-digit reference passes the key
 * check about once in 97 and the structure check far less often. Stateless and thread-safe.
 */
final class NirTyping {
  private final NirValidator nir = new NirValidator();

  /** The spans with each generic ID that is a valid NIR retyped SECU; other spans unchanged. */
  List<PhiSpan> retype(String text, List<PhiSpan> spans) {
    List<PhiSpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      PhiSpan span = spans.get(k);
      if (isNir(text, span)) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new PhiSpan(span.begin(), span.end(), "SECU"));
      }
    }
    return out == null ? spans : out;
  }

  private boolean isNir(String text, PhiSpan span) {
    return "ID".equals(span.category()) && nir.isWritten(text, span.begin(), span.end());
  }
}

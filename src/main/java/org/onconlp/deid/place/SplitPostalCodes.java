package org.onconlp.deid.place;

import java.util.List;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * A postal code cut by a space in the middle of an address line ("17 passage des Lys, 94 403,
 * QUOICOUBEY"): two digit groups of a valid département right after a street, then the town.
 * The line-opening form under an address ("971 59 Pointe-à-Pitre") is {@link PlaceTokens#isSplitPostalCode}'s.
 */
final class SplitPostalCodes {
  private SplitPostalCodes() {}

  /** True if tokens {@code i} and {@code i + 1} are a split postal code after the street ending at {@code lastStreetEnd}. */
  static boolean afterStreet(PhiTokens t, int i, int lastStreetEnd) {
    int n = i + 1;
    boolean nearStreet = lastStreetEnd >= 0 && (i == lastStreetEnd || (i == lastStreetEnd + 1 && t.is(i - 1, ",")));
    if (!nearStreet || t.lineBefore[i] || n >= t.size || t.lineBefore[n] || t.begin[n] - t.end[i] != 1
        || t.shape[n] != Shape.NUMBER || !PlaceTokens.isAllDigits(t, i) || !PlaceTokens.isAllDigits(t, n)) {
      return false;
    }
    int a = t.end[i] - t.begin[i];
    int b = t.end[n] - t.begin[n];
    if (a != 2 || b != 3) {
      return false;
    }
    int dept = (t.text.charAt(t.begin[i]) - '0') * 10 + (t.text.charAt(t.begin[i] + 1) - '0');
    return dept >= 1 && dept <= 98 && dept != 96;
  }

  /** Reads the postal code at {@code i} and the town after it; returns the token after the town, or {@code i}. */
  static int town(PhiTokens t, int i, List<PhiSpan> out, TownFinder towns) {
    int end = towns.cityAfterZip(t, i + 1, out, true);
    if (end == i + 1) {
      return i;
    }
    int zip = t.begin[i + 1];
    out.removeIf(s -> s.begin() == zip && s.category().equals("ZIP"));
    out.add(new PhiSpan(t.begin[i], t.end[i + 1], "ZIP"));
    return end;
  }
}

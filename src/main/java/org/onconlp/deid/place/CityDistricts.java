package org.onconlp.deid.place;

import java.util.Map;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The arrondissement of the three cities that have them written as a bare number after the city
 * ("Paris 15.", "Lyon 3, …", "Marseille 8 ;"): part of the town's name, where a number after any
 * other town is a count or a dose.
 */
final class CityDistricts {
  /** Folded city names and their number of arrondissements. */
  private static final Map<String, Integer> DISTRICTS = Map.of("paris", 20, "lyon", 9, "marseille", 16);

  private CityDistricts() {}

  /**
   * The token after the arrondissement number at {@code e} when the town read as tokens
   * {@code [c, e)} is Paris, Lyon or Marseille and the number, one or two digits within the city's
   * count, closes the field (end of line, ",", ".", ";", ")"); else {@code e}.
   */
  static int after(PhiTokens t, int c, int e) {
    Integer count = e == c + 1 ? DISTRICTS.get(t.fold[c]) : null;
    if (count == null || e >= t.size || t.lineBefore[e] || t.glued(e) || t.shape[e] != Shape.NUMBER
        || t.end[e] - t.begin[e] > 2 || !PlaceTokens.isAllDigits(t, e)) {
      return e;
    }
    int n = Integer.parseInt(t.text.substring(t.begin[e], t.end[e]));
    int k = e + 1;
    boolean closed = k >= t.size || t.lineBefore[k] || t.is(k, ",") || t.is(k, ";") || t.is(k, ")")
        || (t.is(k, ".") && (k + 1 >= t.size || t.lineBefore[k + 1] || !t.glued(k + 1)));
    return n >= 1 && n <= count && closed ? k : e;
  }
}

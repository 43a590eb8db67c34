package org.onconlp.deid.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Addresses of cross-border patients, written the way their country writes them: a street whose
 * type is a suffix of its name or follows it ("Spalenring 45", "Stationsstraat 88", "Mittlere
 * Strasse 112"), a postal code with a country prefix ("L-5450 Stadtbredimus", "CH-1211 Genève",
 * "MC 98000 Monaco"), a four-digit postal code after such a street ("Spalenring 45, 4055 Basel")
 * and a postal code in brackets after a town ("à Bâle (4056)").
 */
final class ForeignAddresses {
  /** "L-5450", "CH-1211", "B-8500", "D-79098", "F-67000": a country prefix glued to a postal code. */
  private static final Pattern PREFIXED_CODE = Pattern.compile("(?:[a-z]{1,2})-[0-9]{4,5}");
  /** Country prefixes written apart from the postal code: "MC 98000". */
  private static final Set<String> SPACED_PREFIXES = Set.of("mc");
  /** Lower-case words inside a foreign town's name: "im Breisgau", "am Main", "an der Donau", "aan den IJssel". */
  private static final Set<String> TOWN_CONNECTORS = Set.of("im", "am", "an", "der", "ob", "bei", "aan", "den", "op", "sur");

  /** Folded street-type suffixes and words written after the street's name (foreign-street-suffixes.txt). */
  private final List<String> suffixes;

  ForeignAddresses() {
    this.suffixes = ResourceLines.load("/org/onconlp/deid/foreign-street-suffixes.txt").stream()
        .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * "Spalenring 45", "Mittlere Strasse 112", "Stationsstraat 88b": a capitalised word ending in a
   * foreign street type (or that type written apart after a capitalised word), then a house
   * number closing the street. Returns the token after the number, or {@code i}.
   */
  int suffixStreet(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.TITLE || !endsWithStreetType(t.fold[i])) {
      return i;
    }
    int first = i;
    if (isStreetTypeWord(t.fold[i])) {
      // "Mittlere Strasse 112": the type written apart takes the capitalised word before it.
      if (i == 0 || t.lineBefore[i] || t.shape[i - 1] != Shape.TITLE) {
        return i;
      }
      first = i - 1;
    }
    int n = i + 1;
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.NUMBER || t.end[n] - t.begin[n] > 4) {
      return i;
    }
    int last = n;
    if (n + 1 < t.size && t.glued(n + 1) && t.shape[n + 1] == Shape.LOWER && t.end[n + 1] - t.begin[n + 1] == 1) {
      last = n + 1;
    }
    if (!closesStreet(t, last + 1)) {
      return i;
    }
    if (first < i) {
      int begin = t.begin[first];
      out.removeIf(s -> s.begin() == begin);
    }
    out.add(new PhiSpan(t.begin[first], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /**
   * "L-5450 Stadtbredimus", "CH-1211 Genève 14", "MC 98000 MONACO": a postal code with a country
   * prefix (ZIP, prefix included) and the capitalised town after it (VILLE). Returns the token
   * after the town, or {@code i}.
   */
  int prefixedPostalCode(PhiTokens t, int i, List<PhiSpan> out) {
    int codeEnd;
    if (PREFIXED_CODE.matcher(t.fold[i]).matches() && Character.isUpperCase(t.text.charAt(t.begin[i]))) {
      codeEnd = i;
    } else if (t.shape[i] == Shape.UPPER && SPACED_PREFIXES.contains(t.fold[i]) && i + 1 < t.size && !t.lineBefore[i + 1]
        && t.shape[i + 1] == Shape.NUMBER && t.end[i + 1] - t.begin[i + 1] == 5) {
      codeEnd = i + 1;
    } else {
      return i;
    }
    int last = -1;
    int p = codeEnd + 1;
    // "D-79106 Freiburg im Breisgau", "D-60311 Frankfurt am Main": lower-case connectors of a
    // town's name count when a capitalised word follows them.
    while (p < t.size && !t.lineBefore[p] && (t.capitalised(p) || (t.is(p, "-") && t.glued(p))
        || (last >= 0 && TOWN_CONNECTORS.contains(t.text.substring(t.begin[p], t.end[p])) && p + 1 < t.size && !t.lineBefore[p + 1]
            && (t.capitalised(p + 1) || TOWN_CONNECTORS.contains(t.fold[p + 1]))))) {
      if (t.capitalised(p)) {
        last = p;
      }
      p++;
    }
    if (last < 0) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[codeEnd], "ZIP"));
    out.add(new PhiSpan(t.begin[codeEnd + 1], t.end[last], "VILLE"));
    return last + 1;
  }

  /**
   * "Spalenring 45, 4055 Basel": a four-digit postal code right after a street (a comma between)
   * and the capitalised town after it. Returns the token after the town, or {@code i}.
   */
  static int fourDigitCodeAfterStreet(PhiTokens t, int i, int lastStreetEnd, List<PhiSpan> out) {
    if (t.end[i] - t.begin[i] != 4 || !PlaceTokens.isAllDigits(t, i) || lastStreetEnd < 0 || i - lastStreetEnd > 1
        || (i - lastStreetEnd == 1 && !t.is(i - 1, ","))) {
      return i;
    }
    int n = i + 1;
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.TITLE) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
    out.add(new PhiSpan(t.begin[n], t.end[n], "VILLE"));
    return n + 1;
  }

  /**
   * "à Bâle (4056)": a four- or five-digit postal code in brackets right after a town found just
   * before. Returns the token after the bracket, or {@code i}.
   */
  static int codeInBracketsAfterTown(PhiTokens t, int i, List<PhiSpan> out) {
    if (i < 2 || out.isEmpty() || !t.is(i - 1, "(") || !t.is(i + 1, ")") || !PlaceTokens.isAllDigits(t, i)
        || t.end[i] - t.begin[i] < 4 || t.end[i] - t.begin[i] > 5) {
      return i;
    }
    PhiSpan last = out.get(out.size() - 1);
    if (!last.category().equals("VILLE") || last.end() != t.end[i - 2]) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
    return i + 2;
  }

  private boolean endsWithStreetType(String folded) {
    for (String s : suffixes) {
      if (folded.equals(s) || (folded.length() >= s.length() + 3 && folded.endsWith(s))) {
        return true;
      }
    }
    return false;
  }

  private boolean isStreetTypeWord(String folded) {
    return suffixes.contains(folded);
  }

  /** True if token {@code k} may follow a house number closing a street. */
  private static boolean closesStreet(PhiTokens t, int k) {
    return k >= t.size || t.lineBefore[k] || t.is(k, ",") || t.is(k, "(") || t.is(k, "à")
        || ((t.is(k, "-") || t.is(k, "–")) && !t.glued(k));
  }
}

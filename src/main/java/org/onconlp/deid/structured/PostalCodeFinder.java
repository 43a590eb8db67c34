package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Postal codes (ZIP) at a digit run for {@link StructuredPhiFinder}: a postal code counts only
 * inside an address, so each form needs a street word, a city after it or a place in its line.
 */
final class PostalCodeFinder {
  /** How far back a street word or a house number is looked for. */
  private static final int ADDRESS_REACH = 80;

  /** Prepositions that carry a sentence over a line break onto a town. */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("à", "À", "vers");

  private final Pattern zip;
  private final Pattern zipSpaced;
  private final Pattern zipOcr;
  private final Pattern zipCity;
  private final Pattern zipAddressEnd;
  private final Pattern streetContext;
  private final Pattern zipForeign;
  private final Pattern zipCountry;
  private final Pattern zipBracketed;

  PostalCodeFinder(PatternLibrary lib) {
    this.zip = lib.compile("ZIP");
    this.zipSpaced = lib.compile("ZIP_SPACED");
    this.zipOcr = lib.compile("ZIP_OCR");
    this.zipCity = lib.compile("ZIP_CITY");
    this.zipAddressEnd = lib.compile("ZIP_ADDRESS_END");
    this.streetContext = lib.compile("STREET_CONTEXT");
    this.zipForeign = lib.compile("ZIP_FOREIGN");
    this.zipCountry = lib.compile("ZIP_COUNTRY");
    this.zipBracketed = lib.compile("ZIP_BRACKETED");
  }

  /**
   * The postal code of a digit run of {@code runLength} digits followed by {@code next}: "75013"
   * or "75 013" in an address, "Hazebrouck (59190)", a foreign "1205 Genève".
   */
  void offerAt(StructuredScan s, int i, int runLength, char next, LongestMatch best) {
    if (runLength == 5 || (runLength == 2 && isSpace(next))) {
      best.offer(zipAt(s, i, runLength == 5 ? zip : zipSpaced), "ZIP");
    }
    if (best.none() && runLength == 5 && next == ')' && i > 0 && s.text.charAt(i - 1) == '(') {
      best.offer(bracketedZipAt(s, i), "ZIP");
    }
    if (best.none() && runLength == 4 && isSpace(next)) {
      best.offer(foreignZipAt(s, i), "ZIP");
    }
  }

  /** OCR's letter-spaced "7 5 0 1 3" after a street word, or -1. */
  int ocrZipAt(StructuredScan s, int i) {
    return zipAt(s, i, zipOcr);
  }

  /**
   * A postal code counts only inside an address: after a street word (followed by a city or
   * ending the address), or followed by a capitalised city or CEDEX while starting its line
   * or following a comma / dash. The spaced forms ("75 013", OCR "7 5 0 1 3") need the street
   * word.
   */
  private int zipAt(StructuredScan s, int i, Pattern shape) {
    int end = s.matchAt(shape, i);
    if (end < 0) {
      return -1;
    }
    boolean cityAfter = s.matchAt(zipCity, end) >= 0;
    if ((cityAfter || s.matchAt(zipAddressEnd, end) >= 0) && hasStreetBefore(s, i)) {
      return end;
    }
    if (shape != zip || !cityAfter) {
      return -1;
    }
    return opensAnAddressPart(s.text, i) ? end : -1;
  }

  /**
   * "Hazebrouck (59190)": a postal code in brackets after a capitalised town that does not
   * open its line, since a lab table opens its lines with the analyte ("Leucocytes (12000)"),
   * unless the line before ends with a place preposition ("vit à¶Sainte-Anne (97227)").
   */
  private int bracketedZipAt(StructuredScan s, int i) {
    int end = s.matchAt(zipBracketed, i);
    if (end < 0) {
      return -1;
    }
    String text = s.text;
    int p = i - 1;
    while (p > 0 && isSpace(text.charAt(p - 1))) {
      p--;
    }
    while (p > 0 && isTownChar(text.charAt(p - 1))) {
      p--;
    }
    while (p > 0 && isSpace(text.charAt(p - 1)) && text.charAt(p - 1) != '\n') {
      p--;
    }
    if (p > 0 && text.charAt(p - 1) != '\n') {
      return end;
    }
    return p > 0 && endsWithPlacePreposition(text, p - 1) ? end : -1;
  }

  /** True if the line ending at {@code lineBreak} ends with "à" or "vers" ("de" also opens lab lines). */
  private static boolean endsWithPlacePreposition(String text, int lineBreak) {
    int e = lineBreak;
    while (e > 0 && isSpace(text.charAt(e - 1)) && text.charAt(e - 1) != '\n') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
      return false;
    }
    return PLACE_PREPOSITIONS.contains(text.substring(b, e));
  }

  /**
   * "1205 Genève", "1200 Bruxelles": a four-digit foreign postal code before a capitalised
   * city, only after a street word and a house number and at a line start or after a comma or
   * dash (a history line "2018 Mastectomie" has no street before it, "voie orale, 1000 Unités"
   * no house number).
   */
  private int foreignZipAt(StructuredScan s, int i) {
    int end = s.matchAt(zipForeign, i);
    if (end < 0 || !hasStreetBefore(s, i) || !hasDigitBefore(s.text, i)) {
      return -1;
    }
    return opensAnAddressPart(s.text, i) ? end : -1;
  }

  /** "L-1210 Luxembourg", "CH-1205 Genève": a country prefix glued by a dash to the code. */
  int countryZipAt(StructuredScan s, int i) {
    if (s.text.charAt(i - 1) != '-') {
      return -1;
    }
    int start = s.letterPrefixStart(i, 2, false);
    if (start < 0) {
      return -1;
    }
    int end = s.matchAt(zipCountry, start);
    if (end > 0) {
      s.add(start, end, "ZIP");
    }
    return end;
  }

  /** True if only spaces separate {@code i} from a line start, a comma or a dash. */
  private static boolean opensAnAddressPart(String text, int i) {
    int p = i - 1;
    while (p >= 0 && isSpace(text.charAt(p))) {
      p--;
    }
    return p < 0 || "\n\r,;-–".indexOf(text.charAt(p)) >= 0;
  }

  private static boolean hasDigitBefore(String text, int i) {
    for (int p = Math.max(0, i - ADDRESS_REACH); p < i; p++) {
      if (isAsciiDigit(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasStreetBefore(StructuredScan s, int i) {
    return s.occursIn(streetContext, Math.max(0, i - ADDRESS_REACH), i);
  }

  private static boolean isTownChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
  }
}

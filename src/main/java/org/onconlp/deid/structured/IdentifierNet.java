package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;

/**
 * The safety net of {@link StructuredPhiFinder}, as in the de-identification tools used in
 * hospitals: a token of letters, digits and internal separators with at least five digits is an
 * identifier (ID) unless another span covers it or it is a quantity with its unit, a plain
 * number, a protein change or a public reference code ({@code NET_*} in patterns.txt).
 */
final class IdentifierNet {
  /**
   * Digits of a plain unlabelled number taken as an identifier (a stay, an order, a barcode):
   * quantities that long are written with spaces or units.
   */
  private static final int MIN_BARE_ID_DIGITS = 8;

  /** Longest token the identifier safety net reads; longer ones are no identifiers. */
  private static final int NET_MAX_TOKEN = 64;

  private final Pattern netQuantity;
  private final Pattern netNumber;
  private final Pattern netReference;
  private final Pattern netVariant;

  IdentifierNet(PatternLibrary lib) {
    this.netQuantity = lib.compile("NET_QUANTITY");
    this.netNumber = lib.compile("NET_NUMBER");
    this.netReference = lib.compile("NET_REFERENCE");
    this.netVariant = lib.compile("NET_VARIANT");
  }

  /**
   * Reads the token around the digit at {@code i} (letters, digits and single - / . _ between
   * them) once, and keeps it as a possible unlabelled identifier when it has at least five
   * digits, one run of three, and letters or separators; look-alikes are weeded out at the end,
   * only for tokens no other span covers.
   */
  void checkToken(StructuredScan s, int i) {
    if (i < s.netCheckedUntil) {
      return;
    }
    int start = tokenStart(s.text, i);
    int e = tokenEnd(s.text, start, i);
    s.netCheckedUntil = e;
    if (e - start > NET_MAX_TOKEN) {
      return;
    }
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    boolean mixed = false;
    for (int k = start; k < e; k++) {
      char c = s.text.charAt(k);
      if (isAsciiDigit(c)) {
        digits++;
        longestRun = Math.max(longestRun, ++run);
      } else {
        run = 0;
        mixed = true;
      }
    }
    if ((digits >= 5 && longestRun >= 3 && mixed) || (!mixed && digits >= MIN_BARE_ID_DIGITS)) {
      s.netCandidates.add(new PhiSpan(start, e, "ID"));
    }
  }

  private static int tokenStart(String text, int i) {
    int s = i;
    while (s > 0 && i - s <= NET_MAX_TOKEN) {
      char c = text.charAt(s - 1);
      if (Character.isLetterOrDigit(c)
          || (isNetSeparator(c) && s > 1 && Character.isLetterOrDigit(text.charAt(s - 2)))) {
        s--;
      } else {
        break;
      }
    }
    return s;
  }

  private static int tokenEnd(String text, int s, int i) {
    int n = text.length();
    int e = i;
    while (e < n && e - s <= NET_MAX_TOKEN) {
      char c = text.charAt(e);
      if (Character.isLetterOrDigit(c)
          || (isNetSeparator(c) && e + 1 < n && Character.isLetterOrDigit(text.charAt(e + 1)))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  /** Adds the safety net's identifiers that overlap no span found otherwise. */
  void addCandidates(StructuredScan s) {
    if (s.netCandidates.isEmpty()) {
      return;
    }
    BitSet covered = new BitSet(s.n);
    for (PhiSpan span : s.found) {
      covered.set(span.begin(), span.end());
    }
    for (PhiSpan c : s.netCandidates) {
      int next = covered.nextSetBit(c.begin());
      if ((next < 0 || next >= c.end()) && !isLookAlike(s, c.begin(), c.end())) {
        s.found.add(c);
      }
    }
  }

  /**
   * A token with five digits that is no identifier: a quantity with its unit, a protein change,
   * a public reference code, or a plain number (a number without letters needs a group of five
   * digits, or three groups and seven digits).
   */
  private boolean isLookAlike(StructuredScan s, int b, int e) {
    String text = s.text;
    if (isAllDigits(text, b, e)) {
      // A plain number this long is no quantity (those carry a unit or a decimal part); a
      // genomic position ("chr7:55249071") is no identifier.
      boolean position = b > 1 && text.charAt(b - 1) == ':' && !Character.isWhitespace(text.charAt(b - 2));
      return position || s.matchAt(netReference, b) > 0;
    }
    if (s.matchAt(netReference, b) > 0
        || s.matchesExactly(netQuantity, b, e)
        || s.matchesExactly(netVariant, b, e)) {
      return true;
    }
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    int groups = 0;
    for (int k = b; k < e; k++) {
      char c = text.charAt(k);
      if (isAsciiDigit(c)) {
        digits++;
        if (run++ == 0) {
          groups++;
        }
        longestRun = Math.max(longestRun, run);
      } else if (Character.isLetter(c)) {
        return false;
      } else {
        run = 0;
      }
    }
    return s.matchesExactly(netNumber, b, e) || (longestRun < 5 && (groups < 3 || digits < 7));
  }

  private static boolean isAllDigits(String text, int b, int e) {
    for (int k = b; k < e; k++) {
      if (!isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNetSeparator(char c) {
    return c == '-' || c == '/' || c == '.' || c == '_';
  }
}

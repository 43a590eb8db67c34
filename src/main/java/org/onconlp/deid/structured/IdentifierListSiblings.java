package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiSpan;

/**
 * The further identifiers of a list whose first one was found by its label: "séjours 24-0331,
 * 24-0419", "patients revus : 11-004, 11-009 et 11-011". A value joined to a found identifier by
 * a comma or by "et", "and", "ou" is one more when it has exactly the same shape (digits for
 * digits, letters for letters, the same separators at the same places), so that a list's lab
 * value or date never follows; a value another rule already typed keeps its type ("IPP, NDA :
 * 63004417, 23118750"). Run once at the end of a scan, before {@link IdentifierRecurrences}
 * spreads the values. Immutable and thread-safe.
 */
final class IdentifierListSiblings {
  private static final Set<String> CATEGORIES = Set.of("ID", "IPP", "NDA");
  private static final List<String> JOINING_WORDS = List.of("et", "and", "ou");
  /** Bound on the siblings one value may chain, for garbage input. */
  private static final int MAX_SIBLINGS = 32;

  /** Adds the same-shaped siblings of the identifiers found so far in the scan. */
  void addSiblings(StructuredScan s) {
    int found = s.found.size();
    for (int k = 0; k < found; k++) {
      PhiSpan span = s.found.get(k);
      if (!CATEGORIES.contains(span.category())) {
        continue;
      }
      int begin = span.begin();
      int end = span.end();
      for (int chained = 0; chained < MAX_SIBLINGS; chained++) {
        int next = siblingStart(s, end);
        int length = end - begin;
        if (next < 0 || next + length > s.n || !sameShape(s.text, begin, next, length)
            || (next + length < s.n && continuesToken(s.text, next + length))
            || alreadyFound(s, next, next + length)) {
          break;
        }
        s.add(next, next + length, span.category());
        begin = next;
        end = next + length;
      }
    }
  }

  /** Start of the list item after a comma or a joining word at {@code end}, or -1. */
  private static int siblingStart(StructuredScan s, int end) {
    String text = s.text;
    boolean comma = end < s.n && text.charAt(end) == ',';
    int afterMark = comma ? end + 1 : end;
    int p = afterMark;
    while (p < s.n && isSpace(text.charAt(p))) {
      p++;
    }
    if (p == afterMark || p >= s.n) {
      return -1;
    }
    if (comma) {
      return p;
    }
    for (String word : JOINING_WORDS) {
      int q = p + word.length();
      if (text.startsWith(word, p) && q < s.n && isSpace(text.charAt(q))) {
        while (q < s.n && isSpace(text.charAt(q))) {
          q++;
        }
        return q;
      }
    }
    return -1;
  }

  /** True when a span found so far overlaps {@code [begin, end)}: its own label typed it. */
  private static boolean alreadyFound(StructuredScan s, int begin, int end) {
    for (PhiSpan span : s.found) {
      if (span.begin() < end && begin < span.end()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text[b, b+length)} has the shape of {@code text[a, a+length)}. */
  private static boolean sameShape(String text, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      char x = text.charAt(a + k);
      char y = text.charAt(b + k);
      boolean same = isAsciiDigit(x) ? isAsciiDigit(y)
          : Character.isLetter(x) ? Character.isLetter(y) && Character.isUpperCase(x) == Character.isUpperCase(y)
          : x == y;
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** A letter or digit, or a separator before one, goes on after the sibling: it is longer. */
  private static boolean continuesToken(String text, int p) {
    char c = text.charAt(p);
    return Character.isLetterOrDigit(c)
        || ((c == '-' || c == '/' || c == '.') && p + 1 < text.length() && Character.isLetterOrDigit(text.charAt(p + 1)));
  }
}

package org.onconlp.text;

/**
 * Layout facts shared by the sentence splitter and the section detector: line boundaries and
 * list markers of clinical reports ("- ", "•", "1)", "2.", "a)", "IV."), scanned by hand so that
 * each line is looked at once.
 */
final class Layout {
  private Layout() {}

  /** Index of the end of the line starting at {@code from}: the next '\n', '\r' or the end. */
  static int lineEnd(CharSequence text, int from) {
    int i = from;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B'
          || c == '\u000C' || c == '\u0085') {
        return i;
      }
      i++;
    }
    return length;
  }

  /** Start of the next line after a line ending at {@code lineEnd} (skips one line break). */
  static int nextLineStart(CharSequence text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  /** First non-space index in {@code [from, to)}, or {@code to}. */
  static int skipSpaces(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && FrenchTokenizer.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index after the last non-space character in {@code [from, to)}, or {@code from}. */
  static int trimEnd(CharSequence text, int from, int to) {
    int i = to;
    while (i > from && FrenchTokenizer.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * If a list marker starts at {@code at}, returns the index of the first character after the
   * marker and its spaces; otherwise -1. Markers: bullets (- * • · – — ‣ ◦ ▪ ■ □ ➢ &gt;) followed
   * by a space (• and its kin need none), one to three digits or a lower-case letter followed by
   * ")", "." or "°" and a space, a Roman numeral followed by ")" or "." and a space, digits or a
   * Roman numeral followed by " - ".
   * An upper-case letter other than I followed by "." is not a marker: it is an initial or "M."
   * (Monsieur).
   */
  static int listMarkerEnd(CharSequence text, int at, int lineEnd) {
    if (at >= lineEnd) {
      return -1;
    }
    char c = text.charAt(at);
    if ("•·‣◦▪■□➢►▸●○".indexOf(c) >= 0) {
      return skipSpaces(text, at + 1, lineEnd);
    }
    if ("-*–—>+".indexOf(c) >= 0) {
      return at + 1 < lineEnd && FrenchTokenizer.isSpace(text.charAt(at + 1))
          ? skipSpaces(text, at + 1, lineEnd)
          : -1;
    }
    int i = at;
    if (c >= '0' && c <= '9') {
      while (i < lineEnd && i - at < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
    } else if (c >= 'a' && c <= 'z') {
      i++;
    } else {
      while (i < lineEnd && i - at < 5 && "IVX".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i == at) {
        return -1;
      }
    }
    if (i > at && i + 2 < lineEnd && !(c >= 'a' && c <= 'z')
        && text.charAt(i) == ' ' && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '–')
        && FrenchTokenizer.isSpace(text.charAt(i + 2))) {
      // "1 - Macroscopie", "II - Conclusion"
      return skipSpaces(text, i + 2, lineEnd);
    }
    if (i + 1 < lineEnd
        && (text.charAt(i) == ')' || text.charAt(i) == '.' || text.charAt(i) == '°')
        && FrenchTokenizer.isSpace(text.charAt(i + 1))) {
      // A lone capital before a dot is an initial or "M." (Monsieur), except the numeral "I.".
      boolean loneCapitalDot = c >= 'A' && c <= 'Z' && i - at == 1 && text.charAt(i) == '.';
      if (loneCapitalDot && c != 'I') {
        return -1;
      }
      return skipSpaces(text, i + 1, lineEnd);
    }
    return -1;
  }
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E-mails (MAIL) and URLs (URL) for {@link StructuredPhiFinder}: e-mails from their '@', URLs from
 * "http", "https" or "www", and host names without a scheme from the dot before a top-level
 * domain.
 */
final class WebAddressFinder {
  /** Words a URL starts with. */
  static final List<String> URL_TRIGGERS = List.of("http", "https", "www");

  /** Top-level domains of host names written without "http" or "www". */
  private static final Set<String> BARE_DOMAINS =
      Set.of("fr", "com", "org", "net", "eu", "info", "be", "ch");

  private final Pattern mail;
  private final Pattern spacedMail;
  private final Pattern obfuscatedMail;
  private final Pattern url;

  WebAddressFinder(PatternLibrary lib) {
    this.mail = lib.compile("MAIL");
    this.spacedMail = lib.compile("MAIL_SPACED");
    this.obfuscatedMail = lib.compile("MAIL_OBFUSCATED");
    this.url = lib.compile("URL");
  }

  /** E-mails are found from their '@' (String.indexOf is far cheaper than a regex scan). */
  void findMails(StructuredScan s) {
    String text = s.text;
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isMailLocalChar(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      int end = start < at ? s.matchAt(mail, start) : -1;
      if (end > 0) {
        s.add(start, end, "MAIL");
      } else {
        // "jeanne.exemple @ chu.fr", "jeanne.exemple@ chu.fr": spaces on either side of the '@'.
        spacedMailAt(s, at);
      }
    }
    findObfuscatedMails(s);
  }

  /**
   * "jeanne.exemple[at]chu-fictif.fr", "… (arobase) chu-fictif (point) fr", "… at chu-fictif dot
   * fr": an e-mail whose '@' (and dots) are written as words to defeat harvesters, found from a
   * bracket or a space opening the word (one pass over the characters, no regex until one opens).
   */
  private void findObfuscatedMails(StructuredScan s) {
    String text = s.text;
    int last = -1;
    for (int i = 1; i < s.n - 2; i++) {
      char c = text.charAt(i);
      if ((c == '[' || c == '(' || c == '{' || c == ' ') && i > last && opensAtWord(text, i)) {
        int start = i;
        if (c != ' ' && StructuredScan.isSpace(text.charAt(start - 1))) {
          start--;
        }
        while (start > 0 && isMailLocalChar(text.charAt(start - 1))) {
          start--;
        }
        if (start < i && !StructuredScan.isSpace(text.charAt(start)) && text.charAt(start) != '.') {
          int end = s.matchAt(obfuscatedMail, start);
          if (end > 0) {
            s.add(start, end, "MAIL");
            last = end;
          }
        }
      }
    }
  }

  /** Whether an "at", "@" or "arobase" word opens at {@code i} (a bracket or a space). */
  private static boolean opensAtWord(String text, int i) {
    int from = i + 1;
    if (text.charAt(i) != ' ' && from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    return text.regionMatches(true, from, "at", 0, 2)
        || text.regionMatches(true, from, "arobase", 0, 7)
        || (text.charAt(i) != ' ' && text.startsWith("@", from));
  }

  /** "tlabelle @ medimail . com": an e-mail typed with spaces around the '@' at {@code at}. */
  private void spacedMailAt(StructuredScan s, int at) {
    String text = s.text;
    int start = at;
    if (start > 0 && StructuredScan.isSpace(text.charAt(start - 1))) {
      start--;
    }
    while (start > 0 && isMailLocalChar(text.charAt(start - 1))) {
      start--;
    }
    while (start < at && text.charAt(start) == '.') {
      start++;
    }
    if (start < at && !StructuredScan.isSpace(text.charAt(start))) {
      int end = s.matchAt(spacedMail, start);
      if (end > 0) {
        s.add(start, end, "MAIL");
      }
    }
  }

  /** The URL opened by the trigger word {@code text[i,j)}: adds it and returns its end, or {@code j}. */
  int urlAt(StructuredScan s, int i, int j) {
    int end = trimUrl(s.text, i, s.matchAt(url, i));
    if (end > i) {
      s.add(i, end, "URL");
      return end;
    }
    return j;
  }

  /**
   * "chu-example.fr", "www-onco.example.org/rdv": a host name without a scheme, found from the
   * dot before a lower-case top-level domain; returns the end of the URL or {@code i}.
   */
  int atDomainDot(StructuredScan s, int i) {
    String text = s.text;
    int n = s.n;
    int t = i + 1;
    while (t < n && text.charAt(t) >= 'a' && text.charAt(t) <= 'z') {
      t++;
    }
    if (!BARE_DOMAINS.contains(text.substring(i + 1, t))
        || (t < n && (Character.isLetterOrDigit(text.charAt(t)) || text.charAt(t) == '@'))) {
      return i;
    }
    int start = i;
    while (start > 0 && isHostChar(text.charAt(start - 1))) {
      start--;
    }
    while (start < i && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
      start++;
    }
    if (i - start < 3
        || (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '/'))) {
      return i;
    }
    int end = t;
    if (end < n && text.charAt(end) == '/') {
      while (end < n
          && !Character.isWhitespace(text.charAt(end))
          && "<>\"'()[]{}".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      end = trimUrl(text, start, end);
    }
    s.add(start, end, "URL");
    return end;
  }

  /** A URL does not end with the sentence's punctuation. */
  private static int trimUrl(String text, int begin, int end) {
    if (end < 0) {
      return -1;
    }
    while (end > begin && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c) || c == '.' || c == '-';
  }

  private static boolean isMailLocalChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || isAsciiDigit(c)
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }
}

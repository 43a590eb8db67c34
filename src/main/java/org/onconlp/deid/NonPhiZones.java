package org.onconlp.deid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.text.ResourceLines;

/**
 * Finds the stretches of a text that look like PHI but are not, so that candidates of every
 * finder (rules and model alike) lying inside them are dropped before arbitration: citations of
 * laws and decrees, bibliographic references, staff grades in a staff header, scores and visual
 * acuities written N/M, the numbers of monitoring tables and the brand words of a device line.
 * Every rule describes a layout or a notation, never a string (non-phi-zones.txt holds the
 * words). Immutable and thread-safe.
 */
final class NonPhiZones {
  private enum Kind {
    LEGAL,
    STAFF,
    MEASURE,
    COUNT
  }

  /** Vancouver journal citation: year, optional month and day, volume(issue):pages. */
  private static final Pattern JOURNAL_CITATION =
      Pattern.compile(
          "\\b(?:19|20)[0-9]{2}(?:\\s+[A-Z][a-z]{2}(?:\\s+[0-9]{1,2})?)?\\s*;\\s*[0-9]+\\s*"
              + "(?:\\([0-9-]+\\))?\\s*:\\s*[A-Za-z]?[0-9]+");

  /** A bare fraction N/M that a date finder may read as day/month. */
  private static final Pattern FRACTION = Pattern.compile("([0-9]{1,2})\\s*/\\s*([0-9]{1,2})");

  /** A word that makes the following N/M a date ("du 3/9", "le 10/10"). */
  private static final Pattern DATE_PREPOSITION =
      Pattern.compile("(?iu)(?:\\b(?:du|le|au|dès|depuis|à|et|ou|jusqu'au|avant|après))\\s*$");

  /** A software or firmware version and a serial-number label: a device identification line. */
  private static final Pattern DEVICE_VERSION =
      Pattern.compile("(?i)\\b(?:version|firmware|logiciel|software)\\s*:?\\s*v?[0-9]");

  private static final Pattern DEVICE_SERIAL =
      Pattern.compile("(?i)\\b(?:SN|S/N|serial|n°\\s*de\\s*s[ée]rie)\\s*:");

  /** A digit group of three or more digits: French phones are written in pairs. */
  private static final Pattern LONG_GROUP = Pattern.compile("[0-9]{3,}");

  /** Reference lines looked at above a journal citation, a blank line aside. */
  private static final int REFERENCE_LINES = 6;

  /** Characters of the same line read before a fraction for a measure word. */
  private static final int MEASURE_REACH = 40;

  /** Digit groups after a phone that make its line a row of a table of values. */
  private static final int TABLE_GROUPS = 3;

  /** One alternation per kind, so that a text is scanned once per kind. */
  private final Map<Kind, Pattern> patterns = new EnumMap<>(Kind.class);

  /**
   * Per kind, the case-folded letters every match opens with, read off the data file (no entry
   * when a line opens otherwise): the scan then tries the pattern only where such a letter stands.
   */
  private final Map<Kind, Set<Integer>> firstLetters = new EnumMap<>(Kind.class);

  NonPhiZones() {
    Map<Kind, List<String>> lines = new EnumMap<>(Kind.class);
    for (String line : ResourceLines.load("/org/onconlp/deid/non-phi-zones.txt")) {
      int tab = line.indexOf('\t');
      lines
          .computeIfAbsent(Kind.valueOf(line.substring(0, tab)), k -> new ArrayList<>())
          .add(line.substring(tab + 1));
    }
    for (Kind k : Kind.values()) {
      patterns.put(
          k,
          Pattern.compile(
              alternation(lines.getOrDefault(k, List.of("(?!)"))),
              Pattern.CASE_INSENSITIVE
                  | Pattern.UNICODE_CASE
                  | Pattern.UNICODE_CHARACTER_CLASS
                  | Pattern.MULTILINE));
    }
    for (Kind k : List.of(Kind.LEGAL, Kind.STAFF)) {
      Set<Integer> letters = firstLetters(lines.getOrDefault(k, List.of()));
      if (letters != null) {
        firstLetters.put(k, letters);
      }
    }
  }

  /**
   * The letters (folded as a case-insensitive Unicode regex folds them) that open every match of
   * the lines: each opens with a word boundary then a letter or a group of branches that each
   * open with a letter, maybe all inside one case-flag group ("(?-i:\\bLoi ...)"); null when one
   * does not.
   */
  private static Set<Integer> firstLetters(List<String> regexes) {
    Set<Integer> letters = new HashSet<>();
    for (String line : regexes) {
      String r = withoutCaseFlagGroup(line);
      if (!r.startsWith("\\b") || hasTopLevelBar(r) || !addFirstLetters(r.substring(2), letters)) {
        return null;
      }
    }
    return letters.isEmpty() ? null : Set.copyOf(letters);
  }

  /**
   * The inside of a line that is one case-flag group as a whole ("(?-i:...)", "(?i:...)"): the
   * flag changes which case matches, not which folded letter opens a match; otherwise the line.
   */
  private static String withoutCaseFlagGroup(String r) {
    for (String open : List.of("(?-i:", "(?i:")) {
      if (r.startsWith(open)) {
        Branches group = branches(r, open.length());
        if (group.close() == r.length() - 1 && group.parts().size() == 1) {
          return group.parts().get(0);
        }
      }
    }
    return r;
  }

  private static boolean addFirstLetters(String r, Set<Integer> letters) {
    if (r.isEmpty()) {
      return false;
    }
    if (Character.isLetter(r.charAt(0))) {
      if (r.length() > 1 && "?*{".indexOf(r.charAt(1)) >= 0) {
        return false;
      }
      letters.add(fold(r.charAt(0)));
      return true;
    }
    if (!r.startsWith("(?:")) {
      return false;
    }
    Branches group = branches(r, 3);
    if (group.close() < 0
        || group.close() + 1 < r.length() && "?*{".indexOf(r.charAt(group.close() + 1)) >= 0) {
      return false;
    }
    return group.parts().stream().allMatch(b -> addFirstLetters(b, letters));
  }

  /**
   * The branches of {@code regex} from {@code from}, split at its top-level bars, up to the
   * {@code ')'} that closes the enclosing group ({@code close}, or -1 at the regex's end);
   * escapes and character classes are skipped.
   */
  private record Branches(List<String> parts, int close) {}

  private static Branches branches(String regex, int from) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    boolean inClass = false;
    for (int i = from; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        parts.add(regex.substring(start, i));
        return new Branches(parts, i);
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return new Branches(parts, -1);
  }

  /** A code point folded as {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} folds it. */
  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The lines as one alternation; {@code \b(?:(?:A)|(?:B))} when every line opens with a word
   * boundary: the same matches, but a whole-text scan then tests the (Unicode, costly) boundary
   * once per position instead of once per line, which halves the cost of the STAFF scan.
   */
  private static String alternation(List<String> regexes) {
    String boundary = "\\b";
    boolean factor =
        regexes.stream().allMatch(r -> r.startsWith(boundary) && !hasTopLevelBar(r));
    StringBuilder alt = new StringBuilder();
    for (String r : regexes) {
      alt.append(alt.isEmpty() ? "" : "|").append("(?:");
      alt.append(factor ? r.substring(boundary.length()) : r).append(')');
    }
    return factor ? boundary + "(?:" + alt + ")" : alt.toString();
  }

  /** Whether {@code regex} alternates at its top level ("\ba|b"): it cannot be factored. */
  private static boolean hasTopLevelBar(String regex) {
    return branches(regex, 0).parts().size() > 1;
  }

  /**
   * True when the candidate {@code category} span {@code text[begin, end)} is no PHI.
   *
   * @param text the document text
   * @param zones the zones of {@link #zones(String)} for this text
   */
  boolean isNotPhi(String text, List<int[]> zones, int begin, int end, String category) {
    for (int[] z : zones) {
      if (z[0] <= begin && end <= z[1]) {
        return true;
      }
    }
    return switch (category) {
      case "DATE", "ID", "IPP", "NDA" -> isMeasure(text, begin, end);
      case "TEL" -> isTableRowNumber(text, begin, end);
      case "NOM", "PRENOM", "VILLE" -> isDeviceLine(text, begin, end);
      default -> false;
    };
  }

  /** The zones of a text: laws, staff grades and bibliographic references, as [begin, end). */
  List<int[]> zones(String text) {
    List<int[]> zones = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return zones;
    }
    if (mayCiteALaw(text)) {
      addZones(Kind.LEGAL, text, zones);
    }
    addZones(Kind.STAFF, text, zones);
    if (text.indexOf(';') >= 0) {
      addCitations(text, zones);
    }
    return zones;
  }

  /**
   * The matches of a kind, as a whole-text {@code find} loop would give them; when the opening
   * letters are known, the pattern is tried only at those letters: testing the Unicode word
   * boundary and every branch at each position cost a tenth of the stage.
   */
  private void addZones(Kind kind, String text, List<int[]> zones) {
    Matcher m = patterns.get(kind).matcher(text);
    Set<Integer> letters = firstLetters.get(kind);
    if (letters == null) {
      while (m.find()) {
        zones.add(new int[] {m.start(), m.end()});
      }
      return;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      // A letter or digit before i leaves no word boundary there: no need to ask the pattern.
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (wordStart
          && (letters.contains(c) || letters.contains(fold(c)))
          && m.region(i, n).lookingAt()) {
        zones.add(new int[] {i, m.end()});
        i = Math.max(m.end(), i + 1);
      } else {
        i += Character.charCount(c);
      }
    }
  }

  /**
   * The journal citations, as a whole-text {@code find} loop would give them, the pattern tried
   * only where a year of the 1900s or 2000s can open one: most digits of a report open none.
   */
  private static void addCitations(String text, List<int[]> zones) {
    Matcher m = JOURNAL_CITATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int i = 0;
    while (i + 1 < n) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if (((c == '1' && d == '9') || (c == '2' && d == '0')) && m.region(i, n).lookingAt()) {
        zones.add(new int[] {referenceStart(text, i), m.end()});
        i = Math.max(m.end(), i + 1);
      } else {
        i++;
      }
    }
  }

  /**
   * Whether a text holds one of the words every law citation opens with: a case-insensitive
   * Unicode scan of the whole text is the costliest step of this class, and few reports cite a
   * law.
   */
  private static boolean mayCiteALaw(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("loi") || lower.contains("cret") || lower.contains("circulaire");
  }

  /** The start of the reference paragraph: up to a blank line, a few lines above at most. */
  private static int referenceStart(String text, int citation) {
    int start = text.lastIndexOf('\n', citation - 1) + 1;
    for (int lines = 0; lines < REFERENCE_LINES && start > 0; lines++) {
      int previous = text.lastIndexOf('\n', start - 2) + 1;
      if (text.substring(previous, start - 1).isBlank()) {
        break;
      }
      start = previous;
    }
    return start;
  }

  /**
   * A bare N/M (N ≤ M) before a counted noun ("depuis 2/3 semaines"), or after a score or
   * acuity word on its line ("oeil gauche : 10/12") unless a date preposition introduces it
   * ("Score de Picpus du 3/9").
   */
  private boolean isMeasure(String text, int begin, int end) {
    Matcher f = FRACTION.matcher(text).region(begin, end);
    if (!f.matches() || Integer.parseInt(f.group(1)) > Integer.parseInt(f.group(2))) {
      return false;
    }
    int lineEnd = text.indexOf('\n', end);
    if (matchesAny(Kind.COUNT, text.substring(end, lineEnd < 0 ? text.length() : lineEnd))) {
      return true;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', begin - 1) + 1, begin - MEASURE_REACH);
    String before = text.substring(lineStart, begin);
    return !DATE_PREPOSITION.matcher(before).find() && matchesAny(Kind.MEASURE, before);
  }

  private boolean matchesAny(Kind kind, String s) {
    return patterns.get(kind).matcher(s).find();
  }

  /**
   * A "phone" that is not written in pairs, on a line without letters where more groups of
   * digits follow: a row of a monitoring or lab table ("(1)10:32 06 6246 77 36 96 0 3 341").
   */
  private static boolean isTableRowNumber(String text, int begin, int end) {
    if (!LONG_GROUP.matcher(text).region(begin, end).find()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = lineStart; i < lineEnd; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    int groups = 0;
    boolean inGroup = false;
    for (int i = end; i < lineEnd; i++) {
      boolean digit = Character.isDigit(text.charAt(i));
      if (digit && !inGroup) {
        groups++;
      }
      inGroup = digit;
    }
    return groups >= TABLE_GROUPS;
  }

  /** A name or place on a device line: a version and a serial number label on the same line. */
  private static boolean isDeviceLine(String text, int begin, int end) {
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return DEVICE_VERSION.matcher(line).find() && DEVICE_SERIAL.matcher(line).find();
  }
}

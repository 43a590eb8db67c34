package org.onconlp.extract.stage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a TNM expression starting at a given offset, CAS-free.
 *
 * <p>Handles bare {@code T2N0M0}; the prefixes c, p, yp, yc, r, rp, a, u (also before N and M,
 * and separated by one space: {@code p T2 N0}); {@code Tis}, {@code T1mi}, {@code T1a}–{@code
 * T4d}, {@code Tx}, {@code T0}; {@code N1mi}, {@code N0(i+)}, {@code N1(sn)}, {@code N+}; node counts
 * ({@code pN1a (2/12)}, {@code (2N+/12N)}); {@code M1a}–{@code M1d} and the site of {@code
 * M1(HEP)}; R, L, V, Pn and G after the categories; ranges and alternatives keeping both
 * bounds ({@code cT2-3} gives T "2-3"); categories separated by spaces, commas or one line
 * break. The edition ({@code TNM 8e édition}, {@code UICC 2017}, {@code AJCC 8th}) is read
 * from the text around the expression: its number ("8"), or the year reference as written
 * ("UICC 2017"). A sentinel-node suffix ({@code
 * N0(sn)}) stays in the span but not in the N value, as the annotation guidelines' N values.
 *
 * <p>A lone M category with a subdivision ({@code stade IV (M1d)}) is accepted. A lone T
 * category without a prefix is refused ({@code T2} is also an MRI weighting, a
 * vertebra or a thyroid hormone): a match needs a prefix or at least two categories, and must
 * start and end at word boundaries, so codes inside identifiers and words never match.
 * Immutable and thread-safe.
 */
public final class TnmParser {
  private static final String PREFIX = "(?:yp|yc|rp|rc|[cpyrau])";
  private static final String VALUE_T = "(?:is|[xX]|[0-4](?:mi|[a-d])?)";
  private static final String RANGE_T = "(?:\\s?[-/]\\s?T?(?:[1-4](?:mi|[a-d])?|[a-d])(?![\\p{L}\\p{N}]))?";
  private static final String VALUE_N = "(?:[xX]|[0-3](?:mi|[a-c])?|\\+(?![\\p{L}\\p{N}]))";
  private static final String RANGE_N = "(?:\\s?[-/]\\s?N?(?:[1-3][a-c]?|[a-c])(?![\\p{L}\\p{N}]))?";
  private static final String N_SUFFIX = "(?:\\s?\\((?:i[+-]|mol[+-]|sn|i\\+\\s?,\\s?sn|sn\\s?,\\s?i\\+)\\))?";
  private static final String COUNTS =
      "(?:\\s?\\(\\s?(?<pos>\\d{1,2})\\s?(?:N\\s?\\+|\\+)?\\s?/\\s?(?<exam>\\d{1,3})\\s?N?\\s?\\))?";
  private static final String VALUE_M = "(?:[xX]|0(?:\\(i\\+\\))?|1[a-d]?)";
  private static final String M_SITE = "(?:\\s?\\((?<msite>[A-Z]{3}(?:\\s?[,;/]\\s?[A-Z]{3})*)\\))?";
  /** Between categories: spaces, an optional comma, at most one line break. */
  private static final String SEP = "(?:[ \\t\\u00A0]*[,;]?[ \\t\\u00A0]*(?:\\r?\\n[ \\t\\u00A0]*)?)";
  private static final String EXTRA =
      "(?:" + SEP + "(?:R(?<r>[012xX])|L(?<l>[01xX])|V(?<v>[012xX])|Pn(?<pn>[01xX])|G(?<g>[1-4xX]))"
          + "(?![\\p{L}\\p{N}]))*";
  private static final String T_PART =
      "(?<tpre>" + PREFIX + ")?(?:(?<=[cpy])[ ])?T(?<t>" + VALUE_T + RANGE_T + ")(?:\\((?:m|\\d)\\))?";
  private static final String N_PART =
      "(?<npre>" + PREFIX + ")?(?:(?<=[cpy])[ ])?N(?<n>" + VALUE_N + RANGE_N + N_SUFFIX + ")" + COUNTS;
  private static final String M_PART =
      "(?<mpre>" + PREFIX + ")?(?:(?<=[cpy])[ ])?M(?<m>" + VALUE_M + ")" + M_SITE;
  /** Every part optional; {@link #build} refuses empty and lone unprefixed categories. */
  private static final Pattern TNM = Pattern.compile(
      "(?:" + T_PART + ")?(?:" + SEP + N_PART + ")?(?:" + SEP + M_PART + ")?" + EXTRA
          + "(?![\\p{L}\\p{N}])");
  private static final Pattern EDITION = Pattern.compile(
      "(?:(?:p?TNM|UICC|AJCC)(?:\\s?/\\s?(?:UICC|AJCC))?[ ,:(]{0,3}(?:(?<year>(?:19|20)\\d\\d)"
          + "|(?<ed>[1-9])\\s?(?:e|è|ème|eme|ième|ieme|th|ᵉ)?\\s?(?:édition|edition|éd\\.?|ed\\.?)?)"
          + "|(?<ed2>[1-9])\\s?(?:e|è|ème|eme|ième|ieme|th|ᵉ)\\s?(?:édition|edition))"
          + "(?![\\p{L}\\p{N}])");
  private static final Pattern SENTINEL = Pattern.compile("\\s?\\((?:sn|i\\+\\s?,\\s?sn|sn\\s?,\\s?i\\+)\\)");
  /** How far around a TNM expression an edition may be written. */
  private static final int EDITION_WINDOW = 120;

  /** Creates a parser. */
  public TnmParser() {
    // Patterns are static constants: compiled once per class load.
  }

  /**
   * Parses a TNM expression starting exactly at {@code start} (which must be a word start),
   * or returns null when none starts there.
   */
  public StageMention parse(CharSequence text, int start) {
    if (start < 0 || start >= text.length() || (start > 0 && isWordChar(text.charAt(start - 1)))) {
      return null;
    }
    char c = text.charAt(start);
    if (c != 'T' && c != 'N' && c != 'M' && "cpyrau".indexOf(c) < 0) {
      return null;
    }
    Matcher m = TNM.matcher(text);
    m.region(start, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() ? build(text, m) : null;
  }

  private StageMention build(CharSequence text, Matcher m) {
    String prefix = firstNonNull(group(m, "tpre"), group(m, "npre"), group(m, "mpre"));
    String t = group(m, "t");
    String n = group(m, "n");
    String mm = group(m, "m");
    int categories = (t == null ? 0 : 1) + (n == null ? 0 : 1) + (mm == null ? 0 : 1);
    boolean lettered = t == null && n == null && mm != null && mm.length() == 2;
    if (categories == 0 || (prefix == null && categories < 2 && !lettered)) {
      return null;
    }
    int end = trimEnd(text, m.start(), m.end());
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "prefix", prefix);
    put(fields, "T", clean(t));
    put(fields, "N", clean(n == null ? null : SENTINEL.matcher(n).replaceAll("")));
    put(fields, "M", clean(mm));
    put(fields, "R", lower(group(m, "r")));
    put(fields, "L", lower(group(m, "l")));
    put(fields, "V", lower(group(m, "v")));
    put(fields, "Pn", lower(group(m, "pn")));
    put(fields, "G", lower(group(m, "g")));
    put(fields, "edition", edition(text, m.start(), end));
    put(fields, "nodesPositive", group(m, "pos"));
    put(fields, "nodesExamined", group(m, "exam"));
    if (group(m, "exam") != null) {
      fields.put("nodes", group(m, "pos") + "/" + group(m, "exam"));
    }
    put(fields, "mSite", group(m, "msite") == null ? null : group(m, "msite").replaceAll("\\s", ""));
    return new StageMention(m.start(), end, "TNM", fields);
  }

  /**
   * The TNM edition written within {@value #EDITION_WINDOW} characters of [begin, end), nearest
   * first: the edition number when one is written ("TNM 8e édition", "AJCC 8th" → 8), else
   * the publication year as written ("UICC 2017"), as annotated; or null.
   */
  public String edition(CharSequence text, int begin, int end) {
    int from = Math.max(0, begin - EDITION_WINDOW);
    int to = Math.min(text.length(), end + EDITION_WINDOW);
    Matcher m = EDITION.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() > 0 && isWordChar(text.charAt(m.start() - 1))) {
        continue;
      }
      int distance = m.start() >= end ? m.start() - end : Math.max(0, begin - m.end());
      String value = m.group("ed") != null ? m.group("ed")
          : m.group("ed2") != null ? m.group("ed2") : m.group().strip();
      if (distance < bestDistance) {
        best = value;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int trimEnd(CharSequence text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 'T' || c == 'N' || Character.isWhitespace(c)) {
        continue;
      }
      out.append(c == 'X' ? 'x' : c);
    }
    return out.toString();
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
  }

  private static String group(Matcher m, String name) {
    return m.group(name);
  }

  private static String firstNonNull(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null && !value.isEmpty()) {
      fields.put(key, value);
    }
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}

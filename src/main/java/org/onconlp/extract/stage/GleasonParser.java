package org.onconlp.extract.stage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Gleason score or a prostate ISUP grade group starting at a given offset, CAS-free:
 * {@code Gleason 7 (4+3)}, {@code score de Gleason 4 + 3 = 7}, {@code groupe ISUP 3}. The score
 * is computed from the patterns when not written, the ISUP group from the score; a written
 * ISUP group after a comma ({@code Gleason 3+4=7, ISUP 2}) is a mention of its own, one
 * written right after the score ({@code Gleason 4+3=7 ISUP 3}) is part of it, as annotated; a tertiary pattern ({@code 4+3+5}) is accepted and left out. Immutable and thread-safe.
 */
public final class GleasonParser {
  private static final String ISUP =
      "(?:(?:groupe|grade)\\s(?:pronostique\\s)?(?:de\\s(?:l'|la\\s)?)?)?(?:ISUP|Isup)"
          + "(?:\\s?(?:grade\\s)?(?:group|groupe)\\b)?\\s?(?:[:=]|de|à)?\\s?(?<isup>[1-5])(?![\\p{L}\\p{N}])";
  private static final Pattern GLEASON = Pattern.compile(
      "(?:(?:[Ss]core|[Gg]rade)\\s(?:histopronostique\\s)?(?:de\\s)?)?[Gg]leason\\s?(?:score\\s?)?"
          + "(?:[:=à]\\s?|de\\s|est\\sde\\s|égal\\sà\\s)?(?:"
          + "(?<p>[1-5])\\s?\\+\\s?(?<s>[1-5])(?:\\s?\\+\\s?[1-5])?(?:\\s?=\\s?(?<sc>\\d{1,2}))?"
          + "|(?<sc2>\\d{1,2})(?:\\s?(?:/\\s?10)?\\s?\\(\\s?(?<p2>[1-5])\\s?\\+\\s?(?<s2>[1-5])"
          + "(?:\\s?\\+\\s?[1-5])?\\s?\\))?)(?![\\p{L}\\p{N}+])"
          + "(?:[ \\t]" + ISUP + ")?");
  private static final Pattern ISUP_ALONE = Pattern.compile(ISUP);

  /** Creates a parser. */
  public GleasonParser() {
    // Patterns are static constants: compiled once per class load.
  }

  /** Parses a Gleason score starting at {@code start}, or returns null. */
  public StageMention parse(CharSequence text, int start) {
    Matcher m = matcher(GLEASON, text, start);
    if (!m.lookingAt()) {
      return null;
    }
    String primary = m.group("p") != null ? m.group("p") : m.group("p2");
    String secondary = m.group("s") != null ? m.group("s") : m.group("s2");
    String score = m.group("sc") != null ? m.group("sc") : m.group("sc2");
    if (score == null && primary != null) {
      score = Integer.toString(Integer.parseInt(primary) + Integer.parseInt(secondary));
    }
    int value = Integer.parseInt(score);
    if (value < 2 || value > 10) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (primary != null) {
      fields.put("primary", primary);
      fields.put("secondary", secondary);
    }
    fields.put("score", score);
    String isup = m.group("isup") != null ? m.group("isup") : isup(primary, secondary, value);
    if (isup != null) {
      fields.put("isup", isup);
    }
    return new StageMention(m.start(), m.end(), "GLEASON", fields);
  }

  /**
   * The ISUP grade group a Gleason score implies (ISUP 2014): ≤6 → 1, 3+4 → 2, 4+3 → 3, 8 → 4,
   * 9–10 → 5; null for a 7 without its patterns. A written ISUP group is its own mention.
   */
  static String isup(String primary, String secondary, int score) {
    if (score <= 6) {
      return "1";
    }
    if (score == 7) {
      return primary == null ? null : "3".equals(primary) ? "2" : "3";
    }
    return score == 8 ? "4" : "5";
  }

  /** Parses a lone ISUP grade group ({@code groupe ISUP 3}) starting at {@code start}, or null. */
  public StageMention parseIsup(CharSequence text, int start) {
    Matcher m = matcher(ISUP_ALONE, text, start);
    if (!m.lookingAt()) {
      return null;
    }
    return new StageMention(m.start(), m.end(), "GLEASON", Map.of("isup", m.group("isup")));
  }

  static Matcher matcher(Pattern pattern, CharSequence text, int start) {
    Matcher m = pattern.matcher(text);
    m.region(start, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }
}

package org.onconlp.extract.stage;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses single-valued stage expressions starting at a given offset, CAS-free: AJCC/UICC stage
 * groups ({@code stade IIB}, {@code stade 4} → IV), FIGO ({@code FIGO IIIC1}, {@code stade IB2
 * de la FIGO}), Ann Arbor ({@code stade IIIB}, {@code IV-A}, with the A/B symptom, E and S
 * letters kept in the value), ISS and R-ISS ({@code R-ISS II}, {@code ISS 3} → III), Binet
 * ({@code Binet A}, {@code stade B de Binet}), Breslow ({@code Breslow 1,2 mm} → 1.2) and
 * Clark ({@code niveau IV de Clark}, {@code Clark 3} → III).
 *
 * <p>A bare {@code stade} needs a Roman numeral (or 0–4) right after it, so "stade de France"
 * and "stade avancé" never match; a stage number in another medical scale ("escarre stade 4",
 * "IRC stade 3") is refused by the caller's exclusion words. Values are upper-case Roman
 * numerals with their letters. Immutable and thread-safe.
 */
public final class StageGroupParser {
  private static final String ROMAN = "(?<roman>IV|I{1,3}|0|[0-4])(?<sub>[ABCabc](?:[1-3](?![\\p{N}]))?)?";
  private static final String END = "(?![\\p{L}\\p{N}])";
  private static final Pattern STADE = Pattern.compile(
      "[Ss]tade\\s?(?:(?<sys>FIGO|Ann[ -]Arbor|d'Ann[ -]Arbor|AJCC|UICC)\\s?(?:\\(?(?:19|20)\\d\\d\\)?\\s?)?)?[:=]?\\s?"
          + ROMAN + "(?:\\s?-?\\s?(?<aa>(?=[ABEXS])E?S?X?[AB]?))?" + END
          + "(?:\\s(?:de\\s(?:la\\s|l')?|d')(?:classification\\s(?:de\\s(?:la\\s|l')?|d')?)?"
          + "(?<after>FIGO|Ann[ -]Arbor|ISS|R-ISS|AJCC|UICC)" + END + ")?");
  private static final Pattern FIGO = Pattern.compile(
      "FIGO\\s?(?:\\(?(?:19|20)\\d\\d\\)?\\s?)?[:=]?\\s?(?:stade\\s)?" + ROMAN + END);
  private static final Pattern ANN_ARBOR = Pattern.compile(
      "Ann[ -]Arbor\\s?[:=]?\\s?(?:stade\\s)?" + ROMAN + "(?:\\s?-?\\s?(?<aa>(?=[ABEXS])E?S?X?[AB]?))?" + END);
  private static final Pattern ISS = Pattern.compile(
      "(?<rev>R-?)?ISS\\s?[:=]?\\s?(?:stade\\s)?(?<roman>III|II|I|[1-3])" + END);
  private static final Pattern BINET = Pattern.compile(
      "(?:[Ss]tade\\s(?<v1>[ABC])\\s(?:de\\s(?:la\\s)?(?:classification\\s(?:de\\s)?)?)?Binet"
          + "|(?:[Ss]tade\\s)?Binet\\s?[:=]?\\s?(?:stade\\s)?(?<v2>[ABC]))" + END);
  private static final Pattern BARE_BINET = Pattern.compile("[Ss]tade\\s(?<v2>[ABC])" + END);
  private static final Pattern BRESLOW = Pattern.compile(
      "(?:(?:[Ii]ndice|[ÉéEe]paisseur)\\s(?:tumorale\\s)?(?:de\\s)?)?Breslow\\s?(?:[:=]|à|de|mesurée?\\sà|égale?\\sà)?\\s?"
          + "(?<mm>\\d{1,2}(?:[.,]\\d{1,2})?)\\s?mm" + END);
  private static final Pattern CLARK = Pattern.compile(
      "(?:(?:[Nn]iveau\\s(?:de\\s)?)?Clark\\s?[:=]?\\s?(?:niveau\\s)?(?<v1>IV|V|I{1,3}|[1-5])"
          + "|[Nn]iveau\\s(?<v2>IV|V|I{1,3}|[1-5])\\s(?:de\\s)?Clark)" + END);

  /** Creates a parser. */
  public StageGroupParser() {
    // Patterns are static constants: compiled once per class load.
  }

  /**
   * Parses a {@code stade …} expression at {@code start}. The system comes from a system name
   * written with it (FIGO, Ann Arbor, ISS); otherwise ANN_ARBOR when {@code lymphoma} says the
   * document is about a lymphoma, else STAGE_GROUP.
   */
  public StageMention parseStade(CharSequence text, int start, boolean lymphoma) {
    return parseStade(text, start, lymphoma, false);
  }

  /**
   * As {@link #parseStade(CharSequence, int, boolean)}; {@code cll} says the document is about
   * a chronic lymphocytic leukaemia, where a bare {@code stade A} is a Binet stage.
   */
  public StageMention parseStade(CharSequence text, int start, boolean lymphoma, boolean cll) {
    Matcher m = GleasonParser.matcher(STADE, text, start);
    if (m.lookingAt()) {
      String written = m.group("sys") != null ? m.group("sys") : m.group("after");
      String system = systemOf(written, lymphoma);
      String aa = m.group("aa");
      String value = roman(m.group("roman")) + upper(m.group("sub")) + (aa == null ? "" : aa);
      return new StageMention(m.start(), m.end(), system, Map.of("value", value));
    }
    Matcher b = GleasonParser.matcher(BINET, text, start);
    if (b.lookingAt()) {
      return binet(b);
    }
    Matcher bare = GleasonParser.matcher(BARE_BINET, text, start);
    return cll && bare.lookingAt() ? single(bare, "BINET", bare.group("v2")) : null;
  }

  /** Parses {@code FIGO IIIC1} at {@code start}, or returns null. */
  public StageMention parseFigo(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(FIGO, text, start);
    return m.lookingAt() ? single(m, "FIGO", roman(m.group("roman")) + upper(m.group("sub"))) : null;
  }

  /** Parses {@code Ann Arbor IV-A} at {@code start}, or returns null. */
  public StageMention parseAnnArbor(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(ANN_ARBOR, text, start);
    if (!m.lookingAt()) {
      return null;
    }
    String aa = m.group("aa") == null ? "" : m.group("aa");
    return single(m, "ANN_ARBOR", roman(m.group("roman")) + upper(m.group("sub")) + aa);
  }

  /** Parses {@code ISS II} (value II) or {@code R-ISS 3} (value R-III) at {@code start}, or null. */
  public StageMention parseIss(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(ISS, text, start);
    if (!m.lookingAt()) {
      return null;
    }
    String value = roman(m.group("roman"));
    return single(m, "ISS", m.group("rev") != null ? "R-" + value : value);
  }

  /** Parses {@code Binet A} at {@code start}, or returns null. */
  public StageMention parseBinet(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(BINET, text, start);
    return m.lookingAt() ? binet(m) : null;
  }

  /** Parses a Breslow thickness at {@code start}; the value is in millimetres with a dot. */
  public StageMention parseBreslow(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(BRESLOW, text, start);
    return m.lookingAt() ? single(m, "BRESLOW", m.group("mm").replace(',', '.')) : null;
  }

  /** Parses a Clark level at {@code start}, or returns null. */
  public StageMention parseClark(CharSequence text, int start) {
    Matcher m = GleasonParser.matcher(CLARK, text, start);
    if (!m.lookingAt()) {
      return null;
    }
    String v = m.group("v1") != null ? m.group("v1") : m.group("v2");
    return single(m, "CLARK", roman(v));
  }

  private static StageMention binet(Matcher m) {
    String v = m.group("v1") != null ? m.group("v1") : m.group("v2");
    return single(m, "BINET", v);
  }

  private static StageMention single(Matcher m, String system, String value) {
    return new StageMention(m.start(), m.end(), system, Map.of("value", value));
  }

  private static String systemOf(String written, boolean lymphoma) {
    if (written == null || written.equals("AJCC") || written.equals("UICC")) {
      return written == null && lymphoma ? "ANN_ARBOR" : "STAGE_GROUP";
    }
    if (written.equals("FIGO")) {
      return "FIGO";
    }
    if (written.endsWith("ISS")) {
      return "ISS";
    }
    return "ANN_ARBOR";
  }

  /** Arabic 0–5 to an upper-case Roman numeral; Roman numerals unchanged. */
  static String roman(String value) {
    return switch (value) {
      case "1" -> "I";
      case "2" -> "II";
      case "3" -> "III";
      case "4" -> "IV";
      case "5" -> "V";
      default -> value;
    };
  }

  private static String upper(String value) {
    return value == null ? "" : value.toUpperCase(java.util.Locale.ROOT);
  }
}

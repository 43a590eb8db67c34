package org.onconlp.extract.biomarker;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.text.ResourceLines;

/**
 * Reads the result of a marker from the window of text after its name ({@link #after}) or
 * before it ({@link #before}): interpretation words ({@code results.txt}), numbers (percent,
 * HER2 score, PD-L1 TPS/CPS, FISH ratio, Allred, H-score, TMB, serum levels: {@code
 * values.txt}), the method and the variant.
 *
 * <p>Rules, each backed by a test in {@code ResultParserTest}:
 *
 * <ul>
 *   <li>The result is the first clause of the window holding a result word or number: reading
 *       stops at the first {@code , ; |} or sentence end after it, so "HER2 négatif, mutation
 *       PIK3CA" gives HER2 negative.
 *   <li>Within that clause a specific word (muté, amplifié, réarrangé, perte d'expression) beats
 *       a plain positive/negative word; among equals the one starting first wins, then the
 *       longest, so "absence de mutation" and "non muté" beat "mutation" and "muté".
 *   <li>A pending, failed or undone test ("en cours", "non contributif", "ininterprétable")
 *       claims no interpretation, even when a number follows.
 *   <li>Without a word, numbers decide with the thresholds of {@code values.txt}: HER2 0 and 1+
 *       negative, 2+ equivocal, 3+ positive; ER/PR/AR from 1 %; PD-L1 from 1; TMB high from 10
 *       mut/Mb. Ki-67 and serum levels keep their value without interpretation.
 * </ul>
 *
 * <p>Immutable and thread-safe (patterns are compiled once; matchers are per call).
 */
public final class ResultParser {
  /** Classpath location of the result cue list. */
  public static final String DEFAULT_CUES = "/org/onconlp/extract/biomarker/results.txt";

  /** Classpath location of the numeric patterns and thresholds. */
  public static final String DEFAULT_VALUES = "/org/onconlp/extract/biomarker/values.txt";

  static final String PENDING = "PENDING";
  static final String SEARCH = "SEARCH";
  static final String PANEL = "PANEL";
  static final String METHOD = "METHOD:";
  static final String SECOND = "SECOND";

  private static final Set<String> GENERIC = Set.of("positive", "negative");

  /** Kinds whose result may be a percentage of stained cells. */
  private static final Set<MarkerKind> PERCENT_KINDS =
      EnumSet.of(
          MarkerKind.RECEPTOR,
          MarkerKind.PDL1,
          MarkerKind.IHC,
          MarkerKind.PROLIFERATION,
          MarkerKind.FUSION,
          MarkerKind.CYTOGENETIC,
          MarkerKind.SIGNATURE);

  private enum Scope {
    BEFORE,
    AFTER,
    BOTH
  }

  private record Cue(
      String category, Scope scope, Set<MarkerKind> kinds, String regex, Pattern pattern) {
    boolean applies(boolean after, MarkerKind kind) {
      boolean scoped = scope == Scope.BOTH || (scope == Scope.AFTER) == after;
      return scoped && (kinds == null || kinds.contains(kind));
    }
  }

  private record Hit(String category, int start, int end) {}

  /**
   * A method written in a text.
   *
   * @param method IHC, FISH, SISH, CISH, NGS or PCR
   * @param start where it is written
   */
  public record MethodCue(String method, int start) {}

  private final List<Cue> cues = new ArrayList<>();

  /**
   * One alternation per (side, kind) of every cue that applies there, each cue a capturing group:
   * a window is scanned once, and only from word starts.
   */
  private final Map<String, Pattern> combined = new HashMap<>();

  /** The cues of each combined alternation, in group order. */
  private final Map<String, List<Cue>> members = new HashMap<>();
  private final Map<String, Pattern> values = new HashMap<>();
  private final Map<String, Float> thresholds = new HashMap<>();
  private final HgvsNormaliser hgvs = new HgvsNormaliser();

  /** Every method cue in one alternation, each cue a capturing group (see {@link #combined}). */
  private final Pattern methodPattern;

  /** The cues of {@link #methodPattern}, in group order. */
  private final List<Cue> methodCues;

  /** Creates a parser with the default cue and value files. */
  public ResultParser() {
    this(ResourceLines.load(DEFAULT_CUES), ResourceLines.load(DEFAULT_VALUES));
  }

  /**
   * Creates a parser from data lines.
   *
   * @param cueLines lines of {@code results.txt}
   * @param valueLines lines of {@code values.txt}
   * @throws IllegalArgumentException on a malformed line or pattern
   */
  public ResultParser(List<String> cueLines, List<String> valueLines) {
    for (String line : cueLines) {
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalArgumentException("Expected CATEGORY, SCOPE, KINDS, regex: " + line);
      }
      Set<MarkerKind> kinds = null;
      if (!c[2].equals("*")) {
        kinds = EnumSet.noneOf(MarkerKind.class);
        for (String k : c[2].split(",")) {
          kinds.add(MarkerKind.valueOf(k.strip()));
        }
      }
      cues.add(new Cue(c[0], Scope.valueOf(c[1]), kinds, c[3], word(c[3])));
    }
    for (MarkerKind kind : MarkerKind.values()) {
      combined.put(key(true, kind), combine(true, kind));
      combined.put(key(false, kind), combine(false, kind));
    }
    methodCues = cues.stream().filter(c -> c.category().startsWith(METHOD)).toList();
    methodPattern = alternation(methodCues);
    for (String line : valueLines) {
      String[] c = line.split("\t");
      if (c.length == 3 && c[0].equals("THRESHOLD")) {
        thresholds.put(c[1], Float.parseFloat(c[2]));
      } else if (c.length == 2) {
        values.put(c[0], Pattern.compile(c[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } else {
        throw new IllegalArgumentException("Expected KEY and regex: " + line);
      }
    }
  }

  /** A cue pattern that only matches whole words (no letter or digit glued on either side). */
  private static Pattern word(String regex) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?:(?<=[^\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Reads the result written after a marker name, in {@code text[from, to)}.
   *
   * @param name the contract name (serum markers have their own reference limits)
   */
  public Result after(CharSequence text, int from, int to, MarkerKind kind, String name) {
    if (from >= to) {
      return Result.NONE;
    }
    List<Hit> hits = cueHits(text, from, to, true, kind);
    Numbers numbers = numbers(text, from, to, kind, name);
    int first = Integer.MAX_VALUE;
    for (Hit h : hits) {
      if (isInterpretation(h.category()) || h.category().equals(PENDING)) {
        first = Math.min(first, h.start());
      }
    }
    first = Math.min(first, numbers.firstStart);
    int[] variant = variantIn(text, from, to);
    if (variant[0] >= 0) {
      first = Math.min(first, variant[0]);
    }
    if (first == Integer.MAX_VALUE) {
      String method = method(hits, to);
      return method == null ? Result.NONE : Result.NONE.withMethod(method);
    }
    int zoneEnd = clauseEnd(text, Math.max(first, firstEndAt(hits, numbers, first)), to);
    Numbers zoneNumbers =
        numbers.lastEnd > zoneEnd ? numbers(text, from, zoneEnd, kind, name) : numbers;
    return build(text, from, zoneEnd, kind, hits, zoneNumbers);
  }

  /** Reads the result written before a marker name, in {@code text[from, to)}. */
  public Result before(CharSequence text, int from, int to, MarkerKind kind) {
    if (from >= to) {
      return Result.NONE;
    }
    List<Hit> all = cueHits(text, from, to, false, kind);
    int zoneStart = clauseStart(text, from, to);
    List<Hit> zone = new ArrayList<>();
    for (Hit h : all) {
      if (h.start() >= zoneStart) {
        zone.add(h);
      }
    }
    Result r = build(text, zoneStart, to, kind, zone, Numbers.NONE);
    boolean search = all.stream().anyMatch(h -> h.category().equals(SEARCH));
    boolean panel = all.stream().anyMatch(h -> h.category().equals(PANEL));
    return new Result(
        r.interpretation(), r.generic(), r.pending(), search, panel, r.method(), r.value(), r.percent(),
        r.score(), r.variant(), r.begin(), r.end());
  }

  /**
   * Start of a second result of the same marker after {@code after} (its first result's end):
   * an in-situ hybridisation after an HER2 IHC score ("HER2 2+, FISH : amplifié"), another
   * PD-L1 score ("TPS 80 %, CPS non évalué"); -1 when there is none.
   */
  public int secondResult(CharSequence text, int after, int to, MarkerKind kind) {
    int first = -1;
    for (Cue cue : cues) {
      if (cue.category().equals(SECOND) && cue.applies(true, kind) && after < to) {
        Matcher m = cue.pattern().matcher(text).region(after, to);
        if (m.find() && (first < 0 || m.start() < first)) {
          first = m.start();
        }
      }
    }
    return first;
  }

  private Result build(
      CharSequence text,
      int from,
      int to,
      MarkerKind kind,
      List<Hit> hits,
      Numbers n) {
    Hit specific = null;
    Hit generic = null;
    Hit pending = null;
    String method = null;
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (Hit h : hits) {
      if (h.start() >= to || insideSearch(h, hits)) {
        continue;
      }
      String c = h.category();
      if (c.equals(SECOND)) {
        continue;
      }
      if (c.startsWith(METHOD)) {
        method = method == null ? c.substring(METHOD.length()) : method;
      } else if (c.equals(PENDING)) {
        pending = earlier(pending, h);
      } else if (GENERIC.contains(c)) {
        generic = earlier(generic, h);
      } else if (isInterpretation(c)) {
        specific = earlier(specific, h);
      }
    }
    Hit chosen = specific != null ? specific : generic;
    boolean isPending = pending != null && (chosen == null || pending.start() <= chosen.start());
    String interpretation = null;
    if (isPending) {
      begin = pending.start();
      end = pending.end();
    } else if (chosen != null) {
      interpretation = kind.map(chosen.category());
      begin = chosen.start();
      end = chosen.end();
    }
    boolean plain = chosen != null && chosen == generic;
    if (!isPending && interpretation == null) {
      interpretation = n.derived;
      plain = interpretation != null;
    }
    if (n.firstStart != Integer.MAX_VALUE) {
      begin = Math.min(begin, n.firstStart);
      end = Math.max(end, n.lastEnd);
    }
    if (method == null && n.score != null && kind == MarkerKind.HER2 && n.her2) {
      method = "IHC";
    }
    int[] v = variantIn(text, from, to);
    String variant = null;
    if (v[0] >= 0) {
      variant = variantAt(text, v[0], v[1]);
      begin = Math.min(begin, v[0]);
      end = Math.max(end, v[1]);
    }
    String exon = hgvs.exonEvent(text, from, to);
    if (exon != null && variant == null) {
      variant = exon;
    }
    if ("wild_type".equals(interpretation)) {
      // "pas de saut de l'exon 14", "p.G12C non détectée": the variant was looked for, not found.
      variant = null;
    }
    if (variant != null && interpretation == null && !isPending) {
      // A variant written without a word is a detected alteration.
      interpretation = "mutated";
    }
    return new Result(
        interpretation,
        plain,
        isPending,
        false,
        false,
        method,
        n.value,
        n.percent,
        n.score,
        variant,
        end < 0 ? -1 : begin,
        end);
  }

  /** "recherche de mutation": the word names the test, it is no result. */
  private static boolean insideSearch(Hit h, List<Hit> hits) {
    if (!isInterpretation(h.category())) {
      return false;
    }
    for (Hit s : hits) {
      if (s.category().equals(SEARCH) && s.start() <= h.start() && h.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  private static Hit earlier(Hit current, Hit candidate) {
    if (current == null
        || candidate.start() < current.start()
        || (candidate.start() == current.start() && candidate.end() > current.end())) {
      return candidate;
    }
    return current;
  }

  private static boolean isInterpretation(String category) {
    return !category.equals(PENDING)
        && !category.equals(SEARCH)
        && !category.equals(PANEL)
        && !category.equals(SECOND)
        && !category.startsWith(METHOD);
  }

  private static String method(List<Hit> hits, int to) {
    for (Hit h : hits) {
      if (h.category().startsWith(METHOD) && h.start() < to) {
        return h.category().substring(METHOD.length());
      }
    }
    return null;
  }

  /**
   * Cue matches in a window, left to right and not overlapping: at one position the first cue of
   * the file wins, which is why negated forms are listed before the plain words they contain.
   */
  private List<Hit> cueHits(CharSequence text, int from, int to, boolean after, MarkerKind kind) {
    return hits(combined.get(key(after, kind)), members.get(key(after, kind)), text, from, to);
  }

  /**
   * The methods written in {@code text[from, to)}, left to right ("Technique : NGS ADN + ARN,
   * FISH le cas échéant").
   */
  public List<MethodCue> methods(CharSequence text, int from, int to) {
    List<MethodCue> out = new ArrayList<>();
    for (Hit h : hits(methodPattern, methodCues, text, from, to)) {
      out.add(new MethodCue(h.category().substring(METHOD.length()), h.start()));
    }
    return out;
  }

  private static List<Hit> hits(
      Pattern pattern, List<Cue> alternatives, CharSequence text, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      // Group k + 1 is the k-th alternative: cue regexes hold no capturing group of their own.
      for (int k = 0; k < alternatives.size(); k++) {
        if (m.start(k + 1) >= 0) {
          hits.add(new Hit(alternatives.get(k).category(), m.start(), m.end()));
          break;
        }
      }
    }
    return hits;
  }

  private static String key(boolean after, MarkerKind kind) {
    return (after ? "A:" : "B:") + kind.name();
  }

  private Pattern combine(boolean after, MarkerKind kind) {
    List<Cue> alternatives = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.applies(after, kind) && !cue.category().equals(SECOND)) {
        alternatives.add(cue);
      }
    }
    members.put(key(after, kind), List.copyOf(alternatives));
    return alternation(alternatives);
  }

  /** One whole-word alternation of {@code alternatives}, the k-th cue as group k + 1. */
  private static Pattern alternation(List<Cue> alternatives) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    String separator = "";
    for (Cue cue : alternatives) {
      if (Pattern.compile(cue.regex()).matcher("").groupCount() > 0) {
        throw new IllegalArgumentException("Cue regex with a capturing group: " + cue.regex());
      }
      regex.append(separator).append("(").append(cue.regex())
          .append(")(?:(?<=[^\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))");
      separator = "|";
    }
    regex.append(separator.isEmpty() ? "(?!)" : "").append(")");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static int firstEndAt(List<Hit> hits, Numbers n, int first) {
    int end = first;
    for (Hit h : hits) {
      if (h.start() == first) {
        end = Math.max(end, h.end());
      }
    }
    if (n.firstStart == first) {
      end = Math.max(end, n.firstEnd);
    }
    return end;
  }

  /** End of the clause starting before {@code from}: the next , ; | or sentence end. */
  private static int clauseEnd(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' && !(i > 0 && i + 1 < to && isDigit(text.charAt(i - 1))
          && isDigit(text.charAt(i + 1)))) {
        return i;
      }
      if (c == ';' || c == '|' || (c == '.' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return to;
  }

  /** Start of the last clause of {@code text[from, to)}, after its last , ; | or period. */
  private static int clauseStart(CharSequence text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == '|' || (c == ',' && !(i > from && i + 1 < to
          && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))))) {
        return i + 1;
      }
      if (c == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Numbers found in a window, with the interpretation they imply without words. */
  private static final class Numbers {
    static final Numbers NONE = new Numbers();
    String value;
    Float percent;
    String score;
    String derived;
    boolean her2;
    int firstStart = Integer.MAX_VALUE;
    int firstEnd = -1;
    int lastEnd = -1;

    void saw(Matcher m) {
      if (m.start() < firstStart) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastEnd = Math.max(lastEnd, m.end());
    }
  }

  private Numbers numbers(CharSequence text, int from, int to, MarkerKind kind, String name) {
    Numbers n = new Numbers();
    switch (kind) {
      case HER2 -> her2(text, from, to, n);
      case PDL1 -> pdl1(text, from, to, n);
      case TMB -> tmb(text, from, to, n);
      case SERUM -> serum(text, from, to, name, n);
      default -> { }
    }
    // A percentage elsewhere (a gene's allele frequency) is not the marker's result.
    if (n.value == null && PERCENT_KINDS.contains(kind)) {
      percent(text, from, to, kind, n);
    }
    if (kind == MarkerKind.RECEPTOR) {
      Matcher m = find("ALLRED", text, from, to);
      if (m != null) {
        n.saw(m);
        int allred = Integer.parseInt(m.group("num"));
        n.score = "Allred " + allred;
        if (n.derived == null) {
          n.derived = allred >= threshold("ALLRED") ? "positive" : "negative";
        }
      }
      m = find("HSCORE", text, from, to);
      if (m != null) {
        n.saw(m);
        n.score = n.score == null ? "H-score " + m.group("num") : n.score;
      }
    }
    if (kind == MarkerKind.HER2 || kind == MarkerKind.GENE) {
      Matcher m = find("RATIO", text, from, to);
      if (m != null) {
        n.saw(m);
        n.score = n.score == null ? "ratio " + m.group("num") : n.score;
        n.value = n.value == null ? "ratio " + m.group("num") : n.value;
      }
      m = find("COPIES", text, from, to);
      if (m != null) {
        n.saw(m);
      }
    }
    return n;
  }

  private void her2(CharSequence text, int from, int to, Numbers n) {
    Matcher m = find("HER2_SCORE", text, from, to);
    String score = null;
    if (m != null) {
      String num = firstNonNull(m.group("num"), m.group("num2"), m.group("num3"));
      score = m.group("plus") != null ? num + "+" : num;
    } else {
      m = find("CROSSES", text, from, to);
      if (m != null && m.group("plus").length() > 1) {
        score = m.group("plus").length() + "+";
      }
    }
    if (score == null) {
      return;
    }
    n.saw(m);
    n.her2 = true;
    n.value = score;
    n.score = score;
    n.derived = switch (score.charAt(0)) {
      case '3' -> "positive";
      case '2' -> "equivocal";
      default -> "negative";
    };
  }

  private void pdl1(CharSequence text, int from, int to, Numbers n) {
    Matcher m = find("PDL1_SCORE", text, from, to);
    if (m == null) {
      return;
    }
    n.saw(m);
    String system = m.group("sys").toUpperCase(Locale.ROOT);
    String cmp = comparison(m.group("cmp"));
    boolean pct = m.group("pct") != null;
    n.value = cmp + m.group("num") + (pct ? "%" : "");
    n.score = system + " " + n.value;
    float number = number(m.group("num"));
    if (pct) {
      n.percent = number;
    }
    n.derived = pdl1Level(cmp, number);
  }

  /** PD-L1 expression level: negative below 1, low from 1, high from 50 (values.txt). */
  private String pdl1Level(String cmp, float number) {
    if (below(cmp, number, threshold("PDL1_PERCENT"))) {
      return "negative";
    }
    return below(cmp, number, threshold("PDL1_HIGH")) ? "low" : "high";
  }

  private void tmb(CharSequence text, int from, int to, Numbers n) {
    Matcher m = find("TMB", text, from, to);
    if (m != null) {
      n.saw(m);
      n.value = m.group("num") + " mut/Mb";
      n.derived = number(m.group("num")) >= threshold("TMB_HIGH") ? "high" : "low";
    }
  }

  private void serum(CharSequence text, int from, int to, String name, Numbers n) {
    Matcher m = find("SERUM", text, from, to);
    if (m != null) {
      n.value = m.group("num") + " " + m.group("unit").replace(" ", "");
    } else {
      m = find("SERUM_BARE", text, from, to);
      if (m == null) {
        return;
      }
      n.value = m.group("num");
    }
    n.saw(m);
    Float limit = thresholds.get("SERUM_" + name);
    if (limit != null) {
      n.derived = number(m.group("num")) > limit ? "positive" : "negative";
    }
  }

  private void percent(CharSequence text, int from, int to, MarkerKind kind, Numbers n) {
    Matcher m = find("PERCENT", text, from, to);
    if (m == null) {
      return;
    }
    n.saw(m);
    String cmp = comparison(m.group("cmp"));
    String range = m.group("to") == null ? "" : "-" + m.group("to");
    n.value = cmp + m.group("num") + range + "%";
    float number = number(m.group("num"));
    n.percent = number;
    if (kind == MarkerKind.RECEPTOR && n.derived == null) {
      n.derived = below(cmp, number, threshold("RECEPTOR_PERCENT")) ? "negative" : "positive";
    } else if (kind == MarkerKind.PDL1 && n.derived == null) {
      n.derived = pdl1Level(cmp, number);
    } else if (kind == MarkerKind.SIGNATURE && n.derived == null) {
      // A transcript level (BCR-ABL/ABL 52 % IS) is a detected transcript when above zero.
      n.derived = number > 0 ? "positive" : "negative";
    } else if (kind == MarkerKind.PROLIFERATION && n.derived == null) {
      n.derived = below(cmp, number, threshold("KI67_HIGH")) ? "low" : "high";
    }
  }

  /** Whether a written number with its comparison lies below a threshold ("<1 %" is below 1). */
  private static boolean below(String cmp, float number, float threshold) {
    return number < threshold || (cmp.startsWith("<") && number <= threshold);
  }

  /** Compact comparison sign: "moins de" and "inférieur à" are {@code <}, etc. */
  private static String comparison(String written) {
    if (written == null) {
      return "";
    }
    String w = written.toLowerCase(Locale.ROOT);
    if (w.startsWith("<") || w.startsWith("≤") || w.startsWith("moins") || w.startsWith("inf")) {
      return w.startsWith("≤") || w.equals("<=") ? "≤" : "<";
    }
    return w.startsWith("≥") || w.equals(">=") ? "≥" : ">";
  }

  private float threshold(String key) {
    Float t = thresholds.get(key);
    if (t == null) {
      throw new IllegalStateException("Missing THRESHOLD " + key + " in " + DEFAULT_VALUES);
    }
    return t;
  }

  private static float number(String written) {
    return Float.parseFloat(written.replace(',', '.'));
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private Matcher find(String key, CharSequence text, int from, int to) {
    Pattern p = values.get(key);
    if (p == null) {
      throw new IllegalStateException("Missing pattern " + key + " in " + DEFAULT_VALUES);
    }
    Matcher m = p.matcher(text).region(from, to);
    return m.find() ? m : null;
  }

  /**
   * Offsets of the written variant, or {-1, -1}: the first protein change (p. or one-letter),
   * else the first coding change (c.), which is kept only when no protein form is written.
   */
  private int[] variantIn(CharSequence text, int from, int to) {
    int[] coding = {-1, -1};
    int i = from;
    while (i < to) {
      while (i < to && !isChunk(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && isChunk(text.charAt(i))) {
        i++;
      }
      int[] trimmed = trim(text, start, i);
      if (trimmed[1] - trimmed[0] < 3 || !variantShaped(text, trimmed[0], trimmed[1])) {
        continue;
      }
      String variant = hgvs.normalise(text.subSequence(trimmed[0], trimmed[1]).toString());
      if (variant != null && variant.startsWith("p.")) {
        return trimmed;
      }
      if (variant != null && coding[0] < 0) {
        coding = trimmed;
      }
    }
    return coding;
  }

  /** Every variant notation starts with a letter and holds a digit: skips plain words fast. */
  private static boolean variantShaped(CharSequence text, int begin, int end) {
    if (!Character.isLetter(text.charAt(begin))) {
      return false;
    }
    for (int i = begin + 1; i < end; i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private String variantAt(CharSequence text, int begin, int end) {
    return hgvs.normalise(text.subSequence(begin, end).toString());
  }

  private static boolean isChunk(char c) {
    return !Character.isWhitespace(c) && c != ',' && c != ';' && c != '/';
  }

  /** Strips punctuation around a chunk, keeping the parentheses of {@code p.(Gly12Cys)}. */
  private static int[] trim(CharSequence text, int begin, int end) {
    while (begin < end && (text.charAt(begin) == '(' || text.charAt(begin) == '[')) {
      begin++;
    }
    while (end > begin && ".:)]".indexOf(text.charAt(end - 1)) >= 0) {
      if (text.charAt(end - 1) == ')' && balanced(text, begin, end)) {
        break;
      }
      end--;
    }
    return new int[] {begin, end};
  }

  private static boolean balanced(CharSequence text, int begin, int end) {
    int depth = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth == 0;
  }
}

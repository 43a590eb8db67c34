package org.onconlp.context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onconlp.text.ResourceLines;

/**
 * The ConText cue lexicon as a word trie, matched in one left-to-right pass over a sentence.
 *
 * <p>Data line syntax: {@code phrase DIRECTION [flag ...]}, e.g. {@code pas de|d FORWARD}.
 * A word {@code a|b} stands for either spelling; {@code ...} skips 0 to {@value #MAX_GAP}
 * words (for the discontinuous {@code ne ... pas}); {@code <num>} matches any number and
 * {@code <year>} a four-digit year from 1900 to 2099. Flags: {@code test} (a negation that also
 * negates a biomarker: the test was not done) and {@code adjacent} (reaches only a mention
 * right next to the cue).
 *
 * <p>Matching is leftmost-longest and non-overlapping, as in NegEx/ConText: at each token the
 * longest cue wins and its words cannot start another cue, which is how pseudo-cues
 * ("ne permet pas d'exclure", "sans doute") hide the shorter cues inside them. Immutable and
 * thread-safe once built.
 */
public final class CueLexicon {
  /** Maximum number of words a {@code ...} gap may skip. */
  public static final int MAX_GAP = 3;

  private static final String GAP = "...";
  private static final String NUM = "<num>";
  private static final String YEAR = "<year>";

  private final Node root = new Node();
  private final int size;

  private CueLexicon(Map<CueKind, List<String>> linesByKind) {
    int count = 0;
    for (Map.Entry<CueKind, List<String>> e : linesByKind.entrySet()) {
      for (String line : e.getValue()) {
        count += add(e.getKey(), line);
      }
    }
    this.size = count;
  }

  /**
   * Loads the six cue files ({@code negation.txt}, {@code hypothesis.txt}, {@code family.txt},
   * {@code history.txt}, {@code pseudo.txt}, {@code termination.txt}) from a classpath folder.
   *
   * @param folder classpath folder ending with {@code /}, e.g. {@code /org/onconlp/context/}
   * @return the lexicon
   * @throws IllegalArgumentException if a file is missing or a line is malformed
   */
  public static CueLexicon load(String folder) {
    Map<CueKind, List<String>> lines = new EnumMap<>(CueKind.class);
    for (CueKind kind : CueKind.values()) {
      lines.put(kind, ResourceLines.load(folder + kind.name().toLowerCase(Locale.ROOT) + ".txt"));
    }
    return new CueLexicon(lines);
  }

  /**
   * Builds a lexicon from data lines already in memory (same syntax as the files).
   *
   * @param linesByKind data lines per cue kind
   * @return the lexicon
   * @throws IllegalArgumentException if a line is malformed or a phrase is listed twice
   */
  public static CueLexicon of(Map<CueKind, List<String>> linesByKind) {
    return new CueLexicon(linesByKind);
  }

  /** Number of expanded cue phrases. */
  public int size() {
    return size;
  }

  /**
   * Finds the cues in tokens {@code [from, to)}, leftmost-longest, non-overlapping.
   *
   * @param tokens tokens of the text
   * @param from first token index
   * @param to end token index (exclusive)
   * @return the matches in text order
   */
  public List<CueMatch> match(ContextTokens tokens, int from, int to) {
    List<CueMatch> out = new ArrayList<>();
    int i = from;
    Best best = new Best();
    while (i < to) {
      best.reset();
      walk(root, tokens, i, to, i, -1, best);
      if (best.cue == null) {
        i++;
      } else {
        int scopeStart = best.gapAt >= 0 ? best.gapAt : best.last + 1;
        out.add(new CueMatch(best.cue, i, best.last, scopeStart));
        i = best.last + 1;
      }
    }
    return out;
  }

  private void walk(Node node, ContextTokens t, int start, int to, int next, int gapAt, Best best) {
    if (node.cue != null && next - 1 > best.last) {
      best.cue = node.cue;
      best.last = next - 1;
      best.gapAt = gapAt;
    }
    if (next < to) {
      String norm = t.norm(next);
      Node child = node.next.get(norm);
      if (child != null) {
        walk(child, t, start, to, next + 1, gapAt, best);
      }
      if (node.num != null && isNumber(norm)) {
        walk(node.num, t, start, to, next + 1, gapAt, best);
      }
      if (node.year != null && isYear(norm)) {
        walk(node.year, t, start, to, next + 1, gapAt, best);
      }
    }
    if (node.gap != null) {
      // The gap skips only words: a cue never straddles punctuation.
      for (int skip = 0; skip <= MAX_GAP && next + skip < to; skip++) {
        if (skip > 0 && !t.isWord(next + skip - 1)) {
          break;
        }
        walkAfterGap(node.gap, t, start, to, next + skip, gapAt < 0 ? next : gapAt, best);
      }
    }
  }

  private void walkAfterGap(Node gapNode, ContextTokens t, int start, int to, int next, int gapAt,
      Best best) {
    String norm = t.norm(next);
    Node child = gapNode.next.get(norm);
    if (child != null) {
      walk(child, t, start, to, next + 1, gapAt, best);
    }
  }

  private static boolean isNumber(String norm) {
    for (int i = 0; i < norm.length(); i++) {
      if (norm.charAt(i) < '0' || norm.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(String norm) {
    return norm.length() == 4 && isNumber(norm) && (norm.startsWith("19") || norm.startsWith("20"));
  }

  private int add(CueKind kind, String line) {
    String[] parts = line.strip().split("\\s+");
    int directionAt = -1;
    for (int i = parts.length - 1; i >= 1; i--) {
      if (isDirection(parts[i])) {
        directionAt = i;
        break;
      }
    }
    if (directionAt < 0) {
      throw new IllegalArgumentException("Cue line without FORWARD/BACKWARD/BOTH: " + line);
    }
    CueDirection direction = CueDirection.valueOf(parts[directionAt]);
    boolean test = false;
    boolean adjacent = false;
    for (int i = directionAt + 1; i < parts.length; i++) {
      switch (parts[i]) {
        case "test" -> test = true;
        case "adjacent" -> adjacent = true;
        default ->
            throw new IllegalArgumentException("Unknown cue flag '" + parts[i] + "': " + line);
      }
    }
    List<List<String>> words = new ArrayList<>();
    for (int i = 0; i < directionAt; i++) {
      List<String> alternatives = new ArrayList<>();
      for (String alt : parts[i].split("\\|")) {
        alternatives.addAll(tokenize(alt));
      }
      words.add(alternatives);
    }
    List<List<String>> phrases = expand(words);
    for (List<String> phrase : phrases) {
      insert(phrase, new Cue(String.join(" ", phrase), kind, direction, test, adjacent), line);
    }
    return phrases.size();
  }

  /** Splits a written word the way the text is split ({@code d'exclure} gives two words). */
  private static List<String> tokenize(String written) {
    if (written.equals(GAP) || written.equals(NUM) || written.equals(YEAR)) {
      return List.of(written);
    }
    ContextTokens t = ContextTokens.of(written, 0, written.length());
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.norm(i));
    }
    return List.of(String.join(" ", out));
  }

  private static List<List<String>> expand(List<List<String>> words) {
    List<List<String>> acc = new ArrayList<>();
    acc.add(List.of());
    for (List<String> alternatives : words) {
      List<List<String>> nextAcc = new ArrayList<>();
      for (List<String> prefix : acc) {
        for (String alt : alternatives) {
          List<String> longer = new ArrayList<>(prefix);
          for (String w : alt.split(" ")) {
            if (!w.isEmpty()) {
              longer.add(w);
            }
          }
          nextAcc.add(longer);
        }
      }
      acc = nextAcc;
    }
    return acc;
  }

  private void insert(List<String> phrase, Cue cue, String line) {
    if (phrase.isEmpty() || phrase.get(0).equals(GAP)) {
      throw new IllegalArgumentException("Cue line without a leading word: " + line);
    }
    Node node = root;
    for (String w : phrase) {
      node = switch (w) {
        case GAP -> node.gap == null ? (node.gap = new Node()) : node.gap;
        case NUM -> node.num == null ? (node.num = new Node()) : node.num;
        case YEAR -> node.year == null ? (node.year = new Node()) : node.year;
        default -> node.next.computeIfAbsent(w, k -> new Node());
      };
    }
    if (node.cue != null && !node.cue.equals(cue)) {
      throw new IllegalArgumentException(
          "Cue '" + cue.phrase() + "' listed twice (" + node.cue.kind() + ", " + cue.kind() + ")");
    }
    node.cue = cue;
  }

  private static boolean isDirection(String s) {
    return s.equals("FORWARD") || s.equals("BACKWARD") || s.equals("BOTH");
  }

  /** A trie node; written only while the lexicon is built. */
  private static final class Node {
    private final Map<String, Node> next = new HashMap<>(4);
    private Node gap;
    private Node num;
    private Node year;
    private Cue cue;
  }

  /** Best match found from one start token (per call, never shared). */
  private static final class Best {
    private Cue cue;
    private int last;
    private int gapAt;

    void reset() {
      cue = null;
      last = -1;
      gapAt = -1;
    }
  }
}

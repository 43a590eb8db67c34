package org.onconlp.deid.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.LexiconPhiAnnotator;
import org.onconlp.deid.NameFinderAnnotator;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.person.PersonNameFinder;
import org.onconlp.deid.place.PlaceFinder;
import org.onconlp.deid.record.RecordExportFinder;
import org.onconlp.deid.structured.StructuredPhiFinder;

/**
 * The input of the PHI name finder, built the same way for training ({@link NameFinderTraining})
 * and at run time ({@link NameFinderAnnotator}): the token sequences the model reads and, for
 * each token, the evidence of the lexicons and of the rule finders as OpenNLP additional context
 * (which OpenNLP reads in a ±8-token window). A sequence is a window of a line around capitalised
 * tokens that may be names ({@link #MARGIN}); lines of lower-case or common words only are not
 * read at all. Classes of a token:
 *
 * <ul>
 *   <li>{@code gn} / {@code gf}: a given name of the INSEE list / of its frequent part;
 *   <li>{@code fn}: a family name of the INSEE list;
 *   <li>{@code co}: part of a commune name of the COG (longest match);
 *   <li>{@code ho}: part of a health-establishment name (FINESS and the hospital list);
 *   <li>{@code cw}: a common French word (or its plural); {@code sw}: a label, heading or
 *       function word that is never part of a name; {@code st}: a street type;
 *   <li>{@code ti}: right after a person's title ("Dr", "Mme", "M."); {@code lb}: right after
 *       a name label, role label or word that introduces a name ("Nom :", "IDE :", "kiné");
 *   <li>{@code r=CAT}: covered by a span of category CAT found by the rule finders
 *       ({@link StructuredPhiFinder}, {@link PersonNameFinder}, {@link PlaceFinder}).
 * </ul>
 *
 * At run time the rule spans are the other finders' candidates already in the CAS; for training
 * {@link #ruleSpans(String)} runs the same finders on the text as the pipeline does. Immutable
 * and thread-safe.
 */
public final class NameFinderContext {
  /**
   * Tokens of context kept on each side of a candidate token (capitalised and either unknown to
   * the common-word list or a known given name, family name or commune): the model reads only
   * these windows, not whole lines, which divides the tokens it decodes by about three on
   * clinical text while every gold name token of the hand-written dev reports stays inside a
   * window (its features look two tokens away).
   */
  static final int MARGIN = 2;

  /**
   * Share of capitalised words below which a document is typed in lower case ("mme marchetti
   * josiane nee bouvier"): 0 to 9 % in the hand-written lower-case notes of the dev split, 13 %
   * or more in every other report of the project's corpora.
   */
  static final double LOWER_CASE_DOCUMENT = 0.1;

  /** Punctuation between a label and the name it introduces ("Nom : -", "IDE | "). */
  private static final Set<String> LABEL_SEPARATORS = Set.of(":", "|", "-", "/");

  private final PhiLexicons lex;
  private final PersonNameFinder names;
  private final PlaceFinder places;
  private final StructuredPhiFinder structured;
  private final RecordExportFinder exports;

  /**
   * One sequence of tokens (part of one line) with its additional context.
   *
   * @param begin token start offsets in the document
   * @param end token end offsets in the document
   * @param words token texts
   * @param context per token, its classes (possibly none)
   * @param candidate per token, whether it is a candidate name (capitalised, and unknown to the
   *     common-word list or a known given name, family name or commune)
   * @param first whether this is the document's first sequence (the finder's adaptive data is
   *     cleared there)
   */
  public record Line(
      int[] begin,
      int[] end,
      String[] words,
      String[][] context,
      boolean[] candidate,
      boolean first) {
    /** Compact form for tests: {@code word[class,class] word[] …}. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(words[i]).append(Arrays.toString(context[i]).replace(" ", ""));
      }
      return b.toString();
    }
  }

  /** A context builder over the given lexicons. */
  public NameFinderContext(PhiLexicons lex) {
    this.lex = lex;
    this.names = new PersonNameFinder(lex);
    this.places = new PlaceFinder(lex);
    this.structured = new StructuredPhiFinder();
    this.exports = new RecordExportFinder();
  }

  /**
   * The candidates of the rule finders on a text, as the default pipeline's {@link
   * StructuredPhiAnnotator} and {@link LexiconPhiAnnotator} add them (patient identity unknown).
   */
  public List<PhiSpan> ruleSpans(String text) {
    List<PhiSpan> out = new ArrayList<>(structured.find(text));
    PhiTokens tokens = lex.tokens(text);
    List<PhiSpan> persons = names.find(tokens, PatientIdentity.NONE);
    out.addAll(persons);
    out.addAll(places.find(tokens, persons));
    out.addAll(exports.find(text));
    return out;
  }

  /**
   * The sequences of a text with their tokens and additional context, in text order.
   *
   * @param text the document text
   * @param ruleSpans the rule finders' candidates on this text (any order, may overlap)
   */
  public List<Line> lines(String text, List<PhiSpan> ruleSpans) {
    PhiTokens t = lex.tokens(text);
    List<Set<String>> classes = new ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) {
      classes.add(new LinkedHashSet<>(4));
    }
    boolean[] candidate = new boolean[t.size];
    boolean[] truecased = new boolean[t.size];
    lexiconClasses(t, classes, candidate, lowerCaseDocument(t) ? truecased : null);
    cueClasses(t, classes);
    ruleClasses(t, ruleSpans, classes);
    Marked marked = new Marked(t, classes, candidate, truecased);
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= t.size; i++) {
      if (i == t.size || t.lineBefore[i]) {
        marked.chunks(start, i, out);
        start = i;
      }
    }
    return out;
  }

  /**
   * A document's tokens with what {@link #lines} computed for each: its classes, whether it is a
   * candidate name, whether the model reads it with a capital.
   */
  private record Marked(
      PhiTokens t, List<Set<String>> classes, boolean[] candidate, boolean[] truecased) {
    /**
     * The sequences of one line: the tokens within {@link #MARGIN} tokens of a candidate, runs
     * whose margins meet joined into one.
     */
    void chunks(int from, int to, List<Line> out) {
      int chunkFrom = -1;
      int last = -1;
      for (int k = from; k < to; k++) {
        if (!candidate[k]) {
          continue;
        }
        if (chunkFrom >= 0 && k - last > 2 * MARGIN + 1) {
          out.add(line(chunkFrom, Math.min(to, last + MARGIN + 1), out.isEmpty()));
          chunkFrom = -1;
        }
        if (chunkFrom < 0) {
          chunkFrom = Math.max(from, k - MARGIN);
        }
        last = k;
      }
      if (chunkFrom >= 0) {
        out.add(line(chunkFrom, Math.min(to, last + MARGIN + 1), out.isEmpty()));
      }
    }

    private Line line(int from, int to, boolean first) {
      int n = to - from;
      int[] begin = new int[n];
      int[] end = new int[n];
      String[] words = new String[n];
      String[][] context = new String[n][];
      for (int k = 0; k < n; k++) {
        begin[k] = t.begin[from + k];
        end[k] = t.end[from + k];
        words[k] = t.text.substring(begin[k], end[k]);
        if (truecased[from + k]) {
          words[k] = Character.toUpperCase(words[k].charAt(0)) + words[k].substring(1);
        }
        context[k] = classes.get(from + k).toArray(String[]::new);
      }
      return new Line(begin, end, words, context, Arrays.copyOfRange(candidate, from, to), first);
    }
  }

  /** Whether fewer than {@link #LOWER_CASE_DOCUMENT} of the document's words are capitalised. */
  private static boolean lowerCaseDocument(PhiTokens t) {
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < t.size; i++) {
      Shape shape = t.shape[i];
      if (shape == Shape.LOWER || shape == Shape.TITLE || shape == Shape.UPPER) {
        words++;
        capitalised += shape == Shape.LOWER ? 0 : 1;
      }
    }
    return words > 0 && capitalised < LOWER_CASE_DOCUMENT * words;
  }

  /**
   * The lexicon classes of each token and whether it is a candidate name. In a lower-case
   * document ({@code truecased} not null) a lower-case word the name or commune lists know and
   * the common-word list does not is a candidate too, and is read by the model with a capital
   * (the model learnt names from capitalised text), marked in {@code truecased}. Elsewhere a
   * lower-case given name the common-word list does not know is a candidate as it is written
   * ("répond marc", "Préparé par : lucie"): hurried notes and lists write given names in lower
   * case, and the model learns from its neighbours when one is a name.
   */
  private void lexiconClasses(
      PhiTokens t, List<Set<String>> classes, boolean[] candidate, boolean[] truecased) {
    String[] fold = t.fold;
    int i = 0;
    while (i < t.size) {
      Shape shape = t.shape[i];
      if (shape == Shape.NUMBER || shape == Shape.OTHER) {
        i++;
        continue;
      }
      String f = fold[i];
      Set<String> c = classes.get(i);
      if (lex.isGivenName(f)) {
        c.add(lex.isFrequentGivenName(f) ? "gf" : "gn");
      }
      if (lex.isFamilyName(f)) {
        c.add("fn");
      }
      if (lex.isCommonWordOrPlural(f)) {
        c.add("cw");
      }
      if (lex.isStopWord(f)) {
        c.add("sw");
      }
      if (lex.isStreetType(f)) {
        c.add("st");
      }
      mark(classes, i, lex.communes().longestMatch(fold, i, t.size), "co");
      mark(classes, i, lex.hospitals().longestMatch(fold, i, t.size), "ho");
      boolean known = c.contains("cw") || c.contains("sw");
      boolean named = c.contains("gf") || c.contains("gn") || c.contains("fn") || c.contains("co");
      candidate[i] = shape != Shape.LOWER && (!known || named);
      if (truecased != null && shape == Shape.LOWER && named && !known) {
        candidate[i] = true;
        truecased[i] = true;
      } else if (shape == Shape.LOWER && !known && (c.contains("gf") || c.contains("gn"))) {
        candidate[i] = true;
      }
      i++;
    }
  }

  private static void mark(List<Set<String>> classes, int from, int length, String c) {
    for (int k = from; k < from + length; k++) {
      classes.get(k).add(c);
    }
  }

  /** Tokens right after a title or after a word that introduces a name, on the same line. */
  private void cueClasses(PhiTokens t, List<Set<String>> classes) {
    for (int i = 1; i < t.size; i++) {
      if (t.lineBefore[i] || t.shape[i] == Shape.OTHER) {
        continue;
      }
      int p = i - 1;
      if (t.is(p, ".") && p > 0 && !t.lineBefore[p]) {
        p--;
      }
      if (PersonNameFinder.titleAt(t, p)) {
        classes.get(i).add("ti");
      }
      int q = i - 1;
      while (q > 0 && !t.lineBefore[q] && LABEL_SEPARATORS.contains(t.fold[q])) {
        q--;
      }
      boolean colon = q < i - 1 && (t.is(q + 1, ":") || t.is(q + 1, "|"));
      if (colon ? names.isNameLabel(t.fold[q]) : q == i - 1 && names.isWordBeforeName(t.fold[q])) {
        classes.get(i).add("lb");
      }
    }
  }

  private static void ruleClasses(PhiTokens t, List<PhiSpan> spans, List<Set<String>> classes) {
    for (PhiSpan s : spans) {
      int k = firstTokenAtOrAfter(t, s.begin());
      for (; k < t.size && t.begin[k] < s.end(); k++) {
        if (t.end[k] <= s.end()) {
          classes.get(k).add("r=" + s.category());
        }
      }
    }
  }

  private static int firstTokenAtOrAfter(PhiTokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.begin[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package org.onconlp.extract.biomarker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TextSpan;

/**
 * Finds biomarker mentions with their results in a text, CAS-free.
 *
 * <p>One pass over the tokens against the {@link BiomarkerLexicon} finds the marker names; only
 * there does the {@link ResultParser} read the windows after and before each name. Decisions:
 *
 * <ul>
 *   <li>A result belongs to the marker it follows: the window after a name ends at the next
 *       marker name, at a sentence end, a {@code ;} or a blank line, so "RE : 90 % / RP : 10 % /
 *       HER2 : 1+" gives three results. When nothing follows a name on its line ("HER2 :"), the
 *       window runs on to the end of the next line (a result across a line break).
 *   <li>Names joined only by commas, "et", "ou", "ni" or slashes form a group sharing one result:
 *       "absence de mutation des gènes KRAS, NRAS et BRAF" gives three wild_type mentions, each
 *       span on its gene name. A single marker's span runs from its result words before the name
 *       ("mutation EGFR") to its result after ("HER2 score 3+").
 *   <li>The result written after a name wins over one written before it; a form carrying its
 *       own result ("dMMR", "HER2-low") or signs glued to the name ("RE+", "HER2+++") win over
 *       both.
 *   <li>A pending or failed test ("en cours", "non contributif", "non réalisé") claims no
 *       interpretation: the mention is kept with {@link #unknownInterpretation} (or none). So is a
 *       name that a test phrase introduces without a result ("recherche de mutation KRAS").
 *   <li>A name with neither a result nor a test phrase is not a biomarker result and is dropped,
 *       as is a name in a method description ("panel NGS couvrant EGFR, KRAS") or after
 *       "inhibiteur", "anti". Look-alikes are also refused at the token level: "Pr"/"PR." as
 *       Professeur, "MET"/"RET" followed by "en" (a French verb in capitals), "RH" after a blood
 *       group letter.
 *   <li>For HER2 and MET, an in-situ hybridisation result after the IHC result ("HER2 2+, FISH :
 *       amplifié") is a second mention of the same marker with its own method.
 *   <li>A method written next to the result wins; otherwise the kind of result implies it ("RE :
 *       95 %" is IHC) or the method statement above it in its paragraph gives it ("Technique :
 *       NGS" over a list of mutations): {@link MethodRules}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class BiomarkerFinder {
  /** Longest window read after a name, in characters. */
  static final int MAX_AFTER = 120;

  /** Longest window read before a name, in characters. */
  static final int MAX_BEFORE = 80;

  /** Most words after a name on its line for the result still to be read on the next line. */
  private static final int LABEL_WORDS = 2;

  /**
   * Most words between result words before a name and the name for the span to take them in
   * ("mutation du gène EGFR").
   */
  private static final int PREFIX_GAP_WORDS = 3;

  /** Longest gap between a result and a name restating it ("stable (MSS)"). */
  private static final int RESTATED_GAP = 4;

  /** Words that may join the names of one group ("KRAS, NRAS et BRAF"). */
  private static final Set<String> JOINERS = Set.of("et", "ou", "ni", "and", "or");

  /** Words before a name that make it a drug target, not a test ("anti EGFR"). */
  private static final Set<String> TARGET_WORDS = Set.of("anti", "inhibiteur", "inhibiteurs");

  /** Words after "MET EN" that make it the French verb ("MET EN ÉVIDENCE", "met en place"). */
  private static final Set<String> FRENCH_AFTER_MET_EN =
      Set.of("évidence", "evidence", "place", "jeu", "cause", "route", "œuvre", "oeuvre", "doute");

  /** Blood group letters: "O RH+" is a blood group, not hormone receptors. */
  private static final Set<String> BLOOD_GROUPS = Set.of("A", "B", "AB", "O", "groupe", "Groupe");

  /**
   * A biomarker mention as found.
   *
   * @param begin start offset of the mention
   * @param end end offset of the mention
   * @param name contract name
   * @param method method, or null
   * @param value value as written, or null
   * @param percent percentage, or null
   * @param score score as written, or null
   * @param variant short variant notation, or null
   * @param interpretation contract interpretation, or null
   */
  public record Found(
      int begin,
      int end,
      String name,
      String method,
      String value,
      Float percent,
      String score,
      String variant,
      String interpretation) {}

  private record Group(List<BiomarkerLexicon.Match> members, int begin, int end) {}

  private final BiomarkerLexicon lexicon;
  private final ResultParser parser;
  private final String unknownInterpretation;
  private final FrenchTokenizer tokenizer = new FrenchTokenizer();
  private final TextNormaliser normaliser = new TextNormaliser();
  private final HgvsNormaliser hgvs = new HgvsNormaliser();
  private final MethodRules methods;

  /** Creates a finder with the default data files, writing "unknown" for tests without result. */
  public BiomarkerFinder() {
    this(new BiomarkerLexicon(), new ResultParser(), "unknown");
  }

  /**
   * Creates a finder.
   *
   * @param lexicon marker names
   * @param parser result reader
   * @param unknownInterpretation interpretation written for a pending, failed or result-less
   *     test ("unknown"), or null to write none
   */
  public BiomarkerFinder(BiomarkerLexicon lexicon, ResultParser parser, String unknownInterpretation) {
    this.lexicon = lexicon;
    this.parser = parser;
    this.unknownInterpretation = unknownInterpretation;
    this.methods = new MethodRules(parser);
  }

  /** Tokenizes {@code text} itself and finds its biomarker mentions. */
  public List<Found> find(String text) {
    List<TextSpan> spans = tokenizer.tokenize(text);
    int[] begins = new int[spans.size()];
    int[] ends = new int[spans.size()];
    List<String> norms = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      begins[i] = spans.get(i).begin();
      ends[i] = spans.get(i).end();
      norms.add(normaliser.fold(text, begins[i], ends[i]));
    }
    return find(text, begins, ends, norms);
  }

  /**
   * Finds the biomarker mentions of a tokenized text.
   *
   * @param text the text
   * @param begins token start offsets, in text order
   * @param ends token end offsets
   * @param norms folded token forms (as {@code Token.norm})
   * @return mentions in text order
   */
  public List<Found> find(String text, int[] begins, int[] ends, List<String> norms) {
    List<String> surfaces = new ArrayList<>(norms.size());
    for (int i = 0; i < begins.length; i++) {
      surfaces.add(text.substring(begins[i], ends[i]));
    }
    List<BiomarkerLexicon.Match> hits = new ArrayList<>();
    for (int i = 0; i < norms.size(); i++) {
      BiomarkerLexicon.Match m = lexicon.match(surfaces, norms, i);
      if (m != null) {
        if (!lookAlike(m, surfaces) && !foreignSuffix(text, m, ends)) {
          hits.add(m);
        }
        i = m.last();
      }
    }
    List<Found> out = new ArrayList<>();
    if (hits.isEmpty()) {
      return out;
    }
    dropRestatedVariants(text, hits, begins, ends);
    List<Group> groups = groups(text, hits, begins, ends);
    int consumed = 0;
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      int limit = g + 1 < groups.size() ? groups.get(g + 1).begin() : text.length();
      if (repeats(text, group, out)) {
        // "Statut microsatellitaire : stable (MSS)": the same marker restated by its result.
        continue;
      }
      consumed = Math.max(consumed, emit(text, group, limit, consumed, begins, ends, out));
    }
    return out;
  }

  private static boolean repeats(String text, Group group, List<Found> out) {
    if (out.isEmpty()) {
      return false;
    }
    Found previous = out.get(out.size() - 1);
    if (group.begin() < previous.end() || group.begin() - previous.end() > RESTATED_GAP) {
      return false;
    }
    for (int i = previous.end(); i < group.begin(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '\n' || c == ';' || c == ',') {
        return false;
      }
    }
    return group.members().stream()
        .allMatch(m -> m.entry().interpretation() != null
            && m.entry().interpretation().equals(previous.interpretation())
            && m.entry().names().contains(previous.name()));
  }

  /** Emits a group's mentions; returns the end of the text it read as its result. */
  private int emit(
      String text, Group group, int limit, int consumed, int[] begins, int[] ends, List<Found> out) {
    BiomarkerLexicon.Match last = group.members().get(group.members().size() - 1);
    MarkerKind kind = last.entry().kind();
    int nameEnd = nameEnd(last, ends);
    int afterTo = afterLimit(text, nameEnd, limit);
    String name = last.entry().names().get(0);
    int lineEnd = lineEnd(text, nameEnd, afterTo);
    Result post = parser.after(text, nameEnd, lineEnd, kind, name);
    if (!post.stated() && !post.pending() && words(text, nameEnd, lineEnd) <= LABEL_WORDS) {
      // "HER2 :" or "HER2 (IHC) :" ending its line: the result is on the next line.
      post = parser.after(text, nameEnd, afterTo, kind, name);
    } else {
      afterTo = lineEnd;
    }
    int beforeFrom = beforeLimit(text, Math.max(consumed, group.begin() - MAX_BEFORE), group.begin());
    Result pre = parser.before(text, beforeFrom, group.begin(), kind);
    boolean single = group.members().size() == 1;
    boolean postSays = post.stated() || post.pending();
    for (BiomarkerLexicon.Match member : group.members()) {
      MarkerKind k = member.entry().kind();
      Result own = signs(member, k);
      Result used = own != null ? own : postSays ? post : pre;
      String interpretation = used.interpretation();
      if (used == post && post.generic() && !pre.generic() && pre.interpretation() != null) {
        // "Fusion NTRK détectée", "mutation EGFR : négative": the specific word before the name
        // says what the plain word after it confirms or denies.
        interpretation = confirm(pre.interpretation(), post.interpretation(), k);
      }
      if (member.entry().interpretation() != null && own == null) {
        interpretation = member.entry().interpretation();
      }
      boolean pending = interpretation == null && (post.pending() || (!postSays && pre.pending()));
      boolean stated = interpretation != null || used.stated();
      if (!stated && !pending && !pre.search() && !pre.panel() && k == MarkerKind.MSI) {
        // "stade IIIB, MSI": the bare status names the unstable phenotype.
        interpretation = k.positive();
        stated = true;
      }
      if (!stated && !pending && !(pre.search() && !pre.panel())) {
        continue;
      }
      if (pre.panel() && !postSays && own == null && member.entry().interpretation() == null) {
        continue;
      }
      if (interpretation == null && !used.stated()) {
        interpretation = unknownInterpretation;
      }
      Result values = own != null ? own : postSays ? post : pre;
      int begin = begins[member.first()];
      int end = own != null ? ends[member.last()] : nameEnd(member, ends);
      if (single) {
        if (postSays && post.end() > end) {
          end = post.end();
        }
        if (pre.begin() >= 0 && pre.interpretation() != null
            && pre.interpretation().equals(interpretation)
            && words(text, pre.end(), begin) <= PREFIX_GAP_WORDS) {
          begin = Math.min(begin, pre.begin());
        }
      }
      end = closeParenthesis(text, begin, end);
      String method = post.method() != null ? post.method() : pre.method();
      if (method == null) {
        method = methods.method(text, begin, k);
      }
      String variant = post.variant() != null ? post.variant() : pre.variant();
      if (variant == null && member.first() == member.last()) {
        // "T790M non détectée": the name is the variant.
        variant = hgvs.normalise(text.substring(begins[member.first()], nameEnd(member, ends)));
      }
      for (String n : member.entry().names()) {
        out.add(new Found(begin, end, n, method, values.value(), values.percent(),
            values.score(), variant, interpretation));
      }
    }
    int read = Math.max(nameEnd, post.end());
    if (single && post.end() > 0) {
      int second = parser.secondResult(text, post.end(), afterTo, kind);
      if (second >= 0) {
        Result again = parser.after(text, second, afterTo, kind, name);
        if ((again.stated() || again.pending()) && again.end() > second) {
          String interpretation = again.interpretation() != null || again.stated()
              ? again.interpretation() : unknownInterpretation;
          for (String n : last.entry().names()) {
            out.add(new Found(second, again.end(), n, again.method(), again.value(),
                again.percent(), again.score(), again.variant(), interpretation));
          }
          read = again.end();
        }
      }
    }
    return read;
  }

  /** Combines a specific word before a name with a plain positive/negative word after it. */
  private static String confirm(String specific, String plain, MarkerKind kind) {
    if (plain.equals(kind.positive())) {
      return specific;
    }
    if (!plain.equals(kind.negative())) {
      return plain;
    }
    return switch (specific) {
      case "mutated" -> "wild_type";
      case "amplified" -> "not_amplified";
      case "rearranged" -> "not_rearranged";
      default -> plain;
    };
  }

  /** The result carried by signs glued to a name ("RE+", "HER2+++", "ER-"), or null. */
  private static Result signs(BiomarkerLexicon.Match m, MarkerKind kind) {
    String suffix = m.suffix();
    if (suffix.isEmpty() || (suffix.charAt(0) != '+' && suffix.length() > 1 && !allSigns(suffix))) {
      return null;
    }
    if (suffix.charAt(0) == '-' && !allSigns(suffix)) {
      return null;
    }
    if (suffix.charAt(0) == '-') {
      return new Result(kind.map("negative"), true, false, false, false, null, null, null, null, null,
          -1, -1);
    }
    if (kind == MarkerKind.HER2 && suffix.length() > 1) {
      String score = suffix.length() + "+";
      String interpretation = suffix.length() == 3 ? "positive" : "equivocal";
      return new Result(interpretation, false, false, false, false, "IHC", score, null, score, null,
          -1, -1);
    }
    return new Result(kind.map("positive"), true, false, false, false, null, null, null, null, null,
        -1, -1);
  }

  private static boolean allSigns(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '+' && s.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /** End of a name, before a hyphenated result glued to it ("HER2" of "HER2-positif"). */
  private static int nameEnd(BiomarkerLexicon.Match m, int[] ends) {
    String suffix = m.suffix();
    if (!suffix.isEmpty() && !allSigns(suffix)) {
      return ends[m.last()] - suffix.length();
    }
    return ends[m.last()];
  }

  /** "RE-évaluation": a hyphenated word that is no result glued to a name. */
  private boolean foreignSuffix(String text, BiomarkerLexicon.Match m, int[] ends) {
    String suffix = m.suffix();
    if (suffix.isEmpty() || allSigns(suffix)) {
      return false;
    }
    Result r = parser.after(
        text, nameEnd(m, ends), ends[m.last()], m.entry().kind(), m.entry().names().get(0));
    return r.interpretation() == null;
  }

  private boolean lookAlike(BiomarkerLexicon.Match m, List<String> surfaces) {
    String surface = surfaces.get(m.first());
    if (m.first() == m.last()) {
      surface = surface.substring(0, surface.length() - m.suffix().length());
    }
    String next = m.last() + 1 < surfaces.size() ? surfaces.get(m.last() + 1) : "";
    String previous = m.first() > 0 ? surfaces.get(m.first() - 1) : "";
    if (surface.equals("PR") || surface.equals("Pr")) {
      // "Pr Martin", "PR. Durand": Professeur.
      if (next.equals(".") || (next.length() > 1 && Character.isUpperCase(next.charAt(0))
          && Character.isLowerCase(next.charAt(1)) && !next.startsWith("Pos")
          && !next.startsWith("Nég") && !next.startsWith("Neg"))) {
        return true;
      }
    }
    if ((surface.equals("MET") || surface.equals("RET")) && next.equalsIgnoreCase("en")
        && m.last() + 2 < surfaces.size()
        && FRENCH_AFTER_MET_EN.contains(surfaces.get(m.last() + 2).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (surface.equals("RH") && BLOOD_GROUPS.contains(previous)) {
      return true;
    }
    return TARGET_WORDS.contains(previous.toLowerCase(Locale.ROOT));
  }

  /**
   * Drops a variant named as a marker ("T790M") right after its own gene ("EGFR T790M"): it is
   * the gene's result, read in the gene's window.
   */
  private void dropRestatedVariants(
      String text, List<BiomarkerLexicon.Match> hits, int[] begins, int[] ends) {
    for (int h = hits.size() - 1; h > 0; h--) {
      BiomarkerLexicon.Match m = hits.get(h);
      BiomarkerLexicon.Match previous = hits.get(h - 1);
      if (m.first() == m.last()
          && previous.entry().names().equals(m.entry().names())
          && hgvs.normalise(text.substring(begins[m.first()], ends[m.last()])) != null
          && words(text, ends[previous.last()], begins[m.first()]) <= PREFIX_GAP_WORDS) {
        hits.remove(h);
      }
    }
  }

  /** Groups names joined only by commas, "et", "ou", slashes or parentheses. */
  private static List<Group> groups(
      String text, List<BiomarkerLexicon.Match> hits, int[] begins, int[] ends) {
    List<Group> groups = new ArrayList<>();
    List<BiomarkerLexicon.Match> current = new ArrayList<>();
    current.add(hits.get(0));
    for (int h = 1; h < hits.size(); h++) {
      BiomarkerLexicon.Match previous = hits.get(h - 1);
      BiomarkerLexicon.Match next = hits.get(h);
      if (joined(text, ends[previous.last()], begins[next.first()])
          && previous.entry().kind() == next.entry().kind()) {
        current.add(next);
      } else {
        groups.add(group(current, begins, ends));
        current = new ArrayList<>();
        current.add(next);
      }
    }
    groups.add(group(current, begins, ends));
    return groups;
  }

  private static Group group(List<BiomarkerLexicon.Match> members, int[] begins, int[] ends) {
    return new Group(
        List.copyOf(members),
        begins[members.get(0).first()],
        ends[members.get(members.size() - 1).last()]);
  }

  /** Whether {@code text[from, to)} holds only separators and joining words. */
  private static boolean joined(String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '/' || c == '&' || c == '(' || c == ')') {
        i++;
        continue;
      }
      int j = i;
      while (j < to && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j == i || !JOINERS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
        return false;
      }
      i = j;
    }
    return true;
  }

  /** End of the window after a name: next name, sentence end, ';', blank line or length. */
  private static int afterLimit(String text, int from, int limit) {
    int to = Math.min(limit, Math.min(text.length(), from + MAX_AFTER));
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return i;
      }
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
          && !(i > from && Character.isDigit(text.charAt(i - 1)) && i + 1 < to
              && Character.isDigit(text.charAt(i + 1)))) {
        return i;
      }
      if (c == '\n') {
        newlines++;
        if (newlines == 2) {
          return i;
        }
      }
    }
    return to;
  }

  /** Takes in the closing parenthesis of "(80 %)" or "(p.Gln1756Profs*74)" left open by a span. */
  private static int closeParenthesis(String text, int begin, int end) {
    int depth = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth > 0 && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
  }

  /** Number of words (runs of letters or digits) in {@code text[from, to)}. */
  private static int words(String text, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** End of the first line of a window (exclusive), or {@code to}. */
  private static int lineEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return to;
  }

  /** Start of the window before a name: after the last sentence end, ';' or blank line. */
  private static int beforeLimit(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';') {
        return i + 1;
      }
      if (c == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
      if (c == '\n' && i > from && text.charAt(i - 1) == '\n') {
        return i + 1;
      }
    }
    return Math.max(0, from);
  }
}

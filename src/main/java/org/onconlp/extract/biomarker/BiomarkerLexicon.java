package org.onconlp.extract.biomarker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TextSpan;

/**
 * Biomarker names and their written forms ({@code biomarkers.txt}), as a token trie: a text is
 * matched by one lookup per token, longest form first.
 *
 * <p>Forms are tokenized by the same {@link FrenchTokenizer} as the text and folded by the same
 * {@link TextNormaliser}, so "récepteurs aux œstrogènes", "CA 15-3" and "1p/19q" match exactly the
 * tokens the pipeline produces. Forms marked case-sensitive must also match the written text
 * ("RE" but not "re", "MET" but not "met"). A token ending in {@code +} or {@code -} ("RE+",
 * "HER2+++", "ER-") or glued to a word by a hyphen ("HER2-positif") matches the form without
 * them; the rest of the token is returned as {@link Match#suffix()}. A form written with a
 * hyphen ("Ki-67", "HER2-low") matches whole first, as the longest match.
 *
 * <p>Immutable and thread-safe.
 */
public final class BiomarkerLexicon {
  /** Classpath location of the default lexicon. */
  public static final String DEFAULT_LOCATION = "/org/onconlp/extract/biomarker/biomarkers.txt";

  /**
   * A marker as the lexicon defines it.
   *
   * @param names contract names emitted for it (two for "RH": ER and PR)
   * @param kind how its results read
   * @param interpretation the result the form itself states ("dMMR"), or null
   */
  public record Entry(List<String> names, MarkerKind kind, String interpretation) {}

  /**
   * A lexicon match over tokens.
   *
   * @param entry the marker
   * @param first index of the first token
   * @param last index of the last token (inclusive)
   * @param suffix what follows the form inside its last token: {@code +}/{@code -} signs
   *     ("RE+") or a hyphen and a word ("HER2-positif"), or "" when nothing
   */
  public record Match(Entry entry, int first, int last, String suffix) {}

  private record Form(Entry entry, String[] surfaces) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Form> forms = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private final int longest;

  /** Loads the default lexicon. */
  public BiomarkerLexicon() {
    this(ResourceLines.load(DEFAULT_LOCATION));
  }

  /**
   * Builds a lexicon from data lines ({@code NAMES<TAB>KIND<TAB>form | form ...}).
   *
   * @throws IllegalArgumentException on a malformed line
   */
  public BiomarkerLexicon(List<String> lines) {
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    TextNormaliser normaliser = new TextNormaliser();
    int max = 1;
    for (String line : lines) {
      String[] columns = line.split("\t");
      if (columns.length != 3) {
        throw new IllegalArgumentException("Expected NAMES, KIND and forms: " + line);
      }
      List<String> names = List.of(columns[0].strip().split("\\+"));
      MarkerKind kind = MarkerKind.valueOf(columns[1].strip());
      for (String raw : columns[2].split("\\|")) {
        String form = raw.strip();
        String interpretation = null;
        int arrow = form.lastIndexOf('>');
        if (arrow > 0) {
          interpretation = form.substring(arrow + 1).strip();
          form = form.substring(0, arrow).strip();
        }
        boolean caseSensitive = form.startsWith("=");
        if (caseSensitive) {
          form = form.substring(1);
        }
        List<TextSpan> spans = tokenizer.tokenize(form);
        if (spans.isEmpty()) {
          throw new IllegalArgumentException("Empty form in: " + line);
        }
        Node node = root;
        String[] surfaces = caseSensitive ? new String[spans.size()] : null;
        for (int k = 0; k < spans.size(); k++) {
          TextSpan s = spans.get(k);
          node = node.children.computeIfAbsent(
              normaliser.fold(form, s.begin(), s.end()), key -> new Node());
          if (surfaces != null) {
            surfaces[k] = s.coveredText(form);
          }
        }
        node.forms.add(new Form(new Entry(names, kind, interpretation), surfaces));
        max = Math.max(max, spans.size());
      }
    }
    this.longest = max;
  }

  /**
   * Finds the longest form starting at token {@code start}.
   *
   * @param surfaces the written tokens
   * @param norms the folded tokens (same length)
   * @param start index of the first token to try
   * @return the match, or null when no form starts there
   */
  public Match match(List<String> surfaces, List<String> norms, int start) {
    Node node = root;
    Match best = null;
    int end = Math.min(norms.size(), start + longest);
    for (int i = start; i < end && node != null; i++) {
      String norm = norms.get(i);
      int hyphen = norm.indexOf('-', 1);
      if (hyphen > 0 && hyphen < norm.length() - 1) {
        // "HER2-positif", "RH-négatif": the marker glued to its result by a hyphen.
        Node head = node.children.get(norm.substring(0, hyphen));
        String surface = surfaces.get(i);
        int written = surface.indexOf('-', 1);
        Match m = written < 0 ? null : accept(head, surfaces, start, i, surface.substring(written));
        if (m != null) {
          best = m;
        }
      }
      int signs = trailingSigns(norm);
      if (signs > 0) {
        Node stripped = node.children.get(norm.substring(0, norm.length() - signs));
        String surface = surfaces.get(i);
        Match m = accept(stripped, surfaces, start, i, surface.substring(surface.length() - signs));
        if (m != null) {
          best = m;
        }
      }
      node = node.children.get(norm);
      Match m = accept(node, surfaces, start, i, "");
      if (m != null) {
        best = m;
      }
    }
    return best;
  }

  private static Match accept(Node node, List<String> surfaces, int start, int last, String sfx) {
    if (node == null) {
      return null;
    }
    for (Form form : node.forms) {
      if (form.surfaces() == null || sameSurfaces(form.surfaces(), surfaces, start, sfx)) {
        return new Match(form.entry(), start, last, sfx);
      }
    }
    return null;
  }

  private static boolean sameSurfaces(String[] expected, List<String> surfaces, int start, String sfx) {
    for (int k = 0; k < expected.length; k++) {
      String surface = surfaces.get(start + k);
      if (k == expected.length - 1 && !sfx.isEmpty()) {
        surface = surface.substring(0, surface.length() - sfx.length());
      }
      if (!expected[k].equals(surface)) {
        return false;
      }
    }
    return true;
  }

  /** Number of {@code +}/{@code -} signs ending a token longer than its signs. */
  private static int trailingSigns(String token) {
    int n = token.length();
    int k = n;
    while (k > 0 && (token.charAt(k - 1) == '+' || token.charAt(k - 1) == '-')) {
      k--;
    }
    return k == 0 ? 0 : n - k;
  }
}

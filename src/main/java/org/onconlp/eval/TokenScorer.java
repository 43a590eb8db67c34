package org.onconlp.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Token-level scores: the original text is split into tokens (maximal runs of letters and digits;
 * punctuation and spaces are separators and are not scored), and a token carries a label when any
 * entity of that label covers at least one of its characters. Per label, a token labelled on both
 * sides is a true positive, on the gold side only a false negative, on the prediction side only a
 * false positive.
 */
public final class TokenScorer {

  private TokenScorer() {}

  /** Token spans of {@code text}: maximal runs of letters and digits. */
  public static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(new Span(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Per-label token counts for one document; {@code text} is the original text. */
  public static Map<String, Counts> score(
      String text, List<EvalEntity> gold, List<EvalEntity> pred) {
    List<Span> tokens = tokens(text);
    TreeSet<String> labels = new TreeSet<>();
    gold.forEach(e -> labels.add(e.label()));
    pred.forEach(e -> labels.add(e.label()));
    Map<String, Counts> out = new HashMap<>();
    for (String label : labels) {
      BitSet g = labelled(tokens, gold, label);
      BitSet p = labelled(tokens, pred, label);
      BitSet both = (BitSet) g.clone();
      both.and(p);
      long tp = both.cardinality();
      Counts c = new Counts(tp, p.cardinality() - tp, g.cardinality() - tp);
      if (c.tp() + c.fp() + c.fn() > 0) {
        out.put(label, c);
      }
    }
    return out;
  }

  /** Indices of tokens overlapped by an entity of {@code label}. */
  static BitSet labelled(List<Span> tokens, List<EvalEntity> entities, String label) {
    BitSet set = new BitSet(tokens.size());
    for (EvalEntity e : entities) {
      if (!e.label().equals(label)) {
        continue;
      }
      for (Span s : e.spans()) {
        int i = firstEndingAfter(tokens, s.begin());
        while (i < tokens.size() && tokens.get(i).begin() < s.end()) {
          set.set(i++);
        }
      }
    }
    return set;
  }

  /** Index of the first token whose end is after {@code offset} (binary search). */
  private static int firstEndingAfter(List<Span> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

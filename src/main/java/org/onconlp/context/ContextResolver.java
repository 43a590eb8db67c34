package org.onconlp.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The ConText scope rules: which cues of a sentence reach which mention.
 *
 * <p>A cue reaches a mention when the mention lies on the cue's side (FORWARD: the mention
 * starts after the cue; BACKWARD: it ends before), within the window, and nothing in between
 * closes the scope. A cue overlapping the mention never reaches it ("carcinome non infiltrant"
 * as one mention). What closes a scope, and why:
 *
 * <ul>
 *   <li>the sentence end: the caller only passes one sentence;
 *   <li>a TERMINATION cue ("mais", "cependant", ";", "sauf", "en revanche", ...): a new clause
 *       says something else;
 *   <li>the window: {@code maxForward} words after a forward cue, {@code maxBackward} words
 *       before a backward cue. Punctuation is not counted, so a list "pas de métastase
 *       hépatique, pulmonaire ni osseuse" stays in scope. French puts the negated noun right
 *       after "pas de" and lists rarely run past ten words, while a long window lets a cue
 *       leak into the next idea of run-on report sentences: hence 10 forward. Post-posed
 *       predicates ("exclue", "à confirmer") follow their noun phrase closely: 5 backward.
 *       Cues flagged {@code adjacent} ("non", "négatif") reach only the next / previous word;
 *   <li>forward: a cue of another kind that is not adjacent ("suspicion de récidive et pas de
 *       métastase", "absence de métastase, suspicion de récidive"); an adjacent one (at most one
 *       word between, no punctuation) nests: "pas d'antécédent de cancer", "il n'y a pas
 *       d'antécédent de cancer" are negated and historical;
 *   <li>backward: a comma (a post-posed predicate qualifies its own list item: "carcinome,
 *       HER2 négatif"), a forward cue of another kind in between (it owns the text after it),
 *       and a biomarker in between (a result word such as "négatif" qualifies the biomarker it
 *       follows, not the tumour before it).
 * </ul>
 *
 * <p>Biomarker rule: a negation cue reaches a biomarker only if it is flagged {@code test}
 * ("non recherché", "non réalisé": the test was not done). Any other negative wording next to a
 * biomarker ("HER2 négatif", "absence de mutation EGFR", "pas d'amplification") is the
 * biomarker's result, carried by its {@code interpretation}, so {@code negated} stays false.
 * Stateless and thread-safe.
 */
public final class ContextResolver {
  private final int maxForward;
  private final int maxBackward;

  /**
   * Creates a resolver.
   *
   * @param maxForward maximum number of words between a forward cue and the mention's start
   * @param maxBackward maximum number of words between the mention's end and a backward cue
   */
  public ContextResolver(int maxForward, int maxBackward) {
    this.maxForward = Math.max(0, maxForward);
    this.maxBackward = Math.max(0, maxBackward);
  }

  /**
   * A mention in token indices of the sentence's {@link ContextTokens}.
   *
   * @param first first token overlapping the mention
   * @param last last token overlapping the mention (inclusive)
   * @param biomarker whether the mention is a biomarker (see the biomarker rule)
   */
  public record Span(int first, int last, boolean biomarker) {}

  /**
   * Computes the flags of every mention of one sentence.
   *
   * @param tokens tokens of the sentence
   * @param cues the cues of the sentence, in text order
   * @param mentions the mentions of the sentence (null entries are skipped, giving null)
   * @return the flags of each mention, in the same order
   */
  public List<ContextFlags> resolve(
      ContextTokens tokens, List<CueMatch> cues, List<Span> mentions) {
    boolean[] biomarkerToken = new boolean[tokens.size()];
    for (Span s : mentions) {
      if (s != null && s.biomarker()) {
        for (int k = Math.max(0, s.first()); k <= s.last() && k < biomarkerToken.length; k++) {
          biomarkerToken[k] = true;
        }
      }
    }
    List<ContextFlags> out = new ArrayList<>(mentions.size());
    for (Span m : mentions) {
      out.add(m == null ? null : resolve(tokens, cues, m, biomarkerToken));
    }
    return out;
  }

  private ContextFlags resolve(
      ContextTokens tokens, List<CueMatch> cues, Span mention, boolean[] biomarkerToken) {
    ContextFlags flags = ContextFlags.NONE;
    for (int c = 0; c < cues.size(); c++) {
      CueMatch cue = cues.get(c);
      CueKind kind = cue.cue().kind();
      if (kind == CueKind.PSEUDO || kind == CueKind.TERMINATION) {
        continue;
      }
      if (kind == CueKind.NEGATION && mention.biomarker() && !cue.cue().biomarkerTest()) {
        continue;
      }
      CueDirection direction = cue.cue().direction();
      boolean reaches =
          (direction.forward() && reachesForward(tokens, cues, c, mention))
              || (direction.backward()
                  && reachesBackward(tokens, cues, c, mention, biomarkerToken));
      if (reaches) {
        flags = flags.with(kind);
      }
    }
    return flags;
  }

  private boolean reachesForward(ContextTokens t, List<CueMatch> cues, int c, Span m) {
    CueMatch cue = cues.get(c);
    // A contiguous cue overlapping the mention never reaches it (scopeStart is past it); a
    // discontinuous one reaches the mention inside its gap: "ne [X] pas".
    if (cue.first() >= m.first() || cue.scopeStart() > m.first()) {
      return false;
    }
    int words = 0;
    // Words and punctuation between the cue and the current token: up to one word (an elided
    // article, "n'a pas d'antécédent") still counts as adjacent.
    int afterCue = 0;
    int other = c + 1;
    for (int k = cue.scopeStart(); k < m.first(); k++) {
      if (k > cue.last()) {
        while (other < cues.size() && cues.get(other).first() < k) {
          other++;
        }
        if (other < cues.size() && cues.get(other).first() == k
            && closesForward(cue, cues.get(other), afterCue)) {
          return false;
        }
      }
      if (t.isWord(k)) {
        words++;
        afterCue += k > cue.last() ? 1 : 0;
        if (words > (cue.cue().adjacent() ? 0 : maxForward)) {
          return false;
        }
      } else if (k > cue.last()) {
        afterCue += 2;
      }
    }
    return true;
  }

  private static boolean closesForward(CueMatch cue, CueMatch other, int wordsBetween) {
    CueKind kind = other.cue().kind();
    if (kind == CueKind.TERMINATION) {
      return true;
    }
    return kind != cue.cue().kind() && kind != CueKind.PSEUDO && wordsBetween > 1;
  }

  private boolean reachesBackward(
      ContextTokens t, List<CueMatch> cues, int c, Span m, boolean[] biomarkerToken) {
    CueMatch cue = cues.get(c);
    if (m.last() >= cue.first()) {
      return false;
    }
    int words = 0;
    int other = c - 1;
    for (int k = cue.first() - 1; k > m.last(); k--) {
      while (other >= 0 && cues.get(other).first() > k) {
        other--;
      }
      if (other >= 0 && cues.get(other).last() >= k && closesBackward(cue, cues.get(other))) {
        return false;
      }
      if (biomarkerToken[k]) {
        return false;
      }
      if (t.isWord(k)) {
        if (++words > (cue.cue().adjacent() ? 0 : maxBackward)) {
          return false;
        }
      } else if (t.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static boolean closesBackward(CueMatch cue, CueMatch other) {
    CueKind kind = other.cue().kind();
    if (kind == CueKind.TERMINATION) {
      return true;
    }
    return kind != cue.cue().kind()
        && kind != CueKind.PSEUDO
        && other.cue().direction() == CueDirection.FORWARD;
  }
}

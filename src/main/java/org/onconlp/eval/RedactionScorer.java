package org.onconlp.eval;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * De-identification scores that ignore labels: what matters for privacy is whether identifying text
 * was removed, whatever category the system gave it.
 *
 * <ul>
 *   <li>character recall: share of gold PHI characters covered by any predicted PHI span;
 *   <li>token recall: share of gold PHI tokens (see {@link TokenScorer#tokens}) whose every
 *       character is covered by predicted PHI;
 *   <li>fully redacted: the document has gold PHI and every gold PHI character is covered, the
 *       spaces and punctuation between the words of a name or an address included;
 *   <li>all PHI tokens redacted: the document has gold PHI and every gold PHI token is redacted,
 *       the per-document measure of AP-HP's eds-pseudo ("full"), which looks at tokens only;
 *   <li>leaks: distinct gold PHI strings of at least {@value #MIN_LEAK_LENGTH} characters
 *       (fragments of a discontinuous PHI taken separately) found verbatim in the published
 *       de-identified text, not inside a longer word or number. Surrogates drawn from real name
 *       lists can collide with a gold string by chance; the count is an upper bound to inspect.
 * </ul>
 */
public final class RedactionScorer {
  /** Shorter gold PHI strings are not searched: two-letter matches are mostly chance. */
  public static final int MIN_LEAK_LENGTH = 2;

  /**
   * Redaction counts of one or more documents.
   *
   * @param phiChars gold PHI characters
   * @param coveredChars of those, characters covered by predicted PHI
   * @param phiTokens gold PHI tokens
   * @param redactedTokens of those, tokens entirely covered by predicted PHI
   * @param documentsWithPhi documents holding gold PHI
   * @param documentsFullyRedacted of those, documents with every PHI character covered
   * @param documentsTokensRedacted of those, documents with every PHI token redacted
   * @param leaks leaked distinct PHI strings per category
   */
  public record Result(
      long phiChars,
      long coveredChars,
      long phiTokens,
      long redactedTokens,
      long documentsWithPhi,
      long documentsFullyRedacted,
      long documentsTokensRedacted,
      Map<String, Long> leaks) {

    /** An empty result. */
    public static Result empty() {
      return new Result(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** Sum of two results. */
    public Result plus(Result o) {
      Map<String, Long> l = new TreeMap<>(leaks);
      o.leaks.forEach((k, v) -> l.merge(k, v, Long::sum));
      return new Result(
          phiChars + o.phiChars,
          coveredChars + o.coveredChars,
          phiTokens + o.phiTokens,
          redactedTokens + o.redactedTokens,
          documentsWithPhi + o.documentsWithPhi,
          documentsFullyRedacted + o.documentsFullyRedacted,
          documentsTokensRedacted + o.documentsTokensRedacted,
          Map.copyOf(l));
    }

    /** Character recall (1 when there is no gold PHI). */
    public double charRecall() {
      return phiChars == 0 ? 1.0 : (double) coveredChars / phiChars;
    }

    /** Token recall (1 when there is no gold PHI). */
    public double tokenRecall() {
      return phiTokens == 0 ? 1.0 : (double) redactedTokens / phiTokens;
    }

    /** Share of documents with PHI that are fully redacted (1 when none has PHI). */
    public double fullyRedactedShare() {
      return documentsWithPhi == 0 ? 1.0 : (double) documentsFullyRedacted / documentsWithPhi;
    }

    /** Share of documents with PHI whose every PHI token is redacted (1 when none has PHI). */
    public double tokensRedactedShare() {
      return documentsWithPhi == 0 ? 1.0 : (double) documentsTokensRedacted / documentsWithPhi;
    }

    /** All leaks. */
    public long totalLeaks() {
      return leaks.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Leaks of {@link Labels#HIGH_RISK_PHI} categories. */
    public long highRiskLeaks() {
      return leaks.entrySet().stream()
          .filter(e -> Labels.HIGH_RISK_PHI.contains(e.getKey()))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  /** One leaked gold PHI string: where it was found in the published text. */
  public record Leak(String category, Span goldSpan, int publishedOffset) {}

  private RedactionScorer() {}

  /**
   * Scores one document.
   *
   * @param original the gold (original) text
   * @param gold gold entities (only PHI labels are used)
   * @param pred predicted entities (only PHI labels are used)
   * @param published the prediction's de-identified text, or null when unknown (no leak check)
   * @param leaksOut receives each leak found
   */
  public static Result score(
      String original,
      List<EvalEntity> gold,
      List<EvalEntity> pred,
      String published,
      List<Leak> leaksOut) {
    BitSet goldChars = chars(gold);
    BitSet predChars = chars(pred);
    if (goldChars.isEmpty()) {
      return Result.empty();
    }
    BitSet covered = (BitSet) goldChars.clone();
    covered.and(predChars);
    long phiTokens = 0;
    long redacted = 0;
    for (Span t : TokenScorer.tokens(original)) {
      if (goldChars.nextSetBit(t.begin()) >= 0 && goldChars.nextSetBit(t.begin()) < t.end()) {
        phiTokens++;
        int gap = predChars.nextClearBit(t.begin());
        if (gap >= t.end()) {
          redacted++;
        }
      }
    }
    Map<String, Long> leaks = new TreeMap<>();
    if (published != null) {
      Set<String> seen = new TreeSet<>();
      for (EvalEntity e : gold) {
        if (!Labels.isPhi(e.label())) {
          continue;
        }
        for (Span s : e.spans()) {
          if (s.end() > original.length()) {
            continue;
          }
          String value = original.substring(s.begin(), s.end()).strip();
          if (value.length() < MIN_LEAK_LENGTH || !seen.add(e.label() + "\u0000" + value)) {
            continue;
          }
          int at = findWord(published, value);
          if (at >= 0) {
            leaks.merge(e.label(), 1L, Long::sum);
            leaksOut.add(new Leak(e.label(), s, at));
          }
        }
      }
    }
    boolean full = covered.cardinality() == goldChars.cardinality();
    return new Result(
        goldChars.cardinality(),
        covered.cardinality(),
        phiTokens,
        redacted,
        1,
        full ? 1 : 0,
        redacted == phiTokens ? 1 : 0,
        Map.copyOf(leaks));
  }

  private static BitSet chars(List<EvalEntity> entities) {
    BitSet set = new BitSet();
    for (EvalEntity e : entities) {
      if (Labels.isPhi(e.label())) {
        e.spans().forEach(s -> set.set(s.begin(), s.end()));
      }
    }
    return set;
  }

  /** First occurrence of {@code value} not glued to a letter or digit, or -1. */
  static int findWord(String text, String value) {
    int from = 0;
    while (true) {
      int at = text.indexOf(value, from);
      if (at < 0) {
        return -1;
      }
      int end = at + value.length();
      boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (left && right) {
        return at;
      }
      from = at + 1;
    }
  }
}

package org.onconlp.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onconlp.deid.PhiTokens.Shape;

/**
 * Names found anywhere in a document, by any finder, are PHI wherever else they occur in it, in
 * any case: a surname the model recognised in a signature is redacted in the body where nothing
 * around it says it is a name ("Mme Kerbrat … Kerbrat signale …", "dr lagarde … lagarde"). Only
 * person names (NOM, PRENOM) of three letters or more that are neither common words, function
 * words nor eponyms are carried over. Immutable and thread-safe.
 */
public final class NameRecurrences {
  private static final int MIN_LENGTH = 3;

  private final PhiLexicons lex;

  /** Recurrences over the given lexicons. */
  public NameRecurrences(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * The occurrences of found names that no found span covers yet.
   *
   * @param t the document's tokens
   * @param found the PHI found by every finder (any order, may overlap)
   * @return one span per uncovered occurrence, with the category the name was found with
   */
  public List<PhiSpan> find(PhiTokens t, List<PhiSpan> found) {
    Map<String, String> names = new HashMap<>();
    boolean[] covered = new boolean[t.size];
    int k = 0;
    List<PhiSpan> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    for (PhiSpan s : sorted) {
      while (k > 0 && t.end[k - 1] > s.begin()) {
        k--;
      }
      while (k < t.size && t.end[k] <= s.begin()) {
        k++;
      }
      for (int i = k; i < t.size && t.begin[i] < s.end(); i++) {
        covered[i] = true;
        if (isPersonName(s.category()) && carriesOver(t, i)) {
          names.putIfAbsent(t.fold[i], s.category());
        }
      }
    }
    List<PhiSpan> out = new ArrayList<>();
    if (names.isEmpty()) {
      return out;
    }
    for (int i = 0; i < t.size; i++) {
      String category = covered[i] ? null : names.get(t.fold[i]);
      if (category != null && !lex.followsEponymCue(t.text, t.begin[i])) {
        out.add(new PhiSpan(t.begin[i], t.end[i], category));
      }
    }
    return out;
  }

  private static boolean isPersonName(String category) {
    return "NOM".equals(category) || "PRENOM".equals(category);
  }

  private boolean carriesOver(PhiTokens t, int i) {
    String f = t.fold[i];
    return t.shape[i] != Shape.NUMBER
        && t.shape[i] != Shape.OTHER
        && f.length() >= MIN_LENGTH
        && !lex.isCommonWordOrPlural(f)
        && !lex.isStopWord(f);
  }
}

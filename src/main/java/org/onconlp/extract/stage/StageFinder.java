package org.onconlp.extract.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;

/**
 * Finds every staging expression of a text in one left-to-right scan over its word starts,
 * CAS-free: each word start is a cheap trigger test (a TNM letter or prefix, or one of the
 * words stade, FIGO, Ann Arbor, ISS, Binet, Breslow, Clark, Gleason, ISUP…), and only a
 * triggered position runs the detailed, anchored patterns of {@link TnmParser}, {@link
 * GleasonParser} and {@link StageGroupParser}. Matches never overlap; scanning resumes after
 * each match.
 *
 * <p>Document-level hints, computed once and only when needed: a lymphoma document reads a
 * bare {@code stade IIIB} as Ann Arbor; a kidney document leaves a lone {@code ISUP 3} to the
 * tumour grade (ISUP renal nucleolar grade) rather than the prostate grade group. Immutable and
 * thread-safe.
 */
public final class StageFinder {
  /** Classpath location of the words that make a "stade N" non-oncological. */
  public static final String DEFAULT_EXCLUSIONS = "/org/onconlp/extract/stage/stade-exclusions.txt";
  /** Characters before and after "stade" searched for an exclusion word. */
  private static final int EXCLUSION_BEFORE = 40;
  private static final int EXCLUSION_AFTER = 30;
  /** First letters (lower case) of the trigger words; other words are not folded at all. */
  private static final String TRIGGER_INITIALS = "sfairbecngé";

  private final TnmParser tnm = new TnmParser();
  private final GleasonParser gleason = new GleasonParser();
  private final StageGroupParser groups = new StageGroupParser();
  private final TextNormaliser normaliser = new TextNormaliser();
  private final Set<String> exclusions;

  /** Creates a finder with the default exclusion words. */
  public StageFinder() {
    this(ResourceLines.load(DEFAULT_EXCLUSIONS));
  }

  /** Creates a finder with the given folded exclusion words. */
  public StageFinder(Iterable<String> exclusionWords) {
    Set<String> words = new HashSet<>();
    for (String w : exclusionWords) {
      words.add(w.strip());
    }
    this.exclusions = Set.copyOf(words);
  }

  /** The stage mentions of {@code text}, in text order. Never null; null text gives none. */
  public List<StageMention> find(String text) {
    List<StageMention> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    Hints hints = new Hints(text);
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      StageMention mention = at(text, i, hints);
      if (mention != null) {
        found.add(mention);
        i = Math.max(mention.end(), i + 1);
      } else {
        i++;
      }
    }
    return found;
  }

  private StageMention at(String text, int i, Hints hints) {
    char c = text.charAt(i);
    if (mayBeTnm(text, i)) {
      StageMention m = tnm.parse(text, i);
      if (m != null) {
        return m;
      }
    }
    if (TRIGGER_INITIALS.indexOf(Character.toLowerCase(c)) < 0) {
      return null;
    }
    int wordEnd = i;
    while (wordEnd < text.length()
        && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')
        && wordEnd - i < 12) {
      wordEnd++;
    }
    String word = normaliser.fold(text, i, wordEnd);
    return switch (word) {
      case "stade" -> excluded(text, i, wordEnd) ? null : groups.parseStade(text, i, hints.lymphoma(), hints.cll());
      case "figo" -> groups.parseFigo(text, i);
      case "ann" -> groups.parseAnnArbor(text, i);
      case "iss", "r-iss" -> groups.parseIss(text, i);
      case "binet" -> groups.parseBinet(text, i);
      case "breslow", "indice", "epaisseur" -> groups.parseBreslow(text, i);
      case "clark" -> groups.parseClark(text, i);
      case "niveau" -> groups.parseClark(text, i);
      case "gleason", "score" -> gleason.parse(text, i);
      case "grade", "groupe", "isup" -> gleasonOrIsup(text, i, hints);
      default -> null;
    };
  }

  /**
   * Cheap pre-test before the TNM pattern: up to two prefix letters (and one space), then T, N
   * or M followed by a category character.
   */
  private static boolean mayBeTnm(String text, int i) {
    int k = i;
    int limit = Math.min(text.length() - 1, i + 3);
    while (k < limit && "cpyrau ".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (k >= text.length() - 1) {
      return false;
    }
    char c = text.charAt(k);
    char n = text.charAt(k + 1);
    return (c == 'T' || c == 'N' || c == 'M')
        && ((n >= '0' && n <= '4') || n == 'x' || n == 'X' || n == 'i' || n == '+');
  }

  private StageMention gleasonOrIsup(String text, int i, Hints hints) {
    StageMention m = gleason.parse(text, i);
    if (m != null) {
      return m;
    }
    return hints.renal() ? null : gleason.parseIsup(text, i);
  }

  private boolean excluded(String text, int begin, int end) {
    String before = normaliser.fold(text, Math.max(0, begin - EXCLUSION_BEFORE), begin);
    String after = normaliser.fold(text, end, Math.min(text.length(), end + EXCLUSION_AFTER));
    return containsWord(before) || containsWord(after);
  }

  private boolean containsWord(String folded) {
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && !Character.isLetter(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(folded.charAt(i))) {
        i++;
      }
      if (i > start && exclusions.contains(folded.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  /** Document-level hints, folded lazily on first use. */
  private final class Hints {
    private final String text;
    private String folded;

    Hints(String text) {
      this.text = text;
    }

    private String folded() {
      if (folded == null) {
        folded = normaliser.fold(text).toLowerCase(Locale.ROOT);
      }
      return folded;
    }

    boolean lymphoma() {
      String f = folded();
      return f.contains("lymphom") || f.contains("hodgkin");
    }

    boolean cll() {
      String f = folded();
      return f.contains("binet") || f.contains("llc") || f.contains("lymphoide chronique");
    }

    boolean renal() {
      String f = folded();
      return !f.contains("prostat")
          && (f.contains("renal") || f.contains("nephrectomie") || f.contains("du rein")
              || f.contains("cellules claires"));
    }
  }
}

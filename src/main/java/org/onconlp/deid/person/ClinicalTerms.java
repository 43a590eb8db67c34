package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.text.ResourceLines;

/**
 * Clinical words the name-finder model may take for names: two-word eponyms of stages, scores and
 * classifications (clinical-eponyms.txt: "Ann Arbor", "Child Pugh") and the one-word tumour terms
 * of the extraction's morphology lexicon ("DLBCL", "Mélanome"), words naming an organisation's
 * kind ("ANAPATH"), and the brand names of scanners,
 * accelerators and surgical robots (medical-devices.txt: "Symbia", "TrueBeam", "Da Vinci").
 * Immutable and thread-safe.
 */
public final class ClinicalTerms {
  /** How far around a span the neighbouring word is looked for. */
  private static final int REACH = 40;

  /** Shorter one-word tumour terms ("MM", "K") are also initials or common words. */
  private static final int MIN_TERM_LENGTH = 4;

  private final PhiLexicons lex;
  private final Set<String> pairs;
  private final Set<String> tumourWords;
  private final Set<String> deviceWords;
  private final Set<String> genericWords;

  public ClinicalTerms(PhiLexicons lex) {
    this.lex = lex;
    this.pairs = Set.copyOf(ResourceLines.load("/org/onconlp/deid/clinical-eponyms.txt"));
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.load("/org/onconlp/extract/tumour/morphology.tsv")) {
      String term = line.substring(0, line.indexOf('\t'));
      if (term.indexOf(' ') < 0 && term.length() >= MIN_TERM_LENGTH) {
        words.add(lex.fold(term.toLowerCase(Locale.ROOT)));
      }
    }
    this.tumourWords = Set.copyOf(words);
    this.deviceWords = Set.copyOf(ResourceLines.load("/org/onconlp/deid/medical-devices.txt"));
    this.genericWords = Set.copyOf(ResourceLines.load("/org/onconlp/deid/letterhead-generic-words.txt"));
  }

  /**
   * True when every word of {@code text[begin, end)} names a medical device ("Symbia Intevo",
   * "Da Vinci"), the particle of a two-word brand aside.
   */
  public boolean isDeviceName(String text, int begin, int end) {
    boolean device = false;
    for (String word : text.substring(begin, end).split("[^\\p{L}]+")) {
      if (word.isEmpty() || word.equalsIgnoreCase("da")) {
        continue;
      }
      if (!deviceWords.contains(lex.fold(word))) {
        return false;
      }
      device = true;
    }
    return device;
  }

  /**
   * True for one word naming an organisation's kind or activity, never the organisation itself
   * (letterhead-generic-words.txt: "ANAPATH" heading a laboratory's page).
   */
  public boolean isGenericWord(String word) {
    return genericWords.contains(lex.fold(word));
  }

  /** True for one word that the morphology lexicon names a tumour with ("dlbcl", "sarcome"). */
  public boolean isTumourWord(String word) {
    return tumourWords.contains(lex.fold(word));
  }

  /** True when a word of {@code text[begin, end)} is half of an eponym pair of the list. */
  public boolean overlaps(String text, int begin, int end) {
    int from = Math.max(0, begin - REACH);
    int to = Math.min(text.length(), end + REACH);
    int previousStart = -1;
    int previousEnd = -1;
    for (int i = from; i < to; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      while (e < to && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (previousStart >= 0
          && previousStart < end
          && e > begin
          && isJoin(text, previousEnd, i)
          && isPair(text.substring(previousStart, previousEnd), text.substring(i, e))) {
        return true;
      }
      previousStart = i;
      previousEnd = e;
      i = e;
    }
    return false;
  }

  private boolean isPair(String first, String second) {
    return pairs.contains(lex.fold(first) + " " + lex.fold(second));
  }

  /** Only spaces or one hyphen between two words ("Ann Arbor", "Child-Pugh"). */
  private static boolean isJoin(String text, int from, int to) {
    String gap = text.substring(from, to);
    return !gap.isEmpty() && (gap.isBlank() && gap.indexOf('\n') < 0 || gap.equals("-"));
  }
}

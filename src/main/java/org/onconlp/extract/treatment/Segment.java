package org.onconlp.extract.treatment;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as a range of word indexes, with the label of the section holding it (or null):
 * the scope in which a mention's attributes are looked for.
 *
 * @param first first word
 * @param limit exclusive last word
 * @param section section label ({@code Section.label}) or null
 */
public record Segment(int first, int limit, String section) {

  /**
   * Whether the words [first, limit) look like a document title rather than a sentence: parts
   * joined by two or more " - " ("CHU de Bréval - Dermatopathologie - exérèse cutanée"), or
   * an upper-case line of three words or more with a " - " ("RCP DIGESTIVE - RECIDIVE"; not
   * "FOLFIRI - C6J1"). Titles name a specialty or a report type, not a treatment given or an
   * event that happened.
   */
  public static boolean isTitle(Words w, int first, int limit) {
    int dashes = 0;
    boolean lower = false;
    int wordsWithLetters = 0;
    for (int i = first; i < limit; i++) {
      String s = w.surface(i);
      if (s.equals("-")) {
        dashes++;
      }
      boolean letters = false;
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (Character.isLetter(c)) {
          letters = true;
          lower |= Character.isLowerCase(c);
        }
      }
      wordsWithLetters += letters ? 1 : 0;
    }
    return dashes >= 2 || (dashes == 1 && !lower && wordsWithLetters >= 3);
  }

  /**
   * Fallback sentences when no Sentence annotation exists: a line break, or a word ". ", "!" or
   * "?" ends a sentence.
   */
  public static List<Segment> split(Words w) {
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < w.size(); i++) {
      if (i > start && w.lineBreakBefore(i)) {
        out.add(new Segment(start, i, null));
        start = i;
      }
      String n = w.norm(i);
      if (n.equals(".") || n.equals("!") || n.equals("?")) {
        out.add(new Segment(start, i + 1, null));
        start = i + 1;
      }
    }
    if (start < w.size()) {
      out.add(new Segment(start, w.size(), null));
    }
    return out;
  }
}

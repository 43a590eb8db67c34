package org.onconlp.deid;

import java.nio.CharBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.onconlp.text.ResourceLines;

/**
 * Undoes the OCR digit-for-letter confusions of a name right after a title or a name label
 * ("M. M0REAU", "Patiente : LE C0Z", "Dr Jézéque1", "N0M : DUPONT") in a text {@link OcrRepair}
 * left as it was: one damaged name is no proof of a damaged document, but its title says it is a
 * word, not a code. One character replaces one, so offsets do not move. Immutable and thread-safe.
 *
 * <p>A word is repaired when it holds one or two 0 or 1, each right after a letter, at least two
 * letters and no other digit, and ends with a letter or with a 1 after a lower-case letter
 * ("Rivoa1en", "Jézéque1"; "T1N0" stays). It must follow a title, a name label and its colon, or
 * a particle after one of them ("Patiente : LE C0Z"); a name label itself is repaired when a colon
 * follows it on its line ("N0M :").
 */
final class OcrNames {
  private static final String LABEL_FILE = "/org/onconlp/deid/name-labels.txt";
  private static final String TITLE_FILE = "/org/onconlp/deid/name-titles.txt";
  /** Particles between a title and a family name ("Mme DE LA C0STE"). */
  private static final Set<String> PARTICLES =
      Set.of("le", "la", "de", "du", "des", "d", "van", "von", "der", "den", "ben", "el", "al");
  /** How far a label's colon may stand after it on its line ("N0M D'USAGE ........ :"). */
  private static final int LABEL_COLON_REACH = 30;

  private final Set<String> titles;
  private final Set<String> labels;
  private final UnaryOperator<String> fold;

  /** Reads the titles and the name labels; {@code fold} folds words like token norms. */
  OcrNames(UnaryOperator<String> fold) {
    this.fold = fold;
    this.titles = Set.copyOf(ResourceLines.load(TITLE_FILE));
    Set<String> l = new HashSet<>();
    for (String line : ResourceLines.load(LABEL_FILE)) {
      int tab = line.indexOf('\t');
      String kind = line.substring(tab + 1).trim();
      if (kind.equals("name") || kind.equals("given") || kind.equals("role")) {
        l.add(line.substring(0, tab));
      }
    }
    this.labels = Set.copyOf(l);
  }

  /** The text with the damaged names after titles and labels repaired (the same text if none). */
  String repaired(String text) {
    if (text == null) {
      return null;
    }
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (isDamaged(text, i, end) && (afterCue(out == null ? text : CharBuffer.wrap(out), i) || isLabel(text, i, end))) {
        if (out == null) {
          out = text.toCharArray();
        }
        boolean upper = isUpperCase(text, i, end);
        for (int k = i; k < end; k++) {
          char c = text.charAt(k);
          if (c == '0') {
            out[k] = upper ? 'O' : 'o';
          } else if (c == '1') {
            out[k] = upper ? 'L' : 'l';
          }
        }
      }
      i = end;
    }
    return out == null ? text : new String(out);
  }

  /** One or two 0/1 after letters, two letters or more, ends with a letter or "...e1". */
  static boolean isDamaged(String text, int begin, int end) {
    int digits = 0;
    int letters = 0;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (c == '0' || c == '1') {
        if (k == begin || !Character.isLetter(text.charAt(k - 1))) {
          return false;
        }
        digits++;
      } else if (Character.isLetter(c)) {
        letters++;
      } else {
        return false;
      }
    }
    char last = text.charAt(end - 1);
    boolean ends = Character.isLetter(last) || (last == '1' && Character.isLowerCase(text.charAt(end - 2)));
    return digits >= 1 && digits <= 2 && letters >= 2 && ends;
  }

  private static boolean isUpperCase(String text, int begin, int end) {
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** A title, a label and its colon, or a particle after either, stands right before {@code i}. */
  private boolean afterCue(CharSequence text, int i) {
    int[] prev = previousWord(text, i);
    if (prev == null) {
      return false;
    }
    String gap = text.subSequence(prev[1], i).toString();
    String word = fold.apply(text.subSequence(prev[0], prev[1]).toString());
    if (gap.indexOf('\n') >= 0) {
      return false;
    }
    if (gap.isBlank() || gap.strip().equals(".")) {
      if (titles.contains(word)) {
        return true;
      }
      if (PARTICLES.contains(word) && gap.isBlank()) {
        int[] before = previousWord(text, prev[0]);
        return before != null && cueBefore(text, before, prev[0]);
      }
      return false;
    }
    return cueBefore(text, prev, i);
  }

  /** The word {@code w} is a title, or a label followed by a colon up to {@code to}. */
  private boolean cueBefore(CharSequence text, int[] w, int to) {
    String gap = text.subSequence(w[1], to).toString();
    if (gap.indexOf('\n') >= 0) {
      return false;
    }
    String word = fold.apply(text.subSequence(w[0], w[1]).toString());
    String g = gap.strip();
    if (titles.contains(word)) {
      return g.isEmpty() || g.equals(".");
    }
    return labels.contains(word) && g.matches("[.\\s]*:");
  }

  /** A damaged run that is a name label once repaired, with its colon on the same line. */
  private boolean isLabel(String text, int begin, int end) {
    StringBuilder b = new StringBuilder(end - begin);
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      b.append(c == '0' ? 'o' : c == '1' ? 'l' : c);
    }
    if (!labels.contains(fold.apply(b.toString()))) {
      return false;
    }
    for (int k = end; k < Math.min(text.length(), end + LABEL_COLON_REACH); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return false;
      }
      if (c == ':') {
        return true;
      }
    }
    return false;
  }

  /** The bounds of the word of letters and digits before {@code i}, or null. */
  private static int[] previousWord(CharSequence text, int i) {
    int k = i - 1;
    while (k >= 0 && !Character.isLetterOrDigit(text.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    int end = k + 1;
    while (k >= 0 && Character.isLetterOrDigit(text.charAt(k))) {
      k--;
    }
    return new int[] {k + 1, end};
  }
}

package org.onconlp.deid.structured;

import java.util.Arrays;

/**
 * The words of a text for {@link SpelledNumbers} and {@link SpelledNumberFinder}: runs of letters
 * or of digits, with their offsets, folded forms and whether each continues the word before it
 * (only spaces, hyphens and at most one line break between, as in "quatre-vingt-treize" or
 * "vingt\net un"). One per text; not shared.
 */
final class SpelledWords {
  private static final int MAX_GAP = 3;

  final String text;
  int size;
  int[] begin;
  int[] end;
  String[] folded;
  /** True when the word continues the one before it: a number may run across the gap. */
  boolean[] joined;

  private SpelledWords(String text, int capacity) {
    this.text = text;
    begin = new int[capacity];
    end = new int[capacity];
    folded = new String[capacity];
    joined = new boolean[capacity];
  }

  /** The words of a text (any text; empty gives no word). */
  static SpelledWords of(String text) {
    SpelledWords w = new SpelledWords(text, 16);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      if (!letter && !StructuredScan.isAsciiDigit(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (letter ? Character.isLetter(text.charAt(j)) : StructuredScan.isAsciiDigit(text.charAt(j)))) {
        j++;
      }
      w.add(i, j);
      i = j;
    }
    return w;
  }

  private void add(int b, int e) {
    if (size == begin.length) {
      int cap = size * 2;
      begin = Arrays.copyOf(begin, cap);
      end = Arrays.copyOf(end, cap);
      folded = Arrays.copyOf(folded, cap);
      joined = Arrays.copyOf(joined, cap);
    }
    begin[size] = b;
    end[size] = e;
    folded[size] = SpelledNumbers.fold(text.substring(b, e));
    joined[size] = size > 0 && joinable(end[size - 1], b);
    size++;
  }

  private boolean joinable(int from, int to) {
    if (to - from == 0 || to - from > MAX_GAP) {
      return false;
    }
    int breaks = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '\n') {
        breaks++;
      } else if (c != '-' && c != '\r' && !StructuredScan.isSpace(c)) {
        return false;
      }
    }
    return breaks <= 1;
  }

  /** True when word {@code k} is written in capitals ("H" in "vingt-quatre H zéro"). */
  boolean isUpper(int k) {
    for (int p = begin[k]; p < end[k]; p++) {
      if (!Character.isUpperCase(text.charAt(p))) {
        return false;
      }
    }
    return true;
  }
}

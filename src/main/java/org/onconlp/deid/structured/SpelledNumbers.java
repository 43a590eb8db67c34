package org.onconlp.deid.structured;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.onconlp.text.ResourceLines;

/**
 * Reads French numbers spelled out in words, as voice recognition writes them: "quatre-vingt-
 * treize" (93), "soixante et onze" (71), "nonante-deux" (92), "mil neuf cent trente et un"
 * (1931), "dix-neuf cent soixante" (1960), "deux mille vingt-quatre" (2024). The words come from
 * spelled-numbers.txt; the grammar that combines them is here. Words are folded (lower case, no
 * accents) and must be joined (see {@link SpelledWords#joined}) to form one number. CAS-free,
 * immutable and thread-safe.
 */
final class SpelledNumbers {
  /** Classpath location of the number words. */
  static final String WORDS = "/org/onconlp/deid/spelled-numbers.txt";

  /** The grammatical role of a number word. */
  enum Kind {
    ZERO, UNIT, TEEN, TEN, HUNDRED, THOUSAND, ORDINAL
  }

  /**
   * One number read from words.
   *
   * @param value its value
   * @param end index of the first word after it
   * @param multiplied true when "cent" or "mille" was read (a year in words has one)
   */
  record Reading(int value, int end, boolean multiplied) {}

  private record Word(int value, Kind kind) {}

  private final Map<String, Word> words = new HashMap<>();

  /** A reader with the default number words. */
  SpelledNumbers() {
    for (String line : ResourceLines.load(WORDS)) {
      String[] f = line.split("\t");
      words.put(f[0], new Word(Integer.parseInt(f[1]), Kind.valueOf(f[2])));
    }
  }

  /** The kind of a folded word, or null when it is no number word. */
  Kind kind(String folded) {
    Word w = words.get(folded);
    return w == null ? null : w.kind;
  }

  /** Lower case without accents ("Zéro" → "zero"); ASCII words are only lower-cased. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return lower;
  }

  /**
   * Reads the number at word {@code k}: a cardinal from zéro to 999 999 (an ordinal "premier" is
   * no cardinal and reads as null).
   */
  Reading read(SpelledWords w, int k) {
    if (k >= w.size || kind(w.folded[k]) == null) {
      return null;
    }
    if (kind(w.folded[k]) == Kind.THOUSAND) {
      return afterThousand(w, 1, k + 1);
    }
    Reading a = upTo999(w, k);
    if (a == null || a.value == 0 || !isNext(w, a.end, Kind.THOUSAND)) {
      return a;
    }
    return afterThousand(w, a.value, a.end + 1);
  }

  /** Convenience for tests and data checks: the value of a phrase, or -1. */
  int valueOf(String phrase) {
    SpelledWords w = SpelledWords.of(phrase);
    Reading r = read(w, 0);
    return r != null && r.end == w.size ? r.value : -1;
  }

  private Reading afterThousand(SpelledWords w, int thousands, int k) {
    Reading rest = joinedAt(w, k) ? upTo999(w, k) : null;
    if (rest == null || rest.value == 0) {
      return reading(thousands * 1000, k, true);
    }
    return reading(thousands * 1000 + rest.value, rest.end, true);
  }

  private Reading upTo999(SpelledWords w, int k) {
    if (kind(w.folded[k]) == Kind.HUNDRED) {
      return afterHundred(w, 1, k + 1);
    }
    Reading b = below100(w, k);
    if (b != null && b.value >= 2 && b.value <= 19 && isNext(w, b.end, Kind.HUNDRED)) {
      return afterHundred(w, b.value, b.end + 1);
    }
    return b;
  }

  private Reading afterHundred(SpelledWords w, int hundreds, int k) {
    Reading rest = joinedAt(w, k) ? below100(w, k) : null;
    if (rest == null || rest.value == 0) {
      return reading(hundreds * 100, k, true);
    }
    return reading(hundreds * 100 + rest.value, rest.end, true);
  }

  private Reading below100(SpelledWords w, int k) {
    Word first = words.get(w.folded[k]);
    if (first == null) {
      return null;
    }
    switch (first.kind) {
      case ZERO:
        return reading(0, k + 1, false);
      case UNIT:
        if (first.value == 4 && joinedAt(w, k + 1) && isTwenty(w.folded[k + 1])) {
          return tensTail(w, 80, true, k + 2);
        }
        return reading(first.value, k + 1, false);
      case TEEN:
        return teen(w, first.value, k + 1);
      case TEN:
        return tensTail(w, first.value, first.value == 60, k + 1);
      default:
        return null;
    }
  }

  /** "dix-sept", "dix huit": ten and a unit of seven to nine; any other teen stands alone. */
  private Reading teen(SpelledWords w, int value, int k) {
    if (value == 10 && joinedAt(w, k)) {
      Word unit = words.get(w.folded[k]);
      if (unit != null && unit.kind == Kind.UNIT && unit.value >= 7) {
        return reading(17 + unit.value - 7, k + 1, false);
      }
    }
    return reading(value, k, false);
  }

  /**
   * The units after a ten: "vingt et un", "soixante et onze", "quatre-vingt-treize" (sixty and
   * eighty take a teen), "trente-deux".
   */
  private Reading tensTail(SpelledWords w, int tens, boolean takesTeen, int k) {
    if (!joinedAt(w, k)) {
      return reading(tens, k, false);
    }
    if (w.folded[k].equals("et") && joinedAt(w, k + 1)) {
      Word after = words.get(w.folded[k + 1]);
      if (after != null && after.value == 1 && after.kind == Kind.UNIT) {
        return reading(tens + 1, k + 2, false);
      }
      if (after != null && takesTeen && after.value == 11) {
        return reading(tens + 11, k + 2, false);
      }
      return reading(tens, k, false);
    }
    Word next = words.get(w.folded[k]);
    if (next != null && next.kind == Kind.UNIT) {
      return reading(tens + next.value, k + 1, false);
    }
    if (next != null && next.kind == Kind.TEEN && takesTeen) {
      Reading t = teen(w, next.value, k + 1);
      return reading(tens + t.value, t.end, false);
    }
    return reading(tens, k, false);
  }

  private static boolean isTwenty(String folded) {
    return folded.equals("vingt") || folded.equals("vingts");
  }

  private boolean isNext(SpelledWords w, int k, Kind kind) {
    return joinedAt(w, k) && kind(w.folded[k]) == kind;
  }

  /** True when word {@code k} exists and continues the number of the word before it. */
  private static boolean joinedAt(SpelledWords w, int k) {
    return k < w.size && w.joined[k];
  }

  private static Reading reading(int value, int end, boolean multiplied) {
    return new Reading(value, end, multiplied);
  }
}

package org.onconlp.index;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Comparable integers for stage values, shared by the indexer and the query parser so that both
 * agree: T/N/M categories by their leading digit ({@code 2a} → 2, {@code is} → 0, {@code x} →
 * none), AJCC stage groups as {@code 10 × main group + sub-letter} ({@code 0} → 0, {@code IIIB} →
 * 32, {@code IV} → 40).
 */
public final class StageValues {
  private StageValues() {}

  /**
   * The ordinal of a T, N or M value as written in the contract (without the letter).
   *
   * @return the leading digit; 0 for {@code is} (in situ) and {@code a} (Ta); empty for {@code x}
   *     and anything unreadable
   */
  public static OptionalInt tnm(String value) {
    if (value == null || value.isEmpty()) {
      return OptionalInt.empty();
    }
    String v = value.toLowerCase(Locale.ROOT);
    char first = v.charAt(0);
    if (first >= '0' && first <= '4') {
      return OptionalInt.of(first - '0');
    }
    if (v.startsWith("is") || v.equals("a")) {
      return OptionalInt.of(0);
    }
    return OptionalInt.empty();
  }

  /**
   * The ordinal of an AJCC/UICC stage group ({@code 0}, {@code IA} … {@code IVC}, {@code IIIC1}).
   *
   * @return 10 × group + sub-letter index (A = 1), or empty when unreadable
   */
  public static OptionalInt group(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.startsWith("STADE ")) {
      v = v.substring(6).trim();
    }
    if (v.equals("0")) {
      return OptionalInt.of(0);
    }
    int main;
    int rest;
    if (v.startsWith("IV")) {
      main = 4;
      rest = 2;
    } else if (v.startsWith("III")) {
      main = 3;
      rest = 3;
    } else if (v.startsWith("II")) {
      main = 2;
      rest = 2;
    } else if (v.startsWith("I")) {
      main = 1;
      rest = 1;
    } else {
      return OptionalInt.empty();
    }
    if (v.length() == rest) {
      return OptionalInt.of(main * 10);
    }
    char letter = v.charAt(rest);
    if (letter >= 'A' && letter <= 'D') {
      return OptionalInt.of(main * 10 + letter - 'A' + 1);
    }
    return OptionalInt.empty();
  }

  /** The main group of a stage-group ordinal as a Roman numeral ({@code 32} → {@code III}). */
  public static String mainGroup(int ordinal) {
    return switch (ordinal / 10) {
      case 0 -> "0";
      case 1 -> "I";
      case 2 -> "II";
      case 3 -> "III";
      default -> "IV";
    };
  }
}

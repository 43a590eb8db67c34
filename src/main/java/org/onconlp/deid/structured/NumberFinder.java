package org.onconlp.deid.structured;

import java.util.regex.Pattern;

/**
 * Numbers with a shape of their own for {@link StructuredPhiFinder}: phones (TEL, French,
 * international and foreign), social-security numbers with a valid key (SECU, see
 * {@link NirValidator}) and ages of 90 or more (AGE).
 */
final class NumberFinder {
  private final Pattern phone;
  private final Pattern phoneIntl;
  private final Pattern phoneForeign;
  private final Pattern phoneBracketed;
  private final Pattern nir;
  private final Pattern nirKey;
  private final Pattern phoneTrunk3322;
  private final Pattern phoneDottedShort;
  private final Pattern age;
  private final NirValidator nirValidator = new NirValidator();

  NumberFinder(PatternLibrary lib) {
    this.phone = lib.compile("PHONE");
    this.phoneIntl = lib.compile("PHONE_INTL");
    this.phoneTrunk3322 = lib.compile("PHONE_TRUNK_3322");
    this.phoneDottedShort = lib.compile("PHONE_DOTTED_SHORT");
    this.phoneForeign = lib.compile("PHONE_FOREIGN");
    this.phoneBracketed = lib.compile("PHONE_BRACKETED");
    this.nir = lib.compile("NIR");
    this.nirKey = lib.compile("NIR_KEY");
    this.age = lib.compile("AGE");
  }

  /**
   * A phone at a run opening with 0 ("0033" included, or a dotted one short of a pair), or a social-security number whose key is
   * valid at a run of 1 to 8 that is long or grouped.
   */
  void offerPhoneOrNir(StructuredScan s, int i, int runLength, char next, LongestMatch best) {
    char first = s.text.charAt(i);
    if (first == '0') {
      best.offer(s.matchAt(phone, i), "TEL");
      if (runLength == 3) {
        best.offer(s.matchAt(phoneTrunk3322, i), "TEL");
      }
      if (runLength == 2 && next == '.') {
        best.offer(s.matchAt(phoneDottedShort, i), "TEL");
      }
      if (runLength >= 4 && s.text.startsWith("0033", i)) {
        best.offer(s.matchAt(phoneIntl, i), "TEL");
      }
    } else if (first <= '8' && (runLength >= 13 || next == ' ' || next == '.')) {
      int end = s.matchAt(nir, i);
      if (end > best.end() && nirValidator.isValid(NirValidator.compact(s.text.substring(i, end)))) {
        best.offer(end, "SECU");
      }
    }
  }

  /** "92 ans": an age of 90 or more, or -1. */
  int ageAt(StructuredScan s, int i) {
    return s.matchAt(age, i);
  }

  /** An international phone ("+33 6…", "0033 6…"), or -1. */
  int intlPhoneAt(StructuredScan s, int from) {
    return s.matchAt(phoneIntl, from);
  }

  /** A phone opened by '+' or '(': adds it and returns its end, or -1. */
  int atPhonePrefix(StructuredScan s, int i) {
    String text = s.text;
    int end = s.matchAt(phoneIntl, i);
    // "+41 79 000 12 34": a foreign number, unless the "+" closes a word ("RH+ 95 %").
    if (end <= 0 && text.charAt(i) == '+' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
      end = s.matchAt(phoneForeign, i);
    }
    if (end <= 0 && text.charAt(i) == '(') {
      end = s.matchAt(phoneBracketed, i);
    }
    if (end > 0) {
      s.add(i, end, "TEL");
    }
    return end;
  }

  /** "2580401004231 clé 42": a NIR key written apart after "clé" is SECU too; returns the end. */
  int nirKeyAt(StructuredScan s, int end) {
    int keyStart = s.matchAt(nirKey, end);
    if (keyStart < 0) {
      return end;
    }
    s.add(keyStart, keyStart + 2, "SECU");
    return keyStart + 2;
  }
}

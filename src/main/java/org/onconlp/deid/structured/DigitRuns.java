package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

/**
 * The values a digit run opens in a {@link StructuredScan}: blocks of digit groups carrying a NIR
 * ({@link DigitBlocks}), patient stickers, chains of days and
 * months, values known by their layout (letter-spaced OCR dates, accession numbers), then the
 * longest of the dates, ages, phones, social-security numbers, postal codes, years and days that
 * start there. A run glued to a letter or continuing a number is a code ("pT2", "8500/3") and
 * opens nothing but a country-prefixed postal code. Immutable and thread-safe.
 */
final class DigitRuns {
  /** Letters OCR reads for a digit ("2S/O3/24"): a date may go on after a digit and one of them. */
  private static final String OCR_LETTERS = "SOolI";

  private final DateFinder dates;
  private final YearFinder years;
  private final NumberFinder numbers;
  private final PostalCodeFinder postalCodes;
  private final AccessionNumbers accessions;
  private final IdentifierNet net;
  private final DayMonthChains chains = new DayMonthChains();
  private final StickerNumbers stickers = new StickerNumbers();
  private final DigitBlocks blocks = new DigitBlocks();

  DigitRuns(DateFinder dates, YearFinder years, NumberFinder numbers, PostalCodeFinder postalCodes,
      AccessionNumbers accessions, IdentifierNet net) {
    this.dates = dates;
    this.years = years;
    this.numbers = numbers;
    this.postalCodes = postalCodes;
    this.accessions = accessions;
    this.net = net;
  }

  /** The values starting at the digit run at {@code i}; returns where the scan goes on. */
  int valuesAt(StructuredScan s, int i) {
    String text = s.text;
    int runEnd = i;
    while (runEnd < s.n && isAsciiDigit(text.charAt(runEnd))) {
      runEnd++;
    }
    net.checkToken(s, i);
    if (i > 0 && isCodeContext(text, i)) {
      int ocrEnd = OCR_LETTERS.indexOf(text.charAt(i - 1)) >= 0 ? dates.damaged().letterOpenedSpacedDateAt(s, i) : -1;
      if (ocrEnd > i) {
        s.add(i - 1, ocrEnd, "DATE");
        return ocrEnd;
      }
      return Math.max(runEnd, postalCodes.countryZipAt(s, i));
    }
    int runLength = runEnd - i;
    char next = runEnd < s.n ? text.charAt(runEnd) : '\0';
    if (runLength >= 6) {
      int stickerEnd = stickers.addAt(s, i);
      if (stickerEnd > i) {
        return stickerEnd;
      }
    }
    if (runLength <= 4 && isSpace(next)) {
      int blockEnd = blocks.addAt(s, i);
      if (blockEnd > i) {
        return blockEnd;
      }
    }
    if (runLength == 2 && next == '/') {
      int chainEnd = chains.addChainAt(s, i);
      if (chainEnd > i) {
        return chainEnd;
      }
      int bracketEnd = chains.addBracketedMonthYearAt(s, i);
      if (bracketEnd > i) {
        return bracketEnd;
      }
    }
    int shaped = shapedValueAt(s, i, runLength, next);
    if (shaped > i) {
      return shaped;
    }
    LongestMatch best = new LongestMatch();
    offerDatesAndNumbers(s, i, runEnd, next, best);
    if (best.none()) {
      postalCodes.offerAt(s, i, runLength, next, best);
    }
    if (best.none() && runLength == 4) {
      int yearsEnd = years.spanOrRangeAt(s, i, next);
      if (yearsEnd > 0) {
        return yearsEnd;
      }
    }
    if (best.none()) {
      offerYearOrDay(s, i, runLength, next, best);
    }
    if (best.end() > i) {
      String category = best.category();
      if (category.equals("DATE") && dates.afterSexMark(s, i, best.end())) {
        category = "DATE_NAISSANCE";
      }
      s.add(i, best.end(), category);
      return best.end();
    }
    return runEnd;
  }

  /**
   * Values known by their layout, tried first: a letter-spaced OCR date, day and month or postal
   * code ("1 4 / 0 6 / 2 0 2 1", "le 1 2/12", "5 9 3 0 0"), a space-separated date after a cue
   * word ("PRELEVE LE 12 11 2024") and an accession number ("AP 24-3318"). Adds the value and
   * returns its end, or -1.
   */
  private int shapedValueAt(StructuredScan s, int i, int runLength, char next) {
    int end;
    if (runLength <= 2 && isSpace(next) && spacedContinues(s.text, i + runLength)) {
      if ((end = dates.damaged().spacedDateAt(s, i)) > i) {
        s.add(i, end, "DATE");
        return end;
      }
      if (runLength == 1 && (end = dates.damaged().splitDayMonthAt(s, i)) > i) {
        s.add(i, end, "DATE");
        return end;
      }
      if (runLength == 1 && (end = postalCodes.ocrZipAt(s, i)) > i) {
        s.add(i, end, "ZIP");
        return end;
      }
    }
    if (runLength == 2 && isSpace(next) && (end = dates.spaceSeparatedAt(s, i)) > i) {
      s.add(i, end, "DATE");
      return end;
    }
    return runLength == 2 && next == '-' ? accessions.specimenAt(s, i) : -1;
  }

  /** The dates, ages, phones and social-security numbers of the digit run at {@code i}. */
  private void offerDatesAndNumbers(StructuredScan s, int i, int runEnd, char next, LongestMatch best) {
    int runLength = runEnd - i;
    if (runLength == 8) {
      best.offer(dates.compactAt(s, i), "DATE");
    }
    if (next == '/' || next == '.' || next == '-' || next == '|') {
      dates.offerAfterSeparator(s, i, runLength, next, best);
    } else if (runLength == 1 && OCR_LETTERS.indexOf(next) >= 0) {
      best.offer(dates.damaged().ocrDateAt(s, i), "DATE");
    } else if (runLength <= 3 && !isAsciiDigit(next)) {
      String nextWord = s.wordAfter(runEnd);
      dates.offerBeforeWord(s, i, runLength, nextWord, best);
      if (runLength >= 2 && nextWord.equals("ans")) {
        best.offer(numbers.ageAt(s, i), "AGE");
      }
    }
    numbers.offerPhoneOrNir(s, i, runLength, next, best);
    if (runLength >= 2 && runLength <= 3 && (afterDagger(s.text, i) || ShortAges.afterBirthYear(s.text, i, runEnd))) {
      best.offer(ageOfNinetyOrMore(s.text, i, runEnd), "AGE");
    }
    if (runLength >= 2 && runLength <= 3 && (ShortAges.abbreviatedYears(s.text, i, runEnd) || ShortAges.afterAgeLabel(s.text, i, runEnd))) {
      best.offer(ageOfNinetyOrMore(s.text, i, runEnd), "AGE");
    }
  }

  /** "†93": the age at death of a relative in a family tree follows a dagger. */
  private static boolean afterDagger(String text, int i) {
    int p = i - 1;
    if (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && text.charAt(p) == '†';
  }

  /** End of the number {@code [i, runEnd)} when it is an age of 90 to 120, or -1. */
  private static int ageOfNinetyOrMore(String text, int i, int runEnd) {
    int age = Integer.parseInt(text, i, runEnd, 10);
    return age >= 90 && age <= 120 ? runEnd : -1;
  }

  /** The year of an event ("en 2015") or a day written alone ("le 12"), where nothing else was read. */
  private void offerYearOrDay(StructuredScan s, int i, int runLength, char next, LongestMatch best) {
    char first = s.text.charAt(i);
    if (runLength == 4 && (first == '1' || first == '2') && !isAsciiDigit(next)) {
      best.offer(years.eventYearAt(s, i), "DATE");
    }
    if (best.none() && runLength <= 2) {
      best.offer(dates.dayAloneAt(s, i), "DATE");
    }
  }

  /** A digit or a date separator follows the spaces at {@code p}: OCR spacing may go on. */
  private static boolean spacedContinues(String text, int p) {
    while (p < text.length() && isSpace(text.charAt(p))) {
      p++;
    }
    if (p >= text.length()) {
      return false;
    }
    char c = text.charAt(p);
    return isAsciiDigit(c) || c == '/' || c == '.' || c == '|' || (c == '-' && p + 1 < text.length() && isSpace(text.charAt(p + 1)));
  }

  /**
   * A digit run glued to a letter (pT2, HER2, c.35) or continuing a number (8500/3, 2,5) is
   * part of a code or a quantity, not the start of an identifier.
   */
  private static boolean isCodeContext(String text, int i) {
    char prev = text.charAt(i - 1);
    if (Character.isLetter(prev) || prev == '_') {
      return true;
    }
    return (prev == '/' || prev == ',' || prev == '.' || prev == '-')
        && i > 1
        && Character.isLetterOrDigit(text.charAt(i - 2));
  }
}

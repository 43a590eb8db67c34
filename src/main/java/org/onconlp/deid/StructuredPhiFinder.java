package org.onconlp.deid;

import static org.onconlp.deid.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.StructuredScan.isSpace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds structured PHI in French clinical text: social-security numbers (SECU), phones (TEL),
 * e-mails (MAIL), URLs, postal codes in addresses (ZIP), labelled identifiers (IPP, NDA, RPPS,
 * ID), dates (DATE, DATE_NAISSANCE) and ages of 90 or more (AGE). CAS-free; the patterns and
 * label lists are data files under {@code /org/onconlp/deid/}.
 *
 * <p>The text is scanned once, character by character: a digit run, a word or an {@code @} is
 * a trigger, and only the few patterns that can start with that trigger are tried there, with
 * {@code lookingAt()}; no pattern ever scans the whole text. The calendar year of an event
 * ("en 2015", "(2018)") is a DATE, as in corpora/GUIDELINES.md (a surrogate strategy shifts it
 * with the patient's offset, so the time course of a disease survives); a year after a birth
 * label ("né en 1932") is DATE_NAISSANCE; a number followed by a unit ("2000 mg") is no year.
 * A period word stays inside its date ("fin janvier", "mi-mars 2024"); holidays after a time cue
 * ("depuis Noël") are dates. In a table whose header names a birth date or a patient or stay
 * number ("DDN", "IPP", "NDA"; column-headers.txt), the dates and identifiers of that column take
 * the header's category.
 *
 * <p>As a safety net, as in the de-identification tools used in hospitals, a remaining token of
 * letters, digits and internal separators with at least five digits is an identifier (ID)
 * unless it is a quantity with its unit, a plain number, a protein change or a public reference
 * code (HGVS, RefSeq, ICD-O, trial registries; {@code NET_*} in patterns.txt).
 *
 * <p>This class runs the steps of the scan in their order; the rules live in the package-private
 * finders it wires: {@link LabelledIdentifiers} (with {@link LabelValues} and {@link FormLayouts}),
 * {@link TableColumns}, {@link DateFinder} (with {@link DateWords} and {@link DayMonthCues}),
 * {@link DateLogLines}, {@link DayMonthChains}, {@link StickerNumbers}, {@link ShortAges},
 * {@link SlashJoinedIdentifiers}, {@link YearFinder}, {@link NumberFinder}, {@link PostalCodeFinder},
 * {@link WebAddressFinder}, {@link AccessionNumbers}, {@link SpelledNumberFinder} and
 * {@link IdentifierNet}; the state of one scan is a {@link StructuredScan}. Immutable and thread-safe: {@link #find} keeps its state in locals.
 */
public final class StructuredPhiFinder {
  private static final int PREFIX_BUCKETS = 1 << 12;
  /** Letters OCR reads for a digit ("2S/O3/24"): a date may go on after a digit and one of them. */
  private static final String OCR_LETTERS = "SOolI";

  private final DateFinder dates;
  private final YearFinder years;
  private final NumberFinder numbers;
  private final PostalCodeFinder postalCodes;
  private final WebAddressFinder web;
  private final AccessionNumbers accessions;
  private final IdentifierNet net;
  private final DateLogLines logLines;
  private final SlashJoinedIdentifiers slashJoined;
  private final LabelledIdentifiers labelled;
  private final TableColumns tables;
  private final SpelledNumberFinder spelled = new SpelledNumberFinder();
  private final DayMonthChains chains = new DayMonthChains();
  private final StickerNumbers stickers = new StickerNumbers();
  private final int longestTrigger;
  /** Folded first two letters of every trigger word: most words are rejected without a copy. */
  private final BitSet triggerPrefixes = new BitSet(PREFIX_BUCKETS);
  private final PhiResolver resolver;

  /** A finder with the default data files and category priorities. */
  public StructuredPhiFinder() {
    this(new PhiResolver());
  }

  /**
   * A finder whose own overlapping candidates are arbitrated by the given resolver.
   *
   * @param resolver the resolver (its priorities break ties between this finder's candidates)
   */
  public StructuredPhiFinder(PhiResolver resolver) {
    this.resolver = resolver;
    DateWords words = new DateWords();
    PatternLibrary lib = new PatternLibrary("/org/onconlp/deid/patterns.txt", words.alternations());
    this.dates = new DateFinder(lib, words, new DayMonthCues());
    this.years = new YearFinder(lib);
    this.numbers = new NumberFinder(lib);
    this.postalCodes = new PostalCodeFinder(lib);
    this.web = new WebAddressFinder(lib);
    this.accessions = new AccessionNumbers(lib);
    this.net = new IdentifierNet(lib);
    this.logLines = new DateLogLines(lib);
    this.slashJoined = new SlashJoinedIdentifiers(lib);
    LabelValues values = new LabelValues(lib, dates, years, numbers);
    this.labelled = new LabelledIdentifiers(lib, values, numbers);
    this.tables = new TableColumns(dates, values);
    List<String> triggers = new ArrayList<>(labelled.triggers());
    triggers.addAll(words.triggers());
    triggers.addAll(WebAddressFinder.URL_TRIGGERS);
    int longest = 0;
    for (String w : triggers) {
      longest = Math.max(longest, w.length());
      triggerPrefixes.set(prefixKey(w, 0, w.length()));
    }
    this.longestTrigger = longest;
  }

  /** A hash of the case-folded first two letters of {@code s[from,to)}. */
  private static int prefixKey(CharSequence s, int from, int to) {
    char a = Character.toLowerCase(s.charAt(from));
    char b = to - from > 1 ? Character.toLowerCase(s.charAt(from + 1)) : '\0';
    return (a * 31 + b) & (PREFIX_BUCKETS - 1);
  }

  /**
   * Finds the structured PHI of a text.
   *
   * @param text any text (empty, huge or garbage is fine)
   * @return non-overlapping spans in text order
   */
  public List<PhiSpan> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    StructuredScan s = new StructuredScan(text, longestTrigger);
    web.findMails(s);
    int i = 0;
    while (i < s.n) {
      char c = text.charAt(i);
      if (isAsciiDigit(c)) {
        i = atDigits(s, i);
      } else if (Character.isLetter(c)) {
        i = atWord(s, i);
      } else if (c == '+' || c == '(') {
        i = Math.max(i + 1, numbers.atPhonePrefix(s, i));
      } else if (c == '.') {
        i = Math.max(i + 1, web.atDomainDot(s, i));
      } else if (c == '*') {
        i = Math.max(i + 1, accessions.atBarcode(s, i));
      } else {
        i++;
      }
    }
    logLines.addDates(s);
    spelled.addValues(s);
    if (text.indexOf(" / ") >= 0) {
      slashJoined.addValues(s);
    }
    net.addCandidates(s);
    if (text.indexOf('|') >= 0) {
      tables.typeColumns(s);
    }
    return resolver.resolve(s.found);
  }

  /** The values starting at the digit run at {@code i}; returns where the scan goes on. */
  private int atDigits(StructuredScan s, int i) {
    String text = s.text;
    int runEnd = i;
    while (runEnd < s.n && isAsciiDigit(text.charAt(runEnd))) {
      runEnd++;
    }
    net.checkToken(s, i);
    if (i > 0 && isCodeContext(text, i)) {
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
      if ((end = dates.spacedDateAt(s, i)) > i) {
        s.add(i, end, "DATE");
        return end;
      }
      if (runLength == 1 && (end = dates.splitDayMonthAt(s, i)) > i) {
        s.add(i, end, "DATE");
        return end;
      }
      if (runLength == 1 && (end = postalCodes.ocrZipAt(s, i)) > i) {
        s.add(i, end, "ZIP");
        return end;
      }
    }
    if (runLength == 2 && isSpace(next) && (end = dates.cuedSpaceSeparatedAt(s, i)) > i) {
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
      best.offer(dates.ocrDateAt(s, i), "DATE");
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
    if (runLength >= 2 && runLength <= 3 && ShortAges.abbreviatedYears(s.text, i, runEnd)) {
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

  /** The label, date or URL opened by the word at {@code i}; returns where the scan goes on. */
  private int atWord(StructuredScan s, int i) {
    String text = s.text;
    int j = i;
    while (j < s.n && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j - i > longestTrigger
        || (i > 0 && isAsciiDigit(text.charAt(i - 1)))
        || !triggerPrefixes.get(prefixKey(text, i, j))) {
      return j;
    }
    String word = text.substring(i, j).toLowerCase(Locale.ROOT);
    int valueEnd = labelled.labelledValueAt(s, i, j, word);
    if (valueEnd > 0) {
      return valueEnd;
    }
    int end = dates.wordDateAt(s, i, j, word);
    if (end > i) {
      s.add(i, end, "DATE");
      return end;
    }
    return WebAddressFinder.URL_TRIGGERS.contains(word) ? web.urlAt(s, i, j) : j;
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
    return isAsciiDigit(c) || c == '/' || c == '.' || c == '|';
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

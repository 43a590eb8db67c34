package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.onconlp.deid.PhiResolver;
import org.onconlp.deid.PhiSpan;

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
 * {@link TableColumns}, {@link DigitRuns} (the values opened by a digit run, with {@link DateFinder},
 * {@link DateWords}, {@link DayMonthCues}, {@link DayMonthChains}, {@link StickerNumbers},
 * {@link ShortAges}, {@link YearFinder}, {@link NumberFinder} and {@link PostalCodeFinder}),
 * {@link DateLogLines}, {@link DateNeighbours}, {@link FileNameDates}, {@link SlashJoinedIdentifiers}, {@link WebAddressFinder},
 * {@link AccessionNumbers}, {@link SpelledNumberFinder},
 * {@link IdentifierNet}, {@link IdentifierListSiblings} and {@link IdentifierRecurrences}; the state of one scan is a {@link StructuredScan}. Immutable and thread-safe: {@link #find} keeps its state in locals.
 */
public final class StructuredPhiFinder {
  private static final int PREFIX_BUCKETS = 1 << 12;

  private final DateFinder dates;
  private final NumberFinder numbers;
  private final WebAddressFinder web;
  private final AccessionNumbers accessions;
  private final IdentifierNet net;
  private final DigitRuns digits;
  private final DateLogLines logLines;
  private final DateNeighbours neighbours;
  private final SlashJoinedIdentifiers slashJoined;
  private final LabelledIdentifiers labelled;
  private final TableColumns tables;
  private final SpelledNumberFinder spelled = new SpelledNumberFinder();
  private final IdentifierListSiblings siblings = new IdentifierListSiblings();
  private final FileNameDates fileNames = new FileNameDates();
  private final IdentifierRecurrences recurrences = new IdentifierRecurrences();
  private final NirTyping nirTyping = new NirTyping();
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
    DayMonthCues cues = new DayMonthCues();
    this.dates = new DateFinder(lib, words, cues);
    this.neighbours = new DateNeighbours(lib, cues);
    YearFinder years = new YearFinder(lib);
    this.numbers = new NumberFinder(lib);
    this.web = new WebAddressFinder(lib);
    this.accessions = new AccessionNumbers(lib);
    this.net = new IdentifierNet(lib);
    this.digits = new DigitRuns(dates, years, numbers, new PostalCodeFinder(lib), accessions, net);
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
        i = digits.valuesAt(s, i);
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
    neighbours.addDates(s);
    spelled.addValues(s);
    fileNames.addDates(s);
    if (text.indexOf(" / ") >= 0) {
      slashJoined.addValues(s);
    }
    net.addCandidates(s);
    if (text.indexOf('|') >= 0) {
      tables.typeColumns(s);
    }
    ShipmentNumbers.addCountryCodes(s);
    siblings.addSiblings(s);
    recurrences.addRecurrences(s);
    return nirTyping.retype(text, resolver.resolve(s.found));
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
}

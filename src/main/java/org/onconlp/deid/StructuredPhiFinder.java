package org.onconlp.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;

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
 * <p>Immutable and thread-safe: {@link #find} keeps its state in locals.
 */
public final class StructuredPhiFinder {
  private static final String BASE = "/org/onconlp/deid/";
  private static final int PREFIX_BUCKETS = 1 << 12;
  private static final List<String> URL_TRIGGERS = List.of("http", "https", "www");
  /** Words of a period kept inside the date that follows them ("fin janvier", "mi-mars"). */
  private static final Set<String> PERIOD_WORDS = Set.of("début", "debut", "fin", "mi", "courant");
  /** Longest table cell read as a column header; longer cells hold values. */
  private static final int MAX_HEADER_CELL = 40;
  /** Identifier categories a table column may retype. */
  private static final Set<String> IDENTIFIERS = Set.of("ID", "IPP", "NDA");
  /** English weekday abbreviations opening an e-mail header date ("Mon, 26 Feb 2024"). */
  private static final Set<String> EN_WEEKDAYS =
      Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  /** English month abbreviations of an e-mail header date ("26 Feb 2024"). */
  private static final Set<String> EN_MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  /**
   * Digits of a plain unlabelled number taken as an identifier (a stay, an order, a barcode):
   * quantities that long are written with spaces or units.
   */
  private static final int MIN_BARE_ID_DIGITS = 8;

  /** Top-level domains of host names written without "http" or "www". */
  private static final Set<String> BARE_DOMAINS =
      Set.of("fr", "com", "org", "net", "eu", "info", "be", "ch");

  /** Longest line of a form or table read for stacked or further cell values. */
  private static final int MAX_FORM_LINE = 400;

  /** Longest token the identifier safety net reads; longer ones are no identifiers. */
  private static final int NET_MAX_TOKEN = 64;

  /** What a label introduces, i.e. which pattern reads the value after it. */
  private enum ValueKind {
    ID,
    NIR,
    PHONE,
    EXTENSION,
    DATE,
    YEAR,
    WEAK_ID,
    /** A block or specimen number with its block suffix. */
    SPECIMEN,
    /** A number of 8 to 13 digits in any grouping, or an identifier. */
    NUMBER,
    ZIP,
    /** An age of 90 or more, unit optional. */
    AGE,
    /** A code of any length with a digit ("N° de centre : 44"). */
    SHORT_ID
  }

  private record LabelRule(String category, ValueKind kind, Pattern pattern) {}

  private final Pattern dateNumeric;
  private final Pattern dateIso;
  private final Pattern dateMonthYearNumeric;
  private final Pattern dateDayMonth;
  private final Pattern dateCompact;
  private final Pattern dateText;
  private final Pattern dateWeekday;
  private final Pattern dateMonthYear;
  private final Pattern dateDayAlone;
  private final Pattern dateMonthAlone;
  private final Pattern dateSeason;
  private final Pattern datePeriod;
  private final Pattern dateMonthAbbrAlone;
  private final Pattern dateHoliday;
  private final Pattern dateRegional;
  private final Pattern dateRfc;
  private final Pattern dateSpaced;
  private final Pattern dateSpaceSeparated;
  private final Pattern dateDayMonthBare;
  private final Pattern dateDayMonthCued;
  private final Pattern yearSpan;
  private final Pattern year;
  private final Pattern yearEvent;
  private final Pattern yearRange;
  private final Pattern zipForeign;
  private final Pattern zipCountry;
  private final Pattern zipBracketed;
  private final Pattern shortIdValue;
  private final Pattern nir;
  private final Pattern nirLoose;
  private final Pattern nirKey;
  private final Pattern phone;
  private final Pattern phoneIntl;
  private final Pattern phoneForeign;
  private final Pattern phoneLoose;
  private final Pattern phoneExtension;
  private final Pattern mail;
  private final Pattern url;
  private final Pattern zip;
  private final Pattern zipSpaced;
  private final Pattern zipOcr;
  private final Pattern zipCity;
  private final Pattern zipAddressEnd;
  private final Pattern streetContext;
  private final Pattern age;
  private final Pattern ageValue;
  private final Pattern zipValue;
  private final Pattern groupedNumber;
  private final Pattern adeli;
  private final Pattern formEdition;
  private final Pattern documentCode;
  private final Pattern specimenValue;
  private final Pattern specimenSpaced;
  private final Pattern barcode;
  private final Pattern idValue;
  private final Pattern weakIdValue;
  private final Pattern netQuantity;
  private final Pattern netNumber;
  private final Pattern netReference;
  private final Pattern netVariant;
  /** Full and abbreviated month names. */
  private final Set<String> months;
  /** Full month names only: these alone may be a date. */
  private final Set<String> monthsFull;
  /** Full and abbreviated weekday names. */
  private final Set<String> weekdays;
  private final Set<String> seasons;
  /** Words that make a following bare "dd/mm" a count or a score (day-month-guards.txt). */
  private final Set<String> dayMonthGuards;
  /**
   * Words after which a short bare day and month is a date (day-month-cues.txt), mapped to true
   * when they count only right before the number.
   */
  private final Map<String, Boolean> dayMonthCues;
  /** Folded first words of the holidays (holidays.txt). */
  private final Set<String> holidayWords;
  private final Set<String> regionalMonths;
  private final Map<String, List<LabelRule>> labelsByTrigger;
  /** Category typed by a table column header (column-headers.txt), by folded header text. */
  private final Map<String, String> columnHeaders;
  private final int longestTrigger;
  /** Folded first two letters of every trigger word: most words are rejected without a copy. */
  private final BitSet triggerPrefixes = new BitSet(PREFIX_BUCKETS);
  private final NirValidator nirValidator = new NirValidator();
  private final TextNormaliser folder = new TextNormaliser();
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
    List<String> monthFullList = ResourceLines.load(BASE + "months.txt");
    List<String> monthAbbrList = ResourceLines.load(BASE + "month-abbreviations.txt");
    List<String> weekdayFullList = ResourceLines.load(BASE + "weekdays.txt");
    List<String> weekdayAbbrList = ResourceLines.load(BASE + "weekday-abbreviations.txt");
    List<String> seasonList = ResourceLines.load(BASE + "seasons.txt");
    List<String> holidayList = ResourceLines.load(BASE + "holidays.txt");
    List<String> regionalMonthList = ResourceLines.load(BASE + "regional-months.txt");
    List<String> monthList = new ArrayList<>(monthFullList);
    monthList.addAll(monthAbbrList);
    List<String> weekdayList = new ArrayList<>(weekdayFullList);
    weekdayList.addAll(weekdayAbbrList);
    this.months = Set.copyOf(monthList);
    this.monthsFull = Set.copyOf(monthFullList);
    this.weekdays = Set.copyOf(weekdayList);
    this.seasons = Set.copyOf(seasonList);
    this.dayMonthGuards = Set.copyOf(ResourceLines.load(BASE + "day-month-guards.txt"));
    Map<String, Boolean> cues = new HashMap<>();
    for (String line : ResourceLines.load(BASE + "day-month-cues.txt")) {
      String[] fields = line.split("\t");
      cues.put(fields[0], fields.length > 1 && fields[1].equals("adjacent"));
    }
    this.dayMonthCues = Map.copyOf(cues);
    this.holidayWords =
        holidayList.stream().map(StructuredPhiFinder::firstWord).collect(Collectors.toUnmodifiableSet());
    this.regionalMonths = Set.copyOf(regionalMonthList);
    PatternLibrary lib =
        new PatternLibrary(
            BASE + "patterns.txt",
            Map.of(
                "MONTH_NAME", PatternLibrary.alternation(monthList),
                "MONTH_FULL", PatternLibrary.alternation(monthFullList),
                "MONTH_ABBR", PatternLibrary.alternation(monthAbbrList),
                "WEEKDAY_NAME", PatternLibrary.alternation(weekdayFullList),
                "WEEKDAY_ABBR", PatternLibrary.alternation(weekdayAbbrList),
                "SEASON_NAME", PatternLibrary.alternation(seasonList),
                "HOLIDAY_NAME", PatternLibrary.alternation(holidayList),
                "REGIONAL_MONTH", PatternLibrary.alternation(regionalMonthList)));
    dateNumeric = lib.compile("DATE_NUMERIC");
    dateIso = lib.compile("DATE_ISO");
    dateMonthYearNumeric = lib.compile("DATE_MONTH_YEAR_NUMERIC");
    dateDayMonth = lib.compile("DATE_DAY_MONTH");
    dateCompact = lib.compile("DATE_COMPACT");
    dateText = lib.compile("DATE_TEXT");
    dateWeekday = lib.compile("DATE_WEEKDAY");
    dateMonthYear = lib.compile("DATE_MONTH_YEAR");
    dateDayAlone = lib.compile("DATE_DAY_ALONE");
    dateMonthAlone = lib.compile("DATE_MONTH_ALONE");
    dateSeason = lib.compile("DATE_SEASON");
    datePeriod = lib.compile("DATE_PERIOD");
    dateMonthAbbrAlone = lib.compile("DATE_MONTH_ABBR_ALONE");
    dateHoliday = lib.compile("DATE_HOLIDAY");
    dateRegional = lib.compile("DATE_REGIONAL");
    dateRfc = lib.compile("DATE_RFC");
    dateSpaced = lib.compile("DATE_SPACED");
    dateSpaceSeparated = lib.compile("DATE_SPACE_SEPARATED");
    dateDayMonthBare = lib.compile("DATE_DAY_MONTH_BARE");
    dateDayMonthCued = lib.compile("DATE_DAY_MONTH_CUED");
    yearSpan = lib.compile("YEAR_SPAN");
    year = lib.compile("YEAR");
    yearEvent = lib.compile("YEAR_EVENT");
    yearRange = lib.compile("YEAR_RANGE");
    zipForeign = lib.compile("ZIP_FOREIGN");
    zipCountry = lib.compile("ZIP_COUNTRY");
    zipBracketed = lib.compile("ZIP_BRACKETED");
    shortIdValue = lib.compile("SHORT_ID_VALUE");
    nir = lib.compile("NIR");
    nirLoose = lib.compile("NIR_LOOSE");
    nirKey = lib.compile("NIR_KEY");
    phone = lib.compile("PHONE");
    phoneIntl = lib.compile("PHONE_INTL");
    phoneForeign = lib.compile("PHONE_FOREIGN");
    phoneLoose = lib.compile("PHONE_LOOSE");
    phoneExtension = lib.compile("PHONE_EXTENSION");
    mail = lib.compile("MAIL");
    url = lib.compile("URL");
    zip = lib.compile("ZIP");
    zipSpaced = lib.compile("ZIP_SPACED");
    zipOcr = lib.compile("ZIP_OCR");
    zipCity = lib.compile("ZIP_CITY");
    zipAddressEnd = lib.compile("ZIP_ADDRESS_END");
    streetContext = lib.compile("STREET_CONTEXT");
    age = lib.compile("AGE");
    ageValue = lib.compile("AGE_VALUE");
    zipValue = lib.compile("ZIP_VALUE");
    groupedNumber = lib.compile("GROUPED_NUMBER");
    adeli = lib.compile("ADELI");
    formEdition = lib.compile("FORM_EDITION");
    documentCode = lib.compile("DOCUMENT_CODE");
    specimenValue = lib.compile("SPECIMEN_VALUE");
    specimenSpaced = lib.compile("SPECIMEN_SPACED");
    barcode = lib.compile("BARCODE");
    idValue = lib.compile("ID_VALUE");
    weakIdValue = lib.compile("WEAK_ID_VALUE");
    netQuantity = lib.compile("NET_QUANTITY");
    netNumber = lib.compile("NET_NUMBER");
    netReference = lib.compile("NET_REFERENCE");
    netVariant = lib.compile("NET_VARIANT");
    Map<String, List<LabelRule>> labels = new HashMap<>();
    int longest = 0;
    for (String line : ResourceLines.load(BASE + "labels.txt")) {
      String[] fields = line.split("\t");
      if (fields.length != 3) {
        throw new IllegalArgumentException("labels.txt: expected 3 tab-separated fields: " + line);
      }
      String trigger = leadingWord(fields[2]);
      Pattern p = lib.compileExpression("(?:" + fields[2] + "){LABEL_END}{LABEL_SEPARATOR}");
      labels
          .computeIfAbsent(trigger, k -> new ArrayList<>())
          .add(new LabelRule(fields[0], ValueKind.valueOf(fields[1]), p));
      longest = Math.max(longest, trigger.length());
    }
    Map<String, String> headers = new HashMap<>();
    for (String line : ResourceLines.load(BASE + "column-headers.txt")) {
      String[] fields = line.split("\t");
      if (fields.length != 2) {
        throw new IllegalArgumentException("column-headers.txt: expected 2 tab-separated fields: " + line);
      }
      headers.put(foldCell(fields[1]), fields[0]);
    }
    this.columnHeaders = Map.copyOf(headers);
    List<String> triggers = new ArrayList<>(labels.keySet());
    triggers.addAll(monthList);
    triggers.addAll(weekdayList);
    triggers.addAll(seasonList);
    triggers.addAll(URL_TRIGGERS);
    triggers.addAll(PERIOD_WORDS);
    triggers.addAll(holidayWords);
    triggers.addAll(EN_WEEKDAYS);
    for (String w : triggers) {
      longest = Math.max(longest, w.length());
      triggerPrefixes.set(prefixKey(w, 0, w.length()));
    }
    this.longestTrigger = longest;
    Map<String, List<LabelRule>> frozen = new HashMap<>();
    labels.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.labelsByTrigger = Map.copyOf(frozen);
  }

  /** A hash of the case-folded first two letters of {@code s[from,to)}. */
  private static int prefixKey(CharSequence s, int from, int to) {
    char a = Character.toLowerCase(s.charAt(from));
    char b = to - from > 1 ? Character.toLowerCase(s.charAt(from + 1)) : '\0';
    return (a * 31 + b) & (PREFIX_BUCKETS - 1);
  }

  /** A table cell's text, trimmed, lower case, with runs of spaces collapsed. */
  private static String foldCell(CharSequence cell) {
    StringBuilder b = new StringBuilder(cell.length());
    for (int k = 0; k < cell.length(); k++) {
      char c = cell.charAt(k);
      if (!isSpace(c) && !Character.isWhitespace(c)) {
        if (b.length() > 0 && (isSpace(cell.charAt(k - 1)) || Character.isWhitespace(cell.charAt(k - 1)))) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The lower-case first word of a phrase ("saint" for "Saint-Sylvestre"). */
  private static String firstWord(String phrase) {
    int i = 0;
    while (i < phrase.length() && Character.isLetter(phrase.charAt(i))) {
      i++;
    }
    return phrase.substring(0, i).toLowerCase(Locale.ROOT);
  }

  private static String leadingWord(String regex) {
    int i = 0;
    while (i < regex.length() && Character.isLetter(regex.charAt(i))) {
      i++;
    }
    if (i == 0) {
      throw new IllegalArgumentException("labels.txt: a label must start with a word: " + regex);
    }
    return regex.substring(0, i).toLowerCase(Locale.ROOT);
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
    return resolver.resolve(new Scan(text).run());
  }

  /** State of one scan over one text. */
  private final class Scan {
    private final String text;
    private final int n;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    private final List<PhiSpan> found = new ArrayList<>();
    /** Tokens that may be unlabelled identifiers, kept only where no other span was found. */
    private final List<PhiSpan> netCandidates = new ArrayList<>();
    /** End of the last token the safety net has read. */
    private int netCheckedUntil;

    Scan(String text) {
      this.text = text;
      this.n = text.length();
    }

    List<PhiSpan> run() {
      findMails();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (isAsciiDigit(c)) {
          i = atDigits(i);
        } else if (Character.isLetter(c)) {
          i = atWord(i);
        } else if (c == '+' || c == '(') {
          i = Math.max(i + 1, atPhonePrefix(i));
        } else if (c == '.') {
          i = Math.max(i + 1, atDomainDot(i));
        } else if (c == '*') {
          i = Math.max(i + 1, atBarcode(i));
        } else {
          i++;
        }
      }
      addNetCandidates();
      if (text.indexOf('|') >= 0) {
        typeTableColumns();
      }
      return found;
    }

    /**
     * Below a header row whose cells name a birth date or a patient or stay number ("DDN",
     * "IPP"), the dates and identifiers of that column take the column's category, as long as
     * the lines go on being table rows (a line of '-' and '+' under the header is skipped).
     */
    private void typeTableColumns() {
      Integer[] order = new Integer[found.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (x, y) -> Integer.compare(found.get(x).begin(), found.get(y).begin()));
      int next = 0;
      Map<Integer, String> columns = Map.of();
      List<PhiSpan> cellValues = new ArrayList<>();
      boolean readCells = false;
      for (int start = 0; start < n && next < order.length; ) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = n;
        }
        int pipe = text.indexOf('|', start);
        if (pipe < 0 || pipe >= end) {
          if (!isRule(start, end)) {
            columns = Map.of();
          }
        } else {
          Map<Integer, String> header = headerColumns(start, end);
          if (!header.isEmpty()) {
            columns = header;
            readCells = !hasDigit(start, end);
          } else if (!columns.isEmpty()) {
            if (readCells) {
              readTypedCells(start, end, columns, cellValues);
            }
            while (next < order.length && found.get(order[next]).begin() < start) {
              next++;
            }
            for (int k = next; k < order.length && found.get(order[k]).begin() < end; k++) {
              retype(order[k], start, columns);
            }
          }
        }
        start = end + 1;
      }
      found.addAll(cellValues);
    }

    /**
     * "23 11 1954 | 152112901908718" under "date de naissance | numéro d'immatriculation": a cell
     * of a typed column is read with the value pattern of its category even where the scan found
     * nothing (a space-separated date needs a label); equal spans found by the scan give way to
     * the column's category in the resolver. Only under a header row without digits: a row such
     * as "IPP | 8 004 417 352 | 8 013 906 228" types the cells below it but holds values itself.
     */
    private void readTypedCells(int start, int end, Map<Integer, String> columns, List<PhiSpan> out) {
      int cell = 0;
      for (int p = start; p < end; p++) {
        if (text.charAt(p) == '|') {
          cell++;
          continue;
        }
        String category = columns.get(cell);
        if (category == null || isSpace(text.charAt(p)) || (p > start && text.charAt(p - 1) != '|' && !isSpace(text.charAt(p - 1)))) {
          continue;
        }
        int valueEnd = category.equals("DATE_NAISSANCE") ? dateAt(p) : idValues(p);
        if (valueEnd > p && valueEnd <= end) {
          out.add(new PhiSpan(p, valueEnd, category));
        }
        int pipe = text.indexOf('|', p);
        p = (pipe < 0 || pipe >= end ? end : pipe) - 1;
      }
    }

    private boolean hasDigit(int start, int end) {
      for (int p = start; p < end; p++) {
        if (isAsciiDigit(text.charAt(p))) {
          return true;
        }
      }
      return false;
    }

    /** A line drawn under a header ("---------+-------+----"): only - + = and spaces. */
    private boolean isRule(int start, int end) {
      boolean drawn = false;
      for (int p = start; p < end; p++) {
        char c = text.charAt(p);
        if (c == '-' || c == '+' || c == '=') {
          drawn = true;
        } else if (!isSpace(c) && c != '\r') {
          return false;
        }
      }
      return drawn;
    }

    /** Cell index (number of '|' before it) to category, for the typing headers of a line. */
    private Map<Integer, String> headerColumns(int start, int end) {
      Map<Integer, String> header = new HashMap<>();
      int cell = 0;
      int from = start;
      for (int p = start; p <= end; p++) {
        if (p == end || text.charAt(p) == '|') {
          String category =
              p - from > MAX_HEADER_CELL ? null : columnHeaders.get(foldCell(text.subSequence(from, p)));
          if (category != null) {
            header.put(cell, category);
          }
          cell++;
          from = p + 1;
        }
      }
      return header;
    }

    /** Retypes the span {@code k} of a table row starting at {@code start} if its column is typed. */
    private void retype(int k, int start, Map<Integer, String> columns) {
      PhiSpan s = found.get(k);
      int cell = 0;
      for (int p = start; p < s.begin(); p++) {
        if (text.charAt(p) == '|') {
          cell++;
        }
      }
      String category = columns.get(cell);
      if (category == null || category.equals(s.category())) {
        return;
      }
      boolean date = category.equals("DATE_NAISSANCE") && s.category().equals("DATE");
      boolean id = !category.equals("DATE_NAISSANCE") && IDENTIFIERS.contains(s.category());
      if (date || id) {
        found.set(k, new PhiSpan(s.begin(), s.end(), category));
      }
    }

    /** Adds the safety net's identifiers that overlap no span found otherwise. */
    private void addNetCandidates() {
      if (netCandidates.isEmpty()) {
        return;
      }
      BitSet covered = new BitSet(n);
      for (PhiSpan s : found) {
        covered.set(s.begin(), s.end());
      }
      for (PhiSpan c : netCandidates) {
        int next = covered.nextSetBit(c.begin());
        if ((next < 0 || next >= c.end()) && !isLookAlike(c.begin(), c.end())) {
          found.add(c);
        }
      }
    }

    /**
     * A token with five digits that is no identifier: a quantity with its unit, a protein change,
     * a public reference code, or a plain number (a number without letters needs a group of five
     * digits, or three groups and seven digits).
     */
    private boolean isLookAlike(int s, int e) {
      if (isAllDigits(s, e)) {
        // A plain number this long is no quantity (those carry a unit or a decimal part); a
        // genomic position ("chr7:55249071") is no identifier.
        boolean position = s > 1 && text.charAt(s - 1) == ':' && !Character.isWhitespace(text.charAt(s - 2));
        return position || matchAt(netReference, s) > 0;
      }
      if (matchAt(netReference, s) > 0
          || matchesExactly(netQuantity, s, e)
          || matchesExactly(netVariant, s, e)) {
        return true;
      }
      int digits = 0;
      int run = 0;
      int longestRun = 0;
      int groups = 0;
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (isAsciiDigit(c)) {
          digits++;
          if (run++ == 0) {
            groups++;
          }
          longestRun = Math.max(longestRun, run);
        } else if (Character.isLetter(c)) {
          return false;
        } else {
          run = 0;
        }
      }
      return matchesExactly(netNumber, s, e) || (longestRun < 5 && (groups < 3 || digits < 7));
    }

    private boolean isAllDigits(int s, int e) {
      for (int k = s; k < e; k++) {
        if (!isAsciiDigit(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** True when the pattern matches exactly {@code text[from,to)}. */
    private boolean matchesExactly(Pattern p, int from, int to) {
      Matcher m =
          matchers.computeIfAbsent(
              p, k -> k.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      m.region(from, to);
      return m.matches();
    }

    /**
     * Reads the token around the digit at {@code i} (letters, digits and single - / . _ between
     * them) once, and keeps it as a possible unlabelled identifier when it has at least five
     * digits, one run of three, and letters or separators; look-alikes are weeded out at the end,
     * only for tokens no other span covers.
     */
    private void checkNetToken(int i) {
      if (i < netCheckedUntil) {
        return;
      }
      int s = i;
      while (s > 0 && i - s <= NET_MAX_TOKEN) {
        char c = text.charAt(s - 1);
        if (Character.isLetterOrDigit(c)
            || (isNetSeparator(c) && s > 1 && Character.isLetterOrDigit(text.charAt(s - 2)))) {
          s--;
        } else {
          break;
        }
      }
      int e = i;
      while (e < n && e - s <= NET_MAX_TOKEN) {
        char c = text.charAt(e);
        if (Character.isLetterOrDigit(c)
            || (isNetSeparator(c) && e + 1 < n && Character.isLetterOrDigit(text.charAt(e + 1)))) {
          e++;
        } else {
          break;
        }
      }
      netCheckedUntil = e;
      if (e - s > NET_MAX_TOKEN) {
        return;
      }
      int digits = 0;
      int run = 0;
      int longestRun = 0;
      boolean mixed = false;
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (isAsciiDigit(c)) {
          digits++;
          longestRun = Math.max(longestRun, ++run);
        } else {
          run = 0;
          mixed = true;
        }
      }
      if ((digits >= 5 && longestRun >= 3 && mixed) || (!mixed && digits >= MIN_BARE_ID_DIGITS)) {
        netCandidates.add(new PhiSpan(s, e, "ID"));
      }
    }

    /** End of the match of {@code p} starting exactly at {@code from}, or -1. */
    private int matchAt(Pattern p, int from) {
      if (from > n) {
        return -1;
      }
      Matcher m =
          matchers.computeIfAbsent(
              p, k -> k.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      m.region(from, n);
      return m.lookingAt() ? m.end() : -1;
    }

    private void add(int begin, int end, String category) {
      found.add(new PhiSpan(begin, end, category));
    }

    /** E-mails are found from their '@' (String.indexOf is far cheaper than a regex scan). */
    private void findMails() {
      for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
        int start = at;
        while (start > 0 && isMailLocalChar(text.charAt(start - 1))) {
          start--;
        }
        while (start < at && text.charAt(start) == '.') {
          start++;
        }
        if (start < at) {
          int end = matchAt(mail, start);
          if (end > 0) {
            add(start, end, "MAIL");
          }
        }
      }
    }

    private int atDigits(int i) {
      int runEnd = i;
      while (runEnd < n && isAsciiDigit(text.charAt(runEnd))) {
        runEnd++;
      }
      checkNetToken(i);
      if (i > 0 && isCodeContext(i)) {
        return Math.max(runEnd, countryZipAt(i));
      }
      int runLength = runEnd - i;
      char next = runEnd < n ? text.charAt(runEnd) : '\0';
      if (runLength <= 2 && isSpace(next) && spacedContinues(runEnd)) {
        // Letter-spaced OCR output ("1 4 / 0 6 / 2 0 2 1", "5 9 3 0 0").
        int end = spacedDateAt(i);
        if (end > i) {
          add(i, end, "DATE");
          return end;
        }
        if (runLength == 1 && (end = zipAt(i, zipOcr)) > i) {
          add(i, end, "ZIP");
          return end;
        }
      }
      if (runLength == 2 && isSpace(next) && cueWordBefore(i)) {
        // "PRELEVE LE 12 11 2024": a space-separated date after a cue word.
        int end = matchAt(dateSpaceSeparated, i);
        if (end > i) {
          add(i, end, "DATE");
          return end;
        }
      }
      if (runLength == 2 && next == '-') {
        int end = specimenAt(i);
        if (end > i) {
          return end;
        }
      }
      char first = text.charAt(i);
      int best = -1;
      String category = null;
      int end;
      if (runLength == 8 && (end = matchAt(dateCompact, i)) > best) {
        best = end;
        category = "DATE";
      }
      if (next == '/' || next == '.' || next == '-' || next == '|') {
        if ((end = matchAt(dateNumeric, i)) > best) {
          best = end;
          category = "DATE";
        }
        if (runLength == 4 && (end = matchAt(dateIso, i)) > best) {
          best = end;
          category = "DATE";
        }
        if (runLength == 2 && (end = matchAt(dateMonthYearNumeric, i)) > best) {
          best = end;
          category = "DATE";
        }
        // A day and month only where no full date starts: its look-behind is the costly part.
        if (best < 0 && (end = ocrDateAt(i)) > best) {
          best = end;
          category = "DATE";
        }
        if (best < 0 && runLength <= 2 && (end = matchAt(dateDayMonth, i)) > best) {
          best = end;
          category = "DATE";
        }
        if (best < 0 && runLength == 2 && next == '/' && (end = matchAt(dateDayMonthBare, i)) > best
            && !afterDayMonthGuard(i)) {
          best = end;
          category = "DATE";
        }
        if (best < 0 && runLength <= 2 && (end = cuedDayMonthAt(i)) > best) {
          best = end;
          category = "DATE";
        }
      } else if (runLength <= 3 && !isAsciiDigit(next)) {
        // The month alternation is the costliest pattern: only try it before a month name.
        String nextWord = wordAfter(runEnd);
        if (runLength <= 2 && months.contains(nextWord) && (end = matchAt(dateText, i)) > best) {
          best = end;
          category = "DATE";
        }
        if (runLength <= 2
            && (EN_MONTHS.contains(nextWord)
                || regionalMonths.contains(nextWord)
                || nextWord.equals("di")
                || nextWord.equals("d"))) {
          end = Math.max(matchAt(dateRfc, i), matchAt(dateRegional, i));
          if (end > best) {
            best = end;
            category = "DATE";
          }
        }
        if (runLength >= 2 && nextWord.equals("ans") && (end = matchAt(age, i)) > best) {
          best = end;
          category = "AGE";
        }
      }
      if (first == '0') {
        if ((end = matchAt(phone, i)) > best) {
          best = end;
          category = "TEL";
        }
        if (runLength >= 4 && text.startsWith("0033", i) && (end = matchAt(phoneIntl, i)) > best) {
          best = end;
          category = "TEL";
        }
      } else if (first <= '8' && (runLength >= 13 || next == ' ' || next == '.')) {
        end = matchAt(nir, i);
        if (end > best && nirValidator.isValid(NirValidator.compact(text.substring(i, end)))) {
          best = end;
          category = "SECU";
        }
      }
      if (best < 0 && (runLength == 5 || (runLength == 2 && isSpace(next)))) {
        best = zipAt(i, runLength == 5 ? zip : zipSpaced);
        category = "ZIP";
      }
      if (best < 0 && runLength == 5 && next == ')' && i > 0 && text.charAt(i - 1) == '(') {
        best = bracketedZipAt(i);
        category = "ZIP";
      }
      if (best < 0 && runLength == 4 && isSpace(next)) {
        best = foreignZipAt(i);
        category = "ZIP";
      }
      if (best < 0 && runLength == 4 && next == '-') {
        int spanEnd = yearSpanAt(i);
        if (spanEnd > 0) {
          return spanEnd;
        }
      }
      if (best < 0 && runLength == 4 && (next == '-' || next == '–' || isSpace(next)) && i > 0) {
        int rangeEnd = yearRangeAt(i);
        if (rangeEnd > 0) {
          return rangeEnd;
        }
      }
      if (best < 0 && runLength == 4 && (first == '1' || first == '2') && !isAsciiDigit(next)) {
        best = matchAt(yearEvent, i);
        category = "DATE";
      }
      if (best < 0 && runLength <= 2 && afterDayCue(i)) {
        best = matchAt(dateDayAlone, i);
        category = "DATE";
      }
      if (best > i) {
        add(i, best, category);
        return best;
      }
      return runEnd;
    }

    /**
     * A short day and month ("9/2", "21-2", "28.01", "12-3-24", "06/23") when one of the two words
     * before it on its line is a cue of day-month-cues.txt ("rcp uro 4/10") and no count or score
     * word of day-month-guards.txt stands between ("tdm ganglions 3/12").
     */
    private int cuedDayMonthAt(int i) {
      return cueWordBefore(i) ? matchAt(dateDayMonthCued, i) : -1;
    }

    /** One of the two words before {@code i} (spaces, ':' or '~' between) is a day-month cue. */
    private boolean cueWordBefore(int i) {
      int p = i;
      for (int words = 0; words < 2; words++) {
        while (p > 0 && (isSpace(text.charAt(p - 1)) || text.charAt(p - 1) == ':' || text.charAt(p - 1) == '~')) {
          p--;
        }
        int e = p;
        while (p > 0 && e - p <= longestTrigger && Character.isLetterOrDigit(text.charAt(p - 1))) {
          p--;
        }
        if (p == e) {
          return false;
        }
        String word = folder.fold(text, p, e);
        Boolean adjacentOnly = dayMonthCues.get(word);
        if (adjacentOnly != null && (words == 0 || !adjacentOnly)) {
          return true;
        }
        if (dayMonthGuards.contains(word)) {
          return false;
        }
      }
      return false;
    }

    /**
     * "2016-2020 : surveillance": two calendar years joined by a hyphen, the second not earlier,
     * no quantity ("1900-2000 cGy") and no classification edition ("TNM 2017-2018"); a range in
     * parentheses is left to {@link #yearRangeAt}. Adds both years as dates and returns the end,
     * or -1.
     */
    private int yearSpanAt(int i) {
      if (i > 0 && text.charAt(i - 1) == '(') {
        return -1;
      }
      int second = matchAt(yearSpan, i);
      if (second < 0 || text.substring(second, second + 4).compareTo(text.substring(i, i + 4)) < 0) {
        return -1;
      }
      int end = matchAt(yearEvent, second);
      if (end < 0) {
        return -1;
      }
      add(i, i + 4, "DATE");
      add(second, end, "DATE");
      return end;
    }

    /** A digit or a date separator follows the spaces at {@code p}: OCR spacing may go on. */
    private boolean spacedContinues(int p) {
      while (p < n && isSpace(text.charAt(p))) {
        p++;
      }
      if (p >= n) {
        return false;
      }
      char c = text.charAt(p);
      return isAsciiDigit(c) || c == '/' || c == '.';
    }

    /** End of a letter-spaced date at {@code i} whose despaced text is a numeric date, or -1. */
    private int spacedDateAt(int i) {
      int end = matchAt(dateSpaced, i);
      if (end < 0) {
        return -1;
      }
      StringBuilder compact = new StringBuilder(end - i);
      for (int k = i; k < end; k++) {
        char c = text.charAt(k);
        if (!isSpace(c)) {
          compact.append(c);
        }
      }
      return dateNumeric.matcher(compact).matches() ? end : -1;
    }

    /**
     * True when one of the three words before {@code i} on its line, within the sentence, is a
     * count or score word of day-month-guards.txt ("ganglions : 10/12", "TA 12/08").
     */
    private boolean afterDayMonthGuard(int i) {
      int p = i;
      for (int words = 0; words < 3; words++) {
        while (p > 0 && !Character.isLetterOrDigit(text.charAt(p - 1))) {
          char c = text.charAt(p - 1);
          if (c == '\n' || c == '.' || c == ';') {
            return false;
          }
          p--;
        }
        int e = p;
        while (p > 0 && (Character.isLetterOrDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '+')) {
          p--;
        }
        if (p == e) {
          return false;
        }
        int wordEnd = text.charAt(e - 1) == '+' ? e - 1 : e;
        if (dayMonthGuards.contains(folder.fold(text, p, wordEnd))) {
          return true;
        }
      }
      return false;
    }

    /**
     * End of a numeric date read by OCR with a letter for a digit ("09/11/l948", "20/O2/2024":
     * l or I for 1, O or o for 0) at {@code i}, or -1: the token of digits, those letters and
     * date separators, with one or two such letters, must be a numeric date with a four-digit
     * year once corrected (a code such as "12/lO/ll" stays).
     */
    private int ocrDateAt(int i) {
      int e = i;
      int letters = 0;
      StringBuilder fixed = new StringBuilder(12);
      while (e < n && e - i <= 10) {
        char c = text.charAt(e);
        char d = switch (c) {
          case 'l', 'I' -> '1';
          case 'O', 'o' -> '0';
          default -> c;
        };
        if (d != c) {
          letters++;
        } else if (!isAsciiDigit(c) && c != '/' && c != '.' && c != '-') {
          break;
        }
        fixed.append(d);
        e++;
      }
      // The sentence's full stop or a dash after the date is no part of it.
      while (fixed.length() > 0 && !Character.isLetterOrDigit(fixed.charAt(fixed.length() - 1))) {
        fixed.setLength(fixed.length() - 1);
        e--;
      }
      if (letters == 0 || letters > 2 || e - i < 8 || (e < n && Character.isLetterOrDigit(text.charAt(e)))) {
        return -1;
      }
      int lastSeparator = Math.max(fixed.lastIndexOf("/"), Math.max(fixed.lastIndexOf("."), fixed.lastIndexOf("-")));
      return fixed.length() - lastSeparator == 5 && dateNumeric.matcher(fixed).matches() ? e : -1;
    }

    /**
     * A cheap pre-test for DATE_DAY_ALONE: the number follows "le", "les", "du", "au" and a space,
     * or a comma inside a list of days.
     */
    private boolean afterDayCue(int i) {
      if (i < 3) {
        return false;
      }
      char prev = text.charAt(i - 1);
      if (prev == ',') {
        return true;
      }
      if (!Character.isWhitespace(prev) && !isSpace(prev)) {
        return false;
      }
      char c = Character.toLowerCase(text.charAt(i - 2));
      return c == 'e' || c == 's' || c == 'u' || c == ',';
    }

    /**
     * "AP 24-3318": an accession number whose upper-case prefix of one to three letters stands
     * before the digits at {@code i}, a space apart; adds it and returns its end, or -1.
     */
    private int specimenAt(int i) {
      if (i < 2 || !isSpace(text.charAt(i - 1))) {
        return -1;
      }
      int start = letterPrefixStart(i, 3, true);
      if (start < 0) {
        return -1;
      }
      int end = matchAt(specimenSpaced, start);
      if (end > i) {
        add(start, end, "ID");
      }
      return end;
    }

    /** "*0043318*": the human-readable line of a barcode; adds its content and returns its end. */
    private int atBarcode(int i) {
      if (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1))) {
        return i;
      }
      int end = matchAt(barcode, i);
      if (end < 0) {
        return i;
      }
      add(i + 1, end - 1, "ID");
      return end;
    }

    /**
     * The lower-case word after a number ("mars" in "12 mars", "1er mars", "12mars"), or "" when
     * no short word follows.
     */
    private String wordAfter(int p) {
      if (text.regionMatches(true, p, "er", 0, 2)) {
        p += 2;
      }
      while (p < n && (isSpace(text.charAt(p)) || Character.isWhitespace(text.charAt(p)))) {
        p++;
      }
      int q = p;
      while (q < n && q - p <= longestTrigger && Character.isLetter(text.charAt(q))) {
        q++;
      }
      return q == p || q - p > longestTrigger ? "" : text.substring(p, q).toLowerCase(Locale.ROOT);
    }

    /**
     * A digit run glued to a letter (pT2, HER2, c.35) or continuing a number (8500/3, 2,5) is
     * part of a code or a quantity, not the start of an identifier.
     */
    private boolean isCodeContext(int i) {
      char prev = text.charAt(i - 1);
      if (Character.isLetter(prev) || prev == '_') {
        return true;
      }
      return (prev == '/' || prev == ',' || prev == '.' || prev == '-')
          && i > 1
          && Character.isLetterOrDigit(text.charAt(i - 2));
    }

    /**
     * A postal code counts only inside an address: after a street word (followed by a city or
     * ending the address), or followed by a capitalised city or CEDEX while starting its line
     * or following a comma / dash. The spaced forms ("75 013", OCR "7 5 0 1 3") need the street
     * word.
     */
    private int zipAt(int i, Pattern shape) {
      int end = matchAt(shape, i);
      if (end < 0) {
        return -1;
      }
      boolean cityAfter = matchAt(zipCity, end) >= 0;
      if ((cityAfter || matchAt(zipAddressEnd, end) >= 0) && hasStreetBefore(i)) {
        return end;
      }
      if (shape != zip || !cityAfter) {
        return -1;
      }
      return opensAnAddressPart(i) ? end : -1;
    }

    /** True if only spaces separate {@code i} from a line start, a comma or a dash. */
    private boolean opensAnAddressPart(int i) {
      int p = i - 1;
      while (p >= 0 && isSpace(text.charAt(p))) {
        p--;
      }
      return p < 0 || "\n\r,;-–".indexOf(text.charAt(p)) >= 0;
    }

    /**
     * "Hazebrouck (59190)": a postal code in brackets after a capitalised town that does not
     * open its line, since a lab table opens its lines with the analyte ("Leucocytes (12000)").
     */
    private int bracketedZipAt(int i) {
      int end = matchAt(zipBracketed, i);
      if (end < 0) {
        return -1;
      }
      int p = i - 1;
      while (p > 0 && isSpace(text.charAt(p - 1))) {
        p--;
      }
      while (p > 0 && isTownChar(text.charAt(p - 1))) {
        p--;
      }
      while (p > 0 && isSpace(text.charAt(p - 1)) && text.charAt(p - 1) != '\n') {
        p--;
      }
      return p == 0 || text.charAt(p - 1) == '\n' ? -1 : end;
    }

    /**
     * "1205 Genève", "1200 Bruxelles": a four-digit foreign postal code before a capitalised
     * city, only after a street word and a house number and at a line start or after a comma or
     * dash (a history line "2018 Mastectomie" has no street before it, "voie orale, 1000 Unités"
     * no house number).
     */
    private int foreignZipAt(int i) {
      int end = matchAt(zipForeign, i);
      if (end < 0 || !hasStreetBefore(i) || !hasDigitBefore(i)) {
        return -1;
      }
      return opensAnAddressPart(i) ? end : -1;
    }

    /**
     * Start of the one to {@code max} letters (upper case only if asked) standing right before the
     * separator at {@code i - 1}, not glued to a longer word ("AP 24-3318", "L-1210"), or -1.
     */
    private int letterPrefixStart(int i, int max, boolean upperOnly) {
      int start = i - 1;
      while (start > 0 && i - 1 - start < max
          && (upperOnly ? Character.isUpperCase(text.charAt(start - 1)) : Character.isLetter(text.charAt(start - 1)))) {
        start--;
      }
      return start == i - 1 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) ? -1 : start;
    }

    /** "L-1210 Luxembourg", "CH-1205 Genève": a country prefix glued by a dash to the code. */
    private int countryZipAt(int i) {
      if (text.charAt(i - 1) != '-') {
        return -1;
      }
      int s = letterPrefixStart(i, 2, false);
      if (s < 0) {
        return -1;
      }
      int end = matchAt(zipCountry, s);
      if (end > 0) {
        add(s, end, "ZIP");
      }
      return end;
    }

    /**
     * "(1921-1979)": a lifespan in parentheses. After a capitalised word inside its line or
     * sentence (a person: "Henri Morel (1943-2015)") the first year is the birth year, the second
     * a date; elsewhere ("Hormonothérapie (2015-2020)" opening its line) both are the years of an
     * event. A range whose second year comes first is left alone.
     */
    private int yearRangeAt(int i) {
      if (text.charAt(i - 1) != '(') {
        return -1;
      }
      int end = matchAt(yearRange, i);
      if (end < 0) {
        return -1;
      }
      int second = end - 4;
      if (text.substring(second, end).compareTo(text.substring(i, i + 4)) < 0) {
        return -1;
      }
      int p = i - 1;
      while (p > 0 && isSpace(text.charAt(p - 1))) {
        p--;
      }
      int w = p;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      int q = w;
      while (q > 0 && isSpace(text.charAt(q - 1))) {
        q--;
      }
      boolean opensSentence = q == 0 || ".:\n\r".indexOf(text.charAt(q - 1)) >= 0;
      boolean person = w < p && Character.isUpperCase(text.charAt(w)) && !opensSentence;
      add(i, i + 4, person ? "DATE_NAISSANCE" : "DATE");
      add(second, end, "DATE");
      return end;
    }

    private boolean hasDigitBefore(int i) {
      for (int p = Math.max(0, i - 80); p < i; p++) {
        if (isAsciiDigit(text.charAt(p))) {
          return true;
        }
      }
      return false;
    }

    private boolean hasStreetBefore(int i) {
      int from = Math.max(0, i - 80);
      Matcher m =
          matchers.computeIfAbsent(
              streetContext,
              k -> k.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      m.region(from, i);
      return m.find();
    }

    private int atPhonePrefix(int i) {
      int end = matchAt(phoneIntl, i);
      // "+41 79 000 12 34": a foreign number, unless the "+" closes a word ("RH+ 95 %").
      if (end <= 0 && text.charAt(i) == '+' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        end = matchAt(phoneForeign, i);
      }
      if (end > 0) {
        add(i, end, "TEL");
      }
      return end;
    }

    private int atWord(int i) {
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j - i > longestTrigger
          || (i > 0 && isAsciiDigit(text.charAt(i - 1)))
          || !triggerPrefixes.get(prefixKey(text, i, j))) {
        return j;
      }
      String word = text.substring(i, j).toLowerCase(Locale.ROOT);
      List<LabelRule> rules = labelsByTrigger.get(word);
      if (rules != null) {
        for (LabelRule rule : rules) {
          int labelEnd = matchAt(rule.pattern(), i);
          if (labelEnd > 0) {
            int valueEnd = valueAt(rule.kind(), labelEnd);
            if (valueEnd > labelEnd && isPublicDocumentCode(labelEnd, valueEnd)) {
              return valueEnd;
            }
            if (valueEnd > labelEnd) {
              String category =
                  rule.category().equals("ID") && isRppsNumber(labelEnd, valueEnd)
                      ? "RPPS"
                      : rule.category();
              add(referenceStart(category, labelEnd), valueEnd, category);
              if (rule.kind() == ValueKind.NIR) {
                valueEnd = nirKeyAt(valueEnd);
              }
              if (text.lastIndexOf('|', labelEnd - 1) >= i) {
                // The scan goes on after the first cell: the other cells' dates are still read.
                rowCells(rule, category, valueEnd);
              }
              return valueEnd;
            }
            stackedValue(i, rule, j);
          }
        }
      }
      int end = -1;
      if (PERIOD_WORDS.contains(word)) {
        end = matchAt(datePeriod, i);
      } else if (holidayWords.contains(word)) {
        end = matchAt(dateHoliday, i);
      } else if (EN_WEEKDAYS.contains(word) && j < n && text.charAt(j) == ',') {
        end = matchAt(dateRfc, i);
      }
      if (end > i) {
        add(i, end, "DATE");
        return end;
      }
      if (months.contains(word)) {
        end = matchAt(dateMonthYear, i);
        if (end < 0) {
          end = matchAt(monthsFull.contains(word) ? dateMonthAlone : dateMonthAbbrAlone, i);
        }
      } else if (seasons.contains(word)) {
        end = matchAt(dateSeason, i);
      } else if (weekdays.contains(word)) {
        end = matchAt(dateWeekday, i);
      } else if (URL_TRIGGERS.contains(word)) {
        end = trimUrl(i, matchAt(url, i));
        if (end > i) {
          add(i, end, "URL");
          return end;
        }
        return j;
      }
      if (end > i) {
        add(i, end, "DATE");
        return end;
      }
      return j;
    }

    /** A CERFA form number ("11574*05") or a quality-managed document's code ("ENR-BLOC-112"). */
    private boolean isPublicDocumentCode(int begin, int end) {
      return matchAt(formEdition, end) > 0 || matchesExactly(documentCode, begin, end);
    }

    /**
     * "réf. CRO 16-04418", "dossier n° ARP 56 2025 004417": the upper-case prefix that the label
     * pattern read as a qualifier belongs to a reference (ID); before a patient or stay number it
     * names the hospital ("IPP CHU 49102387") and stays.
     */
    private int referenceStart(String category, int valueStart) {
      if (!category.equals("ID")) {
        return valueStart;
      }
      int p = valueStart;
      while (p > 0 && isSpace(text.charAt(p - 1))) {
        p--;
      }
      int s = p;
      while (s > 0 && s > p - 6 && text.charAt(s - 1) >= 'A' && text.charAt(s - 1) <= 'Z') {
        s--;
      }
      boolean acronym = p - s >= 2 && s > 0 && isSpace(text.charAt(s - 1)) && p < valueStart;
      return acronym ? s : valueStart;
    }

    /** "2580401004231 clé 42": a NIR key written apart after "clé" is SECU too; returns the end. */
    private int nirKeyAt(int end) {
      int keyStart = matchAt(nirKey, end);
      if (keyStart < 0) {
        return end;
      }
      add(keyStart, keyStart + 2, "SECU");
      return keyStart + 2;
    }

    /**
     * "IPP | 8 004 417 352 | 8 013 906 228": in a table row opened by a label, every further cell
     * of the row holding the same kind of value is PHI of the same category (one column per
     * patient or record).
     */
    private void rowCells(LabelRule rule, String category, int from) {
      int lineEnd = lineEndWithin(from);
      if (lineEnd < 0) {
        return;
      }
      for (int pipe = text.indexOf('|', from); pipe >= 0 && pipe < lineEnd; pipe = text.indexOf('|', pipe + 1)) {
        int cell = pipe + 1;
        while (cell < lineEnd && isSpace(text.charAt(cell))) {
          cell++;
        }
        int valueEnd = cell < lineEnd ? valueAt(rule.kind(), cell) : -1;
        if (valueEnd > cell && valueEnd <= lineEnd) {
          add(cell, valueEnd, category);
        }
      }
    }

    /** The end of the line holding {@code p} if it is at most MAX_FORM_LINE away, else -1. */
    private int lineEndWithin(int p) {
      int limit = Math.min(n, p + MAX_FORM_LINE);
      for (int k = p; k < limit; k++) {
        if (text.charAt(k) == '\n') {
          return k;
        }
      }
      return limit == n ? n : -1;
    }

    /**
     * A form laid out in columns, labels on one line and values on the next ("IPP        N° de
     * séjour (NDA)" over "4902 118 377   2024-H-0081564"): when a label that opens its cell (line
     * start or two spaces before it) has no value after it, the value starting in the same column
     * of the next line (within two characters) is read. The scan goes on after the label, since the
     * header line may hold more labels.
     */
    private void stackedValue(int i, LabelRule rule, int labelWordEnd) {
      boolean opensCell =
          i == 0
              || text.charAt(i - 1) == '\n'
              || (i >= 2 && isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i - 2)));
      if (!opensCell) {
        return;
      }
      int lineStart = i;
      while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
        if (i - --lineStart > MAX_FORM_LINE) {
          return;
        }
      }
      int lineEnd = lineEndWithin(labelWordEnd);
      if (lineEnd < 0 || lineEnd == n) {
        return;
      }
      int nextStart = lineEnd + 1;
      int nextEnd = lineEndWithin(nextStart);
      if (nextEnd < 0) {
        return;
      }
      int column = nextStart + (i - lineStart);
      for (int p = Math.max(nextStart, column - 2); p <= column + 2 && p < nextEnd; p++) {
        if (Character.isLetterOrDigit(text.charAt(p)) && (p == nextStart || isSpace(text.charAt(p - 1)))) {
          int valueEnd = valueAt(rule.kind(), p);
          if (valueEnd > p && valueEnd <= nextEnd) {
            add(p, valueEnd, rule.category());
          }
          return;
        }
      }
    }

    private int valueAt(ValueKind kind, int from) {
      return switch (kind) {
        case ID -> idValues(from);
        case NIR -> matchAt(nirLoose, from);
        case PHONE -> Math.max(matchAt(phoneLoose, from), matchAt(phoneIntl, from));
        case EXTENSION ->
            Math.max(
                matchAt(phoneExtension, from),
                Math.max(matchAt(phoneLoose, from), matchAt(phoneIntl, from)));
        case WEAK_ID -> matchAt(weakIdValue, from);
        case SPECIMEN -> matchAt(specimenValue, from);
        case NUMBER -> Math.max(idValues(from), matchAt(groupedNumber, from));
        case ZIP -> matchAt(zipValue, from);
        case AGE -> matchAt(ageValue, from);
        case SHORT_ID -> matchAt(shortIdValue, from);
        case YEAR -> matchAt(year, from);
        case DATE -> dateAt(from);
      };
    }

    /**
     * "chu-example.fr", "www-onco.example.org/rdv": a host name without a scheme, found from the
     * dot before a lower-case top-level domain; returns the end of the URL or {@code i}.
     */
    private int atDomainDot(int i) {
      int t = i + 1;
      while (t < n && text.charAt(t) >= 'a' && text.charAt(t) <= 'z') {
        t++;
      }
      if (!BARE_DOMAINS.contains(text.substring(i + 1, t))
          || (t < n && (Character.isLetterOrDigit(text.charAt(t)) || text.charAt(t) == '@'))) {
        return i;
      }
      int start = i;
      while (start > 0 && isHostChar(text.charAt(start - 1))) {
        start--;
      }
      while (start < i && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
        start++;
      }
      if (i - start < 3
          || (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '/'))) {
        return i;
      }
      int end = t;
      if (end < n && text.charAt(end) == '/') {
        while (end < n
            && !Character.isWhitespace(text.charAt(end))
            && "<>\"'()[]{}".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        end = trimUrl(start, end);
      }
      add(start, end, "URL");
      return end;
    }

    /** "IPP/NDA : 8001234567 / 2300123456": one value, or two joined by a slash. */
    private int idValues(int from) {
      int end = matchAt(idValue, from);
      if (end < 0) {
        return end;
      }
      int p = end;
      while (p < n && isSpace(text.charAt(p))) {
        p++;
      }
      if (p < n && text.charAt(p) == '/') {
        p++;
        while (p < n && isSpace(text.charAt(p))) {
          p++;
        }
        int second = matchAt(idValue, p);
        if (second > p) {
          return second;
        }
      }
      return end;
    }

    /**
     * "10003917465": eleven digits starting with 10, the shape of an RPPS number; "87 1 02345 6":
     * the printed grouping of an ADELI number.
     */
    private boolean isRppsNumber(int begin, int end) {
      return (end - begin == 11 && text.startsWith("10", begin)) || matchesExactly(adeli, begin, end);
    }

    /** The longest date of any form starting exactly at {@code from}, or -1. */
    private int dateAt(int from) {
      int best = -1;
      for (Pattern p :
          new Pattern[] {
            dateNumeric, dateIso, dateText, dateWeekday, dateMonthYear, dateMonthYearNumeric,
            dateCompact, dateRfc
          }) {
        best = Math.max(best, matchAt(p, from));
      }
      best = Math.max(best, matchAt(dateSpaceSeparated, from));
      if (from < n && isAsciiDigit(text.charAt(from))) {
        best = Math.max(best, ocrDateAt(from));
      }
      return Math.max(best, spacedDateAt(from));
    }

    /** A URL does not end with the sentence's punctuation. */
    private int trimUrl(int begin, int end) {
      if (end < 0) {
        return -1;
      }
      while (end > begin && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      return end;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNetSeparator(char c) {
    return c == '-' || c == '/' || c == '.' || c == '_';
  }

  private static boolean isTownChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '’';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c) || c == '.' || c == '-';
  }

  private static boolean isMailLocalChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || isAsciiDigit(c)
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }
}

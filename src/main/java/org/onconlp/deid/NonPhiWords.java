package org.onconlp.deid;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.text.ResourceLines;

/**
 * Vetoes candidates of every finder (rules and model alike) that are words or notations, not PHI:
 * service and insurer acronyms, foreign common words, roles, generic facility words, names in an
 * insurer field, brand names of devices (medical-devices.txt), English sign-offs, the keys of key=value exports, HL7 segment names
 * and coded-element codes, classification codes (non-phi-words.txt holds the words and the code
 * shapes). Each check reads the candidate and at most its line. Immutable and thread-safe.
 */
final class NonPhiWords {
  private enum Kind {
    ACRONYM,
    WORD,
    ROLE,
    GENERIC,
    INSURER,
    SIGNOFF,
    SEXKEY,
    CODE,
    DEVICE,
    LETTERHEAD
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

  /** The end of a field's value: a sentence goes on after it ("Mutuelle : X. Suivi par Dr Y"). */
  private static final Pattern VALUE_END = Pattern.compile("[^.]\\.\\s|[;(]");

  /** Characters that close a facility's name on its line. */
  private static final String NAME_CLOSERS = "\n\r,;:()[]|—–";

  private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

  private static final Pattern NON_LABEL = Pattern.compile("[^\\p{L}']+");

  /** Coding systems named in the third component of an HL7 coded element ("22634-0^…^LN"). */
  private static final Set<String> CODING_SYSTEMS =
      Set.of("LN", "SCT", "SNM", "SNM3", "I9", "I9C", "I10", "ICD10", "CIM10", "ADICAP", "L");

  /** Titles before a person's name. */
  private static final Set<String> TITLES =
      Set.of("dr", "docteur", "pr", "professeur", "m", "mme", "mr", "mlle", "madame", "monsieur");

  private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
  private final List<Pattern> codes = new ArrayList<>();

  NonPhiWords() {
    for (Kind k : Kind.values()) {
      words.put(k, new HashSet<>());
    }
    for (String line : ResourceLines.load("/org/onconlp/deid/non-phi-words.txt")) {
      int tab = line.indexOf('\t');
      Kind kind = Kind.valueOf(line.substring(0, tab));
      String entry = line.substring(tab + 1).strip();
      if (kind == Kind.CODE) {
        codes.add(Pattern.compile(entry));
      } else {
        words.get(kind).add(entry);
      }
    }
    words.get(Kind.LETTERHEAD).addAll(ResourceLines.load("/org/onconlp/deid/letterhead-generic-words.txt"));
    words.get(Kind.DEVICE).addAll(ResourceLines.load("/org/onconlp/deid/medical-devices.txt"));
    words.replaceAll((k, v) -> Set.copyOf(v));
  }

  /** True when the candidate {@code category} span {@code text[begin, end)} is no PHI. */
  boolean isNotPhi(String text, int begin, int end, String category) {
    if (begin < 0 || end > text.length() || begin >= end) {
      return false;
    }
    if (isExportKey(text, end) || isHl7Code(text, begin, end)) {
      return true;
    }
    String span = text.substring(begin, end);
    String folded = TRAILING_DOT.matcher(fold(span)).replaceAll("");
    return switch (category) {
      case "NOM", "PRENOM" ->
          isAcronym(text, begin, end, folded)
              || !afterTitle(text, begin) && (allIn(Kind.WORD, folded) || allIn(Kind.DEVICE, folded))
              || words.get(Kind.ROLE).contains(folded)
              || isInsurerValue(text, begin)
              || isSignOff(text, begin, end, folded)
              || isSexValue(text, begin, span);
      case "VILLE", "ADRESSE" ->
          isAcronym(text, begin, end, folded) || allIn(Kind.WORD, folded) || allIn(Kind.DEVICE, folded);
      case "HOPITAL" ->
          isAcronym(text, begin, end, folded)
              || allIn(Kind.WORD, folded)
              || (allIn(Kind.GENERIC, folded) || words.get(Kind.LETTERHEAD).contains(folded))
                  && !continuesAName(text, end);
      case "ID", "DATE", "NDA", "IPP" -> codes.stream().anyMatch(p -> p.matcher(span).matches());
      default -> false;
    };
  }

  /**
   * An acronym of the list written with capitals, unless it stands in a typist-initials slot on
   * either side of a slash ("DAS/jk", "OF/dp"): lower-case letters there are someone's initials.
   */
  private boolean isAcronym(String text, int begin, int end, String folded) {
    boolean initialsSlot =
        end + 1 < text.length() && text.charAt(end) == '/' && Character.isLetter(text.charAt(end + 1))
            || begin >= 2 && text.charAt(begin - 1) == '/' && Character.isLetter(text.charAt(begin - 2));
    boolean capitals = text.substring(begin, end).chars().anyMatch(Character::isUpperCase);
    return capitals && !initialsSlot && words.get(Kind.ACRONYM).contains(folded);
  }

  /** Whether a title ("Dr", "Mme", "Pr") stands right before the span: then it is a name. */
  private static boolean afterTitle(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return TITLES.contains(fold(text.substring(i + 1, wordEnd)));
  }

  /** Whether every word of the folded span is in the list of {@code kind}. */
  private boolean allIn(Kind kind, String folded) {
    boolean any = false;
    for (String w : WORDS.split(folded)) {
      if (w.isEmpty()) {
        continue;
      }
      if (!words.get(kind).contains(w)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A name immediately followed by "=" is the key of a key=value line ("rpps=", "diag.cim10="). */
  private static boolean isExportKey(String text, int end) {
    return end < text.length() && text.charAt(end) == '=';
  }

  /**
   * An HL7 segment name opening its line ("MSH|"), or the code of a coded element whose third
   * component names a coding system ("OBX|1|TX|22634-0^Pathology report^LN|").
   */
  private static boolean isHl7Code(String text, int begin, int end) {
    if (end >= text.length() || (text.charAt(end) != '|' && text.charAt(end) != '^')) {
      return false;
    }
    if (text.charAt(end) == '|') {
      return end - begin == 3 && (begin == 0 || text.charAt(begin - 1) == '\n')
          && text.substring(begin, end).chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }
    if (begin == 0 || text.charAt(begin - 1) != '|') {
      return false;
    }
    int fieldEnd = end;
    while (fieldEnd < text.length() && "|\n\r".indexOf(text.charAt(fieldEnd)) < 0) {
      fieldEnd++;
    }
    String[] components = text.substring(begin, fieldEnd).split("\\^", -1);
    return components.length >= 3 && CODING_SYSTEMS.contains(components[2].strip());
  }

  /** A name in the value of an insurer field ("Mutuelle : Harmonie Mutuelle"). */
  private boolean isInsurerValue(String text, int begin) {
    String label = labelBefore(text, begin);
    if (label == null || !words.get(Kind.INSURER).contains(label)) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    return !VALUE_END.matcher(text.substring(lineStart, begin)).find();
  }

  /** "Best, Rachel" opening a line, "Kind regards". */
  private boolean isSignOff(String text, int begin, int end, String folded) {
    if (!words.get(Kind.SIGNOFF).contains(folded)) {
      return false;
    }
    boolean lineStart = begin == 0 || text.charAt(begin - 1) == '\n';
    if (lineStart && end < text.length() && text.charAt(end) == ',') {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
    return after.startsWith(" regards") || after.startsWith(" wishes");
  }

  /** A one-letter value of a sex key ("patient.sexe=F", "Sexe : M"). */
  private boolean isSexValue(String text, int begin, String span) {
    if (span.length() != 1) {
      return false;
    }
    String label = labelBefore(text, begin);
    if (label == null) {
      return false;
    }
    String last = label.substring(label.lastIndexOf(' ') + 1);
    return words.get(Kind.SEXKEY).contains(last);
  }

  /**
   * The folded label of the field the offset stands in ("mutuelle" for "Mutuelle : X", "patient
   * sexe" for "patient.sexe=F"): the words before the last ":", "=" or run of dots of the line
   * before the offset, back to the previous field (a tab or a run of spaces); null when none.
   */
  private static String labelBefore(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    String line = text.substring(lineStart, offset);
    int cut = -1;
    for (int i = line.length() - 1; i >= 0 && cut < 0; i--) {
      char c = line.charAt(i);
      if (c == ':' || c == '=' || c == '.' && i > 0 && line.charAt(i - 1) == '.') {
        cut = i;
      }
    }
    while (cut > 0 && line.charAt(cut - 1) == '.') {
      cut--;
    }
    if (cut <= 0) {
      return null;
    }
    String before = line.substring(0, cut).stripTrailing();
    int field = Math.max(before.lastIndexOf('\t'), before.lastIndexOf("  "));
    String label = NON_LABEL.matcher(fold(before.substring(field + 1))).replaceAll(" ").strip();
    return label.isEmpty() ? null : label;
  }

  /**
   * Whether a capitalised word follows in the same stretch of the line (up to a punctuation that
   * closes a name), or opens the next line when the span ends its own: the generic words may open
   * a name the finder cut short ("Centre de ressources du CHU de X", "(Centre\nMédical X)").
   */
  private static boolean continuesAName(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      return i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
    }
    boolean wordStart = true;
    for (; i < text.length() && NAME_CLOSERS.indexOf(text.charAt(i)) < 0; i++) {
      char c = text.charAt(i);
      if (wordStart && Character.isUpperCase(c)) {
        return true;
      }
      wordStart = !Character.isLetterOrDigit(c);
    }
    return false;
  }

  /** Lower case, accents removed. */
  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}

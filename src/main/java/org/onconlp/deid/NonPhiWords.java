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
 * insurer field, brand names of devices (medical-devices.txt), English sign-offs and months, the keys of key=value exports, HL7 segment names
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
    MONTH,
    SEXKEY,
    CODE,
    DEVICE
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

  private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

  private static final Pattern NON_LABEL = Pattern.compile("[^\\p{L}']+");

  /** Coding systems named in the third component of an HL7 coded element ("22634-0^…^LN"). */
  private static final Set<String> CODING_SYSTEMS =
      Set.of("LN", "SCT", "SNM", "SNM3", "I9", "I9C", "I10", "ICD10", "CIM10", "ADICAP", "L");

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
          isAcronym(text, end, folded)
              || allIn(Kind.WORD, folded)
              || allIn(Kind.DEVICE, folded)
              || words.get(Kind.ROLE).contains(folded)
              || isInsurerValue(text, begin)
              || isSignOff(text, begin, end, folded)
              || isMonthByNumber(text, begin, end, folded)
              || isSexValue(text, begin, span);
      case "VILLE", "ADRESSE" ->
          isAcronym(text, end, folded) || allIn(Kind.WORD, folded) || allIn(Kind.DEVICE, folded);
      case "HOPITAL" ->
          isAcronym(text, end, folded)
              || allIn(Kind.WORD, folded)
              || allIn(Kind.GENERIC, folded) && !endsLine(text, end);
      case "ID", "DATE", "NDA", "IPP" -> codes.stream().anyMatch(p -> p.matcher(span).matches());
      default -> false;
    };
  }

  private boolean isAcronym(String text, int end, String folded) {
    boolean initialsSlot =
        end + 1 < text.length() && text.charAt(end) == '/' && Character.isLetter(text.charAt(end + 1));
    return words.get(Kind.ACRONYM).contains(folded) && !initialsSlot;
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
    return label != null && words.get(Kind.INSURER).contains(label);
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

  /** An English or German month next to a number: "in June 2022", "2nd March". */
  private boolean isMonthByNumber(String text, int begin, int end, String folded) {
    if (!words.get(Kind.MONTH).contains(folded)) {
      return false;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int before = begin - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    boolean digitAfter = after < text.length() && Character.isDigit(text.charAt(after));
    boolean numberBefore =
        before >= 0
            && (Character.isDigit(text.charAt(before))
                || before >= 2 && Character.isDigit(text.charAt(before - 2)) && Character.isLetter(text.charAt(before)));
    return digitAfter || numberBefore;
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

  private static boolean endsLine(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  /** Lower case, accents removed. */
  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}

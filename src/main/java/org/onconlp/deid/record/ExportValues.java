package org.onconlp.deid.record;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.text.ResourceLines;

/**
 * The values of the fields of a structured export (a CSV cell, a KEY=value line, an HL7 or DICOM
 * component) typed by the field's category: export-fields.txt names the fields, name-titles.txt
 * the titles skipped before a clinician's name.
 */
final class ExportValues {
  /** Longest value typed whole; a longer cell is free text, not a field value. */
  private static final int MAX_VALUE = 80;
  /** Person-name category: upper-case words NOM, initials and mixed-case words PRENOM. */
  static final String PERSON = "PERSON";

  private final Map<String, String> fields;
  private final Set<String> titles;

  ExportValues() {
    Map<String, String> map = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/deid/export-fields.txt")) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("export-fields.txt: expected 2 tab-separated fields: " + line);
      }
      map.put(fold(parts[1]), parts[0]);
    }
    this.fields = Map.copyOf(map);
    this.titles = Set.copyOf(ResourceLines.load("/org/onconlp/deid/name-titles.txt"));
  }

  /**
   * The category of a field name ("PAT_NOM_USAGE", "date de naissance"), or null: the whole
   * folded name, then its endings ("nom usage"), then its beginnings ("medecin").
   */
  String category(CharSequence name) {
    String folded = fold(name);
    if (folded.isEmpty() || folded.length() > 40) {
      return null;
    }
    String whole = fields.get(folded);
    if (whole != null) {
      return whole;
    }
    for (int sp = folded.indexOf(' '); sp > 0; sp = folded.indexOf(' ', sp + 1)) {
      String ending = fields.get(folded.substring(sp + 1));
      if (ending != null) {
        return ending;
      }
    }
    for (int sp = folded.lastIndexOf(' '); sp > 0; sp = folded.lastIndexOf(' ', sp - 1)) {
      String beginning = fields.get(folded.substring(0, sp));
      if (beginning != null) {
        return beginning;
      }
    }
    return null;
  }

  /**
   * Adds the PHI of the value {@code text[begin,end)} of a field of the given category: trimmed of
   * spaces and quotes; names read word by word, given names split at commas, dates and
   * identifiers only with a digit, places cut before a bracket.
   */
  void type(String text, int begin, int end, String category, List<PhiSpan> out) {
    while (begin < end && isTrim(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isTrim(text.charAt(end - 1))) {
      end--;
    }
    if (end <= begin || end - begin > MAX_VALUE || !hasLetterOrDigit(text, begin, end)) {
      return;
    }
    switch (category) {
      case PERSON -> person(text, begin, end, out);
      case "NOM" -> familyName(text, begin, end, out);
      case "PRENOM" -> givenNames(text, begin, end, out);
      case "DATE", "DATE_NAISSANCE" -> {
        int stop = dateEnd(text, begin, end);
        if (hasDigit(text, begin, stop)) {
          out.add(new PhiSpan(begin, stop, category));
        }
      }
      case "VILLE", "HOPITAL", "ADRESSE" -> {
        int bracket = text.indexOf('(', begin);
        int stop = bracket < 0 || bracket >= end ? end : bracket;
        while (stop > begin && isTrim(text.charAt(stop - 1))) {
          stop--;
        }
        if (stop > begin) {
          out.add(new PhiSpan(begin, stop, category));
        }
      }
      default -> {
        if (hasDigit(text, begin, end)) {
          out.add(new PhiSpan(begin, end, category));
        }
      }
    }
  }

  /**
   * "DR MOREAU E", "CASTEX Mathieu", "Hélène Zimmer", "gm": after a title, a run of upper-case
   * words is the family name, initials and mixed-case words are given names; without an
   * upper-case word, the last word is the family name. Stops at the first mark or number.
   */
  private void person(String text, int begin, int end, List<PhiSpan> out) {
    int[][] words = new int[8][];
    int count = 0;
    int p = begin;
    while (p < end && count < words.length) {
      while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == ',')) {
        p++;
      }
      if (p >= end || !Character.isLetter(text.charAt(p))) {
        break;
      }
      int q = p;
      while (q < end && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-' || text.charAt(q) == '\'')) {
        q++;
      }
      if (q == p) {
        break;
      }
      int wordEnd = q < end && text.charAt(q) == '.' ? q + 1 : q;
      String word = text.substring(p, q).toLowerCase(Locale.ROOT);
      if (count > 0 || !titles.contains(word)) {
        words[count++] = new int[] {p, wordEnd};
      }
      p = wordEnd;
      if (p < end && text.charAt(p) != ' ' && text.charAt(p) != ',') {
        break;
      }
    }
    boolean anyUpper = false;
    for (int k = 0; k < count; k++) {
      anyUpper |= isUpperWord(text, words[k][0], words[k][1]);
    }
    for (int k = 0; k < count; k++) {
      int b = words[k][0];
      int e = words[k][1];
      boolean family = anyUpper ? isUpperWord(text, b, e) : k == count - 1;
      out.add(new PhiSpan(b, e, family ? "NOM" : "PRENOM"));
    }
  }

  /** End of a date value before a time of day ("09/04/24 07:18", "2024-03-11T08:55"). */
  private static int dateEnd(String text, int begin, int end) {
    for (int p = begin + 1; p + 3 < end; p++) {
      char c = text.charAt(p);
      if ((c == ' ' || c == 'T') && Character.isDigit(text.charAt(p + 1))
          && (text.charAt(p + 2) == ':' || text.charAt(p + 2) == 'h'
              || (Character.isDigit(text.charAt(p + 2)) && (text.charAt(p + 3) == ':' || text.charAt(p + 3) == 'h')))) {
        return p;
      }
    }
    return end;
  }

  /** "BEN SALEM" one family name; "CASTEX M" a family name and an initial. */
  private static void familyName(String text, int begin, int end, List<PhiSpan> out) {
    int sp = text.lastIndexOf(' ', end - 1);
    if (sp > begin && end - sp - 1 <= 2 && Character.isUpperCase(text.charAt(sp + 1))
        && (end - sp - 1 == 1 || text.charAt(end - 1) == '.')) {
      out.add(new PhiSpan(begin, sp, "NOM"));
      out.add(new PhiSpan(sp + 1, end, "PRENOM"));
    } else {
      out.add(new PhiSpan(begin, end, "NOM"));
    }
  }

  /** "Anne-Soizic,Marie": each given name between commas or slashes. */
  private static void givenNames(String text, int begin, int end, List<PhiSpan> out) {
    int from = begin;
    for (int p = begin; p <= end; p++) {
      if (p == end || text.charAt(p) == ',' || text.charAt(p) == '/') {
        int b = from;
        int e = p;
        while (b < e && isTrim(text.charAt(b))) {
          b++;
        }
        while (e > b && isTrim(text.charAt(e - 1))) {
          e--;
        }
        if (e > b && hasLetterOrDigit(text, b, e)) {
          out.add(new PhiSpan(b, e, "PRENOM"));
        }
        from = p + 1;
      }
    }
  }

  /** Two or more letters, none lower case ("MOREAU", "BRUNET-MOLLARD"); an initial is not. */
  private static boolean isUpperWord(String text, int b, int e) {
    int letters = 0;
    for (int p = b; p < e; p++) {
      char c = text.charAt(p);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '"' || c == '\'' || c == '\t' || c == '\r' || c == '\u00A0';
  }

  static boolean hasDigit(String text, int b, int e) {
    for (int p = b; p < e; p++) {
      if (text.charAt(p) >= '0' && text.charAt(p) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String text, int b, int e) {
    for (int p = b; p < e; p++) {
      if (Character.isLetterOrDigit(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no accents, separators and spaces collapsed, trailing digits dropped. */
  static String fold(CharSequence name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder(plain.length());
    for (int k = 0; k < plain.length(); k++) {
      char c = Character.toLowerCase(plain.charAt(k));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    int e = b.length();
    while (e > 0 && (b.charAt(e - 1) == ' ' || Character.isDigit(b.charAt(e - 1)))) {
      e--;
    }
    return b.substring(0, e);
  }
}

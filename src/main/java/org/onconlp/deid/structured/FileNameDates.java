package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;

import java.util.Locale;
import java.util.Set;

/**
 * Dates inside the name of an attached or exported file ("IMG_20240312_dos.jpg",
 * "CR_scanner_X_050225.pdf", "bio_06-02.pdf", "scan_2024-03-12.pdf"): a file-name token ends in a
 * known extension and its parts are separated by underscores; a part (or the digits that close
 * it, "IRM20240312") that is a calendar date is a DATE. The other parts (a name, a document kind)
 * are left to the other finders, and the date keeps the identifier safety net off the whole
 * token. Version numbers ("v1.2"), single-digit pairs ("2-3") and digit groups that are no valid
 * date stay. Immutable and thread-safe.
 */
final class FileNameDates {
  /** File extensions of documents, images and exports attached to a record. */
  private static final Set<String> EXTENSIONS =
      Set.of("pdf", "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "heic", "doc", "docx",
          "odt", "rtf", "txt", "csv", "xls", "xlsx", "xml", "hl7", "dcm", "zip", "msg", "eml");

  private static final int MAX_NAME = 80;

  /** Adds the dates found in the file names of the text. */
  void addDates(StructuredScan s) {
    String text = s.text;
    for (int dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
      int extEnd = dot + 1;
      while (extEnd < s.n && extEnd - dot <= 5 && Character.isLetterOrDigit(text.charAt(extEnd))) {
        extEnd++;
      }
      if (extEnd == dot + 1
          || (extEnd < s.n && Character.isLetterOrDigit(text.charAt(extEnd)))
          || !EXTENSIONS.contains(text.substring(dot + 1, extEnd).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int start = dot;
      while (start > 0 && dot - start < MAX_NAME && isNameChar(text.charAt(start - 1))) {
        start--;
      }
      addParts(s, start, dot);
    }
  }

  /**
   * The parts of the name {@code [start, end)} between underscores. When one is a date, the
   * identifier net no longer covers the name, so its other parts written with a capital that are
   * no document kind ("CR", "IRM", "IMG"; a surname, an initial, a given name) become IDs, as the
   * net made them before.
   */
  private static void addParts(StructuredScan s, int start, int end) {
    int found = s.found.size();
    int p = start;
    for (int k = start; k <= end; k++) {
      if (k == end || s.text.charAt(k) == '_') {
        addPart(s, p, k);
        p = k + 1;
      }
    }
    if (s.found.size() == found) {
      return;
    }
    p = start;
    for (int k = start; k <= end; k++) {
      if (k == end || s.text.charAt(k) == '_') {
        if (isNamePart(s.text, p, k) && !overlapsFound(s, p, k, found)) {
          s.add(p, k, "ID");
        }
        p = k + 1;
      }
    }
  }

  /** Words that name the kind of a document or the department in a file name, not a person. */
  private static final Set<String> DOCUMENT_KINDS =
      Set.of("cr", "cro", "crh", "irm", "tep", "tdm", "img", "dsc", "scan", "scanner", "bio",
          "rcp", "inr", "nfs", "ecg", "anapath", "pj", "doc", "rx", "echo", "bilan", "ordo",
          "courrier", "export", "photo", "lettre", "compte", "rendu", "ana", "path", "labo",
          "consultation", "cs", "hdj", "urologie", "uro", "oncologie", "onco", "gyneco",
          "senologie", "hematologie", "hemato", "radiotherapie", "chirurgie", "dermato",
          "pneumo", "digestif", "orl", "thorax", "sein", "staff");

  /** A part with a capital letter and no digit that is no document kind. */
  private static boolean isNamePart(String t, int b, int e) {
    boolean capital = false;
    for (int k = b; k < e; k++) {
      char c = t.charAt(k);
      if (isAsciiDigit(c)) {
        return false;
      }
      capital |= Character.isUpperCase(c);
    }
    return capital && !DOCUMENT_KINDS.contains(t.substring(b, e).toLowerCase(Locale.ROOT));
  }

  private static boolean overlapsFound(StructuredScan s, int b, int e, int from) {
    for (int k = from; k < s.found.size(); k++) {
      if (s.found.get(k).begin() < e && s.found.get(k).end() > b) {
        return true;
      }
    }
    return false;
  }

  private static void addPart(StructuredScan s, int b, int e) {
    String text = s.text;
    int digitsFrom = e;
    while (digitsFrom > b && isAsciiDigit(text.charAt(digitsFrom - 1))) {
      digitsFrom--;
    }
    int run = e - digitsFrom;
    if (digitsFrom == b && (run == 6 || run == 8) && isCompactDate(text, b, run)) {
      s.add(b, e, "DATE");
    } else if (digitsFrom > b && run == 8 && Character.isLetter(text.charAt(digitsFrom - 1))
        && isCompactDate(text, digitsFrom, 8)) {
      s.add(digitsFrom, e, "DATE");
    } else if (isSeparatedDate(text, b, e)) {
      s.add(b, e, "DATE");
    }
  }

  /**
   * "20240312", "12032024", "050225": eight digits as year-month-day or day-month-year, or six as
   * day-month-year or year-month-day (two-digit years).
   */
  static boolean isCompactDate(String t, int b, int length) {
    if (length == 8) {
      return (century(t, b) && month(t, b + 4) && day(t, b + 6))
          || (day(t, b) && month(t, b + 2) && century(t, b + 4));
    }
    return (day(t, b) && month(t, b + 2)) || (month(t, b + 2) && day(t, b + 4));
  }

  /**
   * "06-02", "2024-03-12", "12.03.24": two-digit day and month with an optional year, or a
   * four-digit year first, one separator throughout ('-' or '.').
   */
  static boolean isSeparatedDate(String t, int b, int e) {
    int len = e - b;
    if (len == 10 && century(t, b) && sep(t, b + 4) && t.charAt(b + 4) == t.charAt(b + 7)) {
      return month(t, b + 5) && day(t, b + 8);
    }
    if (len != 5 && len != 8 && len != 10) {
      return false;
    }
    if (!day(t, b) || !sep(t, b + 2) || !month(t, b + 3)) {
      return false;
    }
    if (len == 5) {
      return true;
    }
    boolean sameSep = t.charAt(b + 5) == t.charAt(b + 2);
    return sameSep && digits(t, b + 6, e) && (len == 8 || century(t, b + 6));
  }

  private static boolean sep(String t, int k) {
    return t.charAt(k) == '-' || t.charAt(k) == '.';
  }

  private static boolean digits(String t, int b, int e) {
    for (int k = b; k < e; k++) {
      if (!isAsciiDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int two(String t, int k) {
    return digits(t, k, k + 2) ? (t.charAt(k) - '0') * 10 + t.charAt(k + 1) - '0' : -1;
  }

  private static boolean day(String t, int k) {
    int v = two(t, k);
    return v >= 1 && v <= 31;
  }

  private static boolean month(String t, int k) {
    int v = two(t, k);
    return v >= 1 && v <= 12;
  }

  private static boolean century(String t, int k) {
    int c = two(t, k);
    return (c == 19 || c == 20) && two(t, k + 2) >= 0;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }
}

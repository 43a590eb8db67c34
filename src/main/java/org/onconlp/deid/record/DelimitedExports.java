package org.onconlp.deid.record;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PhiSpan;

/**
 * Structured exports pasted into a report: delimited tables with a header row ("nom;prenom;ddn;ipp",
 * "\"DOSSIER\",\"NOM\",\"PRENOM\"", tab-separated) whose named columns type every cell below
 * them, and KEY=value lines ("PAT_NOM_USAGE=LE BIHAN", "SAISI_PAR=gm"). The field names are
 * those of {@link ExportValues}.
 */
final class DelimitedExports {
  /** Longest header cell: a longer one is a value, not a field name. */
  private static final int MAX_HEADER_CELL = 40;
  /** Longest key of a KEY=value line. */
  private static final int MAX_KEY = 40;

  private final ExportValues values;

  DelimitedExports(ExportValues values) {
    this.values = values;
  }

  /** Adds the PHI of the delimited tables and KEY=value lines of {@code text}. */
  void find(String text, List<PhiSpan> out) {
    String[] columns = null;
    char separator = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (!keyValue(text, start, end, out)) {
        char sep = separatorOf(text, start, end);
        List<int[]> cells = sep == 0 ? List.of() : cells(text, start, end, sep);
        boolean row = columns != null && sep == separator
            && (cells.size() == columns.length
                || (cells.size() == columns.length + 1 && cells.get(columns.length)[0] >= cells.get(columns.length)[1]));
        String[] header = !row && cells.size() >= 2 ? header(text, cells) : null;
        if (header != null) {
          columns = header;
          separator = sep;
        } else if (row) {
          for (int k = 0; k < cells.size() && k < columns.length; k++) {
            if (columns[k] != null) {
              values.type(text, cells.get(k)[0], cells.get(k)[1], columns[k], out);
            }
          }
        } else {
          columns = null;
        }
      }
      start = end + 1;
    }
  }

  /** "PAT_DDN=1958-03-11" at a line start: the value typed by its key. */
  private boolean keyValue(String text, int start, int end, List<PhiSpan> out) {
    int p = start;
    while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    int keyStart = p;
    if (p >= end || !Character.isLetter(text.charAt(p))) {
      return false;
    }
    while (p < end && p - keyStart <= MAX_KEY
        && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_' || text.charAt(p) == '.'
            || text.charAt(p) == '-')) {
      p++;
    }
    if (p >= end || text.charAt(p) != '=' || p - keyStart > MAX_KEY) {
      return false;
    }
    String category = values.category(text.subSequence(keyStart, p));
    if (category != null) {
      values.type(text, p + 1, end, category, out);
    }
    return true;
  }

  /** ';' or a tab if the line holds one, ',' for a line of quoted cells, else 0. */
  private static char separatorOf(String text, int start, int end) {
    boolean quoted = start < end && text.charAt(start) == '"';
    for (int p = start; p < end; p++) {
      char c = text.charAt(p);
      if (c == ';' || c == '\t') {
        return c;
      }
      if (quoted && c == ',' && text.charAt(p - 1) == '"') {
        return ',';
      }
    }
    return 0;
  }

  /** The cells of a line, as [begin, end) offsets inside their quotes. */
  private static List<int[]> cells(String text, int start, int end, char sep) {
    List<int[]> cells = new ArrayList<>();
    int p = start;
    while (p <= end) {
      if (p < end && text.charAt(p) == '"') {
        int close = text.indexOf('"', p + 1);
        if (close < 0 || close >= end) {
          close = end;
        }
        cells.add(new int[] {p + 1, close});
        int next = text.indexOf(sep, close);
        p = next < 0 || next >= end ? end + 1 : next + 1;
      } else {
        int next = text.indexOf(sep, p);
        int cellEnd = next < 0 || next >= end ? end : next;
        cells.add(new int[] {p, cellEnd});
        p = cellEnd + 1;
      }
    }
    return cells;
  }

  /**
   * The category of each column if the cells form a header row: short cells, at least one of
   * them a known field name, digits only in field names ("ADR1") or in code-like names of
   * lower-case letters and a number ("cim10", "ald_30"); else null.
   */
  private String[] header(String text, List<int[]> cells) {
    String[] columns = new String[cells.size()];
    boolean typed = false;
    for (int k = 0; k < cells.size(); k++) {
      int[] cell = cells.get(k);
      if (cell[1] - cell[0] > MAX_HEADER_CELL) {
        return null;
      }
      columns[k] = values.category(text.subSequence(cell[0], cell[1]));
      if (columns[k] == null && ExportValues.hasDigit(text, cell[0], cell[1]) && !codeLikeName(text, cell[0], cell[1])) {
        return null;
      }
      typed |= columns[k] != null;
    }
    return typed ? columns : null;
  }

  /**
   * True if a cell is a lower-case field name ending in a number ("cim10", "ald_30"): at least two
   * letters first, no upper-case letter, so that a value like "C56" or "T2N0" still is no header.
   */
  private static boolean codeLikeName(String text, int b, int e) {
    int letters = 0;
    int p = b;
    while (p < e && ((text.charAt(p) >= 'a' && text.charAt(p) <= 'z') || text.charAt(p) == '_')) {
      letters += text.charAt(p) == '_' ? 0 : 1;
      p++;
    }
    if (letters < 2 || p == e) {
      return false;
    }
    while (p < e && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
      p++;
    }
    return p == e;
  }
}

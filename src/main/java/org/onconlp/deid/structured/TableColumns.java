package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isAsciiDigit;
import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.text.ResourceLines;

/**
 * In a table whose header names a birth date or a patient or stay number ("DDN", "IPP", "NDA";
 * column-headers.txt), the dates and identifiers of that column take the header's category; run
 * once at the end of a scan, over texts with a '|'.
 */
final class TableColumns {
  /** Longest table cell read as a column header; longer cells hold values. */
  private static final int MAX_HEADER_CELL = 40;
  /** Identifier categories a table column may retype. */
  private static final Set<String> IDENTIFIERS = Set.of("ID", "IPP", "NDA");

  /** Category typed by a table column header (column-headers.txt), by folded header text. */
  private final Map<String, String> columnHeaders;
  private final DateFinder dates;
  private final LabelValues values;

  TableColumns(DateFinder dates, LabelValues values) {
    this.dates = dates;
    this.values = values;
    Map<String, String> headers = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/deid/column-headers.txt")) {
      String[] fields = line.split("\t");
      if (fields.length != 2) {
        throw new IllegalArgumentException("column-headers.txt: expected 2 tab-separated fields: " + line);
      }
      headers.put(foldCell(fields[1]), fields[0]);
    }
    this.columnHeaders = Map.copyOf(headers);
  }

  /**
   * Below a header row whose cells name a birth date or a patient or stay number ("DDN",
   * "IPP"), the dates and identifiers of that column take the column's category, as long as
   * the lines go on being table rows (a line of '-' and '+' under the header is skipped).
   */
  void typeColumns(StructuredScan s) {
    List<PhiSpan> found = s.found;
    Integer[] order = new Integer[found.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(found.get(x).begin(), found.get(y).begin()));
    int next = 0;
    Map<Integer, String> columns = Map.of();
    List<PhiSpan> cellValues = new ArrayList<>();
    boolean readCells = false;
    // Every line is read, not only those up to the last span found: a typed column's cells are
    // read even where the scan found nothing.
    for (int start = 0; start < s.n; ) {
      int end = s.text.indexOf('\n', start);
      if (end < 0) {
        end = s.n;
      }
      int pipe = s.text.indexOf('|', start);
      if (pipe < 0 || pipe >= end) {
        if (!isRule(s.text, start, end)) {
          columns = Map.of();
        }
      } else {
        Map<Integer, String> header = headerColumns(s.text, start, end);
        if (!header.isEmpty()) {
          columns = header;
          readCells = !hasDigit(s.text, start, end);
        } else if (!columns.isEmpty()) {
          if (readCells) {
            readTypedCells(s, start, end, columns, cellValues);
          }
          while (next < order.length && found.get(order[next]).begin() < start) {
            next++;
          }
          for (int k = next; k < order.length && found.get(order[k]).begin() < end; k++) {
            retype(s, order[k], start, columns);
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
  private void readTypedCells(
      StructuredScan s, int start, int end, Map<Integer, String> columns, List<PhiSpan> out) {
    String text = s.text;
    int cell = 0;
    for (int p = start; p < end; p++) {
      if (text.charAt(p) == '|') {
        cell++;
        continue;
      }
      String category = columns.get(cell);
      boolean insideCell = p > start && text.charAt(p - 1) != '|' && !isSpace(text.charAt(p - 1));
      if (category == null || isSpace(text.charAt(p)) || insideCell) {
        continue;
      }
      int valueEnd = category.equals("DATE_NAISSANCE") ? dates.dateAt(s, p) : values.idValues(s, p);
      if (valueEnd > p && valueEnd <= end) {
        out.add(new PhiSpan(p, valueEnd, category));
      }
      int pipe = text.indexOf('|', p);
      p = (pipe < 0 || pipe >= end ? end : pipe) - 1;
    }
  }

  private static boolean hasDigit(String text, int start, int end) {
    for (int p = start; p < end; p++) {
      if (isAsciiDigit(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  /** A line drawn under a header ("---------+-------+----"): only - + = and spaces. */
  private static boolean isRule(String text, int start, int end) {
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
  private Map<Integer, String> headerColumns(String text, int start, int end) {
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
  private static void retype(StructuredScan s, int k, int start, Map<Integer, String> columns) {
    PhiSpan span = s.found.get(k);
    int cell = 0;
    for (int p = start; p < span.begin(); p++) {
      if (s.text.charAt(p) == '|') {
        cell++;
      }
    }
    String category = columns.get(cell);
    if (category == null || category.equals(span.category())) {
      return;
    }
    boolean date = category.equals("DATE_NAISSANCE") && span.category().equals("DATE");
    boolean id = !category.equals("DATE_NAISSANCE") && IDENTIFIERS.contains(span.category());
    if (date || id) {
      s.found.set(k, new PhiSpan(span.begin(), span.end(), category));
    }
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
}

package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isSpace;

import org.onconlp.deid.structured.LabelValues.ValueKind;

/**
 * Values laid out away from their label: in the further cells of a table row opened by the
 * label, or on the next line of a form written in columns.
 */
final class FormLayouts {
  /** Longest line of a form or table read for stacked or further cell values. */
  private static final int MAX_FORM_LINE = 400;

  private final LabelValues values;

  FormLayouts(LabelValues values) {
    this.values = values;
  }

  /**
   * "IPP | 8 004 417 352 | 8 013 906 228": in a table row opened by a label, every further cell
   * of the row holding the same kind of value is PHI of the same category (one column per
   * patient or record).
   */
  void rowCells(StructuredScan s, ValueKind kind, String category, int from) {
    String text = s.text;
    int lineEnd = lineEndWithin(s, from);
    if (lineEnd < 0) {
      return;
    }
    for (int pipe = text.indexOf('|', from);
        pipe >= 0 && pipe < lineEnd;
        pipe = text.indexOf('|', pipe + 1)) {
      int cell = pipe + 1;
      while (cell < lineEnd && isSpace(text.charAt(cell))) {
        cell++;
      }
      int valueEnd = cell < lineEnd ? values.valueAt(s, kind, cell) : -1;
      if (valueEnd > cell && valueEnd <= lineEnd) {
        s.add(cell, valueEnd, category);
      }
    }
  }

  /**
   * A form laid out in columns, labels on one line and values on the next ("IPP        N° de
   * séjour (NDA)" over "4902 118 377   2024-H-0081564"): when a label that opens its cell (line
   * start or two spaces before it) has no value after it, the value starting in the same column
   * of the next line (within two characters) is read. The scan goes on after the label, since the
   * header line may hold more labels.
   */
  void stackedValue(StructuredScan s, int i, ValueKind kind, String category, int labelWordEnd) {
    String text = s.text;
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
    int lineEnd = lineEndWithin(s, labelWordEnd);
    if (lineEnd < 0 || lineEnd == s.n) {
      return;
    }
    int nextStart = lineEnd + 1;
    int nextEnd = lineEndWithin(s, nextStart);
    if (nextEnd < 0) {
      return;
    }
    int column = nextStart + (i - lineStart);
    for (int p = Math.max(nextStart, column - 2); p <= column + 2 && p < nextEnd; p++) {
      if (Character.isLetterOrDigit(text.charAt(p)) && (p == nextStart || isSpace(text.charAt(p - 1)))) {
        int valueEnd = values.valueAt(s, kind, p);
        if (valueEnd > p && valueEnd <= nextEnd) {
          s.add(p, valueEnd, category);
        }
        return;
      }
    }
  }

  /** The end of the line holding {@code p} if it is at most MAX_FORM_LINE away, else -1. */
  private static int lineEndWithin(StructuredScan s, int p) {
    int limit = Math.min(s.n, p + MAX_FORM_LINE);
    for (int k = p; k < limit; k++) {
      if (s.text.charAt(k) == '\n') {
        return k;
      }
    }
    return limit == s.n ? s.n : -1;
  }
}

package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names in the columns of a table: under a header cell of a table drawn with "|" ("| NOM |
 * Prénom |") and under the cells of a header row drawn with spaces ("Nom d'usage      Prénom").
 */
final class NameTables {
  /** Cells of a table header row ("Fauteuil | Heure | NOM | Prénom"), not a "| Nom | X |" pair. */
  private static final int MIN_HEADER_CELLS = 3;
  /** Characters a value may stand left or right of its column header ("Nom      Prénom"). */
  private static final int HEADER_SLACK = 2;

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameGroups groups;
  private final TitledNames titles;

  NameTables(PhiLexicons lex, NameTokens names, NameLabels labels, NameGroups groups, TitledNames titles) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.groups = groups;
    this.titles = titles;
  }

  /**
   * True if token {@code i} heads a column of a table drawn with "|" ("Fauteuil | Heure | NOM |
   * Prénom |"): a name or given-name label alone in its cell.
   */
  boolean isColumnHeader(PhiTokens t, int i) {
    String kind = labels.kind(t.fold[i]);
    if (!"name".equals(kind) && !"given".equals(kind)) {
      return false;
    }
    boolean opens = t.lineBefore[i] || t.is(i - 1, "|");
    int k = i + 1;
    while (k < t.size && !t.lineBefore[k] && k - i <= NameWords.MAX_LABEL_FILLERS
        && NameWords.LABEL_FILLERS.contains(t.fold[k])) {
      k++;
    }
    // "prénoms naissance | AISSATOU BINTA | …": a name in the next cell makes the label a row's.
    int value = k + 1;
    boolean rowLabel = value < t.size && !t.lineBefore[value] && t.capitalised(value) && !labels.isLabel(t.fold[value])
        && (names.isGiven(t, value) || names.isFamily(t.fold[value])) && !lex.isCommonWord(t.fold[value]);
    return opens && k < t.size && !t.lineBefore[k] && t.is(k, "|") && !rowLabel && cellsOnLine(t, i) >= MIN_HEADER_CELLS;
  }

  /**
   * A header row of a form drawn with spaces, not "|" ("Nom d'usage      Nom de naissance
   * Prénom(s)"): two or more cells made only of name or given-name label words, set apart by
   * wide gaps. On the next line, the value that starts under a name cell (within
   * {@link #HEADER_SLACK} characters) is a name, under a given-name cell a given name.
   *
   * @return the first token of the value line, or {@code i} when the line is no such header
   */
  int gapHeader(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int lineStart = t.text.lastIndexOf('\n', t.begin[i] - 1) + 1;
    List<int[]> cells = new ArrayList<>();
    int k = i;
    boolean labelCell = false;
    for (; k < t.size && (k == i || !t.lineBefore[k]); k++) {
      boolean cellStart = k == i || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP;
      String kind = labels.kind(t.fold[k]);
      if (cellStart) {
        labelCell = "name".equals(kind) || "given".equals(kind);
        if (labelCell) {
          cells.add(new int[] {t.begin[k] - lineStart, "given".equals(kind) ? 1 : 0});
        } else if (t.shape[k] == Shape.NUMBER) {
          return i;
        }
      } else if (labelCell && kind == null && !NameWords.LABEL_FILLERS.contains(t.fold[k])) {
        return i;
      }
    }
    if (cells.size() < 2 || k >= t.size || NameTokens.blankLineBefore(t, k)) {
      return i;
    }
    int valueStart = t.text.lastIndexOf('\n', t.begin[k] - 1) + 1;
    for (int v = k; v < t.size && (v == k || !t.lineBefore[v]); v++) {
      if (used[v] || !t.capitalised(v) || (v > k && t.begin[v] - t.end[v - 1] < NameWords.COLUMN_GAP)) {
        continue;
      }
      int column = t.begin[v] - valueStart;
      for (int[] cell : cells) {
        if (Math.abs(cell[0] - column) <= HEADER_SLACK) {
          if (cell[1] == 1) {
            groups.givenOnly(t, v, out, used);
          } else {
            groups.group(t, v, out, used, true, false);
          }
        }
      }
    }
    return k;
  }

  /** Number of non-empty "|"-separated cells on the line of token {@code i}. */
  private static int cellsOnLine(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k]) {
      k--;
    }
    int cells = 0;
    boolean filled = false;
    do {
      if (t.is(k, "|")) {
        cells += filled ? 1 : 0;
        filled = false;
      } else {
        filled = true;
      }
      k++;
    } while (k < t.size && !t.lineBefore[k]);
    return cells + (filled ? 1 : 0);
  }

  /**
   * The rows under a column header: the cell in the same column (counted in "|") of every
   * following line is a name ("F01 | 08:00 | ROUQUETTE | Danielle |"), a given name under
   * "Prénom". Ruling lines ("----+----") are skipped; the table ends at a line without "|".
   *
   * @return the token after the header
   */
  int column(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int col = 0;
    for (int k = i - 1; k >= 0 && !t.lineBefore[k + 1]; k--) {
      if (t.is(k, "|")) {
        col++;
      }
    }
    boolean given = "given".equals(labels.kind(t.fold[i]));
    int p = i + 1;
    while (p < t.size && !t.lineBefore[p]) {
      p++;
    }
    while (p < t.size) {
      int pipes = 0;
      int cell = -1;
      boolean pipe = false;
      boolean words = false;
      int q = p;
      do {
        if (t.is(q, "|")) {
          pipe = true;
          pipes++;
        } else if (t.shape[q] != Shape.OTHER) {
          words = true;
          if (pipes == col && cell < 0) {
            cell = q;
          }
        }
        q++;
      } while (q < t.size && !t.lineBefore[q]);
      if (!pipe && words) {
        break;
      }
      if (cell >= 0 && (col == 0 || t.is(cell - 1, "|")) && !labels.isLabel(t.fold[cell])) {
        if (given) {
          groups.givenOnly(t, cell, out, used);
        } else {
          titles.afterCivilName(t, groups.group(t, cell, out, used, true, false, true), out, used);
        }
      }
      p = q;
    }
    return i + 1;
  }
}

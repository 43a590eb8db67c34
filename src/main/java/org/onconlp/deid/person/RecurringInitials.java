package org.onconlp.deid.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Initials known as a person in a document, and each of their occurrences. Three things make
 * initials known: a legend mapping them to a name ("VISAS : R.D. = Rose Dorival / M.-A.C. =
 * Marie-Annick Césaire", "MLG = Marie Le Gac (IDE)"), another rule having read them as a name
 * ("Marie-Laure Le Bras (MLB)"), or the same initials closing several lines of a nursing or
 * administration table, after a column gap or a cell bar ("… bonne tolérance.      R.D.", "| 09:35
 * | MLB"). Every occurrence of known initials, written alike, is then one NOM span, dotted or not,
 * as the gold writes a visa. Role and clinical abbreviations, stop words and words never count.
 */
final class RecurringInitials {
  /** Lines a group of initials must close before a column of them is read as visas. */
  private static final int MIN_COLUMN_LINES = 2;
  /** Most words of a name after a legend's "=". */
  private static final int MAX_LEGEND_WORDS = 4;
  /** Particles inside a family name ("Marie Le Gac", "Anne de La Tour"). */
  private static final Set<String> PARTICLES = Set.of("le", "la", "de", "du", "des", "van", "von", "da", "di", "d'");

  private final PhiLexicons lex;
  private final NameInitials initials;

  RecurringInitials(PhiLexicons lex, NameInitials initials) {
    this.lex = lex;
    this.initials = initials;
  }

  /** Reads the legends and columns, then marks every occurrence of the initials they make known. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Set<String> known = new HashSet<>();
    Map<String, Integer> columnLines = new HashMap<>();
    for (int k = 0; k < t.size; k++) {
      int e = initials.unit(t, k);
      if (e < 0 || !standsAlone(t, k, e) || !initials.plausible(t, k, e) || !hasCapitals(t, k, e)
          || e == k + 1 && lex.isStopWord(t.fold[k])) {
        continue;
      }
      String surface = surface(t, k, e);
      // "R.D. = Rose Dorival", spaced; "UF=4412" is a key and its value in an export.
      if (t.is(e, "=") && e + 1 < t.size && !t.lineBefore[e + 1] && !t.glued(e) && !t.glued(e + 1)) {
        if (legendName(t, e + 1, out, used)) {
          known.add(surface);
        }
      } else if (allUsed(used, k, e) && isSpan(t, k, e, out)) {
        known.add(surface);
      } else if (closesColumn(t, k, e)) {
        columnLines.merge(surface, 1, Integer::sum);
      }
      k = e - 1;
    }
    columnLines.forEach((surface, lines) -> {
      if (lines >= MIN_COLUMN_LINES) {
        known.add(surface);
      }
    });
    if (known.isEmpty()) {
      return;
    }
    for (int k = 0; k < t.size; k++) {
      int e = initials.unit(t, k);
      if (e < 0) {
        continue;
      }
      if (!anyUsed(used, k, e) && standsAlone(t, k, e) && known.contains(surface(t, k, e))) {
        NameTokens.emit(t, k, e - 1, "NOM", out, used);
      }
      k = e - 1;
    }
  }

  /**
   * "Rose Dorival", "Marie Le Gac": the given name first, the family name after, up to a bracket,
   * slash or comma.
   *
   * @return true if a name follows the "=" ("PSA = 7,8" has none), found here or by another rule
   */
  private boolean legendName(PhiTokens t, int j, List<PhiSpan> out, boolean[] used) {
    int e = j;
    while (e < t.size && e < j + MAX_LEGEND_WORDS && (e == j || !t.lineBefore[e])
        && (t.shape[e] == Shape.TITLE || t.shape[e] == Shape.UPPER || e > j && PARTICLES.contains(t.fold[e])
            || e > j && t.is(e, "-") && t.glued(e) || e > j && t.glued(e) && t.is(e - 1, "-"))) {
      e++;
    }
    while (e > j && (PARTICLES.contains(t.fold[e - 1]) || t.is(e - 1, "-"))) {
      e--;
    }
    if (e == j || lex.isCommonWordOrPlural(t.fold[j]) && !lex.isGivenName(t.fold[j])) {
      return false;
    }
    if (anyUsed(used, j, e)) {
      return true;
    }
    if (e == j + 1) {
      NameTokens.emit(t, j, j, "NOM", out, used);
      return true;
    }
    int given = j;
    while (given + 2 < e && t.is(given + 1, "-") && t.glued(given + 1) && t.glued(given + 2)) {
      given += 2;
    }
    NameTokens.emit(t, j, given, "PRENOM", out, used);
    if (given + 1 < e) {
      NameTokens.emit(t, given + 1, e - 1, "NOM", out, used);
    }
    return true;
  }

  /** The unit closes its line after a column gap or a cell bar, alone or joined by a slash ("MLB/JK"). */
  private static boolean closesColumn(PhiTokens t, int k, int e) {
    boolean lineEnd = e >= t.size || t.lineBefore[e] || t.is(e, "|") || t.is(e, "/") && e + 1 < t.size && !t.lineBefore[e + 1];
    if (!lineEnd || k == 0 || t.lineBefore[k]) {
      return false;
    }
    // "562 EUR", "31   UI", "PD-L1 :   TPS": a unit of measure or a label's value, no visa.
    if (t.shape[k - 1] == Shape.NUMBER || t.is(k - 1, ":")) {
      return false;
    }
    return t.is(k - 1, "|") || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP || t.is(k - 1, "/") && t.glued(k);
  }

  /** True if a name span of {@code out} covers exactly the unit: initials read alone, not a name's particle. */
  private static boolean isSpan(PhiTokens t, int k, int e, List<PhiSpan> out) {
    for (PhiSpan s : out) {
      if (s.begin() == t.begin[k] && s.end() == t.end[e - 1] && "NOM".equals(s.category())) {
        return true;
      }
    }
    return false;
  }

  /** No letter or digit glued on either side ("R.D.", not "3R.D" nor "RD2"). */
  private static boolean standsAlone(PhiTokens t, int k, int e) {
    boolean before = k > 0 && t.glued(k) && !t.is(k - 1, "/") && !t.is(k - 1, "(") && !t.is(k - 1, "[");
    boolean after = e < t.size && t.glued(e) && (t.shape[e] == Shape.NUMBER || t.capitalised(e) || t.shape[e] == Shape.LOWER);
    return !before && !after;
  }

  /** Dotted units need no further check; a group needs two capitals ("MLB", "JMo", "P-YL"): no lower-case group. */
  private static boolean hasCapitals(PhiTokens t, int k, int e) {
    return e > k + 1 || t.shape[k] != Shape.LOWER;
  }

  private static String surface(PhiTokens t, int k, int e) {
    return t.text.substring(t.begin[k], t.end[e - 1]);
  }

  private static boolean allUsed(boolean[] used, int k, int e) {
    for (int x = k; x < e; x++) {
      if (!used[x]) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyUsed(boolean[] used, int k, int e) {
    for (int x = k; x < e; x++) {
      if (used[x]) {
        return true;
      }
    }
    return false;
  }
}

package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * Relatives listed by their place in a family tree, as genetic counselling letters and pedigree
 * summaries write them: a line opening with a generation in Roman numerals and a rank ("I-1",
 * "II.3", "III-2") followed by the relative's name ("  II-3 Vuillemin Brigitte (tante)", "I-1
 * Moreau Gilbert, décédé"). The name is read as after a label; a row whose first word is a
 * common word or a stop word ("III-1 cas index") names nobody. The word several rows share is
 * the family name.
 */
final class PedigreeRows {
  /** Longest generation in Roman numerals ("VIII"). */
  private static final int MAX_GENERATION = 4;

  private final PhiLexicons lex;
  private final NameGroups groups;

  PedigreeRows(PhiLexicons lex, NameGroups groups) {
    this.lex = lex;
    this.groups = groups;
  }

  /**
   * Reads the name after every pedigree code that opens a line, unless another rule read it.
   *
   * @return true if a name was added
   */
  boolean complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int found = out.size();
    List<Integer> rowStarts = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      if (!t.lineBefore[k] || "IVX".indexOf(t.text.charAt(t.begin[k])) < 0) {
        continue;
      }
      int codeEnd = codeEnd(t.text, t.begin[k]);
      if (codeEnd < 0) {
        continue;
      }
      int n = k;
      while (n < t.size && t.begin[n] < codeEnd) {
        n++;
      }
      if (n + 1 < t.size && used[n] && !used[n + 1] && !t.lineBefore[n + 1] && t.capitalised(n + 1)
          && lex.isGivenName(t.fold[n + 1]) && !lex.isCommonWordOrPlural(t.fold[n + 1])) {
        // "II-2 Moreau Pascal" once "Moreau" recurred: the given name after it.
        NameTokens.emit(t, n + 1, n + 1, "PRENOM", out, used);
        continue;
      }
      if (n >= t.size || t.lineBefore[n] || used[n] || t.begin[n] == codeEnd || !t.capitalised(n)
          || lex.isStopWord(t.fold[n]) || lex.isCommonWordOrPlural(t.fold[n]) || TitledNames.isTitle(t, n)) {
        continue;
      }
      rowStarts.add(out.size());
      groups.group(t, n, out, used, false, false);
    }
    if (rowStarts.size() > 1) {
      sharedFamilyName(t, out, rowStarts);
    }
    return out.size() > found;
  }

  /**
   * "II-2 Moreau Pascal", "III-2 Moreau Julien", "I-2 Germaine Marin": a word that names
   * several rows of the tree is the family name they share, the other word of its row the given
   * name, whatever order the lexicons guessed.
   */
  private void sharedFamilyName(PhiTokens t, List<PhiSpan> out, List<Integer> rowStarts) {
    Map<String, Integer> rows = new HashMap<>();
    for (int s = rowStarts.get(0); s < out.size(); s++) {
      rows.merge(fold(t, out.get(s)), 1, Integer::sum);
    }
    for (int r = 0; r < rowStarts.size(); r++) {
      int from = rowStarts.get(r);
      int to = r + 1 < rowStarts.size() ? rowStarts.get(r + 1) : out.size();
      if (to - from != 2) {
        continue;
      }
      boolean firstShared = rows.get(fold(t, out.get(from))) > 1;
      boolean secondShared = rows.get(fold(t, out.get(from + 1))) > 1;
      if (firstShared != secondShared) {
        relabel(out, firstShared ? from : from + 1, "NOM");
        relabel(out, firstShared ? from + 1 : from, "PRENOM");
      }
    }
  }

  private String fold(PhiTokens t, PhiSpan span) {
    return lex.fold(t.text.substring(span.begin(), span.end()));
  }

  private static void relabel(List<PhiSpan> out, int s, String category) {
    PhiSpan span = out.get(s);
    out.set(s, new PhiSpan(span.begin(), span.end(), category));
  }

  /**
   * The end of a pedigree code at {@code from} ("II-3", "III.12"), followed by a space, or -1.
   */
  static int codeEnd(String text, int from) {
    int c = from;
    while (c < text.length() && c - from < MAX_GENERATION && "IVX".indexOf(text.charAt(c)) >= 0) {
      c++;
    }
    if (c == from || c >= text.length() || (text.charAt(c) != '-' && text.charAt(c) != '.')) {
      return -1;
    }
    int digits = ++c;
    while (c < text.length() && c - digits < 3 && Character.isDigit(text.charAt(c))) {
      c++;
    }
    return c > digits && c < text.length() && text.charAt(c) == ' ' ? c : -1;
  }
}

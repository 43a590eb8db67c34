package org.onconlp.deid.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Full names in lists, without title or label:
 *
 * <ul>
 *   <li>attendance and signature rows in capitals: a line opening with a family name (particles
 *       included) and a known given name, then a column gap or the line end ("DE LA VILLARDIÈRE
 *       SOLÈNE      radiothérapie     présente"), under a header naming the list ("Présents",
 *       "Liste d'émargement", "Participants") or next to another such row;
 *   <li>lower-case given names listed after a colon or beside a name another rule found
 *       ("Inscrits : tom, léna, rayan", "noah et maëlys D."): every item a known given name
 *       that is no common word.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class ListedNames {
  /** Words of a list header ("Présents", "Liste d'émargement"), folded without accents. */
  private static final List<String> HEADER_CUES = List.of(
      "emargement", "presents", "presentes", "presence", "participants", "participantes", "signatures",
      "convoques", "invites", "excuses", "membres", "liste des");
  /** Words that make the next one a noun ("son mari", "la rose"), not a given name. */
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "son", "sa", "ses",
      "mon", "ma", "mes", "ton", "ta", "notre", "votre", "leur", "du", "des", "au", "aux", "ce", "cette");
  /** Lines above a row in which its header may stand. */
  private static final int HEADER_LINES = 3;
  /** Most words of a row's name. */
  private static final int MAX_WORDS = 5;
  /** Particles of a family name written in capitals. */
  private static final Set<String> PARTICLES = Set.of("de", "du", "des", "le", "la", "van", "von", "del", "di", "da",
      "ben", "el", "d", "l", "mac", "ter", "ten");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameListSiblings words;

  ListedNames(PhiLexicons lex, NameTokens names, NameListSiblings words) {
    this.lex = lex;
    this.names = names;
    this.words = words;
  }

  /** Adds the names of the attendance rows and of the lower-case given-name lists. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    rows(t, out, used);
    lowerCaseLists(t, out, used);
    for (int k = 0; k + 1 < t.size; k++) {
      if ((k == 0 || t.lineBefore[k]) && t.shape[k] == Shape.TITLE && t.shape[k + 1] == Shape.TITLE) {
        aloneOnItsLine(t, k, out, used);
      }
    }
  }

  /**
   * "Vasseur Ginette⏎", "Lemoine Bertrand  (née …)": a line that holds only a capitalised family name
   * and a given name that is no common word nor a rarer family name, before the line end, a column gap or a bracket.
   */
  private void aloneOnItsLine(PhiTokens t, int k, List<PhiSpan> out, boolean[] used) {
    int g = k + 1;
    int after = k + 2;
    String given = t.fold[g];
    boolean closed = after >= t.size || t.lineBefore[after] || gap(t, g) && (t.is(after, "(") || t.lineBefore[after]
        || after + 1 >= t.size) || t.is(after, "(");
    if (used[k] || used[g] || t.lineBefore[g] || t.begin[g] - t.end[k] != 1 || !closed || given.length() < 3
        || !names.isGiven(t, g) || !givenAfterFamily(t, k, given)
        || lex.isCommonWordOrPlural(given) || lex.isStopWord(given)
        || names.isGiven(t, k) || !familyWord(t, k) || lex.isCommonWordOrPlural(t.fold[k])) {
      return;
    }
    NameTokens.emit(t, k, k, "NOM", out, used);
    NameTokens.emit(t, g, g, "PRENOM", out, used);
  }

  private void rows(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    List<int[]> rows = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      if ((k == 0 || t.lineBefore[k]) && t.shape[k] == Shape.UPPER) {
        int last = rowName(t, k);
        if (last > k) {
          rows.add(new int[] {k, last});
        }
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      int[] row = rows.get(r);
      boolean neighbour = r > 0 && adjacentLines(t, rows.get(r - 1)[0], row[0])
          || r + 1 < rows.size() && adjacentLines(t, row[0], rows.get(r + 1)[0]);
      if ((neighbour || headerAbove(t, row[0])) && replaceable(t, row[0], row[1], out)) {
        int begin = t.begin[row[0]];
        int end = t.end[row[1]];
        out.removeIf(span -> span.begin() >= begin && span.end() <= end);
        NameTokens.emit(t, row[0], row[1] - 1, "NOM", out, used);
        NameTokens.emit(t, row[1], row[1], "PRENOM", out, used);
      }
    }
  }

  /**
   * The given name's token of a row opening at {@code k} ("LE PAPE GUILLAUME   chirurgie"), or -1:
   * words in capitals one space apart, the last a known given name, the others family-name words,
   * ending at a column gap (two spaces, a tab) or the line end.
   */
  private int rowName(PhiTokens t, int k) {
    int j = k;
    while (j + 1 < t.size && !t.lineBefore[j + 1] && j - k + 1 < MAX_WORDS && t.shape[j + 1] == Shape.UPPER
        && t.begin[j + 1] - t.end[j] == 1 && t.text.charAt(t.end[j]) == ' ') {
      j++;
    }
    boolean closed = j + 1 >= t.size || t.lineBefore[j + 1] || gap(t, j);
    if (j == k || !closed) {
      return -1;
    }
    String given = t.fold[j];
    if (given.length() < 3 || !names.isGiven(t, j) || lex.isStopWord(given) || NameTokens.isMonth(given)) {
      return -1;
    }
    boolean family = false;
    for (int m = k; m < j; m++) {
      String f = t.fold[m];
      if (PARTICLES.contains(f)) {
        continue;
      }
      if (!familyWord(t, m)) {
        return -1;
      }
      family = true;
    }
    return family && (!lex.isCommonWordOrPlural(given) || familyKnown(t, k, j)) ? j : -1;
  }

  /**
   * True when no span found so far crosses the row's edges: the spans inside it ("PLESSIS ANTOINE"
   * without its particle) give way to the row's reading.
   */
  private static boolean replaceable(PhiTokens t, int first, int last, List<PhiSpan> out) {
    int begin = t.begin[first];
    int end = t.end[last];
    for (PhiSpan span : out) {
      boolean inside = span.begin() >= begin && span.end() <= end;
      if (!inside && span.begin() < end && span.end() > begin) {
        return false;
      }
    }
    return true;
  }

  /** "Soulier Danielle": a given name that is frequent, no family name, or after a family name that is no given name. */
  private boolean givenAfterFamily(PhiTokens t, int k, String given) {
    return lex.isFrequentGivenName(given) || !names.isFamily(given) || names.isFamily(t.fold[k]);
  }

  /** A family-name word: a known family name, or a word that may be a name ("AVRIL" as a surname). */
  private boolean familyWord(PhiTokens t, int m) {
    String f = t.fold[m];
    if (lex.isDrugName(f) || lex.isDepartment(f) || lex.isStopWord(f) || f.length() < 2) {
      return false;
    }
    return names.isFamily(f) || words.plausibleWord(t, m);
  }

  private boolean familyKnown(PhiTokens t, int k, int j) {
    for (int m = k; m < j; m++) {
      if (names.isFamily(t.fold[m])) {
        return true;
      }
    }
    return false;
  }

  /** True when two spaces or a tab follow token {@code j}. */
  private static boolean gap(PhiTokens t, int j) {
    int e = t.end[j];
    return e + 1 < t.text.length() && (t.text.charAt(e) == '\t' || t.text.charAt(e) == ' ' && t.text.charAt(e + 1) == ' ');
  }

  /** True when the lines of tokens {@code a} and {@code b} are consecutive (blank lines aside). */
  private static boolean adjacentLines(PhiTokens t, int a, int b) {
    int breaks = 0;
    for (int k = a + 1; k <= b; k++) {
      breaks += t.lineBefore[k] ? 1 : 0;
    }
    return breaks == 1;
  }

  /** True when one of the {@value #HEADER_LINES} lines above token {@code k} names a list of persons. */
  private static boolean headerAbove(PhiTokens t, int k) {
    int end = t.begin[k];
    int start = end;
    for (int lines = 0; lines <= HEADER_LINES && start > 0; ) {
      start--;
      if (t.text.charAt(start) == '\n') {
        lines++;
      }
    }
    String above = Normalizer.normalize(t.text.substring(start, end), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String cue : HEADER_CUES) {
      if (above.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "lou, enzo, yasmine", "matteo et inès D.": runs of lower-case items one word long, separated by
   * commas or "et" on one line; all are given names when every free item is a known given name
   * that is no common word and the run follows a colon or holds a name found already.
   */
  private void lowerCaseLists(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int k = 0;
    while (k < t.size) {
      if (!listItem(t, k, used)) {
        k++;
        continue;
      }
      List<Integer> items = new ArrayList<>();
      items.add(k);
      int j = k;
      while (j + 2 < t.size && !t.lineBefore[j + 1] && !t.lineBefore[j + 2]
          && (t.is(j + 1, ",") || t.is(j + 1, "et")) && listItem(t, j + 2, used)) {
        j += 2;
        items.add(j);
      }
      boolean named = false;
      int free = 0;
      for (int item : items) {
        named |= used[item];
        free += used[item] ? 0 : 1;
      }
      boolean afterColon = k > 0 && t.is(k - 1, ":") && !t.lineBefore[k];
      if (items.size() >= 2 && free >= 1 && (named || afterColon || items.size() >= 3)) {
        for (int item : items) {
          if (!used[item]) {
            NameTokens.emit(t, item, item, "PRENOM", out, used);
          }
        }
      }
      k = j + 1;
    }
  }

  /** A list item: a name found already, or a lower-case known given name of three letters or more and no word. */
  private boolean listItem(PhiTokens t, int k, boolean[] used) {
    if (k > 0 && !t.lineBefore[k] && DETERMINERS.contains(t.fold[k - 1])) {
      return false;
    }
    if (used[k]) {
      return t.shape[k] == Shape.LOWER;
    }
    String f = t.fold[k];
    return t.shape[k] == Shape.LOWER && f.length() >= 3 && names.isGiven(t, k) && !lex.isCommonWordOrPlural(f)
        && !lex.isStopWord(f) && !NameTokens.isMonth(f) && !lex.isDrugName(f);
  }
}

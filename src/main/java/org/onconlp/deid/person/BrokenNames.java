package org.onconlp.deid.person;

import java.util.Arrays;
import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names broken by the layout after another rule found their first part: a word cut by a hyphen at
 * a line end ("Dr L. Ha-⏎mann", "Dr Agnès Hu-⏎ber-Stoll", "Dr Fran-⏎çoise LAGUERRE"), a compound
 * name cut at its own hyphen ("DUPONT Jean-⏎Claude", "Dr Anne MOREL-⏎   DUVAL") and a given
 * name letter-spaced by OCR ("M. BOCAGE Ed dy") and an upper-case family name broken by stray
 * spaces ("NOM : SCHWAR Z", "MU L LERT").
 */
final class BrokenNames {
  /** Longest fragment of a letter-spaced name ("Ed", "dy"). */
  private static final int MAX_FRAGMENT = 4;

  private final PhiLexicons lex;

  BrokenNames(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * Completes every name span of {@code out} found so far: the rest of a word cut at a line end
   * (a given name when the joined word is one, else the span's category) and an upper-case family
   * name after it on the new line; a letter-spaced given name after a family name.
   */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int found = out.size();
    for (int s = 0; s < found; s++) {
      PhiSpan span = out.get(s);
      int last = tokenEndingAt(t, span.end());
      if (last < 0) {
        continue;
      }
      if (!cutAtLineEnd(t, s, last, out, used) && !trailingDash(t, last, out, used)
          && !spacedFamilyName(t, s, last, out, used) && !familyOnNextLine(t, s, last, out, used)) {
        letterSpaced(t, s, last, out, used);
      }
    }
  }

  private boolean cutAtLineEnd(PhiTokens t, int s, int last, List<PhiSpan> out, boolean[] used) {
    PhiSpan span = out.get(s);
    int dash = last + 1;
    int rest = last + 2;
    if (rest >= t.size || !t.is(dash, "-") || !t.glued(dash) || !t.lineBefore[rest] || t.lineBefore[dash]
        || used[rest] || !restOfName(t, rest, span) || !isWord(t, rest)) {
      return false;
    }
    String joined = t.fold[last] + t.fold[rest];
    int dashInRest = joined.indexOf('-');
    String head = dashInRest < 0 ? joined : joined.substring(0, dashInRest);
    String category = lex.isGivenName(head) || "PRENOM".equals(span.category()) && compoundGivenName(t, last, rest)
        ? "PRENOM" : span.category();
    if (!category.equals(span.category()) && span.begin() == t.begin[last]) {
      out.set(s, new PhiSpan(span.begin(), span.end(), category));
    }
    NameTokens.emit(t, rest, rest, category, out, used);
    int next = rest + 1;
    if (next < t.size && !t.lineBefore[next] && !used[next] && t.shape[next] == Shape.UPPER
        && t.end[next] - t.begin[next] >= 3 && !lex.isStopWord(t.fold[next]) && !lex.isCommonWordOrPlural(t.fold[next])) {
      NameTokens.emit(t, next, next, "NOM", out, used);
    }
    return true;
  }

  /**
   * "ARNAUD-⏎VIDAL", "MARCHAL-⏎   DUVAL": a family name in capitals whose token keeps the hyphen
   * that ends its line; the word in capitals opening the next line is the rest of the name.
   */
  private boolean trailingDash(PhiTokens t, int last, List<PhiSpan> out, boolean[] used) {
    int rest = last + 1;
    if (rest >= t.size || used[rest] || !t.lineBefore[rest] || t.shape[last] != Shape.UPPER
        || t.text.charAt(t.end[last] - 1) != '-' || t.shape[rest] != Shape.UPPER || t.end[rest] - t.begin[rest] < 2
        || !isWord(t, rest) || lex.isStopWord(t.fold[rest])) {
      return false;
    }
    NameTokens.emit(t, rest, rest, "NOM", out, used);
    return true;
  }

  /**
   * "M. Abdelkader BEN⏎YOUSSEF", "María Begoña GARCÍA⏎BARRENETXEA", "Mme Josiane⏎Brochard née
   * Robin": a name that ends its line after a given name (or a title) goes on with the family
   * name opening the next line, when that word stands alone on its line or before a comma, a
   * bracket or a birth-name cue, is no common word, stop word or label, and has the case of the
   * name before it (capitals after capitals; capitalised after a title and a given name).
   */
  private boolean familyOnNextLine(PhiTokens t, int s, int last, List<PhiSpan> out, boolean[] used) {
    int rest = last + 1;
    if (rest >= t.size || used[rest] || !t.lineBefore[rest] || last == 0 || t.lineBefore[last]
        || (!used[last - 1] && !TitledNames.isTitle(t, last - 1))
        || lex.communes().longestMatch(t.fold, rest, t.size) > 0 && !lex.isFamilyName(t.fold[rest])
        || t.end[rest] - t.begin[rest] < 3 || !isWord(t, rest) || lex.isStopWord(t.fold[rest])
        || lex.isCommonWordOrPlural(t.fold[rest]) || NameTokens.isMonth(t.fold[rest]) || lex.isCountry(t.fold[rest])) {
      return false;
    }
    PhiSpan span = out.get(s);
    boolean upper = "NOM".equals(span.category()) && used[last - 1] && t.shape[last] == Shape.UPPER
        && t.shape[rest] == Shape.UPPER;
    boolean titled = "PRENOM".equals(span.category()) && t.shape[last] == Shape.TITLE && t.shape[rest] == Shape.TITLE
        && TitledNames.isTitle(t, last - 1) && !lex.isGivenName(t.fold[rest]);
    if (!upper && !titled) {
      return false;
    }
    int n = rest + 1;
    boolean closed = n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, "(")
        || NameWords.BIRTH_NAME.contains(t.fold[n]) && !t.is(n + 1, ":");
    if (!closed) {
      return false;
    }
    NameTokens.emit(t, rest, rest, "NOM", out, used);
    return true;
  }

  /**
   * "BOCAGE Ed dy": two short fragments, capitalised then lower case, spelling a known given name,
   * after a family name or as the end of a span another rule read ("BOCAGE" then "Ed"); an
   * upper-case family name read as a given name before the fragments becomes the family name.
   */
  private void letterSpaced(PhiTokens t, int s, int last, List<PhiSpan> out, boolean[] used) {
    PhiSpan span = out.get(s);
    boolean fragmentSpan = span.begin() == t.begin[last] && t.shape[last] == Shape.TITLE;
    int a = fragmentSpan ? last : last + 1;
    int b = a + 1;
    if ((!fragmentSpan && !"NOM".equals(span.category())) || b >= t.size || (used[a] && !fragmentSpan) || used[b]
        || t.lineBefore[a] || t.lineBefore[b]
        || t.shape[a] != Shape.TITLE || t.shape[b] != Shape.LOWER || t.begin[b] - t.end[a] != 1
        || t.end[a] - t.begin[a] > MAX_FRAGMENT || t.end[b] - t.begin[b] > MAX_FRAGMENT || !isWord(t, a)
        || !isWord(t, b)) {
      return;
    }
    String joined = t.fold[a] + t.fold[b];
    if (lex.isGivenName(joined) && !lex.isCommonWordOrPlural(joined) && !lex.isCommonWordOrPlural(t.fold[b])
        && !lex.isStopWord(t.fold[b])) {
      if (fragmentSpan) {
        out.set(s, new PhiSpan(t.begin[a], t.end[b], "PRENOM"));
        used[b] = true;
        familyBefore(t, a, out);
      } else {
        NameTokens.emit(t, a, b, "PRENOM", out, used);
      }
    }
  }

  /**
   * "SCHWAR Z", "MU L LERT": upper-case fragments of three letters at most, one space apart, after
   * an upper-case family name, one of them a single letter, ending the line or a column (two
   * spaces, a bar): the stray spaces of a scan, not a given name's initial ("DUPONT J.").
   */
  private static boolean spacedFamilyName(PhiTokens t, int s, int last, List<PhiSpan> out, boolean[] used) {
    PhiSpan span = out.get(s);
    if (!"NOM".equals(span.category()) || t.shape[last] != Shape.UPPER) {
      return false;
    }
    int k = last + 1;
    boolean single = false;
    while (k < t.size && !t.lineBefore[k] && !used[k] && t.begin[k] - t.end[k - 1] == 1
        && t.text.charAt(t.end[k - 1]) == ' ' && t.end[k] - t.begin[k] <= 3 && isUpperWord(t, k)) {
      single |= t.end[k] - t.begin[k] == 1;
      k++;
    }
    int end = k - 1;
    if (end == last || !single) {
      return false;
    }
    boolean closed = k >= t.size || t.lineBefore[k] || t.begin[k] - t.end[end] >= 2 || t.is(k, "|");
    if (!closed) {
      return false;
    }
    out.set(s, new PhiSpan(span.begin(), t.end[end], "NOM"));
    for (int j = last + 1; j <= end; j++) {
      used[j] = true;
    }
    return true;
  }

  private static boolean isUpperWord(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isUpperCase(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** An upper-case word right before token {@code a} read as a given name is the family name. */
  private static void familyBefore(PhiTokens t, int a, List<PhiSpan> out) {
    int f = a - 1;
    if (f < 0 || t.shape[f] != Shape.UPPER) {
      return;
    }
    for (int s = 0; s < out.size(); s++) {
      PhiSpan span = out.get(s);
      if (span.begin() == t.begin[f] && span.end() == t.end[f] && "PRENOM".equals(span.category())) {
        out.set(s, new PhiSpan(span.begin(), span.end(), "NOM"));
      }
    }
  }

  /** Letters, with inner hyphens ("ber-Stoll"). */
  /**
   * The part after the cut: lower case ("Ha-⏎mann"), or capitalised when it continues a family
   * name ("Bonnaud-⏎Ribière") and is no common word.
   */
  private boolean restOfName(PhiTokens t, int rest, PhiSpan span) {
    int last = rest - 2;
    return t.shape[rest] == Shape.LOWER
        || t.shape[rest] == Shape.TITLE && "NOM".equals(span.category()) && !lex.isCommonWordOrPlural(t.fold[rest])
            && !lex.isStopWord(t.fold[rest])
        || t.shape[rest] == Shape.TITLE && "PRENOM".equals(span.category()) && compoundGivenName(t, last, rest)
        || t.shape[rest] == Shape.UPPER && t.shape[last] == Shape.UPPER && t.end[rest] - t.begin[rest] >= 2
            && !lex.isStopWord(t.fold[rest]);
  }

  /** "Jean-⏎Claude", "Marie-⏎Hélène": both halves given names, the whole one compound given name. */
  private boolean compoundGivenName(PhiTokens t, int last, int rest) {
    return t.shape[last] == Shape.TITLE && lex.isGivenName(t.fold[last]) && lex.isGivenName(t.fold[rest])
        && !lex.isStopWord(t.fold[rest]);
  }

  private static boolean isWord(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      char ch = t.text.charAt(c);
      if (!Character.isLetter(ch) && ch != '-') {
        return false;
      }
    }
    return true;
  }

  /** The token ending exactly at {@code offset}, or -1. */
  private static int tokenEndingAt(PhiTokens t, int offset) {
    int k = Arrays.binarySearch(t.end, 0, t.size, offset);
    return k >= 0 ? k : -1;
  }
}

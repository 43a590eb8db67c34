package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Token tests shared by the name finders behind {@link PersonNameFinder}: known given and family
 * names (also joined by a hyphen), months, dashes, blank lines, notes typed in lower case, and
 * the recording of a name's span.
 */
final class NameTokens {
  private final PhiLexicons lex;
  /** Regions and provinces ("Alsace", "Armor"), from regions.txt. */
  private final Set<String> regions = Set.copyOf(ResourceLines.load("/org/onconlp/deid/regions.txt"));

  NameTokens(PhiLexicons lex) {
    this.lex = lex;
  }

  /** A given name of the lexicon at token {@code k}, or two joined by a hyphen (Jean-Pierre). */
  boolean isGiven(PhiTokens t, int k) {
    String f = t.fold[k];
    if (lex.isGivenName(f)) {
      return true;
    }
    int dash = f.indexOf('-');
    return dash > 0 && lex.isGivenName(f.substring(0, dash)) && lex.isGivenName(f.substring(dash + 1));
  }

  /** A family name of the lexicon, or two joined by a hyphen (MARTIN-LEROY). */
  boolean isFamily(String folded) {
    if (lex.isFamilyName(folded)) {
      return true;
    }
    int dash = folded.indexOf('-');
    return dash > 0 && lex.isFamilyName(folded.substring(0, dash)) && lex.isFamilyName(folded.substring(dash + 1));
  }

  /** True for a folded word of three letters or more that is no common word, stop word or month. */
  boolean isLowerName(String folded) {
    return folded.length() >= 3 && !lex.isCommonWordOrPlural(folded) && !lex.isStopWord(folded) && !isMonth(folded);
  }

  /**
   * "Paris", "Alsace": a commune or a region that is only a rare given name is read as the place, so that "Paris Is"
   * (a polyp classification) is no person; "Nancy", a frequent given name, stays a name.
   */
  boolean isPlaceMoreThanName(String folded) {
    return !lex.isFrequentGivenName(folded)
        && (regions.contains(folded) || lex.communes().longestMatch(new String[] {folded}, 0, 1) > 0);
  }

  /** True for a folded month name. */
  static boolean isMonth(String folded) {
    return NameWords.FOLDED_MONTHS.contains(folded);
  }

  /** True if token {@code k} is a dash made of "-", "–" or "—" characters. */
  static boolean isDash(PhiTokens t, int k) {
    return isMadeOf(t, k, "-–—");
  }

  /** True if token {@code k} is punctuation made only of the given characters. */
  static boolean isMadeOf(PhiTokens t, int k, String chars) {
    if (t.shape[k] != Shape.OTHER) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (chars.indexOf(t.text.charAt(c)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** True if an empty line separates token {@code k} from the one before. */
  static boolean blankLineBefore(PhiTokens t, int k) {
    int breaks = 0;
    for (int c = t.end[k - 1]; c < t.begin[k]; c++) {
      breaks += t.text.charAt(c) == '\n' ? 1 : 0;
    }
    return breaks > 1;
  }

  /** "IgA", "McKinley": an upper-case letter inside a word that is not after a hyphen. */
  static boolean hasInnerCapital(PhiTokens t, int k) {
    for (int c = t.begin[k] + 1; c < t.end[k]; c++) {
      if (Character.isUpperCase(t.text.charAt(c)) && t.text.charAt(c - 1) != '-') {
        return true;
      }
    }
    return false;
  }

  /** True if the first word of the line of token {@code i} starts with a lower-case letter (a hurried note). */
  static boolean lowerCaseLine(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k]) {
      k--;
    }
    while (k < i && (t.shape[k] == Shape.OTHER || t.shape[k] == Shape.NUMBER)) {
      k++;
    }
    return t.shape[k] == Shape.LOWER;
  }

  /** Records tokens {@code first} to {@code last} as one name span; later rules skip used tokens. */
  static void emit(PhiTokens t, int first, int last, String category, List<PhiSpan> out, boolean[] used) {
    out.add(new PhiSpan(t.begin[first], t.end[last], category));
    for (int k = first; k <= last; k++) {
      used[k] = true;
    }
  }
}

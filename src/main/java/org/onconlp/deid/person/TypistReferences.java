package org.onconlp.deid.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The reference that closes a French letter: the writer's initials, a slash (or a hyphen) and
 * the typist's initials in lower case, "(NL/ah)", "[GR/mr]", "N/Réf. : C.D./sb", "(P.-Y. M. /
 * sl)", "A. V. / c. b.", "Dr Lacaze/cf", "Dr Morgane Kerjean / MK-jl". The writer's part is a
 * group of capitals, dotted initials or a name another rule found; the typist's part is two or
 * three lower-case letters or dotted lower-case initials. The reference must open its line, a
 * bracket, a label's value or a column, and close its line, a bracket or a column, so that
 * "UI/ml", "TEP/TDM" or "mg/kg" in a sentence stay clinical.
 */
final class TypistReferences {
  /** Units written like a typist's initials after a slash ("UI/ml", "MBq/kg"). */
  private static final Set<String> UNITS =
      Set.of("ml", "dl", "kg", "mg", "mn", "min", "cm", "mm", "gr", "sem", "an", "ans", "mol", "ui", "sa", "jr", "hr");
  /** "MK-jl": the writer's capitals and the typist's lower-case letters in one hyphenated token. */
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{Lu}{2,3})-(\\p{Ll}{2,3})");
  /** "tl-sm": two typists' lower-case initials in one hyphenated token after the slash. */
  private static final Pattern TWO_TYPISTS = Pattern.compile("(\\p{Ll}{2,3})-(\\p{Ll}{2,3})");

  private final PhiLexicons lex;
  private final NameInitials initials;

  TypistReferences(PhiLexicons lex, NameInitials initials) {
    this.lex = lex;
    this.initials = initials;
  }

  /** Reads every typist's reference of the document; a cheap character check skips most tokens. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    for (int k = 1; k < t.size; k++) {
      if (k + 1 < t.size && t.is(k, "/")) {
        k = Math.max(k, slash(t, k, out, used));
      } else if (hyphenCandidate(t, k)) {
        hyphenated(t, k, out, used);
      }
    }
  }

  /** "INITIALS/typist" around the slash at token {@code s}; returns the last token read. */
  private int slash(PhiTokens t, int s, List<PhiSpan> out, boolean[] used) {
    boolean spaced = t.begin[s] - t.end[s - 1] == 1 && t.begin[s + 1] - t.end[s] == 1;
    if (!spaced && (t.glued(s) != t.glued(s + 1) || !t.glued(s)) || t.lineBefore[s] || t.lineBefore[s + 1]) {
      return s;
    }
    int typistEnd = typist(t, s + 1);
    if (typistEnd < 0 || !closes(t, typistEnd)) {
      return s;
    }
    int writer = writer(t, s - 1, used);
    if (writer < 0 || !opens(t, writer, used)) {
      return s;
    }
    if (!anyUsed(used, writer, s)) {
      if (s - 1 == writer) {
        NameTokens.emit(t, writer, writer, "NOM", out, used);
      } else {
        letters(t, writer, s, out, used);
      }
    }
    Matcher two = TWO_TYPISTS.matcher(t.text).region(t.begin[s + 1], t.end[s + 1]);
    if (typistEnd == s + 2 && two.matches()) {
      out.add(new PhiSpan(two.start(1), two.end(1), "NOM"));
      out.add(new PhiSpan(two.start(2), two.end(2), "NOM"));
      used[s + 1] = true;
    } else if (typistEnd == s + 2) {
      NameTokens.emit(t, s + 1, s + 1, "NOM", out, used);
    } else {
      letters(t, s + 1, typistEnd, out, used);
    }
    return typistEnd - 1;
  }

  /** "MK-jl" opening a bracket, a line or the value after a spaced slash, and closing its line. */
  private void hyphenated(PhiTokens t, int k, List<PhiSpan> out, boolean[] used) {
    Matcher m = HYPHENATED.matcher(t.text).region(t.begin[k], t.end[k]);
    if (used[k] || !m.matches() || !opens(t, k, used) || !closes(t, k + 1) || !plausibleWriter(m.group(1))
        || !plausibleTypist(m.group(2))) {
      return;
    }
    out.add(new PhiSpan(m.start(1), m.end(1), "NOM"));
    out.add(new PhiSpan(m.start(2), m.end(2), "NOM"));
    used[k] = true;
  }

  /**
   * The typist's part from token {@code r}: a lower-case group ("ah"), two joined by a hyphen
   * ("tl-sm") or dotted lower-case letters ("c. b.").
   *
   * @return the token after it, or -1
   */
  private int typist(PhiTokens t, int r) {
    Matcher two = TWO_TYPISTS.matcher(t.text).region(t.begin[r], t.end[r]);
    if (two.matches()) {
      return plausibleTypist(two.group(1)) && plausibleTypist(two.group(2)) ? r + 1 : -1;
    }
    if (t.shape[r] != Shape.LOWER) {
      return -1;
    }
    int len = t.end[r] - t.begin[r];
    if (len >= 2 && len <= 3 && NameInitials.isGroup(t, r)) {
      return plausibleTypist(t.fold[r]) ? r + 1 : -1;
    }

    int e = r;
    int letters = 0;
    while (e + 1 < t.size && t.shape[e] == Shape.LOWER && t.end[e] - t.begin[e] == 1 && t.is(e + 1, ".")
        && t.glued(e + 1) && (e == r || t.begin[e] - t.end[e - 1] <= 1 && !t.lineBefore[e])) {
      e += 2;
      letters++;
    }
    return letters >= 2 ? e : -1;
  }

  /**
   * The writer's part ending at token {@code w}: a group of capitals ("NL", "PhV"), dotted
   * initials ("C.D.", "P.-Y. M.") or a name found by another rule ("Lacaze").
   *
   * @return its first token, or -1
   */
  private int writer(PhiTokens t, int w, boolean[] used) {
    if (NameInitials.isGroup(t, w) && t.shape[w] != Shape.LOWER) {
      return plausibleWriter(t.text.substring(t.begin[w], t.end[w])) ? w : -1;
    }
    // "Dr Lacaze/cf", "Dr LACOMBE / tl-sm": a name found by another rule, the slash glued or spaced.
    if (used[w] && (t.shape[w] == Shape.TITLE || t.shape[w] == Shape.UPPER)) {
      return w;
    }
    if (!t.is(w, ".")) {
      return -1;
    }
    for (int b = w - 1; b >= 0 && b >= w - 8 && !t.lineBefore[b + 1]; b--) {
      if (NameInitials.isLetterToken(t, b) && initials.unit(t, b) == w + 1) {
        int earlier = b - 1;
        boolean more = earlier >= 0 && !t.lineBefore[b] && (t.is(earlier, ".") || t.is(earlier, "-"));
        if (!more) {
          return b;
        }
      }
    }
    return -1;
  }

  /** The reference opens its line, a bracket, a label's value, a column, or follows a spaced slash, a title or a name. */
  private static boolean opens(PhiTokens t, int k, boolean[] used) {
    if (k == 0 || t.lineBefore[k] || t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP) {
      return true;
    }
    int p = k - 1;
    boolean spacedMark = !t.glued(k) && (t.is(p, ":") || t.is(p, "/") || NameTokens.isDash(t, p));
    return t.is(p, "(") || t.is(p, "[") || spacedMark || (used[p] || TitledNames.isTitle(t, p)) && !t.glued(k);
  }

  /** The reference closes its line, or a bracket that closes it or a column, or is followed by a dash. */
  private static boolean closes(PhiTokens t, int e) {
    if (e >= t.size || t.lineBefore[e] || t.begin[e] - t.end[e - 1] >= NameWords.COLUMN_GAP) {
      return true;
    }
    if (t.is(e, ")") || t.is(e, "]")) {
      return closes(t, e + 1) || t.is(e + 1, ".") && closes(t, e + 2);
    }
    return NameTokens.isDash(t, e) && !t.glued(e);
  }

  private boolean plausibleWriter(String group) {
    String f = group.toLowerCase(Locale.ROOT);
    // No unit check: units are written in lower case ("GR/mr" is a writer and a typist).
    return !NameInitials.NOT_INITIALS.contains(f) && !lex.isStopWord(f);
  }

  private boolean plausibleTypist(String folded) {
    return !UNITS.contains(folded) && !lex.isStopWord(folded) && !lex.isCommonWordOrPlural(folded);
  }

  /** A token of five to seven characters with a hyphen after its second or third ("MK-jl", "PYG-ab"). */
  private static boolean hyphenCandidate(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    return t.shape[k] == Shape.TITLE && len >= 5 && len <= 7
        && (t.text.charAt(t.begin[k] + 2) == '-' || t.text.charAt(t.begin[k] + 3) == '-');
  }

  /**
   * Dotted letters from {@code k} to {@code e}: words apart ("P.-Y. M.", "c. b."), the last is
   * the family name's initial and those before the given name's; written together ("C.D."), the
   * first letter is the given name's.
   */
  private static void letters(PhiTokens t, int k, int e, List<PhiSpan> out, boolean[] used) {
    int words = 1;
    for (int g = k + 1; g < e; g++) {
      words += t.glued(g) ? 0 : 1;
    }
    int word = 0;
    int start = k;
    for (int g = k; g < e; g++) {
      boolean ends = g + 1 == e || (words > 1 ? !t.glued(g + 1) : t.is(g, ".") && !t.is(g + 1, "-"));
      if (!ends) {
        continue;
      }
      boolean last = words > 1 ? word == words - 1 : start > k;
      if (!anyUsed(used, start, g + 1)) {
        NameTokens.emit(t, start, g, last ? "NOM" : "PRENOM", out, used);
      }
      word++;
      start = g + 1;
    }
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

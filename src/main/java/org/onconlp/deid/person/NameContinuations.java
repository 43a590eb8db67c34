package org.onconlp.deid.person;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names continued past what another rule found, and staff named in brackets after their role:
 *
 * <ul>
 *   <li>the next part after a slash in a name field ("Nom / Prénom : LEBRETON / Odile",
 *       "Contrôle double : Perrin / Vasseur");
 *   <li>a family name opening the next line inside an open bracket ("(Ginette⏎Labat, 06 …)");
 *   <li>a name in brackets after a carer's role ("par l'IDE (C. Morvan)", "avec l'infirmière
 *       (m. kerjean)", "(via lucie)");
 *   <li>a given name signed for someone else ("p.o. lucie");
 *   <li>a business named after its owner, after a legal form and its trade ("SARL Plomberie
 *       Lemercier", "EURL Taxi Vautrin", "SAS Garnaud").
 * </ul>
 *
 * Every word must read as a name (see {@link NameListSiblings#plausibleWord}). Immutable and
 * thread-safe.
 */
final class NameContinuations {
  /** Legal forms of a French business, folded. */
  private static final Set<String> LEGAL_FORMS = Set.of("sarl", "sas", "sasu", "eurl", "sci", "snc", "selarl", "selas");
  /** Tokens before an opening bracket in which the role may stand. */
  private static final int ROLE_WINDOW = 5;

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameListSiblings words;

  NameContinuations(PhiLexicons lex, NameTokens names, NameLabels labels, NameListSiblings words) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.words = words;
  }

  /** Adds the continuations of the name spans of {@code out} and the bracketed staff names. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    int found = out.size();
    for (int s = 0; s < found; s++) {
      int last = Arrays.binarySearch(t.end, 0, t.size, out.get(s).end());
      if (last >= 0) {
        afterSlash(t, last, out, used);
        nextLineInBracket(t, last, out, used);
      }
    }
    for (int k = 0; k + 1 < t.size; k++) {
      if (t.is(k, "(") && !used[k + 1] && k + 2 < t.size) {
        bracketAfterRole(t, k, out, used);
      } else if (t.fold[k].equals("p") && t.is(k + 1, ".") && k + 3 < t.size && t.fold[k + 2].equals("o")
          && t.is(k + 3, ".") && t.glued(k + 1) && t.glued(k + 2) && t.glued(k + 3)) {
        givenAt(t, k + 4, out, used);
      } else if (legalForm(t, k)) {
        owner(t, k, out, used);
      }
    }
  }

  /** "SCHMITT / Bernadette": a capitalised word after a slash, on the name's line. */
  private void afterSlash(PhiTokens t, int last, List<PhiSpan> out, boolean[] used) {
    int w = last + 2;
    if (w >= t.size || t.end[last] - t.begin[last] < 3 || t.shape[last] == Shape.LETTER || !t.is(last + 1, "/") || t.lineBefore[last + 1] || t.lineBefore[w] || used[w]
        || (t.shape[w] != Shape.TITLE && t.shape[w] != Shape.UPPER) || !nameWord(t, w) || labels.isLabel(t.fold[w])) {
      return;
    }
    NameTokens.emit(t, w, w, givenMoreThanFamily(t, w) ? "PRENOM" : "NOM", out, used);
  }

  /** A given name that is no family name, or a frequent one ("Odile"). */
  private boolean givenMoreThanFamily(PhiTokens t, int w) {
    return names.isGiven(t, w) && (!names.isFamily(t.fold[w]) || lex.isFrequentGivenName(t.fold[w]));
  }

  /** "(Sandrine⏎Grondin, 06 …)": a capitalised word opening the next line in a bracket left open. */
  private void nextLineInBracket(PhiTokens t, int last, List<PhiSpan> out, boolean[] used) {
    int w = last + 1;
    if (w + 1 >= t.size || !names.isGiven(t, last) || !t.lineBefore[w] || used[w] || t.shape[w] != Shape.TITLE || !nameWord(t, w)
        || names.isGiven(t, w) || !(t.is(w + 1, ",") || t.is(w + 1, ")")) || !openBracketOnLine(t, last)) {
      return;
    }
    NameTokens.emit(t, w, w, "NOM", out, used);
  }

  /** True when a "(" stands on the line of token {@code last}, before it, with no ")" after it. */
  private static boolean openBracketOnLine(PhiTokens t, int last) {
    for (int k = last; k >= 0; k--) {
      if (t.is(k, ")")) {
        return false;
      }
      if (t.is(k, "(")) {
        return true;
      }
      if (t.lineBefore[k]) {
        return false;
      }
    }
    return false;
  }

  /** "IDE à domicile (S. Ollivier)", "(via clara)": a name alone in brackets after a role or "via". */
  private void bracketAfterRole(PhiTokens t, int open, List<PhiSpan> out, boolean[] used) {
    int k = open + 1;
    if (t.fold[k].equals("via")) {
      int g = k + 1;
      if (g + 1 < t.size && (t.is(g + 1, ")") || t.is(g + 1, ",")) && !used[g] && lowerOrTitleGiven(t, g)) {
        NameTokens.emit(t, g, g, "PRENOM", out, used);
      }
      return;
    }
    if (!roleBefore(t, open)) {
      return;
    }
    boolean initial = (t.shape[k] == Shape.LETTER || t.end[k] - t.begin[k] == 1 && t.shape[k] == Shape.LOWER)
        && t.is(k + 1, ".") && t.glued(k + 1);
    int w = initial ? k + 2 : k;
    if (w + 1 >= t.size || !t.is(w + 1, ")") || used[w] || t.lineBefore[w]) {
      return;
    }
    boolean word = t.shape[w] == Shape.LOWER ? initial && (names.isFamily(t.fold[w]) || names.isGiven(t, w))
        : t.shape[w] == Shape.TITLE || t.shape[w] == Shape.UPPER;
    if (!word || !nameWord(t, w) || !initial && !names.isGiven(t, w) && !names.isFamily(t.fold[w])) {
      return;
    }
    if (initial) {
      NameTokens.emit(t, k, k + 1, "PRENOM", out, used);
      NameTokens.emit(t, w, w, "NOM", out, used);
    } else {
      NameTokens.emit(t, w, w, givenMoreThanFamily(t, w) ? "PRENOM" : "NOM", out, used);
    }
  }

  /** True when a carer's role ("IDE", "infirmière", "kiné") stands in the few tokens before the bracket, on its line. */
  private boolean roleBefore(PhiTokens t, int open) {
    for (int k = open - 1; k >= 0 && k >= open - ROLE_WINDOW; k--) {
      String f = t.fold[k];
      String role = withoutElision(f);
      if (role.length() >= 3 && (t.shape[k] == Shape.UPPER || !lex.isStopWord(role)) && labels.isRole(role)) {
        return true;
      }
      if (t.lineBefore[k]) {
        return false;
      }
    }
    return false;
  }

  /** "SARL", "l'EURL": a legal form written in capitals, elided article aside. */
  private static boolean legalForm(PhiTokens t, int k) {
    String f = withoutElision(t.fold[k]);
    return f.length() >= 3 && LEGAL_FORMS.contains(f) && Character.isUpperCase(t.text.charAt(t.end[k] - 1));
  }

  /** "l'infirmière" → "infirmière". */
  private static String withoutElision(String folded) {
    int apostrophe = Math.max(folded.indexOf('\''), folded.indexOf('’'));
    return apostrophe >= 0 ? folded.substring(apostrophe + 1) : folded;
  }

  /** "SARL Menuiserie Lemercier": a known family name right after the legal form or after one trade word. */
  private void owner(PhiTokens t, int form, List<PhiSpan> out, boolean[] used) {
    for (int w = form + 1; w <= form + 2 && w < t.size && !t.lineBefore[w]; w++) {
      if (t.shape[w] != Shape.TITLE && t.shape[w] != Shape.UPPER) {
        return;
      }
      if (!used[w] && names.isFamily(t.fold[w]) && !names.isGiven(t, w) && nameWord(t, w)) {
        NameTokens.emit(t, w, w, "NOM", out, used);
        return;
      }
    }
  }

  /** "p.o. claire": a given name, lower case or capitalised, signed for another. */
  private void givenAt(PhiTokens t, int g, List<PhiSpan> out, boolean[] used) {
    if (g < t.size && !used[g] && !t.lineBefore[g] && lowerOrTitleGiven(t, g)) {
      NameTokens.emit(t, g, g, "PRENOM", out, used);
    }
  }

  private boolean lowerOrTitleGiven(PhiTokens t, int g) {
    String f = t.fold[g];
    return (t.shape[g] == Shape.LOWER || t.shape[g] == Shape.TITLE) && f.length() >= 3 && names.isGiven(t, g)
        && !lex.isStopWord(f) && !NameTokens.isMonth(f) && !lex.isDrugName(f);
  }

  /** A word that may be a name: no stop, drug, department, clinical or place word, no unknown common word. */
  private boolean nameWord(PhiTokens t, int w) {
    return t.end[w] - t.begin[w] >= 2 && words.plausibleWord(t, w);
  }
}

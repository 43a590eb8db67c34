package org.onconlp.deid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Initials standing for a person next to what marks them as one: in brackets after a name found
 * by another rule ("Dr Benhamou (SB)", "Carine Rouquette (C.R.)", "Dr Aubry (pharmacie, MA)"), in
 * brackets after a care role or an order ("IDEC [SB]", "interne (pl)", "sur prescription (MH)"),
 * at the end of a bracket of abbreviated actions ("[val. ph. AKT]", "[prép. JL/SB]"), after a verb
 * of writing or checking and "par" ("vérifié par JMo", "préparé par ST", "diffusé par N. Orange"),
 * and again wherever the same initials recur in the document ("SK" after "(S.K.)").
 */
final class NameInitials {
  /** Role and clinical abbreviations written like initials: never initials. */
  static final Set<String> NOT_INITIALS =
      Set.copyOf(ResourceLines.load("/org/onconlp/deid/initials-stopwords.txt"));
  /** Care roles and orders after which bracketed initials name who acted ("IDEC [SB]", "prescription (MH)"). */
  private static final Set<String> ROLES_AND_ORDERS =
      Set.of(
          "ide", "idec", "idel", "interne", "externe", "pharmacien", "pharmacienne", "preparateur", "preparatrice",
          "cadre", "secretaire", "secretariat", "coordinatrice", "coordinateur", "kine", "psychologue", "dieteticienne",
          "medecin", "prescription", "ordonnance", "prescrit", "prescrite", "demande", "accord");
  /** Past participles of writing, checking or sending, after which "par" introduces who did it. */
  private static final Set<String> WRITER_VERBS =
      Set.of(
          "prepare", "preparee", "redige", "redigee", "saisi", "saisie", "verifie", "verifiee", "valide", "validee",
          "tape", "tapee", "dicte", "dictee", "imprime", "imprimee", "edite", "editee", "controle", "controlee", "relu",
          "relue", "diffuse", "diffusee", "transcrit", "transcrite", "modifie", "modifiee", "signe", "signee", "recu",
          "recue");
  /** "P-YL", "JM-L": hyphenated initials of four characters, capitals only. */
  private static final Pattern HYPHENATED_GROUP = Pattern.compile("\\p{Lu}-\\p{Lu}{2}|\\p{Lu}{2}-\\p{Lu}");
  /** Most tokens inside a bracket read for initials. */
  private static final int MAX_BRACKET = 10;
  /** Most letters of a group of initials ("FDLBM"). */
  private static final int MAX_GROUP = 5;

  private final PhiLexicons lex;

  NameInitials(PhiLexicons lex) {
    this.lex = lex;
  }

  /** Finds the initials of every context above, given the names {@code out} holds so far. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    boolean[] named = named(t, out);
    Set<String> learned = new HashSet<>();
    for (int k = 0; k < t.size; k++) {
      if (t.is(k, "(") || t.is(k, "[")) {
        bracket(t, k, named, out, used, learned);
      } else if (k > 0 && t.is(k, "par") && WRITER_VERBS.contains(t.fold[k - 1])) {
        afterBy(t, t.is(k + 1, ":") ? k + 2 : k + 1, out, used, learned);
      }
    }
    for (PhiSpan s : out) {
      int k = tokenAt(t, s.begin());
      if ("NOM".equals(s.category()) && k >= 0 && t.end[k] == s.end() && isGroup(t, k) && t.shape[k] != Shape.LOWER) {
        learned.add(t.text.substring(t.begin[k], t.end[k]));
      }
    }
    if (!learned.isEmpty()) {
      recur(t, learned, out, used);
    }
  }

  /**
   * An initials unit starting at token {@code k}: a group of two to five letters ("SB", "JMo",
   * "pl"), or letters each followed by a dot or hyphen ("C.R.", "P.-A. N.", "Cl. B", "M-O R").
   *
   * @return the token after the unit, or -1 when none starts here
   */
  int unit(PhiTokens t, int k) {
    if (k >= t.size) {
      return -1;
    }
    if (isGroup(t, k)) {
      return k + 1;
    }
    int letters = 0;
    int e = k;
    while (e < t.size && isLetterToken(t, e) && (e == k || t.begin[e] - t.end[e - 1] <= 1 && !t.lineBefore[e])) {
      letters++;
      e++;
      boolean mark = false;
      while (e < t.size && t.glued(e) && (t.is(e, ".") || t.is(e, "-") || t.is(e, ".-"))) {
        e++;
        mark = true;
      }
      if (!mark && (e >= t.size || !t.glued(e) || !isLetterToken(t, e))) {
        break;
      }
    }
    return letters >= 2 ? e : -1;
  }

  /** Emits the unit from {@code k} to {@code e}: one name for a group, given then family initials for letters. */
  static void emitUnit(PhiTokens t, int k, int e, List<PhiSpan> out, boolean[] used, Set<String> learned) {
    if (e == k + 1) {
      NameTokens.emit(t, k, k, "NOM", out, used);
      learned.add(t.text.substring(t.begin[k], t.end[k]));
      return;
    }
    StringBuilder letters = new StringBuilder();
    boolean first = true;
    for (int g = k; g < e; g++) {
      if (isLetterToken(t, g)) {
        int last = g;
        while (last + 1 < e && !isLetterToken(t, last + 1)) {
          last++;
        }
        NameTokens.emit(t, g, last, first ? "PRENOM" : "NOM", out, used);
        letters.append(t.text, t.begin[g], t.end[g]);
        first = false;
      }
    }
    learned.add(letters.toString().replace("-", ""));
  }

  private void bracket(PhiTokens t, int k, boolean[] named, List<PhiSpan> out, boolean[] used, Set<String> learned) {
    String closer = t.is(k, "(") ? ")" : "]";
    int close = -1;
    for (int c = k + 1; c < t.size && c <= k + MAX_BRACKET && !t.lineBefore[c]; c++) {
      if (t.is(c, closer)) {
        close = c;
        break;
      }
    }
    if (close < 0) {
      return;
    }
    int u = k + 1;
    boolean afterName = k > 0 && named[k - 1] && !t.lineBefore[k];
    if (afterName) {
      // "Dr Aubry (pharmacie, MA)": a role before a comma, the initials last.
      for (int c = k + 1; c < close && c <= k + 4; c++) {
        if (t.is(c, ",")) {
          u = c + 1;
          break;
        }
      }
    } else if (close == k + 2 && spellsNameBefore(t, k, named)) {
      // "Héloïse Marie, IDE de coordination (HM)": the writer's own initials close the line's clause.
      u = k + 1;
    } else if (k == 0 || !ROLES_AND_ORDERS.contains(t.fold[k - 1]) || t.lineBefore[k]) {
      // "[val. ph. AKT]": abbreviated actions, each a word and its dot, before the initials.
      if (!t.is(k, "[")) {
        return;
      }
      while (u + 1 < close && t.shape[u] == Shape.LOWER && t.is(u + 1, ".") && t.glued(u + 1)) {
        u += 2;
      }
      if (u == k + 1) {
        return;
      }
    }
    int[] units = new int[2 * 4];
    int n = 0;
    int g = u;
    while (n < units.length) {
      int e = unit(t, g);
      // "Dr Quéré (réa)": a lower-case word after a name is a role, not initials.
      if (e < 0 || !plausible(t, g, e) || afterName && t.shape[g] == Shape.LOWER) {
        return;
      }
      units[n++] = g;
      units[n++] = e;
      if (e == close) {
        break;
      }
      if (!t.is(e, "/")) {
        return;
      }
      g = e + 1;
    }
    if (units[n - 1] != close) {
      return;
    }
    for (int x = 0; x < n; x += 2) {
      if (!used[units[x]]) {
        emitUnit(t, units[x], units[x + 1], out, used, learned);
      }
    }
  }

  /**
   * True if the group in the bracket at {@code k} spells the capitals of the last name found
   * before it on its line, a few words back: "Héloïse Marie, IDE (HM)", "Jean-Luc Roy (JLR)".
   */
  private static boolean spellsNameBefore(PhiTokens t, int k, boolean[] named) {
    int g = k + 1;
    if (!isGroup(t, g) || t.shape[g] != Shape.UPPER) {
      return false;
    }
    int last = k - 1;
    while (last >= 0 && last >= k - MAX_BRACKET && !named[last] && !t.lineBefore[last + 1]) {
      last--;
    }
    if (last < 0 || !named[last] || last < k - MAX_BRACKET || t.lineBefore[last + 1] && last + 1 < k) {
      return false;
    }
    int first = last;
    while (first > 0 && named[first - 1] && !t.lineBefore[first]) {
      first--;
    }
    StringBuilder capitals = new StringBuilder();
    for (int c = t.begin[first]; c < t.end[last]; c++) {
      char ch = t.text.charAt(c);
      boolean wordStart = c == t.begin[first] || !Character.isLetter(t.text.charAt(c - 1));
      if (wordStart && Character.isUpperCase(ch)) {
        capitals.append(ch);
      }
    }
    return capitals.length() >= 2 && capitals.toString().equals(t.text.substring(t.begin[g], t.end[g]));
  }

  /** "vérifié par JMo", "préparé par ST", "Saisi par : dlemaire", "diffusé par N. Orange". */
  private void afterBy(PhiTokens t, int j, List<PhiSpan> out, boolean[] used, Set<String> learned) {
    if (j >= t.size || used[j] || t.lineBefore[j]) {
      return;
    }
    if (t.shape[j] == Shape.LETTER && t.is(j + 1, ".") && j + 2 < t.size && t.shape[j + 2] == Shape.TITLE
        && !t.lineBefore[j + 2] && !used[j + 2] && !lex.isStopWord(t.fold[j + 2])) {
      NameTokens.emit(t, j, j + 1, "PRENOM", out, used);
      NameTokens.emit(t, j + 2, j + 2, "NOM", out, used);
      return;
    }
    int e = unit(t, j);
    boolean closed = e > 0 && (e >= t.size || t.lineBefore[e] || t.is(e, ")") || t.is(e, ",") || t.is(e, "le")
        || t.shape[e] == Shape.NUMBER || t.begin[e] - t.end[e - 1] >= NameWords.COLUMN_GAP);
    if (closed && plausible(t, j, e)) {
      emitUnit(t, j, e, out, used, learned);
    } else if (SignOffLines.isLogin(lex, t, j)) {
      NameTokens.emit(t, j, j, "NOM", out, used);
    }
  }

  /** The same initials again elsewhere in the document, written alike and standing alone. */
  private static void recur(PhiTokens t, Set<String> learned, List<PhiSpan> out, boolean[] used) {
    for (int k = 0; k < t.size; k++) {
      if (!used[k] && isGroup(t, k) && t.shape[k] != Shape.LOWER && !NOT_INITIALS.contains(t.fold[k])
          && learned.contains(t.text.substring(t.begin[k], t.end[k]))
          && !(k > 0 && t.glued(k) && t.shape[k - 1] == Shape.NUMBER)
          && !(k + 1 < t.size && t.glued(k + 1) && t.shape[k + 1] == Shape.NUMBER)) {
        NameTokens.emit(t, k, k, "NOM", out, used);
      }
    }
  }

  /** A group is no role abbreviation; a lower-case or long one is no word either. */
  boolean plausible(PhiTokens t, int k, int e) {
    if (e != k + 1) {
      return true;
    }
    String f = t.fold[k];
    if (NOT_INITIALS.contains(f)) {
      return false;
    }
    boolean wordLike = t.shape[k] == Shape.LOWER || f.length() >= 3;
    return !wordLike || !(lex.isStopWord(f) || lex.isCommonWordOrPlural(f));
  }

  /**
   * Two to five letters: all upper case ("SB"), upper case with lower-case letters after a second
   * capital ("JMo", "IFe"), or two or three lower-case letters ("pl"); also a compound given name's
   * initials joined by a hyphen to one other ("P-YL", "JM-L") and a particle's lower-case "d"
   * between two capitals ("CdV"). Three capitals after a hyphen are a gene ("B-RAF"), no initials.
   */
  static boolean isGroup(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    if (len < 2 || len > MAX_GROUP) {
      return false;
    }
    if (len == 4 && t.text.indexOf('-', t.begin[k]) > 0 && t.text.indexOf('-', t.begin[k]) < t.end[k]) {
      return HYPHENATED_GROUP.matcher(t.text).region(t.begin[k], t.end[k]).matches();
    }
    if (len == 3 && t.text.charAt(t.begin[k] + 1) == 'd' && Character.isUpperCase(t.text.charAt(t.begin[k]))
        && Character.isUpperCase(t.text.charAt(t.begin[k] + 2))) {
      return true;
    }
    int upper = 0;
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      char ch = t.text.charAt(c);
      if (!Character.isLetter(ch)) {
        return false;
      }
      upper += Character.isUpperCase(ch) ? 1 : 0;
    }
    return switch (t.shape[k]) {
      case UPPER -> true;
      case TITLE -> len <= 4 && upper >= 2 && Character.isUpperCase(t.text.charAt(t.begin[k] + 1));
      case LOWER -> len <= 3;
      default -> false;
    };
  }

  /** One capital, or a capital and a lower-case letter ("Cl", no title as "Pr"), or two capitals joined by a hyphen ("M-O"). */
  static boolean isLetterToken(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    String s = t.text.substring(t.begin[k], t.end[k]);
    return t.shape[k] == Shape.LETTER
        || (len == 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
            && Character.isLetter(s.charAt(1)) && !TitledNames.isTitle(t, k))
        || (len == 3 && s.charAt(1) == '-' && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(2)));
  }

  /** Tokens inside a NOM or PRENOM span of {@code out}. */
  private static boolean[] named(PhiTokens t, List<PhiSpan> out) {
    boolean[] named = new boolean[t.size];
    for (PhiSpan s : out) {
      if (!"NOM".equals(s.category()) && !"PRENOM".equals(s.category())) {
        continue;
      }
      for (int k = Math.max(0, tokenAt(t, s.begin())); k >= 0 && k < t.size && t.end[k] <= s.end(); k++) {
        named[k] = true;
      }
    }
    return named;
  }

  /** The token starting at {@code offset}, or -1. */
  static int tokenAt(PhiTokens t, int offset) {
    int lo = 0;
    int hi = t.size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.begin[mid] < offset) {
        lo = mid + 1;
      } else if (t.begin[mid] > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}

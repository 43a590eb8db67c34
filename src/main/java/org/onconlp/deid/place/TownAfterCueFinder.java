package org.onconlp.deid.place;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Towns (VILLE) after a preposition: "né à Lyon", "originaire de Vire", "qui vit en Montréal",
 * "au Tampon", "LIBERAL A CAGNES-SUR-MER"; a place cue of place-cues.txt or a birth date before
 * the preposition makes a weaker name count. A well-known facility's short name after "à"
 * ("à Curie") is a HOPITAL.
 */
final class TownAfterCueFinder {
  /** Birth words ("né", "née") that may stand before a birth date and "à". */
  private static final Set<String> BIRTH_WORDS = Set.of("ne", "nee");
  /** Tokens that may stand between a birth word and "à": a birth date ("le 10 mai 1950"). */
  private static final int MAX_BIRTH_DATE_TOKENS = 9;
  /** Month names of a birth date between a birth word and "à". */
  private static final Set<String> MONTHS =
      Set.of(
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre");
  /** Articles contracted with "à" or "de" and the article they stand for: "au Tampon" = à Le Tampon. */
  private static final Map<String, String> CONTRACTED_ARTICLES =
      Map.of("au", "le", "du", "le", "des", "les", "aux", "les");

  /** Lower-case words before "à" that make a line typed without capitals. */
  private static final int LOWER_LINE_WORDS = 5;

  private final PhiLexicons lex;
  private final Communes communes;
  /** Short names of well-known facilities (facility-short-names.txt). */
  private final Set<String> shortNames;

  TownAfterCueFinder(PhiLexicons lex, Communes communes, Set<String> shortNames) {
    this.lex = lex;
    this.communes = communes;
    this.shortNames = shortNames;
  }

  /**
   * The town after a lower-case preposition at {@code i}: "à", "en" after a place cue, a
   * contracted article ("au", "des") or "de". Returns the token after it, or {@code i}.
   */
  int cityAfterPreposition(PhiTokens t, int i, List<PhiSpan> out) {
    String f = t.fold[i];
    if (f.equals("a")) {
      // "vit a montelimar": an "a" typed without its accent needs a place cue or a lower-case commune.
      boolean place = t.is(i, "à") || afterPlaceCue(t, i, "a") || (t.is(i, "a") && communes.lowerCaseCommune(t, i + 1) > 0);
      return place ? cityAfterA(t, i, out) : i;
    }
    if (f.equals("en")) {
      return afterPlaceCue(t, i, "a") ? cityAfterEn(t, i, out) : i;
    }
    int end = CONTRACTED_ARTICLES.containsKey(f) ? contractedCity(t, i, out) : i;
    if (end == i && (f.equals("de") || f.equals("d'") || f.equals("du"))) {
      end = cityAfterDe(t, i, out);
    }
    return end;
  }

  /**
   * A capital "A" after an upper-case word, a comma or a place cue, then an upper-case commune
   * ({@link #upperCaseCity}). Returns the token after the commune, or {@code i}.
   */
  int cityAfterUpperCaseA(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.LETTER || !t.fold[i].equals("a") || i == 0
        || !(t.shape[i - 1] == Shape.UPPER || t.is(i - 1, ",") || afterPlaceCue(t, i, "a"))) {
      return i;
    }
    int end = upperCaseCity(t, i + 1, out);
    return end > i + 1 ? end : i;
  }

  /** "né à Lyon", "habite à Sens"; a bare "à" needs a commune that is not a common word. */
  private int cityAfterA(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    int named = c < t.size && t.fold[c].equals("la") && t.shape[c] == Shape.LOWER ? c + 1 : c;
    if (named < t.size && !t.lineBefore[named] && t.shape[named] == Shape.TITLE && shortNames.contains(t.fold[named])
        && !(named + 1 < t.size && !t.lineBefore[named + 1] && t.capitalised(named + 1) && !lex.isStopWord(t.fold[named + 1]))) {
      // "pris en charge à Curie", "vue à la Pitié": a well-known facility by its short name.
      out.add(new PhiSpan(t.begin[named], t.end[named], "HOPITAL"));
      return named + 1;
    }
    // "vit a montelimar": a lower-case commune after an "a" typed without its accent, as in notes
    // typed without capitals ("à l'union des quadrants" is no town).
    // In a line typed without capitals, "située à l'union des quadrants": an article opens no town.
    boolean noArticle = c < t.size && !PlaceWords.ARTICLES.contains(t.fold[c]) && !t.fold[c].startsWith("l'");
    boolean unaccented = t.is(i, "a") || afterPlaceCue(t, i, "a") || (noArticle && (lowerCaseLine(t, i) || afterAddress(t, i, out)));
    if (c >= t.size || !(t.capitalised(c) || lowerCaseBirthplace(t, i, c) || (unaccented && communes.lowerCaseCommune(t, c) > 0))) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len == 0 && afterPlaceCue(t, i, "a") && t.capitalised(c) && !lex.isCommonWordOrPlural(t.fold[c])) {
      // "née le 15/08/1931 à Naples (Italie)": a birthplace abroad is not in the commune list.
      len = communes.properNameRun(t, c);
    }
    if (len == 0 && countryInParentheses(t, c + communes.properNameRun(t, c))) {
      // "traitée à Cracovie (Pologne)": a town abroad, named with its country.
      len = communes.properNameRun(t, c);
    }
    if (len == 0) {
      return i;
    }
    boolean strong = afterPlaceCue(t, i, "a") || placeDateLine(t, c + len) || countryInParentheses(t, c + len);
    if (strong && afterPlaceCue(t, i, "a")) {
      len += namedLocalityTail(t, c + len);
    }
    if (!strong && (len == 1 && (lex.isCommonWord(t.fold[c]) || lex.isStopWord(t.fold[c]) || lex.isGivenName(t.fold[c])))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /**
   * "médecin traitant à douarnenez": true if the line up to {@code i} is typed without capitals
   * (dictated or hurried text) and holds a few words.
   */
  private static boolean lowerCaseLine(PhiTokens t, int i) {
    int words = 0;
    for (int k = i - 1; k >= 0; k--) {
      if (t.capitalised(k)) {
        return false;
      }
      words += t.shape[k] == Shape.LOWER ? 1 : 0;
      if (t.lineBefore[k]) {
        break;
      }
    }
    return words >= LOWER_LINE_WORDS;
  }

  /** "douze chemin de Haltzia à ascain": true if an address found by the street rules ends right before {@code i}. */
  private static boolean afterAddress(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || out.isEmpty() || t.lineBefore[i]) {
      return false;
    }
    PhiSpan last = out.get(out.size() - 1);
    return last.category().equals("ADRESSE") && last.end() == t.end[i - 1];
  }

  /**
   * "ne le : 08/03/1957 a ajaccio": a known commune in lower case after a birth cue, in text
   * typed without capitals.
   */
  private boolean lowerCaseBirthplace(PhiTokens t, int a, int c) {
    return t.shape[c] == Shape.LOWER && !t.lineBefore[c] && afterPlaceCue(t, a, "a")
        && lex.communes().longestMatch(t.fold, c, t.size) > 0 && !lex.isCommonWordOrPlural(t.fold[c])
        && !lex.isStopWord(t.fold[c]);
  }

  /**
   * "qui vit en Montréal": a capitalised place after "en" and a place cue, unless it is a country
   * ("vit en France") or a common word.
   */
  private int cityAfterEn(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    if (c < t.size && !t.lineBefore[c] && lex.isCountry(t.fold[c]) && t.is(c + 1, "(") && t.capitalised(c + 2)) {
      // "vit en Belgique (Mouscron)": the town in parentheses after the country.
      int len = communes.properNameRun(t, c + 2);
      if (len > 0 && t.is(c + 2 + len, ")")) {
        out.add(new PhiSpan(t.begin[c + 2], t.end[c + 1 + len], "VILLE"));
        return c + 2 + len;
      }
    }
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.TITLE || lex.isCountry(t.fold[c])
        || lex.isCommonWordOrPlural(t.fold[c]) || lex.isStopWord(t.fold[c])) {
      return i;
    }
    int len = communes.properNameRun(t, c);
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /** "LIBERAL A CAGNES-SUR-MER", "SON FRERE, A FIRMINY": a commune after "A" in upper-case text. */
  private int upperCaseCity(PhiTokens t, int c, List<PhiSpan> out) {
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.UPPER) {
      return c;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len == 0 || (len == 1 && (lex.isCommonWordOrPlural(t.fold[c]) || lex.isStopWord(t.fold[c])))) {
      return c;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /**
   * "au Tampon", "du Tampon", "des Herbiers", "aux Abymes": a commune whose name starts with
   * "Le" or "Les", after the article contracted with "à" or "de"; the article is not part of
   * the span.
   */
  private int contractedCity(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.TITLE) {
      return i;
    }
    // "ZA du Cormier", "Clinique du Parc": "du" after a street type or a facility opens its name.
    if (t.fold[i].equals("du") && i > 0 && (lex.isStreetType(t.fold[i - 1]) || PlaceWords.HEADS.contains(t.fold[i - 1]))) {
      return i;
    }
    String[] probe = new String[Math.min(4, t.size - c) + 1];
    probe[0] = CONTRACTED_ARTICLES.get(t.fold[i]);
    System.arraycopy(t.fold, c, probe, 1, probe.length - 1);
    int len = lex.communes().longestMatch(probe, 0, probe.length) - 1;
    if (len <= 0 || (len == 1 && (lex.isCommonWordOrPlural(t.fold[c]) || lex.isStopWord(t.fold[c])))
        || (c + len < t.size && !t.lineBefore[c + len] && t.capitalised(c + len))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /** "originaire de Vire", "native d'Auch": a city after a cue that takes "de". */
  private int cityAfterDe(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    if (c >= t.size || !(t.capitalised(c) || communes.lowerCaseCommune(t, c) > 0) || !afterPlaceCue(t, i, "de")) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len == 0 && t.shape[c] == Shape.TITLE && !lex.isCountry(t.fold[c])
        && !lex.isCommonWordOrPlural(t.fold[c]) && !lex.isGivenName(t.fold[c])) {
      // "venu de Porto": a town abroad after a cue of origin, not in the commune list.
      len = communes.properNameRun(t, c);
    }
    if (len == 0) {
      return i;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /**
   * True if a place cue of place-cues.txt ("né", "domiciliée", "originaire") introducing
   * {@code preposition} stands right before token {@code i}, or a birth word stands before a
   * birth date that ends there ("né le 10 mai 1950 à").
   */
  private boolean afterPlaceCue(PhiTokens t, int i, String preposition) {
    if (i > 0 && preposition.equals(lex.placeCue(t.fold[i - 1]))) {
      return true;
    }
    if (!preposition.equals("a")) {
      return false;
    }
    if (ResidenceCues.before(t, i, lex)) {
      return true;
    }
    for (int k = i - 1; k >= 0 && i - k <= MAX_BIRTH_DATE_TOKENS && !t.lineBefore[k + 1]; k--) {
      if (BIRTH_WORDS.contains(t.fold[k])) {
        return k < i - 1;
      }
      boolean dateToken = t.shape[k] == Shape.NUMBER || t.fold[k].equals("le") || t.fold[k].equals("en")
          || t.is(k, "/") || t.is(k, ".") || t.is(k, "-") || t.is(k, ",") || t.is(k, ":") || t.fold[k].equals("1er")
          || isFeminineMark(t, k)
          || MONTHS.contains(t.fold[k]);
      if (!dateToken) {
        return false;
      }
    }
    return false;
  }

  /** The "(e)" of "né(e)": a parenthesis or the "e" between them. */
  private static boolean isFeminineMark(PhiTokens t, int k) {
    return (t.is(k, ")") && k > 1 && t.is(k - 1, "e") && t.is(k - 2, "("))
        || (t.is(k, "e") && t.is(k - 1, "(") && t.is(k + 1, ")"))
        || (t.is(k, "(") && t.is(k + 1, "e") && t.is(k + 2, ")"));
  }

  /**
   * "vit seule à Bras de Pontho", "habite à Rivière des Pluies": the "de" of a locality named
   * after a place, with a capitalised proper name after it, continues the town's name. Returns
   * the tokens it adds at {@code k}, or 0.
   */
  private int namedLocalityTail(PhiTokens t, int k) {
    if (k + 1 >= t.size || t.lineBefore[k] || t.lineBefore[k + 1] || t.shape[k] != Shape.LOWER
        || !(t.fold[k].equals("de") || t.fold[k].equals("du") || t.fold[k].equals("des"))) {
      return 0;
    }
    String f = t.fold[k + 1];
    boolean proper = t.shape[k + 1] == Shape.TITLE && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f) && !lex.isGivenName(f)
        && !lex.isCountry(f) && !lex.isDepartment(f);
    return proper ? 2 : 0;
  }

  /** "(Pologne)", "(Anjouan, Comores)": a country in parentheses at token {@code k}. */
  private boolean countryInParentheses(PhiTokens t, int k) {
    if (!t.is(k, "(")) {
      return false;
    }
    for (int p = k + 1; p < t.size && p <= k + 4 && !t.lineBefore[p]; p++) {
      if (lex.isCountry(t.fold[p])) {
        return t.is(p + 1, ")");
      }
    }
    return false;
  }

  /** "à Bonne, le 3 mars 2021": a place followed by ", le" and a date. */
  private static boolean placeDateLine(PhiTokens t, int k) {
    return t.is(k, ",") && k + 2 < t.size && t.fold[k + 1].equals("le") && t.shape[k + 2] == Shape.NUMBER;
  }
}

package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Towns (VILLE) known by where they stand rather than by a preposition: after a postal code
 * (with the postal code as ZIP), opening a place-and-date line, after an organisation of
 * town-after-words.txt, in brackets, or a commune of the lexicon standing on its own. The towns
 * after "à", "en", "de" and a place cue are {@link TownAfterCueFinder}'s.
 */
final class TownFinder {
  /** Connectors of a compound town that a line break may leave alone at a line's end. */
  private static final Set<String> DANGLING = Set.of("sur", "sous", "les", "lez", "en", "de");

  /** Organisations of a department: "CPAM du Rhône", "conseil départemental de la Creuse". */
  private static final Set<String> DEPARTMENT_ORGANISATIONS =
      Set.of("cpam", "caf", "mdph", "msa", "departement", "departemental", "departementale", "prefecture");
  private static final Set<String> DEPARTMENT_OF = Set.of("de", "du", "des", "d'");
  /** Place prepositions before a town named with the rest of a station's or a site's name. */
  private static final Set<String> HYPHEN_TOWN_CUES = Set.of("depuis", "vers", "a", "de", "d'", "trajet", "navette", "entre");

  /** Cities that share their name with their country: after another town, the country is meant. */
  private static final Set<String> CITY_STATES = Set.of("luxembourg", "monaco", "singapour");

  private final PhiLexicons lex;
  private final Communes communes;
  /** Organisations written before their town (town-after-words.txt), folded words. */
  private final Set<List<String>> townAfterWords;

  TownFinder(PhiLexicons lex, Communes communes) {
    this.lex = lex;
    this.communes = communes;
    this.townAfterWords = ResourceLines.load("/org/onconlp/deid/town-after-words.txt").stream()
        .map(line -> List.of(line.strip().split(" ")))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** "69004 LYON": the city after a postal code; the postal code too when a known city follows. */
  int cityAfterZip(PhiTokens t, int i, List<PhiSpan> out, boolean afterStreet) {
    int c = i + 1;
    // "75014 / PARIS" in a table of identity fields.
    if (t.is(c, "/") && c + 1 < t.size && !t.lineBefore[c + 1]) {
      c++;
    }
    // "2 chemin des Saules, 13012, Marseille": a comma between the postal code and the town.
    if (afterStreet && t.is(c, ",") && c + 1 < t.size && !t.lineBefore[c] && !t.lineBefore[c + 1]) {
      c++;
    }
    // "15 avenue de la Gare 06000⏎Nice": the town of an address line opening the next line.
    boolean nextLine = c < t.size && t.lineBefore[c] && afterStreet && t.capitalised(c) && !lex.isCommonWordOrPlural(t.fold[c])
        && !lex.isFrequentGivenName(t.fold[c]);
    if (c >= t.size || (t.lineBefore[c] && !nextLine)) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (nextLine && len == 0) {
      // "37 bis, rue de la République 75011⏎THION.": the layout of the address names the town
      // the lexicon lacks, an upper-case word alone before the end of its sentence or line.
      return unknownTownOnNextLine(t, i, c, out);
    }
    if (len > 0 && (t.capitalised(c) || communes.lowerCaseCommune(t, c) == len)) {
      out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
      int e = arrondissement(t, c + len);
      e = CityDistricts.after(t, c, e);
      if (e == c + len && districtNumber(t, e)) {
        // "75010 PARIS 10": the arrondissement written as a bare number closing the field.
        e++;
      }
      if (e == c + len && danglingConnector(t, e)) {
        // "13012, MARSEILLE SUR⏎CHALON": the line cuts the town after its connector.
        e++;
      }
      out.add(new PhiSpan(t.begin[c], t.end[e - 1], "VILLE"));
      return e;
    }
    if (!afterStreet) {
      return i;
    }
    int last = -1;
    int p = c;
    while (p < t.size && !t.lineBefore[p] && (t.capitalised(p) || (t.is(p, "-") && t.glued(p)) || (last >= 0 && PlaceWords.CONNECTORS.contains(t.fold[p])))) {
      if (t.fold[p].equals("cedex")) {
        break;
      }
      if (t.capitalised(p)) {
        last = p;
      }
      p++;
    }
    if (last < 0) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
    out.add(new PhiSpan(t.begin[c], t.end[last], "VILLE"));
    return last + 1;
  }

  /** Reads an upper-case town the lexicon lacks at {@code c}, opening the line after postal code {@code i}. */
  private int unknownTownOnNextLine(PhiTokens t, int i, int c, List<PhiSpan> out) {
    int n = c + 1;
    // "TEL. 04 …": a label, its value after the dot.
    boolean alone = n >= t.size || t.lineBefore[n] || ((t.is(n, ".") || t.is(n, ",")) && (n + 1 >= t.size || t.shape[n + 1] != Shape.NUMBER));
    if (t.shape[c] != Shape.UPPER || t.end[c] - t.begin[c] < 4 || !PlaceTokens.isAllLetters(t, c) || !alone
        || lex.isStopWord(t.fold[c]) || PlaceWords.HEADS.contains(t.fold[c])) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
    out.add(new PhiSpan(t.begin[c], t.end[c], "VILLE"));
    return n;
  }

  /** True if token {@code e} is an upper-case "SUR", "SOUS", "LES"… ending its line, cut from the rest of the town. */
  private static boolean danglingConnector(PhiTokens t, int e) {
    return e < t.size && !t.lineBefore[e] && !t.glued(e) && t.shape[e] == Shape.UPPER && DANGLING.contains(t.fold[e])
        && (e + 1 >= t.size || t.lineBefore[e + 1]);
  }

  /** True if token {@code e} is a number of one or two digits ending its line or column. */
  private static boolean districtNumber(PhiTokens t, int e) {
    return e < t.size && !t.lineBefore[e] && !t.glued(e) && t.shape[e] == Shape.NUMBER && t.end[e] - t.begin[e] <= 2
        && PlaceTokens.isAllDigits(t, e) && (e + 1 >= t.size || t.lineBefore[e + 1] || t.begin[e + 1] - t.end[e] >= PlaceTokens.COLUMN_GAP);
  }

  /** "Paris 14e", "Lyon 3ème": the token after an arrondissement number at {@code e}, or {@code e}. */
  private static int arrondissement(PhiTokens t, int e) {
    if (e >= t.size || t.lineBefore[e] || t.shape[e] != Shape.NUMBER || t.glued(e)) {
      return e;
    }
    int c = t.begin[e];
    while (c < t.end[e] && Character.isDigit(t.text.charAt(c))) {
      c++;
    }
    String suffix = t.text.substring(c, t.end[e]).toLowerCase(Locale.ROOT);
    int digits = c - t.begin[e];
    boolean ordinal = suffix.equals("e") || suffix.equals("er") || suffix.equals("eme") || suffix.equals("ème");
    return ordinal && digits >= 1 && digits <= 2 ? e + 1 : e;
  }

  /**
   * "dr m. olivier (crest)": a lower-case commune in brackets, in text typed without capitals;
   * "né le 17/07/1948 (Ajaccio)": a birthplace in brackets after a date. Returns the closing
   * bracket's token, or {@code i}.
   */
  int townInBrackets(PhiTokens t, int i, List<PhiSpan> out) {
    if (!t.is(i, "(")) {
      return i;
    }
    int len = communes.lowerCaseCommune(t, i + 1);
    if (len == 0 && i > 0 && t.shape[i - 1] == Shape.NUMBER && t.capitalised(i + 1)) {
      len = lex.communes().longestMatch(t.fold, i + 1, t.size);
    }
    if (len == 0 || !t.is(i + 1 + len, ")")) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i + 1], t.end[i + len], "VILLE"));
    return i + len + 1;
  }

  /** "Lyon, le 3 mars 2021": a known commune opening a line, before ", le". */
  int cityAtLineStart(PhiTokens t, int i, List<PhiSpan> out) {
    if (!t.lineBefore[i]) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    boolean known = len > 0;
    if (!known) {
      len = communes.properNameRun(t, i);
    }
    boolean placeThenLe =
        len > 0 && t.is(i + len, ",") && i + len + 1 < t.size && t.fold[i + len + 1].equals("le");
    // A name missing from the commune list counts only when a date follows: letterhead lines
    // "Montbrison-sur-Lanne, le 27/04/2020" are the usual place of small villages.
    if (placeThenLe && (known || (i + len + 2 < t.size && t.shape[i + len + 2] == Shape.NUMBER))) {
      out.add(new PhiSpan(t.begin[i], t.end[i + len - 1], "VILLE"));
      return i + len;
    }
    return i;
  }

  /** "CPAM Bayonne", "SOS Médecins Cholet": a commune after an organisation of town-after-words.txt. */
  int townAfterOrganisation(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || t.lineBefore[i] || !t.capitalised(i) || !(precededBy(t, i, 1) || precededBy(t, i, 2))) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    if (len == 0 || (len == 1 && department(t, i))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i + len - 1], "VILLE"));
    return i + len;
  }

  /** True if the {@code n} tokens before {@code i}, on its line, are an entry of town-after-words.txt. */
  private boolean precededBy(PhiTokens t, int i, int n) {
    if (i < n) {
      return false;
    }
    List<String> words = new ArrayList<>(n);
    for (int k = i - n; k < i; k++) {
      if (k > i - n && t.lineBefore[k]) {
        return false;
      }
      words.add(t.fold[k]);
    }
    return !t.lineBefore[i] && townAfterWords.contains(words);
  }

  /**
   * "CPAM des Landes", "département de la Creuse", "Ahun (Creuse)": a department's name that is
   * also a commune's, after an organisation of the department or in brackets after a place.
   */
  private boolean department(PhiTokens t, int i) {
    if (!lex.isDepartment(t.fold[i]) || i < 2 || t.lineBefore[i]) {
      return false;
    }
    if (t.is(i - 1, "(") && t.is(i + 1, ")") && t.capitalised(i - 2)) {
      return true;
    }
    int k = t.is(i - 1, "la") || t.fold[i - 1].equals("l'") ? i - 2 : i - 1;
    return k > 0 && DEPARTMENT_OF.contains(t.fold[k]) && DEPARTMENT_ORGANISATIONS.contains(t.fold[k - 1]);
  }

  /**
   * "Médecin traitant : Dr Rousseau Paul, Contres - 02 …": a commune right after a person's name
   * and a comma, closing the field, even where the commune is also a common word.
   *
   * @param person tokens read as a person's name
   */
  int townAfterPerson(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    if (i < 2 || t.lineBefore[i] || t.lineBefore[i - 1] || !t.is(i - 1, ",") || !person[i - 2] || person[i] || !t.capitalised(i)) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    int n = i + len;
    boolean closed = n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, ")") || t.is(n, "(") || t.is(n, "–")
        || (t.is(n, "-") && !t.glued(n));
    if (len == 0 || !closed) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[n - 1], "VILLE"));
    return n;
  }

  /**
   * "trajet Cayenne-Paris" (two towns), "navette depuis Villejuif-Louis Aragon" (a town and the
   * rest of a station's name): a hyphenated word that is no commune but whose first part is one,
   * when its second part is a commune too or a place preposition stands before it. The first part
   * may be no common word nor given name ("Marie-Laure"), the word no département nor follow a
   * capitalised word ("Section Mare-Gaillard").
   */
  int hyphenatedTowns(PhiTokens t, int i, List<PhiSpan> out) {
    String f = t.fold[i];
    int dash = f.indexOf('-');
    if (t.shape[i] != Shape.TITLE || dash < 3 || f.indexOf('-', dash + 1) >= 0 || lex.communes().longestMatch(t.fold, i, t.size) > 0
        || lex.isDepartment(f) || (i > 0 && !t.lineBefore[i] && t.capitalised(i - 1))) {
      // "Loire-Atlantique" is a département; "Section Mare-Gaillard" is one name, which other rules read.
      return i;
    }
    String first = f.substring(0, dash);
    String second = f.substring(dash + 1);
    if (!isTownWord(first)) {
      return i;
    }
    int split = t.begin[i] + dash;
    // "Cayenne-Paris": after a town, a commune is a town even when also a word or a name ("Paris").
    boolean secondTown = second.length() >= 3 && lex.communes().longestMatch(new String[] {second}, 0, 1) == 1
        && !lex.isStopWord(second) && !PlaceWords.COMPASS.contains(second) && Character.isUpperCase(t.text.charAt(split + 1));
    boolean placeCue = i > 0 && !t.lineBefore[i] && HYPHEN_TOWN_CUES.contains(t.fold[i - 1]);
    if (!secondTown && !placeCue) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], split, "VILLE"));
    if (secondTown) {
      out.add(new PhiSpan(split + 1, t.end[i], "VILLE"));
    }
    return i + 1;
  }

  /** True if a folded word is a one-word commune that is no common word, stop word nor given name. */
  private boolean isTownWord(String f) {
    return f.length() >= 3 && lex.communes().longestMatch(new String[] {f}, 0, 1) == 1 && !lex.isCommonWordOrPlural(f)
        && !lex.isStopWord(f) && !lex.isGivenName(f) && !lex.isCountry(f);
  }

  /**
   * "(Esch-sur-Alzette, Luxembourg)": a city-state's name after a town found just before it and a
   * comma names the country, not a second town.
   */
  private static boolean countryAfterTown(PhiTokens t, int i, int len, List<PhiSpan> out) {
    if (len != 1 || !CITY_STATES.contains(t.fold[i]) || i < 2 || !t.is(i - 1, ",") || out.isEmpty()) {
      return false;
    }
    PhiSpan last = out.get(out.size() - 1);
    return last.category().equals("VILLE") && last.end() == t.end[i - 2];
  }

  /**
   * A commune of the lexicon standing on its own: "Dr Vanhoutte (Roubaix)", "Hôpital
   * Saint-Joseph - Marseille", "médecin traitant, Ajaccio", "cabinet infirmier de Ploërmel".
   * Not a common word nor a frequent given name, not part of a longer run of capitalised words
   * (a person's or a street's name: "Bd Jacques Monod", "Dr Pons", "C. Roubaix"), which the
   * other rules judge.
   */
  int looseCity(PhiTokens t, int i, List<PhiSpan> out) {
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    // "heure de La Réunion", "(Suisse)": a region or a country is not a town.
    if (len == 0 || lex.isCountry(t.fold[i + len - 1]) || (len == 1 && department(t, i)) || countryAfterTown(t, i, len, out)) {
      return i;
    }
    // "Paris 14e", "Centre de Lutte Contre le Cancer Nice": a city even when also a common word.
    boolean cityContext = arrondissement(t, i + len) > i + len || CityDistricts.after(t, i, i + len) > i + len
        || (i > 0 && !t.lineBefore[i] && t.capitalised(i - 1) && t.fold[i - 1].equals("cancer"));
    if (len == 1 && !cityContext) {
      String f = t.fold[i];
      // "groupe 5 ASCO", "agrément ARS": a short upper-case word in prose is an acronym, not a town.
      boolean prose = i > 0 && !t.lineBefore[i] && (t.shape[i - 1] == Shape.LOWER || t.shape[i - 1] == Shape.NUMBER);
      if (prose && t.shape[i] == Shape.UPPER && f.length() <= 4) {
        return i;
      }
      boolean afterPreposition = i > 0 && !t.lineBefore[i] && (t.is(i - 1, "de") || t.is(i - 1, "à") || t.fold[i - 1].equals("d'"));
      if (f.length() < 3 || lex.isCommonWordOrPlural(f) || lex.isStopWord(f)
          || (lex.isFrequentGivenName(f) && !afterPreposition) || lex.isPlaceEponym(f)) {
        return i;
      }
    }
    int e = i + len;
    // "Lieu naissance     Abbeville      Abbeville": words a column apart are not one name.
    // "Centre de Lutte Contre le Cancer Nice": a facility's descriptor is no part of a name.
    boolean nameBefore = !t.lineBefore[i] && i > 0
        && ((t.capitalised(i - 1) && t.begin[i] - t.end[i - 1] < PlaceTokens.COLUMN_GAP && !PlaceWords.DESCRIPTORS.contains(t.fold[i - 1]))
            || t.is(i - 1, "."));
    boolean nameAfter = e < t.size && !t.lineBefore[e] && t.capitalised(e) && !t.is(e, "CEDEX") && !t.fold[e].equals("cedex")
        && t.begin[e] - t.end[e - 1] < PlaceTokens.COLUMN_GAP;
    if (nameBefore || nameAfter) {
      return i;
    }
    e = CityDistricts.after(t, i, arrondissement(t, e));
    out.add(new PhiSpan(t.begin[i], t.end[e - 1], "VILLE"));
    return e;
  }
}

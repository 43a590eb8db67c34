package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Facilities (HOPITAL) opened by a lower-case head: "hôpital Jacques Monod", "cabinet de
 * radiologie des Salorges", and whole facilities in text typed without capitals ("ch valence",
 * "a la clinique chenieux").
 */
final class LowerCaseFacilityFinder {
  /** Lower-case heads that open a facility's name before a capitalised word. */
  private static final Set<String> LOWER_HEADS = Set.of("hopital", "clinique", "polyclinique", "site", "cabinet", "centre");
  /** Lower-case heads that need a connector before their name: "centre dentaire des Emmurées". */
  private static final Set<String> CONNECTED_HEADS = Set.of("cabinet", "centre");
  /** "de" and its forms, which link a practice to its name ("cabinet sur CD" links nothing). */
  private static final Set<String> OF = Set.of("de", "du", "des", "d'");
  /** Words before a lower-case facility head that show it names a place ("a la clinique X"). */
  private static final Set<String> FACILITY_ARTICLES =
      Set.of("la", "le", "l'", "au", "a", "du", "de", "d'", "(", ",", "par", "en", "vers", "pour", "dest", ":", "/");
  /** Lower-case adjectives between a facility head and its name: "clinique generale de valence". */
  private static final Set<String> FACILITY_ADJECTIVES =
      Set.of("generale", "general", "privee", "prive", "medicale", "medical", "universitaire", "mutualiste");
  /** Acronym heads among them, which need no article before them ("suivi ch brive"). */
  private static final Set<String> LOWER_ACRONYM_HEADS = Set.of("ch", "chu", "chr", "chru", "chi", "chic");

  private final PhiLexicons lex;
  private final FacilityNames names;
  private final Communes communes;

  LowerCaseFacilityFinder(PhiLexicons lex, FacilityNames names, Communes communes) {
    this.lex = lex;
    this.names = names;
    this.communes = communes;
  }

  /**
   * "hôpital Jacques Monod", "– site Félix Guyon", "l'hôpital de la Croix-Rousse", "hôpital de
   * Quimper": a lower-case head and the capitalised name after it, with the head (a bare
   * "hôpital de jour" has no capitalised name; after a connector, a common word counts only
   * after an article: "hôpital de la Conception", not "hôpital de Semaine").
   */
  int lowerCaseFacility(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.LOWER || !LOWER_HEADS.contains(t.fold[i])) {
      return i;
    }
    int n = i + 1;
    boolean connected = CONNECTED_HEADS.contains(t.fold[i]);
    if (!connected && titledArticle(t, n)) {
      // "à la clinique Les Eaux Claires": a capitalised article opens the name.
      int end = names.facilityName(t, n + 1, true);
      if (end > n + 1) {
        out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
        return end;
      }
    }
    if (!t.fold[i].equals("site") && n < t.size && !t.lineBefore[n] && !t.is(n, "-")
        && (connected ? OF.contains(t.fold[n]) || PlaceWords.DESCRIPTORS.contains(t.fold[n]) : PlaceWords.CONNECTORS.contains(t.fold[n]))) {
      return lowerHeadConnectorName(t, i, out);
    }
    // "au centre Paul Strauss": a centre named after a person, given name first.
    boolean eponym = t.fold[i].equals("centre") && i > 0 && FACILITY_ARTICLES.contains(t.fold[i - 1]) && isFullName(t, n);
    if (connected && !eponym) {
      return i;
    }
    if (n >= t.size || t.lineBefore[n] || !t.capitalised(n) || lex.isStopWord(t.fold[n]) || PlaceWords.HEADS.contains(t.fold[n])) {
      return i;
    }
    int end = names.facilityName(t, n, true);
    if (end == n || (end == n + 1 && PlaceWords.COMPASS.contains(t.fold[n]))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /** True if token {@code n} is a capitalised article before a name word on the same line: "Les Eaux". */
  private boolean titledArticle(PhiTokens t, int n) {
    return n + 1 < t.size && t.shape[n] == Shape.TITLE && PlaceWords.ARTICLES.contains(t.fold[n]) && !t.lineBefore[n]
        && !t.lineBefore[n + 1] && t.capitalised(n + 1) && names.isFacilityNameWord(t.fold[n + 1], true);
  }

  /** True if tokens {@code n, n+1} are a known given name and a capitalised word on the same line. */
  private boolean isFullName(PhiTokens t, int n) {
    return n + 1 < t.size && !t.lineBefore[n] && !t.lineBefore[n + 1] && t.shape[n] == Shape.TITLE && lex.isGivenName(t.fold[n])
        && t.capitalised(n + 1) && !lex.isStopWord(t.fold[n + 1]) && !lex.isCommonWord(t.fold[n + 1]);
  }

  /** "hôpital de la Timone": a lower-case head, connectors, then a capitalised name. */
  private int lowerHeadConnectorName(PhiTokens t, int i, List<PhiSpan> out) {
    int q = i + 1;
    boolean article = false;
    boolean connector = false;
    // "cabinet de radiologie des Salorges": lower-case descriptors may stand between the connectors.
    while (q < t.size && q - i <= 5 && !t.lineBefore[q] && !t.is(q, "-") && t.shape[q] != Shape.TITLE
        && (PlaceWords.CONNECTORS.contains(t.fold[q]) || PlaceWords.DESCRIPTORS.contains(t.fold[q]))) {
      boolean isConnector = PlaceWords.CONNECTORS.contains(t.fold[q]);
      article = isConnector && (article || PlaceWords.ARTICLES.contains(t.fold[q]));
      connector = isConnector;
      q++;
    }
    if (!connector || q >= t.size || t.lineBefore[q] || !t.capitalised(q) || !names.isFacilityNameWord(t.fold[q], article)) {
      return i;
    }
    int end = names.facilityName(t, q, true);
    if (end == q) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /**
   * "ch valence", "chu de limoges", "a la clinique chenieux", "au centre leon berard",
   * "polyclinique de l'europe": a facility in text typed without capitals. An acronym head (ch,
   * chu) takes a lower-case commune or a word that is no common word; a word head (hôpital,
   * clinique, centre) needs an article or preposition before it and takes a facility of the
   * lexicon, or a name that is no common word (after an article, for hôpital and polyclinique,
   * any word: "hopital de la misericorde"). The span holds the head.
   */
  int lowerTextFacility(PhiTokens t, int i, List<PhiSpan> out) {
    String head = t.fold[i];
    if (t.shape[i] != Shape.LOWER || !PlaceWords.LOWER_TEXT_HEADS.contains(head)) {
      return i;
    }
    boolean acronym = LOWER_ACRONYM_HEADS.contains(head);
    if (!acronym && (i == 0 || t.lineBefore[i] || !FACILITY_ARTICLES.contains(t.fold[i - 1]))) {
      return i;
    }
    // "imagerie du golfe", not "imagerie annuelle": a service word needs a connector to its name.
    boolean service = head.equals("imagerie");
    int known = lex.hospitals().longestMatch(t.fold, i, t.size);
    if (known > 1 && lowerCaseRun(t, i, i + known)) {
      out.add(new PhiSpan(t.begin[i], t.end[i + known - 1], "HOPITAL"));
      return i + known;
    }
    int q = i + 1;
    while (q < t.size && !t.lineBefore[q] && t.shape[q] == Shape.LOWER && FACILITY_ADJECTIVES.contains(t.fold[q])) {
      q++;
    }
    boolean article = false;
    while (q < t.size && q - i <= 4 && !t.lineBefore[q] && PlaceWords.CONNECTORS.contains(t.fold[q]) && !t.is(q, "-") && !t.is(q, "et")) {
      article |= PlaceWords.ARTICLES.contains(t.fold[q]);
      q++;
    }
    if (q >= t.size || t.lineBefore[q] || t.shape[q] != Shape.LOWER || (service && !PlaceWords.CONNECTORS.contains(t.fold[q - 1]))) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, q, t.size);
    boolean commune = len > 0 && (len > 1 || !lex.isCommonWordOrPlural(t.fold[q])) && !lex.isStopWord(t.fold[q]);
    if (!commune) {
      boolean anyWord = article && (head.equals("hopital") || head.equals("polyclinique"));
      len = 0;
      while (q + len < t.size && len < 3 && !t.lineBefore[q + len] && t.shape[q + len] == Shape.LOWER
          && t.end[q + len] - t.begin[q + len] >= 4 && names.isFacilityNameWord(t.fold[q + len], anyWord && len == 0)
          && (len == 0 || communes.lowerCaseCommune(t, q + len) == 0)) {
        len++;
      }
      if (len == 0 || (head.equals("centre") && !lex.isGivenName(t.fold[q]))) {
        return i;
      }
    }
    out.add(new PhiSpan(t.begin[i], t.end[q + len - 1], "HOPITAL"));
    int town = communes.lowerCaseCommune(t, q + len);
    if (!commune && town > 0) {
      // "chu dupuytren limoges": the facility's town after its name.
      out.add(new PhiSpan(t.begin[q + len], t.end[q + len + town - 1], "VILLE"));
      return q + len + town;
    }
    return q + len;
  }

  /** True if every word of {@code [from,to)} is written in lower case. */
  private static boolean lowerCaseRun(PhiTokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.shape[k] != Shape.LOWER && t.shape[k] != Shape.OTHER) {
        return false;
      }
    }
    return true;
  }
}

package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * A facility with the site or town named with it: "site du Scorff", "ICO René Gauducheau",
 * "CHU de Marseille (La Timone)", "Clinique du Parc, Croix". A commune there is a town (VILLE),
 * another name the site (HOPITAL).
 */
final class FacilitySiteFinder {
  private final PhiLexicons lex;
  private final FacilityNames names;
  private final FacilityFinder facilities;
  /** Clinical words shaped like a facility acronym (facility-acronym-stopwords.txt). */
  private final Set<String> acronymStopWords;

  FacilitySiteFinder(PhiLexicons lex, FacilityNames names, FacilityFinder facilities, Set<String> acronymStopWords) {
    this.lex = lex;
    this.names = names;
    this.facilities = facilities;
    this.acronymStopWords = acronymStopWords;
  }

  /**
   * "site du Scorff", "Site de Vannes", "(site de Kério, …)": the name of a hospital site after
   * "site" and "de"; a commune there is a city, any other capitalised name the site (HOPITAL).
   * Neither the head nor the connector is part of the span.
   */
  int siteName(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 2;
    if (!t.fold[i].equals("site") || n >= t.size || t.lineBefore[i + 1] || t.lineBefore[n] || !PlaceWords.SITE_CONNECTORS.contains(t.fold[i + 1])
        || !t.capitalised(n)) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, n, t.size);
    if (len > 0 && !(n + len < t.size && !t.lineBefore[n + len] && t.capitalised(n + len))) {
      out.add(new PhiSpan(t.begin[n], t.end[n + len - 1], "VILLE"));
      return n + len;
    }
    String f = t.fold[n];
    if (lex.isStopWord(f) || lex.isCommonWordOrPlural(f) || PlaceWords.COMPASS.contains(f) || PlaceWords.DESCRIPTORS.contains(f)
        || PlaceWords.HEADS.contains(f)) {
      return i;
    }
    return names.facilityFrom(t, i, n, out);
  }

  /**
   * A capitalised facility ({@link FacilityFinder#facility}) with the site or town named after
   * it, a bare facility kind with its name in brackets, or an acronym before the facility it
   * spells. Returns the token after what was read, or {@code i}.
   */
  int facilityWithSite(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    int end = facilities.facility(t, i, out);
    if (end == i + 1 && lex.hospitals().longestMatch(t.fold, i, t.size) == 1) {
      end = siteAfterAcronym(t, i, out, person);
    }
    if (end > i) {
      return siteAfterFacility(t, i, end, out, person);
    }
    if (PlaceWords.HEADS.contains(t.fold[i]) && !PlaceWords.WEAK_HEADS.contains(t.fold[i]) && t.is(i + 1, "(")) {
      // "vivant en EHPAD (Les Tilleuls, Beaune)": a bare facility kind, its name in brackets.
      end = siteAfterFacility(t, i, i + 1, out, person);
      return end > i + 1 ? end : i;
    }
    return facilities.acronymBeforeFacility(t, i, out);
  }

  /**
   * "ICO René Gauducheau", "(ICO Angers)": the site named right after a facility acronym of the
   * lexicon, with the acronym; a commune there is the town (VILLE). Returns the token after it,
   * or the token after the acronym.
   */
  private int siteAfterAcronym(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    int n = i + 1;
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.TITLE || lex.isStopWord(t.fold[n])
        || PlaceWords.HEADS.contains(t.fold[n]) || PlaceWords.DESCRIPTORS.contains(t.fold[n]) || PlaceWords.UNIT_WORDS.contains(t.fold[n])
        || t.begin[n] - t.end[i] >= PlaceTokens.COLUMN_GAP) {
      return n;
    }
    int town = lex.communes().longestMatch(t.fold, n, t.size);
    // "ICO René Gauducheau": a commune followed by another name is the first word of a site's name.
    if (town > 0 && !(n + town < t.size && !t.lineBefore[n + town] && t.capitalised(n + town))) {
      out.add(new PhiSpan(t.begin[n], t.end[n + town - 1], "VILLE"));
      return n + town;
    }
    int end = names.facilityName(t, n, true);
    if (end < n + 2 || lex.isCommonWordOrPlural(t.fold[n])) {
      return n;
    }
    out.removeIf(p -> p.begin() == t.begin[i] && p.end() == t.end[i] && p.category().equals("HOPITAL"));
    out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /**
   * "CHRU de Nancy - Brabois", "CHU de Marseille (La Timone)", "Hôpitaux Universitaires de
   * Strasbourg (Hautepierre)", "Centre Oscar Lambret (Lille)", "AP-HP. Sorbonne Université",
   * "Centre Hospitalier de Mayotte - CHM": the site, town or acronym named right after facility
   * {@code [i,end)}, in parentheses or after a spaced dash (or the dot of an upper-case group
   * name) ending its line. A commune is a city; a name that is not a common word, a person, a
   * service or a facility kind is the site (HOPITAL); an upper-case word is taken only when its
   * letters are the facility's initials. Returns the token after what was read, or {@code end}.
   */
  private int siteAfterFacility(PhiTokens t, int i, int end, List<PhiSpan> out, boolean[] person) {
    boolean bracket = t.is(end, "(");
    boolean dash = !bracket && end < t.size && !t.lineBefore[end] && (t.fold[end].equals("-") || t.is(end, "–"))
        && !t.glued(end) && !t.glued(end + 1);
    boolean dot = !bracket && !dash && t.is(end, ".") && t.glued(end) && t.shape[end - 1] == Shape.UPPER;
    int n = end + 1;
    if (t.is(end, ",") && n < t.size && !t.lineBefore[n] && t.capitalised(n) && !person[n]) {
      return townAfterComma(t, i, n, out, end);
    }
    if (!(bracket || dash || dot) || n >= t.size || t.lineBefore[n] || !t.capitalised(n) || person[n]) {
      return end;
    }
    int len = lex.communes().longestMatch(t.fold, n, t.size);
    String label = "VILLE";
    if (len == 0) {
      if (t.shape[n] == Shape.UPPER && (bracket || dash) && FacilityNames.isInitialsOf(t, n, i, end)) {
        len = 1;
      } else {
        int first = n;
        while (first < t.size && PlaceWords.CONNECTORS.contains(t.fold[first]) && !t.is(first, "-")) {
          first++;
        }
        String f = first < t.size ? t.fold[first] : "";
        // "(La Conception)": after a capitalised article a common word is a name.
        boolean article = first > n && t.shape[n] == Shape.TITLE;
        if (first >= t.size || !t.capitalised(first) || t.lineBefore[first] || (lex.isCommonWordOrPlural(f) && !article)
            || lex.isStopWord(f) || PlaceWords.DESCRIPTORS.contains(f) || PlaceWords.HEADS.contains(f) || PlaceWords.COMPASS.contains(f)
            || acronymStopWords.contains(f) || person[first] || lex.isFrequentGivenName(f) || PlaceWords.UNIT_WORDS.contains(f)) {
          return end;
        }
        len = names.facilityName(t, n, false) - n;
      }
      label = "HOPITAL";
    }
    int e = n + len;
    boolean closed = bracket ? t.is(e, ")") || t.is(e, ",") : e >= t.size || t.lineBefore[e] || (dash && t.is(e, ","));
    if (len <= 0 || !closed) {
      return end;
    }
    out.add(new PhiSpan(t.begin[n], t.end[e - 1], label));
    return t.is(e, ")") ? e + 1 : e;
  }

  /**
   * "Clinique du Parc, Croix", "(Hôpital de la Tour, Meyrin)": the town after a facility and a
   * comma, closing the line, the sentence, the facility's brackets or a field ({@link #closesField}). A commune of the lexicon
   * is taken; another name only inside the facility's brackets and when it is no common word,
   * descriptor, facility kind or given name. Returns the token after it, or {@code end}.
   */
  private int townAfterComma(PhiTokens t, int i, int n, List<PhiSpan> out, int end) {
    boolean inBracket = i > 0 && t.is(i - 1, "(");
    int len = lex.communes().longestMatch(t.fold, n, t.size);
    if (len == 0 && inBracket) {
      String f = t.fold[n];
      boolean name = t.shape[n] == Shape.TITLE && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)
          && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.HEADS.contains(f) && !PlaceWords.UNIT_WORDS.contains(f) && !lex.isFrequentGivenName(f);
      len = name ? 1 : 0;
    }
    int e = n + len;
    boolean closed = inBracket ? t.is(e, ")") : e >= t.size || t.lineBefore[e] || t.is(e, ".") || t.is(e, ")") || closesField(t, e);
    if (len == 0 || !closed) {
      return end;
    }
    out.add(new PhiSpan(t.begin[n], t.end[e - 1], "VILLE"));
    return e;
  }

  /**
   * "Hôpital Beaujon, Clichy — CR du …", "| Clinique du Parc, Croix |": a spaced dash, a table
   * bar or a semicolon closes the field the facility and its town stand in.
   */
  private static boolean closesField(PhiTokens t, int e) {
    return (t.is(e, "|") || t.is(e, ";") || ((t.is(e, "—") || t.is(e, "–") || t.is(e, "-")) && !t.glued(e)));
  }
}

package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Streets (ADRESSE) with or without a house number: "12 bis rue des Lilas", "Rue du Stade",
 * "Avenue Hippocrate 10", "route de Cauro, 20167 …", with the building parts after them
 * ("bât. C, 3e étage", read by {@link HouseNumbers}). The other parts of an address line are
 * {@link AddressLineFinder}'s.
 */
final class StreetFinder {
  /** Street types that are no common word, read in prose before a capitalised name. */
  private static final Set<String> PROSE_STREET_TYPES = Set.of("rue", "avenue", "boulevard", "impasse", "allee", "quai", "res");
  /**
   * Connectors inside a street's name only: "ZA du Val au Cesne", "rue de la Grange aux Belles",
   * "Lieu-dit Capo di Feno".
   */
  private static final Set<String> STREET_CONNECTORS = Set.of("au", "aux", "di", "da", "del", "della");

  /** Kinds of business park after "Parc d'": "Parc d'activités", "Parc d'affaires". */
  private static final Set<String> PARK_KINDS = Set.of("activites", "activite", "affaires", "entreprises");

  private final PhiLexicons lex;

  StreetFinder(PhiLexicons lex) {
    this.lex = lex;
  }

  /** "12 bis rue des Lilas": returns the token after the street name, or {@code i}. */
  int street(PhiTokens t, int i, List<PhiSpan> out) {
    if ((t.end[i] - t.begin[i] > 4 && !HouseNumbers.isNumberRange(t, i)) || (i > 0 && t.glued(i) && t.shape[i - 1] != Shape.OTHER)
        || HouseNumbers.isTimeOrOrdinal(t, i)) {
      return i;
    }
    int k = HouseNumbers.letterSpacedNumberEnd(t, i);
    if (k < t.size && HouseNumbers.NUMBER_SUFFIX.contains(t.fold[k]) && t.shape[k] == Shape.LOWER) {
      k++;
    }
    if (t.is(k, ",")) {
      // "septembre 2024, cours à distance": a year before a comma is no house number.
      if (k == i + 1 && t.end[i] - t.begin[i] == 4 && (t.fold[i].startsWith("19") || t.fold[i].startsWith("20"))) {
        return i;
      }
      k++;
    }
    int grandRue = grandRueEnd(t, k);
    if (grandRue > k) {
      // "2 Grand'Rue": a street type that is the street's whole name.
      out.add(new PhiSpan(t.begin[i], t.end[grandRue - 1], "ADRESSE"));
      return grandRue;
    }
    if (k >= t.size || t.lineBefore[k] || !(lex.isStreetType(t.fold[k]) || isOcrStreetType(t.fold[k]))) {
      return i;
    }
    int typeEnd = k + 1;
    if (t.is(typeEnd, ".") && t.glued(typeEnd)) {
      typeEnd++;
    }
    int last = -1;
    int p = typeEnd;
    int words = 0;
    // "9 chemin de la\nCabane Vieille": a name cut after a connector goes on on the next line.
    // "11 rue des Ver-\ngers": a word cut by a hyphen at the end of the line goes on too.
    while (p < t.size && words < PlaceWords.MAX_STREET_WORDS
        && (!t.lineBefore[p] || (p > typeEnd && PlaceWords.CONNECTORS.contains(t.fold[p - 1]) && t.capitalised(p))
            || (p > typeEnd + 1 && t.is(p - 1, "-") && t.glued(p - 1) && t.shape[p] == Shape.LOWER))) {
      Shape s = t.shape[p];
      // "rue du Prés1dent Wi1son": OCR digits inside a word keep it a word.
      if (s == Shape.OTHER && Character.isLetter(t.text.charAt(t.begin[p]))) {
        s = Shape.TITLE;
      }
      if (s == Shape.OTHER && !t.is(p, "-") && !t.is(p, "'")) {
        break;
      }
      if (t.is(p, "-") && !t.glued(p)) {
        break;
      }
      if (s == Shape.NUMBER && t.end[p] - t.begin[p] == 5) {
        break;
      }
      // "domicilié 12 chemin des Vignes à Chens-sur-Léman": the city is not the street's.
      if (t.is(p, "à") && t.capitalised(p + 1)) {
        break;
      }
      if (s != Shape.OTHER) {
        last = p;
      }
      words++;
      p++;
    }
    if (last < 0) {
      return i;
    }
    // "47 rue des Lilas, appartement 5, bât. C": the building parts belong to the address.
    last = HouseNumbers.buildingParts(t, last);
    out.add(new PhiSpan(t.begin[ocrOneBefore(t, i) ? i - 1 : i], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /**
   * "l 7 rue Saint-Gilles": true if a lone "l" or "I" standing apart before the one-digit number
   * at {@code i} is the first digit of the house number, read by OCR as a letter.
   */
  private static boolean ocrOneBefore(PhiTokens t, int i) {
    int k = i - 1;
    if (k < 0 || t.end[i] - t.begin[i] != 1 || t.end[k] - t.begin[k] != 1 || !(t.is(k, "l") || t.is(k, "I")) || t.lineBefore[i]) {
      return false;
    }
    return k == 0 || t.lineBefore[k] || t.begin[k] - t.end[k - 1] >= PlaceTokens.COLUMN_GAP || t.is(k - 1, ",") || t.is(k - 1, ":");
  }

  /**
   * "Adresse : Lieu-dit Casa Bianca, route de Cauro, 20167 …": a street without a number after
   * a colon or comma counts when a postal code follows on the same line; the address runs to
   * the comma before it.
   */
  int streetWithoutNumber(PhiTokens t, int i, List<PhiSpan> out) {
    if ((t.shape[i] != Shape.TITLE && t.shape[i] != Shape.LOWER) || !lex.isStreetType(t.fold[i]) || i == 0
        || !(t.is(i - 1, ":") || t.is(i - 1, ","))) {
      return i;
    }
    int last = -1;
    for (int p = i + 1; p < t.size && !t.lineBefore[p] && p - i <= 2 * PlaceWords.MAX_STREET_WORDS; p++) {
      if (PlaceTokens.isPostalCode(t, p)) {
        if (last > i) {
          out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
          return last + 1;
        }
        return i;
      }
      if (!t.is(p, ",")) {
        last = p;
      }
    }
    return i;
  }

  /**
   * "Rue du Stade", "Avenue de la Côte de Nacre - CS 30001": a capitalised street type opening a
   * line or following a dash or a parenthesis, then a capitalised street name, without a number.
   */
  int namedStreet(PhiTokens t, int i, List<PhiSpan> out) {
    boolean pair = i + 1 < t.size && lex.isStreetTypePair(t.fold[i], t.fold[i + 1]);
    // "domicilié section Bragelogne", "elle habite quartier Bellevue": a lower-case street type,
    // or a Caribbean "section", right after a residence word of place-cues.txt.
    // "domicilié Chemin des Crêts, 74100 …": a capitalised one too.
    boolean residence = (t.shape[i] == Shape.LOWER || t.shape[i] == Shape.TITLE) && i > 0 && !t.lineBefore[i]
        && "a".equals(lex.placeCue(t.fold[i - 1])) && (lex.isStreetType(t.fold[i]) || t.fold[i].equals("section"));
    // "Sainte-Anne (section Dampierre)": a Caribbean section in brackets.
    boolean section = t.shape[i] == Shape.LOWER && t.fold[i].equals("section") && t.is(i - 1, "(");
    // "Zone Cambaie, 8 rue …  97460 …", "Zone de Californie, … - 97232 …": a zone named on an address line.
    boolean zone = t.shape[i] == Shape.TITLE && t.fold[i].equals("zone") && PlaceTokens.postalCodeLater(t, i);
    // "Parc d'activités du Moulin, 7 allée Lavoisier": a business park named before its street.
    boolean park = t.shape[i] == Shape.TITLE && t.fold[i].equals("parc") && t.is(i + 1, "d'") && i + 2 < t.size
        && PARK_KINDS.contains(t.fold[i + 2]);
    if (!lex.isStreetType(t.fold[i]) && !pair && !residence && !section && !zone && !park) {
      return i;
    }
    // "ZA du Tourillon", "BD Carnot": a short upper-case street type counts as capitalised.
    boolean capitalised = t.shape[i] == Shape.TITLE || (t.shape[i] == Shape.UPPER && t.end[i] - t.begin[i] <= 3);
    boolean title = capitalised
        && (t.lineBefore[i] || t.is(i - 1, "-") || t.is(i - 1, "(") || t.is(i - 1, "–") || t.is(i - 1, ":") || t.is(i - 1, "|")
            || (t.is(i - 1, ",") && (t.shape[i] == Shape.TITLE || PlaceTokens.postalCodeLater(t, i))) || (i > 0 && PlaceTokens.isDots(t, i - 1)) || (t.shape[i] == Shape.TITLE && afterFieldMark(t, i)));
    // "(place de l'Église, Brissac-Quincé)", "appt 23, avenue du Mont Thabor, …": a lower-case
    // street type inside parentheses or after a comma; "avenue X - CS 50488 - 59322 …" opening a
    // line of a letterhead; "CH de X – route Saint-Antoine – 20000 …" between spaced dashes.
    boolean lower = t.shape[i] == Shape.LOWER
        && (t.is(i - 1, "(") || t.is(i - 1, ",") || t.lineBefore[i] || ((t.is(i - 1, "-") || t.is(i - 1, "–")) && !t.glued(i)));
    // "la maison de la rue d'Arzew", "(entrée rue du Général Koenig)": a street type that is no
    // common word, in prose.
    boolean prose = t.shape[i] == Shape.LOWER && !pair && (PROSE_STREET_TYPES.contains(t.fold[i]) || residence);
    if (!title && !lower && !prose && !residence) {
      return i;
    }
    int p = park ? i + 3 : pair ? i + 2 : i + 1;
    if (t.is(p, ".") && t.glued(p)) {
      p++;
    }
    int last = -1;
    for (int words = 0; p < t.size && !t.lineBefore[p] && words < PlaceWords.MAX_STREET_WORDS; p++, words++) {
      if (t.capitalised(p)) {
        last = p;
      } else if (!(PlaceWords.CONNECTORS.contains(t.fold[p]) || STREET_CONNECTORS.contains(t.fold[p]))
          || (t.fold[p].equals("-") && !t.glued(p))) {
        // A spaced dash of any kind ("—" folds to "-") ends the street: "Avenue X — BP 350".
        break;
      }
    }
    if (last < 0 || (lower && !prose && !endsLowerCaseStreet(t, i, last))) {
      return i;
    }
    last = HouseNumbers.buildingParts(t, HouseNumbers.withoutNumber(t, HouseNumbers.trailingHouseNumber(t, last)));
    if ((residence || zone || park) && t.is(last + 1, ",") && last + 2 < t.size && !t.lineBefore[last + 2] && t.shape[last + 2] == Shape.NUMBER) {
      // "domiciliée Résidence Les Pins, 14 rue Haute", "Zone Cambaie, 8 rue …": one address.
      int end = street(t, last + 2, new ArrayList<>());
      last = end > last + 2 ? end - 1 : last;
    }
    out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /** "Grand'Rue", "Grand-Rue", "Grande Rue" at {@code k}, capitalised: the token after it, or {@code k}. */
  private static int grandRueEnd(PhiTokens t, int k) {
    if (k >= t.size || t.lineBefore[k] || t.shape[k] != Shape.TITLE) {
      return k;
    }
    String f = t.fold[k];
    if (f.equals("grand-rue") || f.equals("grand'rue")) {
      return k + 1;
    }
    if (k + 1 >= t.size || t.lineBefore[k + 1]) {
      return k;
    }
    if ((f.equals("grand'") || f.equals("grande")) && t.fold[k + 1].equals("rue") && t.capitalised(k + 1)) {
      return k + 2;
    }
    boolean joined = f.equals("grand") && (t.is(k + 1, "-") || t.is(k + 1, "'") || t.is(k + 1, "’"));
    return joined && k + 2 < t.size && t.fold[k + 2].equals("rue") && t.glued(k + 2) ? k + 3 : k;
  }

  /** "p1ace", "b0ulevard": a street type read by OCR with digits for the letters l and o. */
  private boolean isOcrStreetType(String folded) {
    if (folded.indexOf('1') < 0 && folded.indexOf('0') < 0) {
      return false;
    }
    String letters = folded.replace('1', 'l').replace('0', 'o');
    return Character.isLetter(letters.charAt(0)) && lex.isStreetType(letters);
  }

  /**
   * "(entrée rue du Général Koenig)": a street opened by a lower-case street type; the first word
   * of a two-word street type alone opens none in lower-case text.
   */
  int lowerCaseStreet(PhiTokens t, int i, List<PhiSpan> out) {
    return lex.isStreetType(t.fold[i]) || t.fold[i].equals("section") ? namedStreet(t, i, out) : i;
  }

  /**
   * True if a lower-case street {@code [i,last]} is closed as an address part: by a comma or a
   * bracket inside a line, by a postal code opening the next line ("…, route du Cap\n20200 …"),
   * or, opening a line, by a dash or comma before a postal box or postal code.
   */
  private boolean endsLowerCaseStreet(PhiTokens t, int i, int last) {
    int n = last + 1;
    if (t.lineBefore[i]) {
      boolean separator = n < t.size && !t.lineBefore[n] && (t.is(n, ",") || t.is(n, "–") || (t.is(n, "-") && !t.glued(n)));
      return separator && (PlaceTokens.postalCodeLater(t, n) || (n + 1 < t.size && PlaceWords.POSTAL_BOXES.contains(t.fold[n + 1])));
    }
    // "…, quartier Bellevue  |" in a table cell; "– route X – 20000 …" before a postal code.
    boolean dash = n < t.size && !t.lineBefore[n] && (t.is(n, "–") || (t.is(n, "-") && !t.glued(n)));
    return t.is(n, ",") || t.is(n, ")") || (t.is(n, "|") && !t.lineBefore[n]) || (dash && PlaceTokens.postalCodeLater(t, n))
        || (n < t.size && t.lineBefore[n] && t.shape[n] == Shape.NUMBER && PlaceTokens.isPostalCode(t, n));
  }

  /** "* Rue des X *", "///  Zone X": a street opening a letterhead field after a spaced mark. */
  private static boolean afterFieldMark(PhiTokens t, int i) {
    if (i == 0 || t.lineBefore[i] || t.glued(i)) {
      return false;
    }
    return t.is(i - 1, "*") || t.is(i - 1, "/") || t.is(i - 1, "•") || t.is(i - 1, "·");
  }

  /** "route de …", "12 impasse …", "lieu-dit …" at token {@code k}: a street starts there. */
  boolean startsStreet(PhiTokens t, int k) {
    if (k < t.size && t.shape[k] == Shape.NUMBER && !PlaceTokens.isPostalCode(t, k)) {
      k++;
      if (k < t.size && HouseNumbers.NUMBER_SUFFIX.contains(t.fold[k])) {
        k++;
      }
    }
    return k < t.size && !t.lineBefore[k] && lex.isStreetType(t.fold[k]);
  }
}

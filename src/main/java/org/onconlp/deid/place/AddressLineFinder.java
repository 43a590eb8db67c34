package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The parts of an address that are no street (ADRESSE): postal boxes ("BP 740"), house, hamlet
 * and building names ("La Grande Noue", "Immeuble Le Trident"), the value after an address
 * label, and the segment before a postal code that no street rule read.
 */
final class AddressLineFinder {
  /** Labels before an address: "Adresse :", "Domicile :". */
  private static final Set<String> ADDRESS_LABELS = Set.of("adresse", "adr", "domicile", "demeurant", "domicilie", "domiciliee");
  /** Words opening the name of a building or a house on an address line: "Immeuble Le Trident". */
  private static final Set<String> BUILDING_WORDS =
      Set.of("residence", "immeuble", "cite", "parc", "mas", "domaine", "clos", "villa", "lotissement", "hameau",
          "lieu-dit", "tour", "batiment", "bat", "chalet", "ferme", "moulin", "manoir", "section", "quartier");

  /** Words before the name of a hamlet or a lieu-dit: "au lieu-dit Le Poyet". */
  private static final Set<String> LOCALITY_WORDS = Set.of("lieu-dit", "lieudit", "hameau", "quartier", "ecart");
  /** Locality words that are also common nouns of prose: their name must be no common word. */
  private static final Set<String> PROSE_LOCALITY_WORDS = Set.of("quartier", "ecart");

  private final PhiLexicons lex;
  private final StreetFinder streets;

  AddressLineFinder(PhiLexicons lex, StreetFinder streets) {
    this.lex = lex;
    this.streets = streets;
  }

  /**
   * "au lieu-dit Le Poyet", "lieu-dit Kerguénec", "Hameau de⏎la Motte", "quartier Bois-Neuf" (with the head): a
   * hamlet's or lieu-dit's name, which may wrap after its connector, is an address. Returns the
   * token after the name, or {@code i}.
   */
  int locality(PhiTokens t, int i, List<PhiSpan> out) {
    if (!LOCALITY_WORDS.contains(t.fold[i]) || (t.shape[i] != Shape.LOWER && t.shape[i] != Shape.TITLE)) {
      return i;
    }
    int p = i + 1;
    boolean wrapped = false;
    while (p < t.size && p - i <= 3 && PlaceWords.CONNECTORS.contains(t.fold[p]) && !t.is(p, "-") && !t.is(p, "et")
        && t.shape[p] != Shape.TITLE) {
      p++;
    }
    if (p < t.size && t.lineBefore[p] && p > i + 1) {
      // "Hameau de⏎la Motte": the name wraps after its connector.
      wrapped = true;
    }
    int first = p;
    if (p < t.size && PlaceWords.ARTICLES.contains(t.fold[p]) && (wrapped || !t.lineBefore[p])) {
      p++;
    }
    int last = -1;
    while (p < t.size && (!t.lineBefore[p] || (wrapped && p == first)) && t.capitalised(p) && !lex.isStopWord(t.fold[p])
        && !PlaceWords.HEADS.contains(t.fold[p]) && !lex.isStreetType(t.fold[p])) {
      last = p++;
    }
    if (last < 0 || (t.lineBefore[first] && !wrapped) || (p == first + 1 && last == first && lex.isStopWord(t.fold[first]))) {
      return i;
    }
    // "Domicile : quartier Bois-Neuf", "Apatou, écart de Maïman" (overseas): a field of an address
    // line; not "l'écart de Glasgow" nor "le quartier Nord".
    boolean field = i > 0 && !t.lineBefore[i] && (t.is(i - 1, ",") || (t.is(i - 1, ":") && addressLabelOnLine(t, i - 1)));
    if (PROSE_LOCALITY_WORDS.contains(t.fold[i])
        && (!field || lex.isCommonWordOrPlural(t.fold[first]) || PlaceWords.COMPASS.contains(t.fold[first]))) {
      return i;
    }
    // "lieu-dit Kerguénec", "au lieu-dit Le Poyet": the name with its head, as on address lines.
    out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /** True if an address label ("Domicile déclaré", "Adresse") opens the line of token {@code k}. */
  private static boolean addressLabelOnLine(PhiTokens t, int k) {
    int start = k;
    while (start > 0 && !t.lineBefore[start]) {
      start--;
    }
    return ADDRESS_LABELS.contains(t.fold[start]);
  }

  /** "BP 740", "CS 86709", "TSA 10001": a postal box, part of the address. */
  int postalBox(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.UPPER || !PlaceWords.POSTAL_BOXES.contains(t.fold[i]) || i + 1 >= t.size
        || t.shape[i + 1] != Shape.NUMBER || t.lineBefore[i + 1] || t.end[i + 1] - t.begin[i + 1] < 2) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i + 1], "ADRESSE"));
    return i + 2;
  }

  /**
   * "8 hent Penn ar Ch'leuz, 29630 …", "2 carrer de la Font - 66700 …", "Les Hauts de Vilaine
   * app. 12, 35510 …": the part of a line between a separator (line start, comma, spaced dash,
   * bracket, colon) and the comma or dash before postal code {@code zip}, when no street rule
   * has read it, is an address if it starts with a street number or holds a building part and a
   * number, and has a capitalised word.
   */
  int segmentBeforeZip(PhiTokens t, int zip, int lastStreetEnd, List<PhiSpan> out) {
    int last = zip - 1;
    if (last < 1 || t.lineBefore[zip] || !(t.is(last, ",") || (t.is(last, "-") && !t.glued(last)) || t.is(last, "–"))) {
      return -1;
    }
    last--;
    int first = last;
    while (first > 0 && last - first < 2 * PlaceWords.MAX_STREET_WORDS && !t.lineBefore[first] && !isSegmentBreak(t, first - 1)) {
      first--;
    }
    if (first > last || first < lastStreetEnd || !(t.lineBefore[first] || isSegmentBreak(t, first - 1))) {
      return -1;
    }
    if (first < last && t.shape[first] == Shape.LOWER && ADDRESS_LABELS.contains(t.fold[first])) {
      // "domicilié La Borie Basse, 24220 …": the residence verb opens the segment, it is no part of it.
      first++;
    }
    boolean number = t.shape[first] == Shape.NUMBER && !PlaceTokens.isPostalCode(t, first) && !HouseNumbers.isTimeOrOrdinal(t, first);
    boolean capital = false;
    boolean part = false;
    for (int k = first; k <= last; k++) {
      capital |= t.capitalised(k) && !lex.isStopWord(t.fold[k]) && !PlaceWords.BUILDING_PARTS.contains(t.fold[k]);
      part |= PlaceWords.BUILDING_PARTS.contains(t.fold[k]) && k + 1 <= last
          && (isPartNumber(t, k + 1) || (t.is(k + 1, ".") && k + 2 <= last && isPartNumber(t, k + 2)));
      if (t.shape[k] == Shape.OTHER && !t.is(k, "'") && !t.is(k, ".") && !(t.is(k, "-") && t.glued(k))) {
        return -1;
      }
    }
    // "Les Bastides de Pierrerue, 04300 …": a hamlet's or building's name opening the segment.
    boolean named = (t.shape[first] == Shape.TITLE && PlaceWords.ARTICLES.contains(t.fold[first]) && !t.fold[first].startsWith("d"))
        || (BUILDING_WORDS.contains(t.fold[first]) && t.capitalised(first));
    // "12 chemin Lagourgue, Ravine des Cabris, 97432 …": a locality named between the street and
    // the postal code is the town the address belongs to.
    boolean afterStreet = (lastStreetEnd >= 0 && first == lastStreetEnd + 1 && t.is(lastStreetEnd, ",")) || streetBefore(t, first, out);
    if (!number && !part && !named && afterStreet && isLocalityName(t, first, last)) {
      out.add(new PhiSpan(t.begin[first], t.end[last], "VILLE"));
      return last + 1;
    }
    if (!capital || !(number || part || named) || last - first < 1) {
      return -1;
    }
    out.add(new PhiSpan(t.begin[first], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /**
   * True if a street found by the street rules ends right before the separator before token
   * {@code first}: a comma, or a spaced dash ("Route Impériale - Paese Novu - 20600 …").
   */
  private static boolean streetBefore(PhiTokens t, int first, List<PhiSpan> out) {
    if (first < 2 || out.isEmpty()) {
      return false;
    }
    boolean dash = (t.is(first - 1, "-") || t.is(first - 1, "–")) && !t.glued(first - 1);
    if (!(t.is(first - 1, ",") || dash)) {
      return false;
    }
    PhiSpan last = out.get(out.size() - 1);
    return last.category().equals("ADRESSE") && last.end() == t.end[first - 2];
  }

  /** True if {@code [first, last]} is capitalised words and connectors, none of them a label. */
  private boolean isLocalityName(PhiTokens t, int first, int last) {
    if (!t.capitalised(first) || !t.capitalised(last)) {
      return false;
    }
    for (int k = first; k <= last; k++) {
      boolean word = t.capitalised(k) && !lex.isStopWord(t.fold[k]) && !PlaceWords.BUILDING_PARTS.contains(t.fold[k]);
      if (!word && !PlaceWords.CONNECTORS.contains(t.fold[k])) {
        return false;
      }
    }
    return true;
  }

  /** "12", "B": the number or letter of a building part ("bât. B", "appt 12"). */
  private static boolean isPartNumber(PhiTokens t, int k) {
    return t.shape[k] == Shape.NUMBER || t.shape[k] == Shape.LETTER;
  }

  /** A token that separates the parts of an address line. */
  private static boolean isSegmentBreak(PhiTokens t, int k) {
    return t.is(k, ",") || t.is(k, "(") || t.is(k, ")") || t.is(k, ":") || t.is(k, ";") || t.is(k, "–")
        || (t.is(k, "-") && !t.glued(k + 1));
  }

  /**
   * The address part after an address label that the street rule cannot read (no street number
   * first): "Domicile : La Grande Noue, 17 route de Saumur", "Adresse : Foyer Les Mouettes,
   * chambre 27, 12 impasse des Ajoncs", "Demeurant : PK 12, route de Montsinéry, 97351 …",
   * "Adresse : Bât. B2, esc. 4, 37 avenue …". It runs to a postal code, a street after a comma
   * (which the street rules read), a spaced dash or the end of the line. Without a postal code on
   * the line, every word
   * must be capitalised, a connector, a number or a building part (not "Domicile : vit seule").
   */
  int addressLabel(PhiTokens t, int i, List<PhiSpan> out) {
    // A lower-case label needs its colon: "adresse a jour dans le dossier : …" is a sentence.
    if (!ADDRESS_LABELS.contains(t.fold[i]) || (t.shape[i] == Shape.LOWER && !t.is(i + 1, ":") && !PlaceTokens.isDots(t, i + 1))) {
      return i;
    }
    int first = t.is(i + 1, ":") ? i + 2 : i + 1;
    // "Adresse ............ La Croix du Breuil": a dotted leader stands for the colon.
    while (first < t.size && !t.lineBefore[first] && PlaceTokens.isDots(t, first)) {
      first++;
    }
    // "Adresse ..... 3 Kerhoas": a house number before a place's name without a street type
    // (a Breton hamlet); a number before a street type is the street rule's.
    boolean houseNumber = first + 1 < t.size && t.shape[first] == Shape.NUMBER && !t.lineBefore[first + 1]
        && t.end[first] - t.begin[first] <= 3 && t.shape[first + 1] == Shape.TITLE && !lex.isStreetType(t.fold[first + 1])
        && !lex.isStopWord(t.fold[first + 1]) && !lex.isCommonWordOrPlural(t.fold[first + 1]);
    // "Domicile : EHPAD Les Glycines, …" is a facility; "adr : maison Arotzenea, …" a house.
    if (first >= t.size || t.lineBefore[first] || (t.shape[first] == Shape.NUMBER && !houseNumber) || lex.isStreetType(t.fold[first])
        || (PlaceWords.HEADS.contains(t.fold[first]) && t.capitalised(first))) {
      return i;
    }
    int last = -1;
    boolean addressLike = true;
    boolean capital = false;
    boolean zipAfter = false;
    int p = first;
    for (; p < t.size && !t.lineBefore[p] && p - first < 2 * PlaceWords.MAX_STREET_WORDS; p++) {
      if (t.shape[p] == Shape.NUMBER && PlaceTokens.isPostalCode(t, p)) {
        zipAfter = true;
        break;
      }
      if (t.is(p, ":")) {
        return i;
      }
      if ((t.fold[p].equals("-") && !t.glued(p)) || (t.is(p, ",") && streets.startsStreet(t, p + 1))) {
        zipAfter = PlaceTokens.postalCodeLater(t, p);
        break;
      }
      if (t.capitalised(p)) {
        capital |= !lex.isStopWord(t.fold[p]);
      } else if (!(t.shape[p] == Shape.NUMBER || t.is(p, ",") || t.is(p, ".") || PlaceWords.CONNECTORS.contains(t.fold[p])
          || PlaceWords.BUILDING_PARTS.contains(t.fold[p]))) {
        addressLike = false;
      }
      if (!t.is(p, ",")) {
        last = p;
      }
    }
    if (last < 0 || !capital || !(zipAfter || addressLike)
        || lex.communes().longestMatch(t.fold, first, last + 1) == last + 1 - first) {
      return i;
    }
    out.add(new PhiSpan(t.begin[first], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /**
   * "La Grande Brosse", "Les Hauts de Chartreuse", "Immeuble Le Trident, 3e étage": a line of an
   * address block naming a house, a hamlet or a building, without a street number. It opens
   * with a capitalised article or a building word (BUILDING_WORDS), holds only capitalised
   * words, connectors, numbers and building parts, and stands after an address label or a
   * street line, or before a line that opens with a street or a postal code. It runs to the
   * end of the line, a spaced dash or the comma before a street or postal code.
   */
  int addressLine(PhiTokens t, int i, List<PhiSpan> out) {
    boolean article = t.shape[i] == Shape.TITLE && PlaceWords.ARTICLES.contains(t.fold[i]) && !t.fold[i].startsWith("d");
    boolean cell = i > 1 && (t.is(i - 1, ":") || t.is(i - 1, "|")) && ADDRESS_LABELS.contains(t.fold[i - 2]);
    if (!(i == 0 || t.lineBefore[i] || cell) || !(article || (BUILDING_WORDS.contains(t.fold[i]) && t.capitalised(i)))) {
      return i;
    }
    int last = -1;
    boolean name = false;
    int p = i + 1;
    for (; p < t.size && !t.lineBefore[p] && p - i <= 2 * PlaceWords.MAX_STREET_WORDS; p++) {
      if ((t.fold[p].equals("-") && !t.glued(p)) || t.is(p, "–") || (t.is(p, ",") && (streets.startsStreet(t, p + 1)
          || (p + 1 < t.size && t.shape[p + 1] == Shape.NUMBER && PlaceTokens.isPostalCode(t, p + 1))))) {
        break;
      }
      String f = t.fold[p];
      if (t.capitalised(p)) {
        if (lex.isStopWord(f) && !PlaceWords.CONNECTORS.contains(f) || PlaceWords.HEADS.contains(f)) {
          return i;
        }
        name |= !PlaceWords.CONNECTORS.contains(f);
      } else if (!(t.shape[p] == Shape.NUMBER || t.is(p, ",") || t.is(p, ".") || t.is(p, "'") || PlaceWords.CONNECTORS.contains(f)
          || PlaceWords.BUILDING_PARTS.contains(f) || HouseNumbers.isOrdinalFloor(t, p))) {
        return i;
      }
      if (!t.is(p, ",")) {
        last = p;
      }
    }
    if (!name || last < 0) {
      return i;
    }
    int next = p;
    while (next < t.size && !t.lineBefore[next]) {
      next++;
    }
    boolean before = next < t.size && (streets.startsStreet(t, next) || lex.isStreetType(t.fold[next])
        || (t.shape[next] == Shape.NUMBER && PlaceTokens.isPostalCode(t, next)));
    boolean after = t.is(p, ",");
    boolean labelOrStreet = cell || i > 0 && (ADDRESS_LABELS.contains(t.fold[i - 1]) || endsAddress(out, t.end[i - 1]));
    if (!(before || after || labelOrStreet)) {
      return i;
    }
    if (after && streets.startsStreet(t, p + 1)) {
      // "Parc Eurêka, 95 rue de la Vieille Poste": the building and its street are one address.
      List<PhiSpan> street = new ArrayList<>();
      int end = t.shape[p + 1] == Shape.NUMBER ? streets.street(t, p + 1, street) : streets.namedStreet(t, p + 1, street);
      if (end > p + 1 && street.size() == 1) {
        out.add(new PhiSpan(t.begin[i], street.get(0).end(), "ADRESSE"));
        return end;
      }
    }
    out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /** True if an address span found so far ends at {@code offset}. */
  private static boolean endsAddress(List<PhiSpan> out, int offset) {
    for (int k = out.size() - 1; k >= 0 && k >= out.size() - 4; k--) {
      if (out.get(k).end() == offset && out.get(k).category().equals("ADRESSE")) {
        return true;
      }
    }
    return false;
  }
}

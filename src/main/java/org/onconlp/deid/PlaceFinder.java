package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.text.ResourceLines;

/**
 * Finds street addresses (ADRESSE), cities (VILLE), postal codes next to a known city (ZIP) and
 * care facilities (HOPITAL) in French clinical text. CAS-free; one pass over the tokens with
 * hash-set and {@link org.onconlp.text.TokenTrie} lookups.
 *
 * <ul>
 *   <li>ADRESSE: a street number (with bis/ter), a street-type word and the street name up to
 *       the end of the line, a comma, a dash or a postal code ("12 bis rue des Lilas").
 *   <li>VILLE: a commune of the lexicon after a postal code ("69004 LYON"), at the start of a
 *       place-and-date line ("Lyon, le 3 mars 2021", "fait à Sens, le 2 mai 2022"), after a
 *       place cue of place-cues.txt ("né(e) à", also over a birth date: "né le 3 mai 1950 à
 *       Bonne"; "domicilié(e) à", "transféré à", "originaire de"), after a comma at the end of a
 *       line ("médecin traitant, Ajaccio"), or after "à" when the commune is not also a common
 *       word (the commune list holds "Sens", "Vue", "Bras"…); after a postal code that follows a
 *       street address, any capitalised words count.
 *   <li>HOPITAL: an entry of the FINESS / cancer-centre lexicon, or a facility head word (CHU,
 *       CH, CHR, Hôpital, Clinique, Polyclinique, Institut, Centre Hospitalier, Groupe
 *       Hospitalier, EHPAD…) followed by its capitalised name with its connectors ("Centre
 *       Hospitalier de Valmont", "Institut de Cancérologie de l'Ouest"); a bare head word
 *       ("au CHU") is not PHI.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class PlaceFinder {
  private static final Set<String> HEADS =
      Set.of(
          "chu", "chr", "chru", "ch", "chi", "chs", "chd", "gh", "ghu", "hopital", "hopitaux",
          "clinique", "polyclinique", "institut", "centre", "groupe", "ehpad", "hia", "fondation",
          "maison", "hospices", "had", "emsp", "ssiad", "ssr", "usld", "cabinet", "laboratoire", "site", "chp",
          "reseau", "cecos", "cliniques", "efs", "dispensaire");
  /** Heads that need a capitalised word right after them (not "de"): "Centre Léon Bérard". */
  /** Lower-case words of a facility's own name: "Institut de cancérologie Sainte-Adèle". */
  private static final Set<String> DESCRIPTORS =
      Set.of(
          "cancerologie", "oncologie", "radiotherapie", "cancer", "sante", "soins", "medecine",
          "chirurgie", "regional", "regionale", "universitaire", "hospitalier", "hospitaliere",
          "prive", "privee", "mutualiste", "interregional", "pathologie", "pathologique",
          "pathologiques", "anatomie", "cytologie", "imagerie", "medicale", "medical", "radiologie",
          "biologie", "nucleaire", "local", "locale", "analyses", "medicales", "specialise",
          "specialisee", "oncologique", "reeducation", "readaptation", "genomique", "genetique", "moleculaire",
          "dentaire", "dentaires", "palliatifs", "palliatif", "infirmiers", "dialyse", "universitaires",
          "coordination", "depistage", "depistages", "cancers");
  private static final Set<String> WEAK_HEADS =
      Set.of("centre", "groupe", "maison", "fondation", "cabinet", "laboratoire", "site", "reseau");
  private static final Set<String> CONNECTORS =
      Set.of("de", "du", "des", "d'", "la", "le", "l'", "les", "et", "sur", "en", "-", "sous", "lez", "\"", "«", "»", "“", "”");
  /** Lower-case words before a laboratory's brand name. */
  private static final Set<String> LAB_HEADS = Set.of("laboratoire", "labo", "plateforme");
  private static final Set<String> POSTAL_BOXES = Set.of("bp", "cs", "tsa");
  private static final Set<String> BUILDING_PARTS =
      Set.of("bat", "batiment", "esc", "escalier", "appt", "apt", "app", "appartement", "etage", "porte", "entree", "bloc", "lot");
  private static final Set<String> ADDRESS_LABELS = Set.of("adresse", "adr", "domicile", "demeurant", "domicilie", "domiciliee");
  private static final Set<String> BIRTH_WORDS = Set.of("ne", "nee");
  /** Tokens that may stand between a birth word and "à": a birth date ("le 10 mai 1950"). */
  private static final int MAX_BIRTH_DATE_TOKENS = 9;
  private static final Set<String> NUMBER_SUFFIX = Set.of("bis", "ter", "quater", "b", "a", "c");
  private static final Set<String> MONTHS =
      Set.of(
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre");
  private static final int MAX_STREET_WORDS = 8;
  private static final int MAX_FACILITY_WORDS = 8;
  /** Spaces between two words that make them separate columns or header fields. */
  private static final int COLUMN_GAP = 3;

  /** Letters a local facility acronym starts with: CHB, GHSR, HPA, CLxx. */
  private static final Set<String> ACRONYM_PREFIXES = Set.of("ch", "gh", "hp", "hi", "cl");
  /** Verbs of a referral or a transfer, before "par le" or "au" and a facility. */
  private static final Set<String> REFERRAL_VERBS =
      Set.of("adresse", "adressee", "transfere", "transferee", "hospitalise", "hospitalisee", "mute", "mutee");
  /** Compass points: "site Nord" names a building, not a facility. */
  private static final Set<String> COMPASS = Set.of("nord", "sud", "est", "ouest", "centre");
  /** Street types that are no common word, read in prose before a capitalised name. */
  private static final Set<String> PROSE_STREET_TYPES = Set.of("rue", "avenue", "boulevard", "impasse", "allee", "quai");
  /** Lower-case heads that open a facility's name before a capitalised word. */
  private static final Set<String> LOWER_HEADS = Set.of("hopital", "clinique", "polyclinique", "site");
  /** Parts of a facility named after it with a dash: "CHU de Rennes - Antenne de Vitré". */
  private static final Set<String> UNIT_WORDS =
      Set.of("antenne", "pole", "unite", "pavillon", "batiment", "secretariat", "departement", "consultation",
          "consultations", "accueil", "direction", "bureau", "page", "service", "hdj", "plateau");
  /** Connectors between "site" and its name. */
  private static final Set<String> SITE_CONNECTORS = Set.of("de", "du", "d'");
  /** Capitalised service words that open a letterhead facility name: "Imagerie Médicale du …". */
  private static final Set<String> SERVICE_HEADS = Set.of("imagerie", "radiologie", "biologie");
  /** Lower-case facility words that may stand inside a name after a connector. */
  private static final Set<String> INNER_HEADS = Set.of("hopital", "clinique");
  /** Home-care heads named by their département's number: "HAD 63". */
  private static final Set<String> DEPARTMENT_HEADS = Set.of("had", "ssiad");

  private final PhiLexicons lex;
  /** Clinical words shaped like a facility acronym (facility-acronym-stopwords.txt). */
  private final Set<String> acronymStopWords;
  /** Short names of well-known facilities (facility-short-names.txt), read after "à (la)" or a dash. */
  private final Set<String> shortNames;
  /** Organisations written before their town (town-after-words.txt), folded words. */
  private final Set<List<String>> townAfterWords;

  /** A finder over the given lexicons. */
  public PlaceFinder(PhiLexicons lex) {
    this.lex = lex;
    this.acronymStopWords = Set.copyOf(ResourceLines.load("/org/onconlp/deid/facility-acronym-stopwords.txt"));
    this.shortNames = Set.copyOf(ResourceLines.load("/org/onconlp/deid/facility-short-names.txt"));
    this.townAfterWords = ResourceLines.load("/org/onconlp/deid/town-after-words.txt").stream()
        .map(line -> List.of(line.strip().split(" ")))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Finds places in a document.
   *
   * @param t the document's tokens
   * @return spans, possibly overlapping (the resolver arbitrates)
   */
  public List<PhiSpan> find(PhiTokens t) {
    return find(t, List.of());
  }

  /**
   * Finds places in a document whose person names are known: a commune name standing on its
   * own is not taken where the name finder read a person's name ("Dr Pons", "Drs Mialot et
   * LUSSAC"); the stronger place rules (after a postal code, a place cue) still apply.
   *
   * @param t the document's tokens
   * @param persons spans of {@link PersonNameFinder} on the same tokens
   * @return spans, possibly overlapping (the resolver arbitrates)
   */
  public List<PhiSpan> find(PhiTokens t, List<PhiSpan> persons) {
    boolean[] person = new boolean[t.size];
    for (PhiSpan p : persons) {
      for (int k = firstTokenAt(t, p.begin()); k < t.size && t.begin[k] < p.end(); k++) {
        person[k] = true;
      }
    }
    List<PhiSpan> out = new ArrayList<>();
    int lastStreetEnd = -1;
    for (int i = 0; i < t.size; i++) {
      Shape s = t.shape[i];
      if (t.fold[i].equals("site") && siteName(t, i, out) > i) {
        i = siteName(t, i, new ArrayList<>()) - 1;
        continue;
      }
      if (s == Shape.NUMBER) {
        int streetEnd = street(t, i, out);
        if (streetEnd > i) {
          lastStreetEnd = streetEnd;
          i = streetEnd - 1;
          continue;
        }
        if (isPostalCode(t, i)) {
          if (segmentBeforeZip(t, i, lastStreetEnd, out) > 0) {
            lastStreetEnd = i;
          }
          boolean addressLine = (lastStreetEnd >= 0 && i - lastStreetEnd <= 3) || t.is(i - 1, ",");
          int cityEnd = cityAfterZip(t, i, out, addressLine);
          if (cityEnd > i) {
            i = cityEnd - 1;
          }
        }
      } else if ((s == Shape.TITLE || s == Shape.LOWER) && lex.isStreetType(t.fold[i])
          && i > 0 && (t.is(i - 1, ":") || t.is(i - 1, ",")) && streetWithoutNumber(t, i, out) > i) {
        lastStreetEnd = streetWithoutNumber(t, i, new ArrayList<>());
        i = lastStreetEnd - 1;
      } else if (s == Shape.LETTER && t.fold[i].equals("a") && i > 0
          && (t.shape[i - 1] == Shape.UPPER || t.is(i - 1, ",") || afterPlaceCue(t, i, "a"))
          && upperCaseCity(t, i + 1, out) > i + 1) {
        i = upperCaseCity(t, i + 1, new ArrayList<>()) - 1;
      } else if (s == Shape.TITLE || s == Shape.UPPER || s == Shape.LETTER) {
        int end = postalBox(t, i, out);
        if (end == i && s == Shape.TITLE && shortNames.contains(t.fold[i]) && i > 0 && !t.lineBefore[i]
            && (t.is(i - 1, "-") || t.is(i - 1, "–")) && !t.glued(i)) {
          // "Dr Inès Belkacem - Curie (site Paris)": a facility's short name after a spaced dash.
          out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
          end = i + 1;
        }
        if (end == i) {
          end = namedStreet(t, i, out);
        }
        if (end == i) {
          end = addressLabel(t, i, out);
        }
        if (end == i) {
          end = facility(t, i, out);
          if (end > i) {
            end = siteAfterFacility(t, i, end, out, person);
          } else if (HEADS.contains(t.fold[i]) && !WEAK_HEADS.contains(t.fold[i]) && t.is(i + 1, "(")) {
            // "vivant en EHPAD (Les Tilleuls, Beaune)": a bare facility kind, its name in brackets.
            end = siteAfterFacility(t, i, i + 1, out, person);
            end = end > i + 1 ? end : i;
          } else {
            end = acronymBeforeFacility(t, i, out);
          }
        }
        if (end == i) {
          end = cityAtLineStart(t, i, out);
        }
        if (end == i) {
          end = townAfterOrganisation(t, i, out);
        }
        if (end == i && !person[i]) {
          end = looseCity(t, i, out);
        }
        if (end > i) {
          i = end - 1;
        }
      } else if (s == Shape.OTHER && Character.isUpperCase(t.text.charAt(t.begin[i]))
          && lex.hospitals().longestMatch(t.fold, i, t.size) > 0) {
        // "IM2S": a facility acronym of the lexicon with a digit in it.
        int len = lex.hospitals().longestMatch(t.fold, i, t.size);
        out.add(new PhiSpan(t.begin[i], t.end[i + len - 1], "HOPITAL"));
        i += len - 1;
      } else if (t.is(i, "(") && i > 0 && t.shape[i - 1] == Shape.NUMBER && t.capitalised(i + 1)) {
        // "né le 17/07/1948 (Ajaccio)": a birthplace in parentheses after a date.
        int len = lex.communes().longestMatch(t.fold, i + 1, t.size);
        if (len > 0 && t.is(i + 1 + len, ")")) {
          out.add(new PhiSpan(t.begin[i + 1], t.end[i + len], "VILLE"));
          i += len;
        }
      } else if (s == Shape.LOWER && ADDRESS_LABELS.contains(t.fold[i]) && addressLabel(t, i, out) > i) {
        i = addressLabel(t, i, new ArrayList<>()) - 1;
      } else if (s == Shape.LOWER && LOWER_HEADS.contains(t.fold[i]) && lowerCaseFacility(t, i, out) > i) {
        i = lowerCaseFacility(t, i, new ArrayList<>()) - 1;
      } else if (s == Shape.LOWER && LAB_HEADS.contains(t.fold[i]) && laboratory(t, i, out) > i) {
        i = laboratory(t, i, new ArrayList<>()) - 1;
      } else if (s == Shape.LOWER && lex.isStreetType(t.fold[i]) && namedStreet(t, i, out) > i) {
        i = namedStreet(t, i, new ArrayList<>()) - 1;
      } else if (t.fold[i].equals("a") && t.shape[i] == Shape.LOWER && (t.is(i, "à") || afterPlaceCue(t, i, "a"))) {
        int end = cityAfterA(t, i, out);
        if (end > i) {
          i = end - 1;
        }
      } else if (s == Shape.LOWER && t.fold[i].equals("en") && afterPlaceCue(t, i, "a") && cityAfterEn(t, i, out) > i) {
        i = cityAfterEn(t, i, new ArrayList<>()) - 1;
      } else if (s == Shape.LOWER && (t.fold[i].equals("au") || t.fold[i].equals("des")) && contractedCity(t, i, out) > i) {
        i = contractedCity(t, i, new ArrayList<>()) - 1;
      } else if (s == Shape.LOWER && (t.fold[i].equals("de") || t.fold[i].equals("d'") || t.fold[i].equals("du"))) {
        int end = cityAfterDe(t, i, out);
        if (end > i) {
          i = end - 1;
        }
      }
    }
    return out;
  }

  /** "12 bis rue des Lilas": returns the token after the street name, or {@code i}. */
  private int street(PhiTokens t, int i, List<PhiSpan> out) {
    if ((t.end[i] - t.begin[i] > 4 && !isNumberRange(t, i)) || (i > 0 && t.glued(i) && t.shape[i - 1] != Shape.OTHER)
        || isTimeOrOrdinal(t, i)) {
      return i;
    }
    int k = letterSpacedNumberEnd(t, i);
    if (k < t.size && NUMBER_SUFFIX.contains(t.fold[k]) && t.shape[k] == Shape.LOWER) {
      k++;
    }
    if (t.is(k, ",")) {
      // "septembre 2024, cours à distance": a year before a comma is no house number.
      if (k == i + 1 && t.end[i] - t.begin[i] == 4 && (t.fold[i].startsWith("19") || t.fold[i].startsWith("20"))) {
        return i;
      }
      k++;
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
    while (p < t.size && words < MAX_STREET_WORDS
        && (!t.lineBefore[p] || (p > typeEnd && CONNECTORS.contains(t.fold[p - 1]) && t.capitalised(p)))) {
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
    out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
    return last + 1;
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
   * "1 1 4  av. …": the token after a street number written digit by digit (OCR output, one
   * space apart), or {@code i + 1} for an ordinary number.
   */
  private static int letterSpacedNumberEnd(PhiTokens t, int i) {
    int k = i + 1;
    if (t.end[i] - t.begin[i] != 1) {
      return k;
    }
    while (k < t.size && k - i < 4 && t.shape[k] == Shape.NUMBER && t.end[k] - t.begin[k] == 1
        && !t.lineBefore[k] && t.begin[k] - t.end[k - 1] == 1) {
      k++;
    }
    return k;
  }

  /** Index of the first token ending after {@code offset} (binary search). */
  private static int firstTokenAt(PhiTokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * "9h10 passage IDE", "1er passage", "3e étage": a clock time or an ordinal, not a street
   * number; letters glued to a street number may only be a suffix ("12b", "7bis").
   */
  private static boolean isTimeOrOrdinal(PhiTokens t, int i) {
    int c = t.begin[i];
    while (c < t.end[i] && Character.isDigit(t.text.charAt(c))) {
      c++;
    }
    if (c == t.end[i]) {
      return false;
    }
    String rest = t.text.substring(c, t.end[i]).toLowerCase(Locale.ROOT);
    return !NUMBER_SUFFIX.contains(rest) && !rest.startsWith("-");
  }

  /** "47-83": a range of street numbers. */
  private static boolean isNumberRange(PhiTokens t, int i) {
    int dash = t.text.indexOf('-', t.begin[i]);
    if (dash < 0 || dash >= t.end[i] || dash - t.begin[i] > 4 || t.end[i] - dash - 1 > 4 || t.end[i] - dash < 2) {
      return false;
    }
    for (int c = t.begin[i]; c < t.end[i]; c++) {
      if (c != dash && !Character.isDigit(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** "BP 740", "CS 86709", "TSA 10001": a postal box, part of the address. */
  private int postalBox(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.UPPER || !POSTAL_BOXES.contains(t.fold[i]) || i + 1 >= t.size
        || t.shape[i + 1] != Shape.NUMBER || t.lineBefore[i + 1] || t.end[i + 1] - t.begin[i + 1] < 2) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i + 1], "ADRESSE"));
    return i + 2;
  }

  /**
   * "Rue du Stade", "Avenue de la Côte de Nacre - CS 30001": a capitalised street type opening a
   * line or following a dash or a parenthesis, then a capitalised street name, without a number.
   */
  private int namedStreet(PhiTokens t, int i, List<PhiSpan> out) {
    boolean pair = i + 1 < t.size && lex.isStreetTypePair(t.fold[i], t.fold[i + 1]);
    if (!lex.isStreetType(t.fold[i]) && !pair) {
      return i;
    }
    // "ZA du Tourillon", "BD Carnot": a short upper-case street type counts as capitalised.
    boolean capitalised = t.shape[i] == Shape.TITLE || (t.shape[i] == Shape.UPPER && t.end[i] - t.begin[i] <= 3);
    boolean title = capitalised
        && (t.lineBefore[i] || t.is(i - 1, "-") || t.is(i - 1, "(") || t.is(i - 1, "–") || t.is(i - 1, ":") || t.is(i - 1, "|")
            || (t.is(i - 1, ",") && t.shape[i] == Shape.TITLE));
    // "(place de l'Église, Brissac-Quincé)", "appt 23, avenue du Mont Thabor, …": a lower-case
    // street type inside parentheses or after a comma; "avenue X - CS 50488 - 59322 …" opening a
    // line of a letterhead.
    boolean lower = t.shape[i] == Shape.LOWER && (t.is(i - 1, "(") || t.is(i - 1, ",") || t.lineBefore[i]);
    // "la maison de la rue d'Arzew", "(entrée rue du Général Koenig)": a street type that is no
    // common word, in prose.
    boolean prose = t.shape[i] == Shape.LOWER && !pair && PROSE_STREET_TYPES.contains(t.fold[i]);
    if (!title && !lower && !prose) {
      return i;
    }
    int p = pair ? i + 2 : i + 1;
    if (t.is(p, ".") && t.glued(p)) {
      p++;
    }
    int last = -1;
    for (int words = 0; p < t.size && !t.lineBefore[p] && words < MAX_STREET_WORDS; p++, words++) {
      if (t.capitalised(p)) {
        last = p;
      } else if (!CONNECTORS.contains(t.fold[p]) || (t.fold[p].equals("-") && !t.glued(p))) {
        // A spaced dash of any kind ("—" folds to "-") ends the street: "Avenue X — BP 350".
        break;
      }
    }
    if (last < 0 || (lower && !prose && !endsLowerCaseStreet(t, i, last))) {
      return i;
    }
    last = buildingParts(t, trailingHouseNumber(t, last));
    out.add(new PhiSpan(t.begin[i], t.end[last], "ADRESSE"));
    return last + 1;
  }

  /**
   * "Avenue Hippocrate 10", "Rue Gabrielle-Perret-Gentil 4, 1205 Genève", "ZA de Kervidanou 3 -
   * BP 41": a house number of one to four digits written after the street's name (Belgian and
   * Swiss usage), closing the line or before a comma or a spaced dash. Returns its token, or
   * {@code last}.
   */
  private static int trailingHouseNumber(PhiTokens t, int last) {
    int n = last + 1;
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.NUMBER || t.glued(n) || t.end[n] - t.begin[n] > 4
        || !isAllDigits(t, n)) {
      return last;
    }
    int after = n + 1;
    boolean closed = after >= t.size || t.lineBefore[after] || t.is(after, ",")
        || ((t.is(after, "-") || t.is(after, "–")) && !t.glued(after));
    return closed ? n : last;
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
      return separator && (postalCodeLater(t, n) || (n + 1 < t.size && POSTAL_BOXES.contains(t.fold[n + 1])));
    }
    return t.is(n, ",") || t.is(n, ")") || (n < t.size && t.lineBefore[n] && t.shape[n] == Shape.NUMBER && isPostalCode(t, n));
  }

  /**
   * ", bât. C, esc. B, appt 23", ", 3e étage", ", n° 7" after a street or a residence: the end of
   * the address part.
   */
  private static int buildingParts(PhiTokens t, int last) {
    while (t.is(last + 1, ",") && last + 3 < t.size && !t.lineBefore[last + 2]) {
      int part = last + 2;
      if (t.shape[part] == Shape.NUMBER && !t.lineBefore[part + 1] && BUILDING_PARTS.contains(t.fold[part + 1])
          && t.end[part] - t.begin[part] <= 4) {
        // "3e étage": an ordinal before the building part.
        last = part + 1;
        continue;
      }
      int numberSign = numberSignEnd(t, part);
      if (numberSign > part && numberSign < t.size && t.shape[numberSign] == Shape.NUMBER && !t.lineBefore[numberSign]) {
        last = numberSign;
        continue;
      }
      if (!BUILDING_PARTS.contains(t.fold[part])) {
        break;
      }
      int p = last + 3;
      if (t.is(p, ".") && t.glued(p)) {
        p++;
      }
      if (p >= t.size || t.lineBefore[p] || !(t.shape[p] == Shape.NUMBER || t.capitalised(p))) {
        break;
      }
      last = p;
    }
    return last;
  }

  /** "n°", "n °", "no" at {@code k}: the token after the number sign, or {@code k}. */
  private static int numberSignEnd(PhiTokens t, int k) {
    if (k >= t.size || !(t.fold[k].equals("n") || t.fold[k].equals("n°") || t.fold[k].equals("no"))) {
      return k;
    }
    if (t.fold[k].equals("n") && t.is(k + 1, "°")) {
      return k + 2;
    }
    return t.fold[k].equals("n") ? k : k + 1;
  }

  /**
   * "8 hent Penn ar Ch'leuz, 29630 …", "2 carrer de la Font - 66700 …", "Les Hauts de Vilaine
   * app. 12, 35510 …": the part of a line between a separator (line start, comma, spaced dash,
   * bracket, colon) and the comma or dash before postal code {@code zip}, when no street rule
   * has read it, is an address if it starts with a street number or holds a building part and a
   * number, and has a capitalised word.
   */
  private int segmentBeforeZip(PhiTokens t, int zip, int lastStreetEnd, List<PhiSpan> out) {
    int last = zip - 1;
    if (last < 1 || t.lineBefore[zip] || !(t.is(last, ",") || (t.is(last, "-") && !t.glued(last)) || t.is(last, "–"))) {
      return -1;
    }
    last--;
    int first = last;
    while (first > 0 && last - first < 2 * MAX_STREET_WORDS && !t.lineBefore[first] && !isSegmentBreak(t, first - 1)) {
      first--;
    }
    if (first > last || first < lastStreetEnd || !(t.lineBefore[first] || isSegmentBreak(t, first - 1))) {
      return -1;
    }
    boolean number = t.shape[first] == Shape.NUMBER && !isPostalCode(t, first) && !isTimeOrOrdinal(t, first);
    boolean capital = false;
    boolean part = false;
    for (int k = first; k <= last; k++) {
      capital |= t.capitalised(k) && !lex.isStopWord(t.fold[k]) && !BUILDING_PARTS.contains(t.fold[k]);
      part |= BUILDING_PARTS.contains(t.fold[k]) && k + 1 <= last
          && (t.shape[k + 1] == Shape.NUMBER || (t.is(k + 1, ".") && k + 2 <= last && t.shape[k + 2] == Shape.NUMBER));
      if (t.shape[k] == Shape.OTHER && !t.is(k, "'") && !t.is(k, ".") && !(t.is(k, "-") && t.glued(k))) {
        return -1;
      }
    }
    if (!capital || !(number || part) || last - first < 1) {
      return -1;
    }
    out.add(new PhiSpan(t.begin[first], t.end[last], "ADRESSE"));
    return last + 1;
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
  private int addressLabel(PhiTokens t, int i, List<PhiSpan> out) {
    // A lower-case label needs its colon: "adresse a jour dans le dossier : …" is a sentence.
    if (!ADDRESS_LABELS.contains(t.fold[i]) || (t.shape[i] == Shape.LOWER && !t.is(i + 1, ":") && !isDots(t, i + 1))) {
      return i;
    }
    int first = t.is(i + 1, ":") ? i + 2 : i + 1;
    // "Adresse ............ La Croix du Breuil": a dotted leader stands for the colon.
    while (first < t.size && !t.lineBefore[first] && isDots(t, first)) {
      first++;
    }
    // "Domicile : EHPAD Les Glycines, …" is a facility; "adr : maison Arotzenea, …" a house.
    if (first >= t.size || t.lineBefore[first] || t.shape[first] == Shape.NUMBER || lex.isStreetType(t.fold[first])
        || (HEADS.contains(t.fold[first]) && t.capitalised(first))) {
      return i;
    }
    int last = -1;
    boolean addressLike = true;
    boolean capital = false;
    boolean zipAfter = false;
    int p = first;
    for (; p < t.size && !t.lineBefore[p] && p - first < 2 * MAX_STREET_WORDS; p++) {
      if (t.shape[p] == Shape.NUMBER && isPostalCode(t, p)) {
        zipAfter = true;
        break;
      }
      if (t.is(p, ":")) {
        return i;
      }
      if ((t.fold[p].equals("-") && !t.glued(p)) || (t.is(p, ",") && startsStreet(t, p + 1))) {
        zipAfter = postalCodeLater(t, p);
        break;
      }
      if (t.capitalised(p)) {
        capital |= !lex.isStopWord(t.fold[p]);
      } else if (!(t.shape[p] == Shape.NUMBER || t.is(p, ",") || t.is(p, ".") || CONNECTORS.contains(t.fold[p])
          || BUILDING_PARTS.contains(t.fold[p]))) {
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

  /** True if token {@code k} is made of dots only (a leader between a label and its value). */
  private static boolean isDots(PhiTokens t, int k) {
    if (k >= t.size) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (t.text.charAt(c) != '.' && t.text.charAt(c) != '…') {
        return false;
      }
    }
    return true;
  }

  /** "route de …", "12 impasse …", "lieu-dit …" at token {@code k}: a street starts there. */
  private boolean startsStreet(PhiTokens t, int k) {
    if (k < t.size && t.shape[k] == Shape.NUMBER && !isPostalCode(t, k)) {
      k++;
      if (k < t.size && NUMBER_SUFFIX.contains(t.fold[k])) {
        k++;
      }
    }
    return k < t.size && !t.lineBefore[k] && lex.isStreetType(t.fold[k]);
  }

  /** True if a postal code follows token {@code k} on the same line. */
  private static boolean postalCodeLater(PhiTokens t, int k) {
    for (int p = k + 1; p < t.size && !t.lineBefore[p]; p++) {
      if (t.shape[p] == Shape.NUMBER && isPostalCode(t, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Adresse : Lieu-dit Casa Bianca, route de Cauro, 20167 …": a street without a number after
   * a colon or comma counts when a postal code follows on the same line; the address runs to
   * the comma before it.
   */
  private int streetWithoutNumber(PhiTokens t, int i, List<PhiSpan> out) {
    int last = -1;
    for (int p = i + 1; p < t.size && !t.lineBefore[p] && p - i <= 2 * MAX_STREET_WORDS; p++) {
      if (isPostalCode(t, p)) {
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

  private static boolean isPostalCode(PhiTokens t, int i) {
    if (t.end[i] - t.begin[i] != 5) {
      return false;
    }
    // A number token may hold a decimal comma: "40,05 Gy" is a dose, no postal code.
    for (int k = t.begin[i]; k < t.end[i]; k++) {
      if (t.text.charAt(k) < '0' || t.text.charAt(k) > '9') {
        return false;
      }
    }
    int dept = (t.text.charAt(t.begin[i]) - '0') * 10 + (t.text.charAt(t.begin[i] + 1) - '0');
    return dept >= 1 && dept <= 98 && dept != 96;
  }

  /** "69004 LYON": the city after a postal code; the postal code too when a known city follows. */
  private int cityAfterZip(PhiTokens t, int i, List<PhiSpan> out, boolean afterStreet) {
    int c = i + 1;
    // "75014 / PARIS" in a table of identity fields.
    if (t.is(c, "/") && c + 1 < t.size && !t.lineBefore[c + 1]) {
      c++;
    }
    if (c >= t.size || t.lineBefore[c]) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len > 0 && t.capitalised(c)) {
      out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
      out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
      return c + len;
    }
    if (!afterStreet) {
      return i;
    }
    int last = -1;
    int p = c;
    while (p < t.size && !t.lineBefore[p] && (t.capitalised(p) || (t.is(p, "-") && t.glued(p)) || (last >= 0 && CONNECTORS.contains(t.fold[p])))) {
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
    out.add(new PhiSpan(t.begin[c], t.end[last], "VILLE"));
    return last + 1;
  }

  /** "Lyon, le 3 mars 2021": a known commune opening a line, before ", le". */
  private int cityAtLineStart(PhiTokens t, int i, List<PhiSpan> out) {
    if (!t.lineBefore[i]) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    boolean known = len > 0;
    if (!known) {
      len = properNameRun(t, i);
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
  private int townAfterOrganisation(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || t.lineBefore[i] || !t.capitalised(i) || !(precededBy(t, i, 1) || precededBy(t, i, 2))) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    if (len == 0) {
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

  /** The number of capitalised tokens (at most three) from {@code i} on the same line. */
  private int properNameRun(PhiTokens t, int i) {
    int p = i;
    while (p < t.size && p - i < 3 && (p == i || !t.lineBefore[p])
        && t.capitalised(p) && !lex.isStopWord(t.fold[p])) {
      p++;
    }
    return p - i;
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
    if (c >= t.size || !(t.capitalised(c) || lowerCaseBirthplace(t, i, c))) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len == 0 && afterPlaceCue(t, i, "a") && t.capitalised(c) && !lex.isCommonWordOrPlural(t.fold[c])) {
      // "née le 15/08/1931 à Naples (Italie)": a birthplace abroad is not in the commune list.
      len = properNameRun(t, c);
    }
    if (len == 0 && countryInParentheses(t, c + properNameRun(t, c))) {
      // "traitée à Cracovie (Pologne)": a town abroad, named with its country.
      len = properNameRun(t, c);
    }
    if (len == 0) {
      return i;
    }
    boolean strong = afterPlaceCue(t, i, "a") || placeDateLine(t, c + len) || countryInParentheses(t, c + len);
    if (!strong && (len == 1 && (lex.isCommonWord(t.fold[c]) || lex.isStopWord(t.fold[c]) || lex.isGivenName(t.fold[c])))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
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
      int len = properNameRun(t, c + 2);
      if (len > 0 && t.is(c + 2 + len, ")")) {
        out.add(new PhiSpan(t.begin[c + 2], t.end[c + 1 + len], "VILLE"));
        return c + 2 + len;
      }
    }
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.TITLE || lex.isCountry(t.fold[c])
        || lex.isCommonWordOrPlural(t.fold[c]) || lex.isStopWord(t.fold[c])) {
      return i;
    }
    int len = properNameRun(t, c);
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
   * "au Tampon", "des Herbiers": a commune whose name starts with "Le" or "Les", after the
   * article contracted with "à" or "de"; the article is not part of the span.
   */
  private int contractedCity(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    if (c >= t.size || t.lineBefore[c] || t.shape[c] != Shape.TITLE) {
      return i;
    }
    String[] probe = new String[Math.min(4, t.size - c) + 1];
    probe[0] = t.fold[i].equals("au") ? "le" : "les";
    System.arraycopy(t.fold, c, probe, 1, probe.length - 1);
    int len = lex.communes().longestMatch(probe, 0, probe.length) - 1;
    if (len <= 0 || (len == 1 && (lex.isCommonWordOrPlural(t.fold[c]) || lex.isStopWord(t.fold[c])))
        || (c + len < t.size && !t.lineBefore[c + len] && t.capitalised(c + len))) {
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

  /** "originaire de Vire", "native d'Auch": a city after a cue that takes "de". */
  private int cityAfterDe(PhiTokens t, int i, List<PhiSpan> out) {
    int c = i + 1;
    if (c >= t.size || !t.capitalised(c) || !afterPlaceCue(t, i, "de")) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, c, t.size);
    if (len == 0 && t.shape[c] == Shape.TITLE && !lex.isCountry(t.fold[c])
        && !lex.isCommonWordOrPlural(t.fold[c]) && !lex.isGivenName(t.fold[c])) {
      // "venu de Porto": a town abroad after a cue of origin, not in the commune list.
      len = properNameRun(t, c);
    }
    if (len == 0) {
      return i;
    }
    out.add(new PhiSpan(t.begin[c], t.end[c + len - 1], "VILLE"));
    return c + len;
  }

  /**
   * A commune of the lexicon standing on its own: "Dr Vanhoutte (Roubaix)", "Hôpital
   * Saint-Joseph - Marseille", "médecin traitant, Ajaccio", "cabinet infirmier de Ploërmel".
   * Not a common word nor a frequent given name, not part of a longer run of capitalised words
   * (a person's or a street's name: "Bd Jacques Monod", "Dr Pons", "C. Roubaix"), which the
   * other rules judge.
   */
  private int looseCity(PhiTokens t, int i, List<PhiSpan> out) {
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    if (len == 0) {
      return i;
    }
    // "Paris 14e", "Centre de Lutte Contre le Cancer Nice": a city even when also a common word.
    boolean cityContext = arrondissement(t, i + len) > i + len
        || (i > 0 && !t.lineBefore[i] && t.capitalised(i - 1) && t.fold[i - 1].equals("cancer"));
    if (len == 1 && !cityContext) {
      String f = t.fold[i];
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
        && ((t.capitalised(i - 1) && t.begin[i] - t.end[i - 1] < COLUMN_GAP && !DESCRIPTORS.contains(t.fold[i - 1]))
            || t.is(i - 1, "."));
    boolean nameAfter = e < t.size && !t.lineBefore[e] && t.capitalised(e) && !t.is(e, "CEDEX") && !t.fold[e].equals("cedex")
        && t.begin[e] - t.end[e - 1] < COLUMN_GAP;
    if (nameBefore || nameAfter) {
      return i;
    }
    e = arrondissement(t, e);
    out.add(new PhiSpan(t.begin[i], t.end[e - 1], "VILLE"));
    return e;
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
   * "CHB", "GHSR", "HPA", "CHOG": an upper-case word of three or four letters starting like a
   * local facility's acronym (centre / groupe hospitalier, hôpital privé…), unless it is a
   * clinical look-alike of facility-acronym-stopwords.txt or a generic kind (CHU).
   */
  private boolean isFacilityAcronym(PhiTokens t, int i) {
    int len = t.end[i] - t.begin[i];
    String f = t.fold[i];
    return t.shape[i] == Shape.UPPER && len >= 3 && len <= 4 && ACRONYM_PREFIXES.contains(f.substring(0, 2))
        && !acronymStopWords.contains(f) && !HEADS.contains(f) && !lex.isStopWord(f) && !lex.isCommonWord(f)
        && !(i > 0 && t.glued(i) && (t.is(i - 1, "-") || t.is(i - 1, "/")));
  }

  /**
   * "urgences HPE", "adressé par le CMCO", "transférée au CMCR": an upper-case acronym of three
   * to five letters after "urgences" or after a referral or transfer verb and its article names
   * a hospital (not a generic kind such as CHU, nor a unit of facility-acronym-stopwords.txt
   * such as SAU or USIC).
   */
  private boolean afterEmergencyWord(PhiTokens t, int i) {
    int len = t.end[i] - t.begin[i];
    String f = t.fold[i];
    if (i == 0 || t.lineBefore[i] || t.shape[i] != Shape.UPPER || len < 3 || len > 5 || HEADS.contains(f)
        || acronymStopWords.contains(f) || lex.isStopWord(f)) {
      return false;
    }
    if (t.fold[i - 1].equals("urgences")) {
      return true;
    }
    String article = t.fold[i - 1];
    boolean byThe = (article.equals("le") || article.equals("la") || article.equals("l'")) && i > 2
        && t.fold[i - 2].equals("par") && REFERRAL_VERBS.contains(t.fold[i - 3]);
    boolean toThe = (article.equals("au") || article.equals("l'")) && i > 1
        && (REFERRAL_VERBS.contains(t.fold[i - 2]) || (i > 2 && t.fold[i - 2].equals("a") && REFERRAL_VERBS.contains(t.fold[i - 3])));
    return byThe || toThe;
  }

  /**
   * "hôpital Jacques Monod", "– site Félix Guyon": a lower-case head and the capitalised name
   * after it, with the head (a bare "hôpital de jour" has no capitalised name).
   */
  private int lowerCaseFacility(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 1;
    if (n >= t.size || t.lineBefore[n] || !t.capitalised(n) || lex.isStopWord(t.fold[n]) || HEADS.contains(t.fold[n])) {
      return i;
    }
    int end = facilityName(t, n, true);
    if (end == n || (end == n + 1 && COMPASS.contains(t.fold[n]))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /**
   * "site du Scorff", "Site de Vannes", "(site de Kério, …)": the name of a hospital site after
   * "site" and "de"; a commune there is a city, any other capitalised name the site (HOPITAL).
   * Neither the head nor the connector is part of the span.
   */
  private int siteName(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 2;
    if (n >= t.size || t.lineBefore[i + 1] || t.lineBefore[n] || !SITE_CONNECTORS.contains(t.fold[i + 1])
        || !t.capitalised(n)) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, n, t.size);
    if (len > 0 && !(n + len < t.size && !t.lineBefore[n + len] && t.capitalised(n + len))) {
      out.add(new PhiSpan(t.begin[n], t.end[n + len - 1], "VILLE"));
      return n + len;
    }
    String f = t.fold[n];
    if (lex.isStopWord(f) || lex.isCommonWordOrPlural(f) || COMPASS.contains(f) || DESCRIPTORS.contains(f)
        || HEADS.contains(f)) {
      return i;
    }
    return facilityFrom(t, i, n, out);
  }

  /** The facility name opening at token {@code n} as HOPITAL and its end, or {@code i}. */
  private int facilityFrom(PhiTokens t, int i, int n, List<PhiSpan> out) {
    int end = facilityName(t, n, true);
    if (end == n) {
      return i;
    }
    out.add(new PhiSpan(t.begin[n], t.end[end - 1], "HOPITAL"));
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
      if (t.shape[n] == Shape.UPPER && (bracket || dash) && isInitialsOf(t, n, i, end)) {
        len = 1;
      } else {
        int first = n;
        while (first < t.size && CONNECTORS.contains(t.fold[first]) && !t.is(first, "-")) {
          first++;
        }
        String f = first < t.size ? t.fold[first] : "";
        // "(La Conception)": after a capitalised article a common word is a name.
        boolean article = first > n && t.shape[n] == Shape.TITLE;
        if (first >= t.size || !t.capitalised(first) || t.lineBefore[first] || (lex.isCommonWordOrPlural(f) && !article)
            || lex.isStopWord(f) || DESCRIPTORS.contains(f) || HEADS.contains(f) || COMPASS.contains(f)
            || acronymStopWords.contains(f) || person[first] || lex.isFrequentGivenName(f) || UNIT_WORDS.contains(f)) {
          return end;
        }
        len = facilityName(t, n, false) - n;
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
   * comma, closing the line, the sentence or the facility's brackets. A commune of the lexicon
   * is taken; another name only inside the facility's brackets and when it is no common word,
   * descriptor, facility kind or given name. Returns the token after it, or {@code end}.
   */
  private int townAfterComma(PhiTokens t, int i, int n, List<PhiSpan> out, int end) {
    boolean inBracket = i > 0 && t.is(i - 1, "(");
    int len = lex.communes().longestMatch(t.fold, n, t.size);
    if (len == 0 && inBracket) {
      String f = t.fold[n];
      boolean name = t.shape[n] == Shape.TITLE && !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f)
          && !DESCRIPTORS.contains(f) && !HEADS.contains(f) && !UNIT_WORDS.contains(f) && !lex.isFrequentGivenName(f);
      len = name ? 1 : 0;
    }
    int e = n + len;
    boolean closed = inBracket ? t.is(e, ")") : e >= t.size || t.lineBefore[e] || t.is(e, ".") || t.is(e, ")");
    if (len == 0 || !closed) {
      return end;
    }
    out.add(new PhiSpan(t.begin[n], t.end[e - 1], "VILLE"));
    return e;
  }

  /**
   * "GHPSJ - Groupe Hospitalier Paris Saint-Joseph": an upper-case word before a spaced dash and
   * a facility whose initials it spells. Returns the token after the facility, or {@code i}.
   */
  private int acronymBeforeFacility(PhiTokens t, int i, List<PhiSpan> out) {
    int len = t.end[i] - t.begin[i];
    if (t.shape[i] != Shape.UPPER || len < 2 || len > 6 || i + 2 >= t.size || t.lineBefore[i + 1] || t.lineBefore[i + 2]
        || !(t.fold[i + 1].equals("-") || t.is(i + 1, "–")) || t.glued(i + 1) || !t.capitalised(i + 2)) {
      return i;
    }
    List<PhiSpan> facility = new ArrayList<>();
    int end = facility(t, i + 2, facility);
    if (end == i + 2 || !isInitialsOf(t, i, i + 2, end)) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
    out.addAll(facility);
    return end;
  }

  /** True if upper-case token {@code k} spells the initials of the capitalised words of {@code [from,to)}. */
  private static boolean isInitialsOf(PhiTokens t, int k, int from, int to) {
    String acronym = t.fold[k];
    int a = 0;
    for (int p = from; p < to; p++) {
      if (!t.capitalised(p) || CONNECTORS.contains(t.fold[p])) {
        continue;
      }
      String f = t.fold[p];
      // "Saint-Joseph" gives S and J.
      for (int c = 0; c < f.length(); c++) {
        if (c == 0 || f.charAt(c - 1) == '-') {
          if (a >= acronym.length() || acronym.charAt(a) != f.charAt(c)) {
            return false;
          }
          a++;
        }
      }
    }
    return a == acronym.length() && a >= 2;
  }

  /**
   * "HOPITAL PASTEUR 2", "(Hôpital Dupuytren 2, CHU de Limoges)": a site number of one or two
   * digits ending the name, before the end of the line, a closing bracket or a comma.
   */
  private static int siteNumber(PhiTokens t, int end) {
    if (end < t.size && end > 0 && t.shape[end] == Shape.NUMBER && !t.lineBefore[end] && !t.glued(end)
        && t.end[end] - t.begin[end] <= 2 && isAllDigits(t, end)
        && (end + 1 >= t.size || t.lineBefore[end + 1] || t.is(end + 1, ")") || t.is(end + 1, ","))) {
      return end + 1;
    }
    return end;
  }

  /** "63" in "HAD 63 - Hospitalisation à domicile": a two-digit département number on the same line. */
  private static boolean isDepartmentNumber(PhiTokens t, int k) {
    return k < t.size && !t.lineBefore[k] && !t.glued(k) && t.shape[k] == Shape.NUMBER && t.end[k] - t.begin[k] == 2
        && isAllDigits(t, k) && (k + 1 >= t.size || t.lineBefore[k + 1] || t.shape[k + 1] == Shape.OTHER);
  }

  private static boolean isAllDigits(PhiTokens t, int k) {
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isDigit(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** A facility: lexicon entry or head word + capitalised name. */
  private int facility(PhiTokens t, int i, List<PhiSpan> out) {
    int len = lex.hospitals().longestMatch(t.fold, i, t.size);
    int end = len > 0 ? i + len : i;
    String f = t.fold[i];
    if (t.shape[i] == Shape.UPPER && LAB_HEADS.contains(f)) {
      // "(PLATEFORME LPCE NICE, …)": the brand name after an upper-case laboratory word.
      int labEnd = laboratory(t, i, new ArrayList<>());
      if (labEnd > i) {
        return laboratory(t, i, out);
      }
    }
    if (isFacilityAcronym(t, i) || afterEmergencyWord(t, i)) {
      // "CHOG Franck Joly": the acronym, then the name of its site.
      end = Math.max(end, facilityName(t, i + 1, true));
      end = Math.max(end, i + 1);
    }
    boolean afterPractice = i > 0 && (t.fold[i - 1].equals("cabinet") || t.fold[i - 1].equals("centre"));
    if (SERVICE_HEADS.contains(f) && (t.lineBefore[i] || afterPractice) && t.capitalised(i)) {
      int nameEnd = facilityName(t, i + 1, true);
      // "Imagerie Lyon Ouest": a commune right after the service word is a proper name too.
      if (nameEnd > i + 1 && (hasProperName(t, i + 1, nameEnd) || lex.communes().longestMatch(t.fold, i + 1, nameEnd) > 0)) {
        end = Math.max(end, nameEnd);
      }
    }
    if (HEADS.contains(f) && (t.shape[i] == Shape.UPPER || t.shape[i] == Shape.TITLE)) {
      int headEnd = i + 1;
      if ((f.equals("centre") || f.equals("groupe")) && headEnd < t.size
          && (t.fold[headEnd].startsWith("hospitali") || t.fold[headEnd].equals("regional"))) {
        headEnd++;
        if (headEnd < t.size && (t.fold[headEnd].startsWith("universitaire") || t.fold[headEnd].startsWith("regional"))) {
          headEnd++;
        }
      }
      boolean weak = WEAK_HEADS.contains(f) && headEnd == i + 1;
      int nameEnd = facilityName(t, headEnd, weak);
      if (nameEnd > headEnd) {
        end = Math.max(end, siteNumber(t, nameEnd));
      } else if (DEPARTMENT_HEADS.contains(f) && isDepartmentNumber(t, headEnd)) {
        end = Math.max(end, headEnd + 1);
      }
    }
    if (end > i) {
      out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    }
    return end;
  }

  /**
   * "adressé au laboratoire Cerba Antilles", "labo Bioallians", "plateforme LPCE Nice": the
   * brand name of a laboratory after a lower-case laboratory word, without that word.
   */
  private int laboratory(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 1;
    if (n < t.size && t.shape[i] == Shape.LOWER && SITE_CONNECTORS.contains(t.fold[n])) {
      return laboratoryOfPlace(t, i, out);
    }
    if (n >= t.size || t.lineBefore[n] || !t.capitalised(n) || lex.isStopWord(t.fold[n])
        || DESCRIPTORS.contains(t.fold[n]) || (t.shape[n] != Shape.UPPER && lex.isCommonWord(t.fold[n]))) {
      return i;
    }
    return facilityFrom(t, i, n, out);
  }

  /**
   * "laboratoire de Mezzavia" (its town: VILLE), "laboratoire de biologie d'Issoire" (a named
   * laboratory: HOPITAL, head included): a lower-case laboratory word, "de", optional lower-case
   * descriptors and "de", then a capitalised name that is no common word.
   */
  private int laboratoryOfPlace(PhiTokens t, int i, List<PhiSpan> out) {
    int p = i + 2;
    boolean descriptors = false;
    while (p + 1 < t.size && !t.lineBefore[p] && t.shape[p] == Shape.LOWER && DESCRIPTORS.contains(t.fold[p])
        && SITE_CONNECTORS.contains(t.fold[p + 1])) {
      descriptors = true;
      p += 2;
    }
    if (p >= t.size || t.lineBefore[p] || t.shape[p] != Shape.TITLE || lex.isStopWord(t.fold[p])
        || lex.isCommonWordOrPlural(t.fold[p]) || DESCRIPTORS.contains(t.fold[p]) || HEADS.contains(t.fold[p])) {
      return i;
    }
    int len = Math.max(1, lex.communes().longestMatch(t.fold, p, t.size));
    int last = p + len - 1;
    out.add(descriptors ? new PhiSpan(t.begin[i], t.end[last], "HOPITAL") : new PhiSpan(t.begin[p], t.end[last], "VILLE"));
    return last + 1;
  }

  /**
   * True if a capitalised word of {@code [from,to)} after a connector ("du Pays Basque") is
   * neither a descriptor, a facility kind nor a compass point: a place's name, not the rest of a
   * heading ("BIOLOGIE MOLECULAIRE HEMATOLOGIQUE du 1 mars").
   */
  private boolean hasProperName(PhiTokens t, int from, int to) {
    boolean connector = false;
    for (int k = from; k < to; k++) {
      String f = t.fold[k];
      connector |= CONNECTORS.contains(f);
      if (connector && t.capitalised(k) && !DESCRIPTORS.contains(f) && !HEADS.contains(f) && !lex.isStopWord(f)
          && !COMPASS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** The capitalised name after a facility head; returns its end token or {@code from}. */
  private int facilityName(PhiTokens t, int from, boolean needCapitalFirst) {
    int last = -1;
    int p = from;
    int words = 0;
    while (p < t.size && words < MAX_FACILITY_WORDS && !t.lineBefore[p]) {
      String f = t.fold[p];
      // A spaced dash or a wide gap ends the name: "CHU de Nantes – DUPONT Marie – page 2",
      // "Clinique Les Augustines – Malestroit", "CHU de Nantes      Page 2/2".
      if ((f.equals("-") && !t.glued(p)) || (p > from && t.begin[p] - t.end[p - 1] >= COLUMN_GAP)) {
        break;
      }
      // "du Centre Bretagne", "du Centre-Val de Loire": a region's name inside the facility name.
      boolean region = f.equals("centre") && p > from && p + 1 < t.size && !t.lineBefore[p + 1]
          && t.capitalised(p + 1) && !lex.isStopWord(t.fold[p + 1]);
      // "Réseau de soins palliatifs Réseau Kaz'Onco": a second head before any name starts the name.
      if (last < 0 && p > from && t.capitalised(p) && HEADS.contains(f) && !f.equals("centre")) {
        break;
      }
      // "HAD Santé Service Val-de-Loire": a home-care brand, "Service" is part of the name.
      if (f.equals("service") && p > from && t.fold[p - 1].equals("sante") && last < 0) {
        last = p;
        words++;
        p++;
        continue;
      }
      // A capitalised descriptor ("Pathologie", "Santé") counts only after a proper name.
      if (t.capitalised(p) && (!lex.isStopWord(f) || region) && (!DESCRIPTORS.contains(f) || last >= 0)) {
        last = p;
      } else if (DESCRIPTORS.contains(f) || (INNER_HEADS.contains(f) && p > from && CONNECTORS.contains(t.fold[p - 1]))) {
        // "CECOS de l'hôpital Cochin": a lower-case hospital word after a connector goes on the name.
        needCapitalFirst = false;
      } else if (CONNECTORS.contains(f)
          && (!(needCapitalFirst && last < 0) || (p + 1 < t.size && DESCRIPTORS.contains(t.fold[p + 1])))) {
        if (t.is(p, "-") && !t.glued(p)) {
          break;
        }
      } else {
        break;
      }
      words++;
      p++;
    }
    return last < 0 ? from : last + 1;
  }
}

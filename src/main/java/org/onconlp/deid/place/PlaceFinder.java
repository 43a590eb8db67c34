package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.deid.person.PersonNameFinder;
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
 * This class runs the rules in their order, token by token; the rules themselves live in the
 * package-private finders it wires: {@link StreetFinder}, {@link AddressLineFinder} and
 * {@link HamletBeforeZip} (ADRESSE),
 * {@link TownFinder}, {@link TownAfterCueFinder}, {@link TownAfterRole}, {@link UsualTownForms} and {@link CityDistricts}
 * (VILLE, ZIP), {@link FacilityFinder},
 * {@link FacilitySiteFinder}, {@link LowerCaseFacilityFinder}, {@link CareResidences}, {@link FacilityKindInBrackets}, {@link DepartmentBrands},
 * {@link NamedPremises}, {@link LabelledFacilities}, {@link FacilityOfIdentifier},
 * {@link LetterheadFinder} and
 * {@link FacilityPostPasses}
 * (HOPITAL). Immutable and thread-safe.
 */
public final class PlaceFinder {
  /** Component marks ("^") an HL7 address may hold between its town and its postal code. */
  private static final int MAX_COMPONENT_MARKS = 3;

  private final StreetFinder streets;
  private final AddressLineFinder addressLines;
  private final TownFinder towns;
  private final TownAfterCueFinder cueTowns;
  private final FacilityFinder facilities;
  private final FacilitySiteFinder sites;
  private final LowerCaseFacilityFinder lowerCaseFacilities;
  private final LetterheadFinder letterheads;
  private final ForeignAddresses foreign;
  private final ImagingPractices imaging;
  private final CareResidences residences;
  private final FacilityKindInBrackets bracketedKinds;
  private final TownAfterRole roleTowns;
  private final HamletBeforeZip hamlets;
  private final DepartmentBrands departmentBrands;
  private final NamedPremises premises;
  private final LabelledFacilities labelledFacilities;
  private final UsualTownForms usualTowns;
  private final FacilityOfIdentifier identifierFacilities;
  private final PhiLexicons lex;

  /** A finder over the given lexicons. */
  public PlaceFinder(PhiLexicons lex) {
    Set<String> acronymStopWords = Set.copyOf(ResourceLines.load("/org/onconlp/deid/facility-acronym-stopwords.txt"));
    Set<String> shortNames = Set.copyOf(ResourceLines.load("/org/onconlp/deid/facility-short-names.txt"));
    Communes communes = new Communes(lex);
    FacilityNames names = new FacilityNames(lex);
    this.streets = new StreetFinder(lex);
    this.addressLines = new AddressLineFinder(lex, streets);
    this.towns = new TownFinder(lex, communes);
    this.cueTowns = new TownAfterCueFinder(lex, communes, shortNames);
    this.facilities = new FacilityFinder(lex, names, acronymStopWords, shortNames);
    this.sites = new FacilitySiteFinder(lex, names, facilities, acronymStopWords);
    this.lowerCaseFacilities = new LowerCaseFacilityFinder(lex, names, communes);
    this.letterheads = new LetterheadFinder(lex, acronymStopWords);
    this.foreign = new ForeignAddresses();
    this.imaging = new ImagingPractices(lex, names);
    this.residences = new CareResidences(lex);
    this.bracketedKinds = new FacilityKindInBrackets(lex);
    this.roleTowns = new TownAfterRole(lex);
    this.hamlets = new HamletBeforeZip(lex);
    this.departmentBrands = new DepartmentBrands(lex);
    this.premises = new NamedPremises(lex);
    this.labelledFacilities = new LabelledFacilities(lex);
    this.usualTowns = new UsualTownForms(lex);
    this.identifierFacilities = new FacilityOfIdentifier(lex, shortNames);
    this.lex = lex;
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
    boolean[] person = personTokens(t, persons);
    List<PhiSpan> out = new ArrayList<>();
    // Where the last street read ends: a postal code right after it opens the town of an address.
    int lastStreetEnd = -1;
    for (int i = 0; i < t.size; i++) {
      int end = sites.siteName(t, i, out);
      if (end == i && t.shape[i] == Shape.NUMBER) {
        end = streets.street(t, i, out);
        if (end > i) {
          lastStreetEnd = end;
        } else if (PlaceTokens.isPostalCode(t, i)) {
          if (addressLines.segmentBeforeZip(t, i, lastStreetEnd, out) > 0 || hamlets.hamlet(t, i, out, person)) {
            lastStreetEnd = i;
          }
          boolean afterStreet = lastStreetEnd >= 0 && i - lastStreetEnd <= 3;
          boolean addressLine = afterStreet || t.is(i - 1, ",") || afterAddressLine(t, i, out);
          end = towns.cityAfterZip(t, i, out, addressLine);
          if (end == i && ((afterStreet && closesField(t, i + 1)) || i == lastStreetEnd || afterTown(t, i, out))) {
            // "5 rue de la Loi - 56000 - standard …", "l'adresse est 14 avenue Franklin 94120 et …":
            // a postal code closing or right after the street, no town; "résidant à Lyon, 69003":
            // a postal code after the town.
            out.add(new PhiSpan(t.begin[i], t.end[i], "ZIP"));
          }
        } else if (SplitPostalCodes.afterStreet(t, i, lastStreetEnd)) {
          // "17 passage des Lys, 94 403, QUOICOUBEY": a postal code cut by a space inside an address line.
          end = SplitPostalCodes.town(t, i, out, towns);
        } else if (PlaceTokens.isSplitPostalCode(t, i) && afterAddressLine(t, i, out)) {
          // "971 59 Pointe-à-Pitre": a postal code cut in two by OCR, under an address line.
          end = towns.cityAfterZip(t, i + 1, out, true);
          if (end > i + 1) {
            int zip = t.begin[i + 1];
            out.removeIf(s -> s.begin() == zip && s.category().equals("ZIP"));
            out.add(new PhiSpan(t.begin[i], t.end[i + 1], "ZIP"));
          }
        } else {
          end = ForeignAddresses.fourDigitCodeAfterStreet(t, i, lastStreetEnd, out);
          if (end == i) {
            end = ForeignAddresses.codeInBracketsAfterTown(t, i, out);
          }
        }
      } else if (end == i) {
        end = streets.streetWithoutNumber(t, i, out);
        if (end == i) {
          end = foreign.suffixStreet(t, i, out);
        }
        if (end > i) {
          lastStreetEnd = end;
        } else {
          end = wordRules(t, i, out, person);
        }
      }
      if (end > i) {
        i = end - 1;
      }
    }
    letterheads.find(t, out, person);
    FaxHeaders.sender(t.text, out);
    FacilityPostPasses.withUnitPrefixes(t, out);
    FacilityPostPasses.slashJoinedCommune(t, out);
    FacilityPostPasses.facilityInitials(t, out);
    FacilityPostPasses.letterSpacedLogo(t, out, lex);
    return out;
  }

  /** True if token {@code i} opens a line right under an address found on the line before. */
  private static boolean afterAddressLine(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || !t.lineBefore[i] || out.isEmpty()) {
      return false;
    }
    PhiSpan last = out.get(out.size() - 1);
    return last.category().equals("ADRESSE") && last.end() == t.end[i - 1];
  }

  /** True if postal code {@code i} follows, on its line, a town just read, with or without a comma. */
  private static boolean afterTown(PhiTokens t, int i, List<PhiSpan> out) {
    if (out.isEmpty() || t.lineBefore[i]) {
      return false;
    }
    PhiSpan last = out.get(out.size() - 1);
    int before = t.is(i - 1, ",") && !t.lineBefore[i - 1] ? i - 2 : i - 1;
    // "montée du Gourguillon^^LYON^^69005": HL7 address components, the state left empty.
    while (before > 0 && i - before <= MAX_COMPONENT_MARKS && t.is(before, "^") && !t.lineBefore[before]) {
      before--;
    }
    return last.category().equals("VILLE") && before >= 0 && last.end() == t.end[before];
  }

  /** True if token {@code k} ends a field: the end of the text or line, a comma or a spaced dash. */
  private static boolean closesField(PhiTokens t, int k) {
    return k >= t.size || t.lineBefore[k] || t.is(k, ",") || ((t.is(k, "-") || t.is(k, "–")) && !t.glued(k));
  }

  /** Marks the tokens inside the given person spans. */
  private static boolean[] personTokens(PhiTokens t, List<PhiSpan> persons) {
    boolean[] person = new boolean[t.size];
    for (PhiSpan p : persons) {
      for (int k = PlaceTokens.firstTokenAt(t, p.begin()); k < t.size && t.begin[k] < p.end(); k++) {
        person[k] = true;
      }
    }
    return person;
  }

  /**
   * The rules for a token that is no number, by its shape; returns the token after what was
   * read, or {@code i}.
   */
  private int wordRules(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    Shape s = t.shape[i];
    int end = cueTowns.cityAfterUpperCaseA(t, i, out);
    if (end > i) {
      return end;
    }
    if (s == Shape.TITLE || s == Shape.UPPER || s == Shape.LETTER) {
      return capitalisedRules(t, i, out, person);
    }
    end = foreign.prefixedPostalCode(t, i, out);
    if (end == i) {
      end = facilities.acronymWithDigit(t, i, out);
    }
    if (end == i) {
      end = towns.townInBrackets(t, i, out);
    }
    if (end == i && s == Shape.LOWER) {
      end = lowerCaseRules(t, i, out);
    }
    return end;
  }

  /** The rules for a capitalised token, in order: the first that reads something wins. */
  private int capitalisedRules(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    int end = addressLines.postalBox(t, i, out);
    if (end == i) {
      end = departmentBrands.brand(t, i, out);
    }
    if (end == i) {
      end = foreign.prefixedPostalCode(t, i, out);
    }
    if (end == i) {
      end = facilities.letterSpacedFacility(t, i, out);
    }
    if (end == i) {
      end = facilities.shortNameAfterDash(t, i, out);
    }
    if (end == i) {
      end = residences.residence(t, i, out);
    }
    if (end == i) {
      end = streets.namedStreet(t, i, out);
    }
    if (end == i) {
      end = addressLines.locality(t, i, out);
    }
    if (end == i) {
      end = addressLines.addressLine(t, i, out);
    }
    if (end == i) {
      end = addressLines.addressLabel(t, i, out);
    }
    if (end == i) {
      end = imaging.practice(t, i, out);
    }
    if (end == i) {
      end = imaging.brandAfterExamination(t, i, out);
    }
    if (end == i) {
      end = sites.facilityWithSite(t, i, out, person);
    }
    if (end == i) {
      end = premises.premises(t, i, out);
    }
    if (end == i) {
      end = labelledFacilities.value(t, i, out);
    }
    if (end == i) {
      end = labelledFacilities.afterAdmissionsOffice(t, i, out);
    }
    if (end == i) {
      end = bracketedKinds.facility(t, i, out, person);
    }
    if (end == i) {
      end = towns.cityAtLineStart(t, i, out);
    }
    if (end == i) {
      end = towns.townAfterOrganisation(t, i, out);
    }
    if (end == i) {
      end = towns.townAfterPerson(t, i, out, person);
    }
    if (end == i) {
      end = roleTowns.town(t, i, out, person);
    }
    // A commune standing on its own is no town where a person's name was read.
    if (end == i && !person[i]) {
      end = towns.hyphenatedTowns(t, i, out);
    }
    if (end == i) {
      end = usualTowns.town(t, i, out);
    }
    if (end == i) {
      end = identifierFacilities.facility(t, i, out);
    }
    // "Lesueur, Paris 15.": an arrondissement number makes a town of a word read as a given name.
    if (end == i && (!person[i] || CityDistricts.after(t, i, i + 1) > i + 1)) {
      end = towns.looseCity(t, i, out);
    }
    return end;
  }

  /** The rules for a lower-case token, in order: the first that reads something wins. */
  private int lowerCaseRules(PhiTokens t, int i, List<PhiSpan> out) {
    int end = addressLines.addressLabel(t, i, out);
    if (end == i) {
      end = HouseNumbers.buildingPartLine(t, i, out);
    }
    if (end == i) {
      end = addressLines.locality(t, i, out);
    }
    if (end == i) {
      end = residences.residence(t, i, out);
    }
    if (end == i) {
      end = lowerCaseFacilities.lowerTextFacility(t, i, out);
    }
    if (end == i) {
      end = lowerCaseFacilities.lowerCaseFacility(t, i, out);
    }
    if (end == i) {
      end = facilities.laboratory(t, i, out);
    }
    if (end == i) {
      end = streets.lowerCaseStreet(t, i, out);
    }
    if (end == i) {
      end = cueTowns.cityAfterPreposition(t, i, out);
    }
    return end;
  }
}

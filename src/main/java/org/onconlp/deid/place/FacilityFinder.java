package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Capitalised facilities (HOPITAL): an entry of the FINESS / cancer-centre lexicon, or a head
 * word and its name ("Centre Hospitalier de Valmont"), local acronyms ("CHB", "urgences HPE"),
 * laboratories by their brand name, letter-spaced letterheads and short names after a dash.
 * The site or town named after a facility is {@link FacilitySiteFinder}'s.
 */
final class FacilityFinder {
  /** Widest gap between two words of a letter-spaced heading; a wider one separates columns. */
  private static final int MAX_SPELLED_WORD_GAP = 4;
  /** Lower-case words before a laboratory's brand name. */
  private static final Set<String> LAB_HEADS = Set.of("laboratoire", "labo", "plateforme");
  /** Letters a local facility acronym starts with: CHB, GHSR, HPA, CLxx. */
  private static final Set<String> ACRONYM_PREFIXES = Set.of("ch", "gh", "hp", "hi", "cl");
  /** Verbs of a referral or a transfer, before "par le" or "au" and a facility. */
  private static final Set<String> REFERRAL_VERBS =
      Set.of("adresse", "adressee", "transfere", "transferee", "hospitalise", "hospitalisee", "mute", "mutee");
  /** Capitalised service words that open a letterhead facility name: "Imagerie Médicale du …". */
  private static final Set<String> SERVICE_HEADS = Set.of("imagerie", "radiologie", "biologie");
  /**
   * Words after "Maison" that name a public administration, not a place of care: "Maison
   * départementale des personnes handicapées du Tarn" (the MDPH) is no PHI.
   */
  private static final Set<String> ADMINISTRATIONS = Set.of("departementale", "departemental");
  /** Home-care heads named by their département's number: "HAD 63". */
  private static final Set<String> DEPARTMENT_HEADS = Set.of("had", "ssiad");

  private final PhiLexicons lex;
  private final FacilityNames names;
  /** Clinical words shaped like a facility acronym (facility-acronym-stopwords.txt). */
  private final Set<String> acronymStopWords;
  /** Short names of well-known facilities (facility-short-names.txt). */
  private final Set<String> shortNames;
  /** Regions and provinces a brand may carry after its name (regions.txt). */
  private final Set<String> regions = Set.copyOf(ResourceLines.load("/org/onconlp/deid/regions.txt"));

  FacilityFinder(PhiLexicons lex, FacilityNames names, Set<String> acronymStopWords, Set<String> shortNames) {
    this.lex = lex;
    this.names = names;
    this.acronymStopWords = acronymStopWords;
    this.shortNames = shortNames;
  }

  /** "IM2S": a facility acronym of the lexicon with a digit in it. Returns the token after it, or {@code i}. */
  int acronymWithDigit(PhiTokens t, int i, List<PhiSpan> out) {
    int len = t.shape[i] == Shape.OTHER && Character.isUpperCase(t.text.charAt(t.begin[i]))
        ? lex.hospitals().longestMatch(t.fold, i, t.size)
        : 0;
    if (len == 0) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i + len - 1], "HOPITAL"));
    return i + len;
  }

  /**
   * "Dr Inès Belkacem - Curie (site Paris)": a facility's short name after a spaced dash.
   * Returns the token after it, or {@code i}.
   */
  int shortNameAfterDash(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.TITLE || !shortNames.contains(t.fold[i]) || i == 0 || t.lineBefore[i]
        || !(t.is(i - 1, "-") || t.is(i - 1, "–")) || t.glued(i)) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
    return i + 1;
  }

  /** A facility: lexicon entry or head word + capitalised name. */
  int facility(PhiTokens t, int i, List<PhiSpan> out) {
    int len = lex.hospitals().longestMatch(t.fold, i, t.size);
    int end = len > 0 ? names.groupAfterDot(t, regionAfter(t, i + len)) : i;
    String f = t.fold[i];
    if (t.shape[i] == Shape.UPPER && LAB_HEADS.contains(f)) {
      // "(PLATEFORME LPCE NICE, …)": the brand name after an upper-case laboratory word.
      int labEnd = laboratory(t, i, out);
      if (labEnd > i && isDepartmentNumber(t, labEnd)) {
        // "LABORATOIRE BIOMED 37 - Site Tours": a département number closing the brand is part of it.
        PhiSpan brand = out.remove(out.size() - 1);
        out.add(new PhiSpan(brand.begin(), t.end[labEnd], "HOPITAL"));
        return labEnd + 1;
      }
      if (labEnd > i) {
        return labEnd;
      }
    }
    // "Clin. des Jardins", "CLIN.MUTUALISTE PORTE DE L'ORIENT": the abbreviated head of a clinic.
    boolean abbreviated = f.equals("clin") && i + 2 < t.size && t.is(i + 1, ".") && t.glued(i + 1) && !t.lineBefore[i + 2];
    int clinicEnd = abbreviated ? names.facilityName(t, i + 2, false) : i;
    // "Pôle Santé République": a health centre named after its kind (not "Pôle Santé Publique").
    if (f.equals("pole") && t.capitalised(i) && i + 2 < t.size && t.fold[i + 1].equals("sante") && t.capitalised(i + 1)
        && !t.lineBefore[i + 2]) {
      int nameEnd = names.facilityName(t, i + 2, true);
      end = nameEnd > i + 2 ? Math.max(end, nameEnd) : end;
    }
    if (clinicEnd > i + 2) {
      end = Math.max(end, clinicEnd);
    } else if (!abbreviated && (isFacilityAcronym(t, i) || afterEmergencyWord(t, i))) {
      // "CHOG Franck Joly": the acronym, then the name of its site.
      end = Math.max(end, names.facilityName(t, i + 1, true));
      end = Math.max(end, i + 1);
    }
    boolean afterPractice = i > 0 && (t.fold[i - 1].equals("cabinet") || t.fold[i - 1].equals("centre"));
    // "radiologue, Imagerie des Capucins, Saint-Brieuc": a named practice after a comma.
    // "radiologue, Imagerie de l'Odet": "de" before an article or a capitalised name counts too.
    boolean named = t.is(i - 1, ",") && i + 1 < t.size
        && (PlaceWords.ARTICLES.contains(t.fold[i + 1]) || PlaceWords.SITE_CONNECTORS.contains(t.fold[i + 1]));
    boolean apart = FacilityNames.standsApart(t, i);
    if (SERVICE_HEADS.contains(f) && (t.lineBefore[i] || afterPractice || named || apart) && t.capitalised(i)) {
      int nameEnd = names.facilityName(t, i + 1, !(named || apart));
      // "Imagerie Lyon Ouest": a commune right after the service word is a proper name too.
      if (nameEnd > i + 1 && (names.hasProperName(t, i + 1, nameEnd) || lex.communes().longestMatch(t.fold, i + 1, nameEnd) > 0)) {
        end = Math.max(end, nameEnd);
      }
    }
    boolean administration = f.equals("maison") && i + 1 < t.size && ADMINISTRATIONS.contains(t.fold[i + 1]);
    if (PlaceWords.HEADS.contains(f) && (t.shape[i] == Shape.UPPER || t.shape[i] == Shape.TITLE) && !administration) {
      int headEnd = i + 1;
      if ((f.equals("centre") || f.equals("groupe")) && headEnd < t.size
          && (t.fold[headEnd].startsWith("hospitali") || t.fold[headEnd].equals("regional"))) {
        headEnd++;
        if (headEnd < t.size && (t.fold[headEnd].startsWith("universitaire") || t.fold[headEnd].startsWith("regional"))) {
          headEnd++;
        }
      }
      boolean weak = PlaceWords.WEAK_HEADS.contains(f) && headEnd == i + 1;
      int nameEnd = names.facilityName(t, headEnd, weak);
      // "CHU de Valmont - Site Sud": a compass point names a building of the site, no facility,
      // unless the site's own acronym follows ("SITE NORD (CHSV)").
      boolean building = f.equals("site") && nameEnd == headEnd + 1 && PlaceWords.COMPASS.contains(t.fold[headEnd])
          && !t.is(nameEnd, "(");
      if (nameEnd > headEnd && !building) {
        end = Math.max(end, siteNumber(t, nameEnd));
      } else if (!weak && townOnNextLine(t, headEnd)) {
        // "réalisée au CHU de⏎Brest": prose wrapped after the connector; the town is read next.
        end = Math.max(end, headEnd + 1);
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
  int laboratory(PhiTokens t, int i, List<PhiSpan> out) {
    if (!LAB_HEADS.contains(t.fold[i])) {
      return i;
    }
    int n = i + 1;
    if (n < t.size && t.shape[i] == Shape.LOWER && PlaceWords.SITE_CONNECTORS.contains(t.fold[n])) {
      return laboratoryOfPlace(t, i, out);
    }
    // "adressée au laboratoire\nAnapath Corse": prose may wrap between the word and the name.
    if (n >= t.size || (t.lineBefore[n] && t.shape[i] != Shape.LOWER) || !t.capitalised(n) || lex.isStopWord(t.fold[n])
        || PlaceWords.DESCRIPTORS.contains(t.fold[n]) || (t.shape[n] != Shape.UPPER && lex.isCommonWord(t.fold[n]))) {
      return i;
    }
    return names.facilityFrom(t, i, n, out);
  }

  /**
   * "laboratoire de Mezzavia" (its town: VILLE), "laboratoire de biologie d'Issoire" (a named
   * laboratory: HOPITAL, head included): a lower-case laboratory word, "de", optional lower-case
   * descriptors and "de", then a capitalised name that is no common word.
   */
  private int laboratoryOfPlace(PhiTokens t, int i, List<PhiSpan> out) {
    int p = i + 2;
    boolean descriptors = false;
    while (p + 1 < t.size && !t.lineBefore[p] && t.shape[p] == Shape.LOWER && PlaceWords.DESCRIPTORS.contains(t.fold[p])
        && PlaceWords.SITE_CONNECTORS.contains(t.fold[p + 1])) {
      descriptors = true;
      p += 2;
    }
    if (p >= t.size || t.lineBefore[p] || t.shape[p] != Shape.TITLE || lex.isStopWord(t.fold[p])
        || lex.isCommonWordOrPlural(t.fold[p]) || PlaceWords.DESCRIPTORS.contains(t.fold[p]) || PlaceWords.HEADS.contains(t.fold[p])) {
      return i;
    }
    int len = Math.max(1, lex.communes().longestMatch(t.fold, p, t.size));
    int last = p + len - 1;
    out.add(descriptors ? new PhiSpan(t.begin[i], t.end[last], "HOPITAL") : new PhiSpan(t.begin[p], t.end[last], "VILLE"));
    return last + 1;
  }

  /**
   * "CHB", "GHSR", "HPA", "CHOG", "CHUGA", "GHRMSA": an upper-case word of three or four letters (five after CHU / CHR, six after GH) starting like a
   * local facility's acronym (centre / groupe hospitalier, hôpital privé…), unless it is a
   * clinical look-alike of facility-acronym-stopwords.txt or a generic kind (CHU).
   */
  private boolean isFacilityAcronym(PhiTokens t, int i) {
    int len = t.end[i] - t.begin[i];
    String f = t.fold[i];
    // "CHUGA", "CHRUN": five letters when the acronym opens on a university or regional hospital.
    boolean university = len == 5 && (f.startsWith("chu") || f.startsWith("chr"));
    // "GHRMSA", "GHPSO": a hospital group names its region or its towns in up to four letters.
    boolean group = len <= 6 && f.startsWith("gh");
    return t.shape[i] == Shape.UPPER && len >= 3 && (len <= 4 || university || group) && PlaceTokens.isAllLetters(t, i)
        && ACRONYM_PREFIXES.contains(f.substring(0, 2))
        && !acronymStopWords.contains(f) && !PlaceWords.HEADS.contains(f) && !lex.isStopWord(f) && !lex.isCommonWord(f)
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
    if (i == 0 || t.lineBefore[i] || t.shape[i] != Shape.UPPER || len < 3 || len > 5 || !PlaceTokens.isAllLetters(t, i)
        || PlaceWords.HEADS.contains(f) || acronymStopWords.contains(f) || lex.isStopWord(f)) {
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
   * "HOPITAL PASTEUR 2", "(Hôpital Dupuytren 2, CHU de Limoges)": a site number of one or two
   * digits ending the name, before the end of the line, a closing bracket or a comma.
   */
  private static int siteNumber(PhiTokens t, int end) {
    if (end < t.size && end > 0 && t.shape[end] == Shape.NUMBER && !t.lineBefore[end] && !t.glued(end)
        && t.end[end] - t.begin[end] <= 2 && PlaceTokens.isAllDigits(t, end)
        && (end + 1 >= t.size || t.lineBefore[end + 1] || t.is(end + 1, ")") || t.is(end + 1, ","))) {
      return end + 1;
    }
    return end;
  }

  /**
   * "Cypath Occitanie", "Biogroup Alsace": a capitalised region or département named right after
   * a brand of the lexicon, on the same line, belongs to its name. Returns the token after it,
   * or {@code end}.
   */
  private int regionAfter(PhiTokens t, int end) {
    boolean region = end < t.size && !t.lineBefore[end] && !t.glued(end) && t.capitalised(end)
        && (regions.contains(t.fold[end]) || lex.isDepartment(t.fold[end]));
    return region ? end + 1 : end;
  }

  /**
   * True if token {@code k} is "de" / "du" / "d'" ending its line and a commune of the lexicon
   * that is no common word opens the next line.
   */
  private boolean townOnNextLine(PhiTokens t, int k) {
    int n = k + 1;
    return n < t.size && !t.lineBefore[k] && t.lineBefore[n] && PlaceWords.SITE_CONNECTORS.contains(t.fold[k])
        && t.shape[n] == Shape.TITLE && !lex.isCommonWordOrPlural(t.fold[n]) && !lex.isStopWord(t.fold[n])
        && lex.communes().longestMatch(t.fold, n, t.size) > 0;
  }

  /** "63" in "HAD 63 - Hospitalisation à domicile": a two-digit département number on the same line. */
  private static boolean isDepartmentNumber(PhiTokens t, int k) {
    return k < t.size && !t.lineBefore[k] && !t.glued(k) && t.shape[k] == Shape.NUMBER && t.end[k] - t.begin[k] == 2
        && PlaceTokens.isAllDigits(t, k) && (k + 1 >= t.size || t.lineBefore[k + 1] || t.shape[k + 1] == Shape.OTHER);
  }

  /**
   * "GHPSJ - Groupe Hospitalier Paris Saint-Joseph": an upper-case word before a spaced dash and
   * a facility whose initials it spells. Returns the token after the facility, or {@code i}.
   */
  int acronymBeforeFacility(PhiTokens t, int i, List<PhiSpan> out) {
    int len = t.end[i] - t.begin[i];
    if (t.shape[i] != Shape.UPPER || len < 2 || len > 6 || i + 2 >= t.size || t.lineBefore[i + 1] || t.lineBefore[i + 2]
        || !(t.fold[i + 1].equals("-") || t.is(i + 1, "–")) || t.glued(i + 1) || !t.capitalised(i + 2)) {
      return i;
    }
    List<PhiSpan> facility = new ArrayList<>();
    int end = facility(t, i + 2, facility);
    if (end == i + 2 || !FacilityNames.isInitialsOf(t, i, i + 2, end)) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
    out.addAll(facility);
    return end;
  }

  /**
   * "C E N T R E  G E O R G E S - F R A N C O I S  L E C L E R C", "C H U   D I J O N",
   * "G r o u p e   H o s p i t a l i e r   V a l m o n t": a
   * letterhead written letter by letter (one space between letters, two or more between words)
   * opening a line (or a box drawn with "|"), whose first word is a facility head or whose words
   * are an entry of the facility lexicon ("O S C A R   L A M B R E T"). Returns the token after
   * it, or {@code i}.
   */
  int letterSpacedFacility(PhiTokens t, int i, List<PhiSpan> out) {
    // "R C P   S É N O L O G I E          C H U   d e   R e i m s": a column gap wider than a
    // word gap opens a second heading on the line.
    boolean opensLine = i == 0 || t.lineBefore[i] || (t.is(i - 1, "|") && (i == 1 || t.lineBefore[i - 1]))
        || t.begin[i] - t.end[i - 1] > MAX_SPELLED_WORD_GAP;
    if (t.shape[i] != Shape.LETTER || !opensLine) {
      return i;
    }
    List<String> spelled = new ArrayList<>();
    StringBuilder first = new StringBuilder();
    StringBuilder word = new StringBuilder();
    boolean named = false;
    int words = 1;
    int letters = 0;
    int k = i;
    for (; k < t.size && t.end[k] - t.begin[k] == 1 && (k == i || !t.lineBefore[k]); k++) {
      char c = t.text.charAt(t.begin[k]);
      // "C H U   d e   l a   G u a d e l o u p e": the connectors and the letters after a
      // capital may be written in lower case.
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        break;
      }
      if (k > i && t.begin[k] - t.end[k - 1] > MAX_SPELLED_WORD_GAP) {
        break;
      }
      if (k > i && t.begin[k] - t.end[k - 1] >= 2) {
        named |= isNameWord(word.toString());
        spelled.add(words == 1 ? first.toString() : word.toString());
        word.setLength(0);
        words++;
      } else if (k > i && t.begin[k] - t.end[k - 1] != 1) {
        break;
      }
      (words == 1 ? first : word).append(t.fold[k]);
      letters++;
    }
    if (words > 1 && word.toString().equals("-")) {
      // "C H U   d e   R e i m s  -  Institut Godinot": a spaced dash closes the heading.
      k--;
      words--;
      word.setLength(0);
      word.append(spelled.remove(spelled.size() - 1));
    }
    named |= isNameWord(word.toString());
    spelled.add(words == 1 ? first.toString() : word.toString());
    String[] folded = spelled.toArray(String[]::new);
    boolean known = words >= 2 && lex.hospitals().longestMatch(folded, 0, folded.length) == folded.length;
    // "L A B O R A T O I R E   D ' A N A T O M I E": a head and a connector name nothing.
    if (words < 2 || letters < 6 || !named || !(known || PlaceWords.HEADS.contains(first.toString()))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[k - 1], "HOPITAL"));
    return k;
  }

  /** True if a folded word of a letter-spaced heading may be a name: no connector, descriptor or head. */
  private static boolean isNameWord(String word) {
    // "D ' A N A T O M I E": an elided connector glued to the word it opens.
    String w = word.startsWith("d'") || word.startsWith("l'") ? word.substring(2) : word;
    return w.length() >= 3 && !PlaceWords.CONNECTORS.contains(w) && !PlaceWords.DESCRIPTORS.contains(w) && !PlaceWords.HEADS.contains(w);
  }
}

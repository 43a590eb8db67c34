package org.onconlp.deid.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * Letterheads naming a facility by a brand name without any facility word ("ANAPATH ARMOR —
 * Cabinet de pathologie", "/// OncoRadio Océan Indien ///", "ONCORAD HAUT-RHIN"): the first
 * field of one of the first lines of a document, made of capitalised words, at least one of them
 * no common, heading, medical or person word, and followed within a few lines by an address
 * (street or postal code). A field opened by a title, a care unit ("Pôle de …") or a person's
 * name, and a field with a digit or a label colon, is no letterhead name.
 */
final class LetterheadFinder {
  /** Non-empty lines at the top of a document where a letterhead's name may stand. */
  private static final int TOP_LINES = 2;
  /** Lines from the name's line where the letterhead's address must appear. */
  private static final int ADDRESS_LINES = 3;
  /** Letters and dashes a name must have to be looked for in the document's domains. */
  private static final int MIN_DOMAIN_NAME = 5;
  /** Characters from the top of the document where a letterhead's domain is looked for. */
  private static final int DOMAIN_CHARS = 2000;
  /** Words a letterhead name may have. */
  private static final int MAX_WORDS = 7;
  /** Words that open a person's line, never a facility's. */
  private static final Set<String> TITLES =
      Set.of("dr", "docteur", "pr", "professeur", "madame", "monsieur", "mme", "m", "mr", "mlle", "melle", "me");
  /** Categories of the address a letterhead name may not overlap. */
  private static final Set<String> ADDRESS_PARTS = Set.of("ADRESSE", "ZIP");
  /** The category of a facility found by the other rules. */
  private static final Set<String> FACILITY = Set.of("HOPITAL");
  /** Marks that may stand inside a name ("Endocrinologie & Échographie"). */
  private static final Set<String> INNER_MARKS = Set.of("&", "'", "’");
  /** Endings of medical specialty and adjective words, which name no one. */
  private static final List<String> MEDICAL_ENDINGS =
      List.of("logie", "logique", "logue", "logues", "therapie", "graphie", "scopie", "pathie", "ique", "iques", "al", "ale", "ales");

  private final PhiLexicons lex;
  private final Set<String> acronymStopWords;
  /** Words naming an organisation's kind or activity (letterhead-generic-words.txt). */
  private final Set<String> genericWords;
  /** Regions and provinces (regions.txt), whose names may end like an adjective ("Armorique"). */
  private final Set<String> regions = Set.copyOf(ResourceLines.load("/org/onconlp/deid/regions.txt"));

  LetterheadFinder(PhiLexicons lex, Set<String> acronymStopWords) {
    this.lex = lex;
    this.acronymStopWords = acronymStopWords;
    this.genericWords = Set.copyOf(ResourceLines.load("/org/onconlp/deid/letterhead-generic-words.txt"));
  }

  /**
   * Adds the letterhead names of a document to {@code out}, which holds the places found so far
   * (its addresses confirm a letterhead).
   *
   * @param person tokens read as a person's name
   */
  void find(PhiTokens t, List<PhiSpan> out, boolean[] person) {
    int[] line = lineNumbers(t);
    boolean[] addressLine = addressLines(t, out, line);
    // "CENTRE JEAN PERRIN⏎Centre de Lutte Contre le Cancer d'Auvergne": below a facility named
    // on top, the lines are its descriptions, headings and departments, or its name repeated.
    Set<String> aboveWords = new HashSet<>();
    int aboveLine = facilityAbove(t, out, line, aboveWords);
    for (int k = 0; k < t.size && line[k] < TOP_LINES; k++) {
      if (!t.lineBefore[k]) {
        continue;
      }
      int s = k;
      while (s < t.size && (s == k || !t.lineBefore[s]) && t.shape[s] == Shape.OTHER && !INNER_MARKS.contains(t.fold[s])) {
        s++;
      }
      if (s >= t.size || (s > k && t.lineBefore[s]) || !(confirmed(addressLine, line[k]) || namedByDomain(t, s, fieldEnd(t, s)))) {
        continue;
      }
      int e = fieldEnd(t, s);
      boolean namedTail = false;
      if (!isName(t, s, e, person) && PlaceWords.HEADS.contains(t.fold[s]) && !hasProperWord(t, s, e)) {
        // "Cabinet d'Endocrinologie & Échographie – Les Arceaux": the practice's name after a dash.
        int n = e + 1;
        if (n + 1 < t.size && !t.lineBefore[n] && isDash(t, e) && t.capitalised(n)) {
          int tail = fieldEnd(t, n);
          namedTail = PlaceWords.ARTICLES.contains(t.fold[n]) && tail > n + 1 && allCapitalised(t, n + 1, tail);
          e = namedTail ? tail : e;
        }
      }
      boolean repeated = aboveWords.contains(t.fold[s]) && hasProperWord(t, s, s + 1);
      boolean name = namedTail || isName(t, s, e, person);
      if (e > s && name && !overlaps(t, s, e, out, ADDRESS_PARTS) && !describesFacility(t, s, e, out)
          && (line[k] <= aboveLine || repeated || overlaps(t, s, e, out, FACILITY))) {
        out.add(new PhiSpan(t.begin[s], t.end[e - 1], "HOPITAL"));
      }
    }
  }

  /**
   * "Centre de Radiothérapie Clinique Pasteur": true if a facility found by the other rules
   * starts with its head word inside the field, after words that name no one and name a kind
   * or an activity (a department before its facility; not "Nouvel Hôpital Civil").
   */
  private boolean describesFacility(PhiTokens t, int s, int e, List<PhiSpan> out) {
    for (PhiSpan span : out) {
      int p = PlaceTokens.firstTokenAt(t, span.begin());
      if (span.category().equals("HOPITAL") && p > s && p < e && PlaceWords.HEADS.contains(t.fold[p]) && !hasProperWord(t, s, p)
          && namesAKind(t, s, p)) {
        return true;
      }
    }
    return false;
  }

  /** True if a word of {@code [s, e)} names a kind of facility or an activity ("Centre", "Urologique"). */
  private boolean namesAKind(PhiTokens t, int s, int e) {
    for (int k = s; k < e; k++) {
      String f = t.fold[k];
      if (PlaceWords.HEADS.contains(f) || PlaceWords.DESCRIPTORS.contains(f) || genericWords.contains(f) || medical(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(PhiTokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.capitalised(k)) {
        return false;
      }
    }
    return true;
  }

  /** Number of the non-empty line of each token, from 0. */
  private static int[] lineNumbers(PhiTokens t) {
    int[] line = new int[t.size];
    int n = 0;
    for (int k = 0; k < t.size; k++) {
      if (k > 0 && t.lineBefore[k]) {
        n++;
      }
      line[k] = n;
    }
    return line;
  }

  /** Lines holding a street address, a postal code or a postal box. */
  private static boolean[] addressLines(PhiTokens t, List<PhiSpan> out, int[] line) {
    boolean[] address = new boolean[TOP_LINES + ADDRESS_LINES + 1];
    for (PhiSpan span : out) {
      if (span.category().equals("ADRESSE") || span.category().equals("ZIP")) {
        int k = PlaceTokens.firstTokenAt(t, span.begin());
        if (k < t.size && line[k] < address.length) {
          address[line[k]] = true;
        }
      }
    }
    for (int k = 0; k < t.size && line[k] < address.length; k++) {
      address[line[k]] |= t.shape[k] == Shape.NUMBER && PlaceTokens.isPostalCode(t, k);
    }
    return address;
  }

  /**
   * "~ SÉNO-ATLANTIQUE ~ … accueil@seno-atlantique.example.com": true if the document's own
   * e-mail or web domain spells the field {@code [s, e)}, which confirms it as a letterhead as an
   * address does.
   */
  private static boolean namedByDomain(PhiTokens t, int s, int e) {
    StringBuilder dashed = new StringBuilder();
    for (int k = s; k < e; k++) {
      if (k > s && !t.glued(k)) {
        dashed.append('-');
      }
      dashed.append(t.fold[k]);
    }
    String name = dashed.toString();
    if (name.length() < MIN_DOMAIN_NAME) {
      return false;
    }
    String head = t.text.substring(0, Math.min(t.text.length(), DOMAIN_CHARS)).toLowerCase(Locale.ROOT);
    String joined = name.replace("-", "");
    return head.contains("@" + name + ".") || head.contains("www." + name + ".") || head.contains("@" + joined + ".")
        || head.contains("www." + joined + ".");
  }

  private static boolean confirmed(boolean[] addressLine, int from) {
    for (int l = from; l <= from + ADDRESS_LINES && l < addressLine.length; l++) {
      if (addressLine[l]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token after the field opening at {@code s}: the field ends at the end of the line, a
   * column gap or a separator (a spaced dash, a bar, a slash, a comma, a colon…).
   */
  private static int fieldEnd(PhiTokens t, int s) {
    int k = s;
    while (k < t.size && (k == s || (!t.lineBefore[k] && t.begin[k] - t.end[k - 1] < PlaceTokens.COLUMN_GAP))
        && (t.shape[k] != Shape.OTHER || INNER_MARKS.contains(t.fold[k]))) {
      k++;
    }
    return k;
  }

  private static boolean isDash(PhiTokens t, int k) {
    return (t.is(k, "-") || t.is(k, "–") || t.is(k, "—")) && !t.glued(k) && !t.glued(k + 1);
  }

  /** True if tokens {@code [s, e)} can be a letterhead's name. */
  private boolean isName(PhiTokens t, int s, int e, boolean[] person) {
    // "OncoSoleil Océan Indien": a name finder may read the words after the brand as a person's.
    if (!t.capitalised(s) || person[s] || TITLES.contains(t.fold[s]) || genericWords.contains(t.fold[s]) || lex.isStreetType(t.fold[s])
        || (e < t.size && !t.lineBefore[e] && t.is(e, ":"))) {
      return false;
    }
    int words = 0;
    for (int k = s; k < e; k++) {
      boolean mark = INNER_MARKS.contains(t.fold[k]) || (k > s && isDash(t, k));
      if (t.shape[k] == Shape.NUMBER || (t.shape[k] == Shape.OTHER && !mark)) {
        return false;
      }
      if (t.shape[k] == Shape.LOWER && !PlaceWords.CONNECTORS.contains(t.fold[k])) {
        return false;
      }
      if (t.capitalised(k)) {
        words++;
      }
    }
    return words <= MAX_WORDS && hasProperWord(t, s, e) && lex.communes().longestMatch(t.fold, s, e) < e - s;
  }

  /** True if a word of {@code [s, e)} is no common, heading, medical, unit or connector word. */
  private boolean hasProperWord(PhiTokens t, int s, int e) {
    for (int k = s; k < e; k++) {
      String f = t.fold[k];
      if (t.capitalised(k) && f.length() >= 2 && !PlaceWords.CONNECTORS.contains(f) && !lex.isCommonWordOrPlural(f)
          && !lex.isStopWord(f) && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.HEADS.contains(f)
          && !genericWords.contains(f) && !acronymStopWords.contains(f) && !lex.isDrugName(f) && (!medical(f) || isRegion(f))) {
        return true;
      }
    }
    return false;
  }

  /** "armorique", "seno-atlantique": a region's name, or a brand ending with one, names a place, not a specialty. */
  private boolean isRegion(String f) {
    return regions.contains(f) || regions.contains(f.substring(f.lastIndexOf('-') + 1));
  }

  private static boolean medical(String f) {
    for (String ending : MEDICAL_ENDINGS) {
      if (f.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** True if a span of one of the given categories covers part of {@code [s, e)}. */
  private static boolean overlaps(PhiTokens t, int s, int e, List<PhiSpan> out, Set<String> categories) {
    for (PhiSpan span : out) {
      if (categories.contains(span.category()) && span.begin() < t.end[e - 1] && span.end() > t.begin[s]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first top line where the other rules found a facility (with that facility's folded words
   * added to {@code words}), or the number of top lines if none.
   */
  private static int facilityAbove(PhiTokens t, List<PhiSpan> out, int[] line, Set<String> words) {
    int first = TOP_LINES;
    for (PhiSpan span : out) {
      int k = PlaceTokens.firstTokenAt(t, span.begin());
      if (span.category().equals("HOPITAL") && k < t.size && line[k] < first) {
        first = line[k];
        words.clear();
        for (int p = k; p < t.size && t.begin[p] < span.end(); p++) {
          words.add(t.fold[p]);
        }
      }
    }
    return first;
  }
}

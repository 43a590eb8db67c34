package org.onconlp.extract.tumour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.onconlp.text.TokenTrie;
import java.util.Map;
import java.util.Set;
import org.onconlp.text.ResourceLines;

/**
 * Finds tumour mentions from a text's tokens and sentences, CAS-free.
 *
 * <p>One longest-match pass of the {@link TumourLexicon} trie over the tokens finds
 * histological terms, generic cancer words, metastasis words, sites and laterality words; a
 * second look at each 8-character upper-case token decodes ADICAP codes. Then, for each tumour
 * term:
 *
 * <ul>
 *   <li>the span is the term, extended over a following "infiltrant"/"invasif" and a
 *       differentiation phrase; a generic word ("cancer", "K", "néo") also takes in the site
 *       written right after it ("K du sein", "néo pulmonaire");
 *   <li>topography: the first site after the term in the sentence (up to the next tumour term
 *       or full stop), else the nearest site before it in the sentence, else the term's own
 *       default (CCI → C50, mélanome → C44), else the document's main site (the most frequent
 *       site of the tumours that have one written); a subsite in the sentence (QSE → C50.4,
 *       lobe supérieur → C34.1) refines a site of the same organ; laterality is the word
 *       right after the site;
 *   <li>a metastasis ("métastase hépatique d'un ADK colique", "lésion secondaire") gets
 *       behaviour /6, its own organ as topography (C22, as a pathologist codes the specimen),
 *       and the morphology and site of the primary when written after it ("d'un ADK colique"
 *       → 8140/6, {@code primarySite} C18; the primary is also a tumour of its own);
 *   <li>grade (see {@link GradeParser}): the nearest tumour in the grade's sentence; when the
 *       sentence has none, in the conclusion section the nearest tumour before it in the
 *       conclusion (else the conclusion's first), elsewhere the nearest tumour before it
 *       within {@value #GRADE_REACH} characters. A formal system (SBR, ISUP, FNCLCC, WHO,
 *       Fuhrman) replaces a differentiation grade, never the reverse;
 *   <li>an ADICAP code is attached to the nearest tumour of its sentence, else to the nearest
 *       tumour of the same organ within {@value #ADICAP_REACH} characters (filling a missing
 *       morphology or topography), else becomes a tumour of its own.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TumourFinder {
  /** How far before a grade (outside its sentence and the conclusion) a tumour may be. */
  static final int GRADE_REACH = 300;
  /** How far from an ADICAP code, outside its sentence, the tumour it codes may be. */
  static final int ADICAP_REACH = 400;
  /** Tokens before a sentence searched for a no-propagation cue (a heading line). */
  private static final int HEADING_LOOKBACK = 3;
  /** How many tokens after a tumour term its site may be written. */
  private static final int SITE_WINDOW = 10;
  /** Tokens before a tumour word searched for "rcp" (a tumour board's name). */
  private static final int MEETING_LOOKBACK = 3;
  private static final Set<String> CONNECTORS =
      Set.of("de", "du", "des", "d'", "la", "l'", "le", "les", "au", "aux", "a", "en", "un", "une");
  private static final Set<String> DEGREES =
      Set.of("bien", "moyennement", "peu", "faiblement", "mal");
  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("ique", "aire", "ien", "ienne", "al", "ale", "ane", "anee", "eux", "euse");
  /**
   * Organs left out of the site-word vote for a document's main organ: lymph nodes and the
   * usual metastatic sites (liver, bone, brain, adrenal, pleura, peritoneum), which a report
   * names far more often as metastases than as primaries.
   */
  private static final Set<String> METASTATIC_ORGANS =
      Set.of("C77", "C22", "C41", "C71", "C74", "C38", "C48");
  private static final Set<String> STOPS = Set.of(".", ";", "?", "!");
  /** ICD-O-3 8000/3, malignant neoplasm without histology: "cancer", "K", "néo". */
  private static final String GENERIC = "8000/3";
  /** Words that make "cancer" part of an institution's name ("lutte contre le cancer"). */
  private static final Set<String> INSTITUTION = Set.of("contre", "institut", "ligue", "plan", "centre");

  /** Classpath location of the words that keep a tumour out of document-level propagation. */
  public static final String NO_PROPAGATION = "/org/onconlp/extract/tumour/no-propagation-cues.txt";
  /** Classpath location of the words that mark a tumour as ruled out (no vote, no grade). */
  public static final String RULED_OUT = "/org/onconlp/extract/tumour/ruled-out-cues.txt";

  /** A token: offsets and its folded form. */
  public record Tok(int begin, int end, String norm) {}

  private final TumourLexicon lexicon;
  private final AdicapDecoder adicap;
  private final boolean standaloneMetastases;
  private final Set<String> noPropagation;
  private final Set<String> ruledOut;
  private final GradeParser grades = new GradeParser();

  /** Creates a finder with the default terminology, without standalone metastases. */
  public TumourFinder() {
    this(new TumourLexicon(), new AdicapDecoder(), false);
  }

  /**
   * Creates a finder with the given terminology. {@code standaloneMetastases}: also report a
   * metastasis that names no primary ("métastases osseuses", "lésion secondaire") as a tumour
   * (8000/6); off by default because the annotation guidelines record those as metastasis
   * events, not tumours. A metastasis that names its primary ("métastase hépatique d'un ADK
   * colique") is always reported.
   */
  public TumourFinder(TumourLexicon lexicon, AdicapDecoder adicap, boolean standaloneMetastases) {
    this.lexicon = lexicon;
    this.adicap = adicap;
    this.standaloneMetastases = standaloneMetastases;
    this.noPropagation = Set.copyOf(ResourceLines.load(NO_PROPAGATION));
    this.ruledOut = Set.copyOf(ResourceLines.load(RULED_OUT));
  }

  private record Hit(LexEntry entry, int first, int last) {}

  private static final class Draft {
    int begin;
    int end;
    int sentence;
    String morphology;
    String topography;
    boolean explicitSite;
    boolean meta;
    boolean linked;
    boolean aside;
    boolean ruledOut;
    String laterality;
    String gradeSystem;
    String gradeValue;
    String adicap;
    String primarySite;
  }

  /**
   * The tumours of {@code text}. {@code tokens} are in text order; {@code sentences} and
   * {@code conclusions} are [begin, end) spans in text order (the conclusion sections; may be
   * empty).
   */
  public List<TumourMention> find(String text, List<Tok> tokens, List<int[]> sentences,
      List<int[]> conclusions) {
    List<TumourMention> out = new ArrayList<>();
    if (text == null || tokens.isEmpty()) {
      return out;
    }
    int n = tokens.size();
    List<String> keys = new ArrayList<>(n);
    int[] sentenceOf = new int[n];
    int s = 0;
    for (int i = 0; i < n; i++) {
      Tok t = tokens.get(i);
      keys.add(TumourLexicon.key(t.norm()));
      while (s < sentences.size() && sentences.get(s)[1] <= t.begin()) {
        s++;
      }
      sentenceOf[i] = s;
    }
    Hit[] hitAt = new Hit[n];
    List<Hit> hits = new ArrayList<>();
    List<int[]> codes = new ArrayList<>();
    for (int i = 0; i < n; ) {
      TokenTrie.Match<LexEntry> m = lexicon.longest(keys, i);
      if (m != null && m.value().upperOnly()
          && !isUpperCase(text, tokens.get(i).begin(), tokens.get(i + m.length() - 1).end())) {
        m = null;
      }
      if (m != null) {
        Hit h = new Hit(m.value(), i, i + m.length() - 1);
        hitAt[i] = h;
        hits.add(h);
        i += m.length();
        continue;
      }
      Tok t = tokens.get(i);
      if (t.end() - t.begin() == 8 && Character.isUpperCase(text.charAt(t.begin()))) {
        codes.add(new int[] {i});
      }
      i++;
    }
    List<Draft> drafts = new ArrayList<>();
    Map<Hit, Draft> byHit = new HashMap<>();
    for (Hit h : hits) {
      if (h.entry().kind().isTumour()) {
        Draft d = draft(text, tokens, keys, sentenceOf, hitAt, h);
        if (d != null) {
          drafts.add(d);
          byHit.put(h, d);
        }
      }
    }
    linkMetastases(keys, sentenceOf, hitAt, hits, byHit);
    if (!standaloneMetastases) {
      drafts.removeIf(d -> d.meta && !d.linked);
    }
    fillFromDocument(drafts, keys, sentenceOf, hitAt, hits);
    attachAdicap(text, tokens, sentenceOf, codes, drafts);
    attachGrades(text, tokens, sentences, conclusions, drafts);
    drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
    for (Draft d : drafts) {
      out.add(new TumourMention(d.begin, d.end, d.morphology, d.topography, d.laterality,
          d.gradeSystem, d.gradeValue, d.adicap, d.primarySite));
    }
    return out;
  }

  /**
   * A site written as an adjective right after an acronym ("ADK colique", "K pulmonaire")
   * belongs to the tumour's name; after a full histological term ("adénocarcinome
   * pulmonaire") it stays outside, as annotated.
   */
  private static boolean isAdjective(String key) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUpperCase(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Draft draft(String text, List<Tok> tokens, List<String> keys, int[] sentenceOf,
      Hit[] hitAt, Hit h) {
    LexEntry e = h.entry();
    int first = h.first();
    if (e.kind() == LexEntry.Kind.NAMED && h.last() == first
        && tokens.get(first).norm().endsWith("s")) {
      return null;
    }
    if (e.kind() == LexEntry.Kind.NAMED && first > 0
        && (INSTITUTION.contains(keys.get(first - 1))
            || (first > 1 && INSTITUTION.contains(keys.get(first - 2))))) {
      return null;
    }
    if (meetingName(keys, sentenceOf, first)) {
      return null;
    }
    int last = h.last();
    if (e.kind() == LexEntry.Kind.HISTO) {
      last = extend(keys, sentenceOf, last);
    }
    Draft d = new Draft();
    d.sentence = sentenceOf[first];
    d.morphology = e.code();
    // The sentence, and the few tokens before it: a heading such as "ATCD :" may stand alone.
    int from = Math.max(0, sentenceStart(sentenceOf, first) - HEADING_LOOKBACK);
    for (int j = from; j < keys.size() && sentenceOf[j] <= d.sentence; j++) {
      if (noPropagation.contains(keys.get(j))) {
        d.aside = true;
        break;
      }
      // Only a cue before the tumour rules it out: "mélanome ..., pas d'emboles" is asserted.
      if (j < first && sentenceOf[j] == d.sentence && ruledOut.contains(keys.get(j))) {
        d.ruledOut = true;
      }
    }
    d.meta = e.kind() == LexEntry.Kind.META;
    Hit site = siteAfter(keys, sentenceOf, hitAt, last, d.meta);
    boolean direct = site != null && onlyConnectors(keys, last + 1, site.first());
    if (e.kind() == LexEntry.Kind.SITED && !direct) {
      return null;
    }
    if (direct && (e.kind() != LexEntry.Kind.HISTO
        || (site.first() == last + 1 && isAdjective(keys.get(site.first()))
            && h.first() == h.last() && isUpperCase(text, tokens.get(first).begin(), tokens.get(first).end())))) {
      last = site.last();
    }
    if (site == null) {
      site = siteBefore(keys, sentenceOf, hitAt, first, d.meta);
    }
    d.begin = tokens.get(first).begin();
    d.end = tokens.get(last).end();
    if (d.meta) {
      if (site != null && direct) {
        d.topography = site.entry().code();
      }
    } else if (site != null) {
      d.topography = site.entry().code();
      d.explicitSite = true;
      d.laterality = lateralityAfter(keys, sentenceOf, hitAt, site);
      if (!d.aside && !d.ruledOut) {
        refineSubsite(d, hitAt, sentenceOf, first);
      }
      if (d.laterality == null) {
        d.laterality = sameOrganLaterality(keys, sentenceOf, hitAt, first, d.topography);
      }
    } else {
      d.topography = e.defaultTopography();
      if (!d.aside && !d.ruledOut) {
        refineSubsite(d, hitAt, sentenceOf, first);
      }
    }
    return d;
  }

  /**
   * Whether the tumour word names a tumour board ("RCP HEMATOLOGIE - MYELOME", "Rcp
   * sarcome"): "rcp" a few tokens before it in the sentence with no colon between, which
   * would open the board's content ("RCP du 12/03 : ADK pulmonaire").
   */
  private static boolean meetingName(List<String> keys, int[] sentenceOf, int first) {
    for (int j = first - 1; j >= 0 && j >= first - MEETING_LOOKBACK && sentenceOf[j] == sentenceOf[first]; j--) {
      String key = keys.get(j);
      if (key.equals(":") || STOPS.contains(key)) {
        return false;
      }
      if (key.equals("rcp")) {
        return true;
      }
    }
    return false;
  }

  /** Extends a histological term over a differentiation phrase written right after it. */
  private static int extend(List<String> keys, int[] sentenceOf, int last) {
    int l = last;
    if (l + 1 >= keys.size() || sentenceOf[l + 1] != sentenceOf[last]) {
      return l;
    }
    String next = keys.get(l + 1);
    if (next.startsWith("indifferenci")) {
      return l + 1;
    }
    if (DEGREES.contains(next) && l + 2 < keys.size() && keys.get(l + 2).startsWith("differenci")) {
      return l + 2;
    }
    if (next.equals("tres") && l + 3 < keys.size() && keys.get(l + 2).equals("bien")
        && keys.get(l + 3).startsWith("differenci")) {
      return l + 3;
    }
    return l;
  }

  /**
   * The site written after a tumour in its sentence; for a primary ({@code meta} false) a site
   * that belongs to a metastasis word ("métastatique au foie") is passed over.
   */
  private static Hit siteAfter(List<String> keys, int[] sentenceOf, Hit[] hitAt, int last,
      boolean meta) {
    for (int j = last + 1; j < keys.size() && j <= last + SITE_WINDOW; j++) {
      if (sentenceOf[j] != sentenceOf[last] || STOPS.contains(keys.get(j))) {
        return null;
      }
      Hit h = hitAt[j];
      if (h != null) {
        if (h.entry().kind() == LexEntry.Kind.SITE && (meta || !metastasisSite(keys, j))) {
          return h;
        }
        if (h.entry().kind().isTumour()) {
          return null;
        }
      }
    }
    return null;
  }

  /** The site written before a tumour in its sentence, metastasis sites passed over likewise. */
  private static Hit siteBefore(List<String> keys, int[] sentenceOf, Hit[] hitAt, int first,
      boolean meta) {
    for (int j = first - 1; j >= 0 && j >= first - SITE_WINDOW && sentenceOf[j] == sentenceOf[first]; j--) {
      Hit h = hitAt[j];
      if (h != null && h.entry().kind() == LexEntry.Kind.SITE && (meta || !metastasisSite(keys, j))) {
        return h;
      }
      if (h != null && h.entry().kind().isTumour()) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the site word at {@code site} names where a metastasis is: the word before it,
   * connectors aside, is a metastasis word ("métastases pulmonaires", "métastatique au foie",
   * "localisation secondaire osseuse").
   */
  private static boolean metastasisSite(List<String> keys, int site) {
    int j = site - 1;
    while (j >= 0 && j >= site - 3 && CONNECTORS.contains(keys.get(j))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String word = keys.get(j);
    return word.contains("metasta") || word.equals("secondaire");
  }

  private static boolean onlyConnectors(List<String> keys, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!CONNECTORS.contains(keys.get(j))) {
        return false;
      }
    }
    return to - from <= 3;
  }

  private static String lateralityAfter(List<String> keys, int[] sentenceOf, Hit[] hitAt, Hit site) {
    for (int j = site.last() + 1; j < keys.size() && j <= site.last() + 3; j++) {
      if (sentenceOf[j] != sentenceOf[site.last()]) {
        return null;
      }
      Hit h = hitAt[j];
      if (h != null && h.entry().kind() == LexEntry.Kind.LATERALITY) {
        return h.entry().code();
      }
      if (h != null && h.entry().kind() != LexEntry.Kind.SITE
          && h.entry().kind() != LexEntry.Kind.SUBSITE) {
        return null;
      }
    }
    return null;
  }

  private static int sentenceStart(int[] sentenceOf, int token) {
    int j = token;
    while (j > 0 && sentenceOf[j - 1] == sentenceOf[token]) {
      j--;
    }
    return j;
  }

  /** Laterality written after another mention of the same organ in the sentence. */
  private static String sameOrganLaterality(List<String> keys, int[] sentenceOf, Hit[] hitAt,
      int first, String topography) {
    for (int j = sentenceStart(sentenceOf, first); j < hitAt.length && sentenceOf[j] == sentenceOf[first]; j++) {
      Hit h = hitAt[j];
      if (h != null && h.entry().kind() == LexEntry.Kind.SITE
          && h.entry().code().startsWith(topography.substring(0, 3))) {
        String laterality = lateralityAfter(keys, sentenceOf, hitAt, h);
        if (laterality != null) {
          return laterality;
        }
      }
    }
    return null;
  }

  /** A subsite written in the sentence refines a same-organ site; a subsite alone stays. */
  private static void refineSubsite(Draft d, Hit[] hitAt, int[] sentenceOf, int first) {
    if (d.topography == null || d.topography.length() != 3) {
      return;
    }
    int best = Integer.MAX_VALUE;
    for (int j = sentenceStart(sentenceOf, first); j < hitAt.length && sentenceOf[j] == sentenceOf[first]; j++) {
      Hit h = hitAt[j];
      if (h == null || (h.entry().kind() != LexEntry.Kind.SITE
          && h.entry().kind() != LexEntry.Kind.SUBSITE)) {
        continue;
      }
      String code = h.entry().code();
      if (code.length() > 3 && code.startsWith(d.topography) && Math.abs(j - first) < best) {
        best = Math.abs(j - first);
        d.topography = code;
      }
    }
  }

  /** "métastase hépatique d'un ADK colique": the primary's morphology and site, behaviour /6. */
  private static void linkMetastases(List<String> keys, int[] sentenceOf,
      Hit[] hitAt, List<Hit> hits, Map<Hit, Draft> byHit) {
    for (Hit h : hits) {
      Draft meta = byHit.get(h);
      if (meta == null || !meta.meta) {
        continue;
      }
      int j = h.last() + 1;
      while (j < keys.size() && j <= h.last() + 3 && hitAt[j] != null
          && hitAt[j].entry().kind() != LexEntry.Kind.HISTO) {
        j = hitAt[j].last() + 1;
      }
      for (int k = j; k < keys.size() && k <= j + 3 && sentenceOf[k] == sentenceOf[h.first()]; k++) {
        Hit p = hitAt[k];
        if (p != null) {
          Draft primary = byHit.get(p);
          if (primary != null && !primary.meta && onlyConnectors(keys, j, k)) {
            meta.morphology = primary.morphology.substring(0, 4) + "/6";
            meta.primarySite = primary.explicitSite ? primary.topography : null;
            meta.linked = true;
          }
          break;
        }
      }
    }
  }

  /**
   * Document-level site model, as annotators read a report: a tumour without a written site
   * takes the document's main organ (the most frequent organ of the tumours with a written
   * site, else of the tumours' default sites, else of all site words, lymph nodes and usual
   * metastatic organs aside); a SUBSITE row whose code is a bare organ (annexielle → C56) only
   * lends its laterality; then a tumour whose site is a bare organ
   * takes the organ's subsite when the document writes exactly one (QSI → C50.2), and a
   * tumour without laterality takes the organ's laterality when the document writes only one.
   * A ruled-out tumour ("pas de carcinome infiltrant") takes the organ and the laterality, as
   * annotators locate it where the report looks, but neither votes nor takes the subsite.
   */
  private static void fillFromDocument(List<Draft> drafts, List<String> keys, int[] sentenceOf,
      Hit[] hitAt, List<Hit> hits) {
    Map<String, Integer> tumourOrgans = new LinkedHashMap<>();
    Map<String, Integer> defaultOrgans = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.topography != null && !d.aside && !d.ruledOut) {
        (d.explicitSite ? tumourOrgans : defaultOrgans).merge(prefix(d.topography), 1, Integer::sum);
      }
    }
    Map<String, Integer> siteOrgans = new LinkedHashMap<>();
    Map<String, String> subsites = new HashMap<>();
    Map<String, String> lateralities = new HashMap<>();
    // A relative's or a past tumour's sentence ("mère : cancer du sein droit") lends nothing.
    Set<Integer> asideSentences = new HashSet<>();
    for (Draft d : drafts) {
      if (d.aside) {
        asideSentences.add(d.sentence);
      }
    }
    for (Hit h : hits) {
      LexEntry.Kind kind = h.entry().kind();
      if ((kind != LexEntry.Kind.SITE && kind != LexEntry.Kind.SUBSITE)
          || asideSentences.contains(sentenceOf[h.first()])) {
        continue;
      }
      String code = h.entry().code();
      String organ = code.substring(0, 3);
      if (kind == LexEntry.Kind.SITE && !METASTATIC_ORGANS.contains(organ)) {
        siteOrgans.merge(organ, 1, Integer::sum);
      }
      if (code.length() > 3) {
        subsites.merge(organ, code, (x, y) -> x.equals(y) ? x : "");
      }
      String laterality = lateralityAfter(keys, sentenceOf, hitAt, h);
      if (laterality != null) {
        lateralities.merge(organ, laterality, (x, y) -> x.equals(y) ? x : "");
      }
    }
    String main = mostFrequent(!tumourOrgans.isEmpty() ? tumourOrgans
        : !defaultOrgans.isEmpty() ? defaultOrgans : siteOrgans);
    for (Draft d : drafts) {
      if (d.topography == null && main != null && !d.meta) {
        d.topography = main;
      }
      if (d.topography == null || d.meta || d.aside) {
        continue;
      }
      String organ = d.topography.substring(0, 3);
      String subsite = subsites.get(organ);
      if (d.topography.length() == 3 && subsite != null && !subsite.isEmpty() && !d.ruledOut) {
        d.topography = subsite;
      }
      String laterality = lateralities.get(organ);
      if (d.laterality == null && laterality != null && !laterality.isEmpty()) {
        d.laterality = laterality;
      }
    }
    specialiseGeneric(drafts);
  }

  /**
   * A generic malignant word ("cancer du sein", "K pulmonaire", "néo", 8000/3) takes the
   * histology of the document's primary tumours of its organ when they have exactly one
   * malignant morphology ("carcinome canalaire infiltrant ... Conclusion : cancer du sein" →
   * 8500/3), as annotators code it. Metastases (/6), benign and in-situ lesions, and tumours
   * that are ruled out or belong to a relative or the past neither give nor take.
   */
  private static void specialiseGeneric(List<Draft> drafts) {
    Map<String, String> histology = new HashMap<>();
    for (Draft d : drafts) {
      if (primary(d) && d.morphology != null && d.morphology.endsWith("/3")
          && !GENERIC.equals(d.morphology)) {
        histology.merge(prefix(d.topography), d.morphology, (x, y) -> x.equals(y) ? x : "");
      }
    }
    for (Draft d : drafts) {
      if (primary(d) && GENERIC.equals(d.morphology)) {
        String specific = histology.get(prefix(d.topography));
        if (specific != null && !specific.isEmpty()) {
          d.morphology = specific;
        }
      }
    }
  }

  /** A tumour of the report's current episode with a known organ: no metastasis, no aside. */
  private static boolean primary(Draft d) {
    return d.topography != null && !d.meta && !d.aside && !d.ruledOut;
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > bestCount) {
        bestCount = c.getValue();
        best = c.getKey();
      }
    }
    return best;
  }

  private static String prefix(String code) {
    return code == null ? null : code.substring(0, 3);
  }

  private void attachAdicap(String text, List<Tok> tokens, int[] sentenceOf, List<int[]> codes,
      List<Draft> drafts) {
    for (int[] c : codes) {
      Tok t = tokens.get(c[0]);
      AdicapDecoder.Decoded decoded = adicap.decode(text.substring(t.begin(), t.end()));
      if (decoded == null) {
        continue;
      }
      Draft target = null;
      int best = Integer.MAX_VALUE;
      String organ = prefix(decoded.topography());
      for (Draft d : drafts) {
        int distance = d.begin > t.begin() ? d.begin - t.end() : t.begin() - d.end;
        boolean sameSentence = d.sentence == sentenceOf[c[0]];
        boolean near = distance <= ADICAP_REACH
            && (organ == null || d.topography == null || organ.equals(prefix(d.topography)));
        // A tumour of the code's own sentence always wins over one merely near.
        int rank = sameSentence ? distance : ADICAP_REACH + distance;
        // A ruled-out tumour ("Pas de carcinome lobulaire in situ associé") has no code.
        if (d.adicap == null && !d.ruledOut && (sameSentence || near) && rank < best) {
          best = rank;
          target = d;
        }
      }
      if (target == null) {
        target = new Draft();
        target.begin = t.begin();
        target.end = t.end();
        target.sentence = sentenceOf[c[0]];
        drafts.add(target);
      }
      target.adicap = decoded.code();
      if (target.morphology == null) {
        target.morphology = decoded.morphology();
      }
      if (target.topography == null) {
        target.topography = decoded.topography();
      }
    }
  }

  private void attachGrades(String text, List<Tok> tokens, List<int[]> sentences,
      List<int[]> conclusions, List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    boolean renal = false;
    for (Draft d : drafts) {
      renal |= d.topography != null && d.topography.startsWith("C64");
    }
    for (GradeMention g : grades.find(text, tokens, renal)) {
      Draft target = nearestInSentence(g, sentences, drafts);
      if (target == null) {
        target = inConclusionOrBefore(g, conclusions, drafts);
      }
      GradeMention resolved = target == null ? null : resolve(g, target);
      if (resolved != null && (target.gradeValue == null
          || (resolved.isFormal() && "DIFFERENTIATION".equals(target.gradeSystem)))) {
        target.gradeSystem = resolved.system();
        target.gradeValue = resolved.value();
      }
    }
    for (Draft d : drafts) {
      if (d.gradeValue != null || d.morphology == null || d.aside || d.ruledOut) {
        continue;
      }
      for (Draft other : drafts) {
        if (other.gradeValue != null && d.morphology.equals(other.morphology)) {
          d.gradeSystem = other.gradeSystem;
          d.gradeValue = other.gradeValue;
          break;
        }
      }
    }
  }

  /**
   * Resolves the provisional systems from the tumour: a "grade 2" is SBR in the breast, ISUP
   * in the kidney, WHO in the brain, FNCLCC in a sarcoma (else dropped); "de haut grade" is a
   * nuclear grade (3 / 2 / 1) on an in-situ carcinoma, a WHO high/low grade on an invasive
   * one, nothing on a benign lesion.
   */
  private static GradeMention resolve(GradeMention g, Draft target) {
    String morph = target.morphology == null ? "" : target.morphology;
    String organ = target.topography == null ? "" : prefix(target.topography);
    if (g.system().equals("GENERIC")) {
      String system;
      if (organ.equals("C50")) {
        system = "SBR";
      } else if (organ.equals("C64")) {
        system = "ISUP";
      } else if (organ.equals("C71")) {
        system = "WHO";
      } else if (morph.startsWith("88") || morph.startsWith("89")) {
        system = "FNCLCC";
      } else {
        return null;
      }
      return new GradeMention(g.begin(), g.end(), system, g.value());
    }
    if (g.system().equals("LEVEL")) {
      if (morph.endsWith("/0")) {
        return null;
      }
      if (morph.endsWith("/2")) {
        return new GradeMention(g.begin(), g.end(), "NUCLEAR", GradeParser.nuclearValue(g.value()));
      }
      return new GradeMention(g.begin(), g.end(), "WHO", g.value());
    }
    return g;
  }

  private static Draft nearestInSentence(GradeMention g, List<int[]> sentences, List<Draft> drafts) {
    int[] sentence = containing(sentences, g.begin());
    if (sentence == null) {
      return null;
    }
    Draft best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Draft d : drafts) {
      if (d.begin >= sentence[0] && d.end <= sentence[1]) {
        int distance = d.begin >= g.end() ? d.begin - g.end() : Math.max(0, g.begin() - d.end);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
    }
    return best;
  }

  private static Draft inConclusionOrBefore(GradeMention g, List<int[]> conclusions, List<Draft> drafts) {
    int[] conclusion = containing(conclusions, g.begin());
    Draft before = null;
    Draft firstInConclusion = null;
    for (Draft d : drafts) {
      boolean inside = conclusion != null && d.begin >= conclusion[0] && d.end <= conclusion[1];
      if (inside && firstInConclusion == null) {
        firstInConclusion = d;
      }
      if (d.end <= g.begin() && (conclusion == null ? g.begin() - d.end <= GRADE_REACH : inside)) {
        before = d;
      }
    }
    if (conclusion != null) {
      return before != null ? before : firstInConclusion;
    }
    return before;
  }

  private static int[] containing(List<int[]> spans, int offset) {
    for (int[] span : spans) {
      if (span[0] <= offset && offset < span[1]) {
        return span;
      }
    }
    return null;
  }
}

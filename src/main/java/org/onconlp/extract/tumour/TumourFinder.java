package org.onconlp.extract.tumour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *       behaviour /6, the morphology and the topography of the primary when written after it
 *       ("d'un ADK colique" → 8140/6, C18; the primary is also a tumour of its own), and its
 *       own organ as {@code metastasisSite} (C22);
 *   <li>grade (see {@link GradeParser}): the nearest tumour in the grade's sentence; when the
 *       sentence has none, in the conclusion section the nearest tumour before it in the
 *       conclusion (else the conclusion's first), elsewhere the nearest tumour before it
 *       within {@value #GRADE_REACH} characters. A formal system (SBR, ISUP, FNCLCC, WHO,
 *       Fuhrman) replaces a differentiation grade, never the reverse;
 *   <li>an ADICAP code is attached to the nearest tumour of its sentence (filling a missing
 *       morphology or topography), else becomes a tumour of its own.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TumourFinder {
  /** How far before a grade (outside its sentence and the conclusion) a tumour may be. */
  static final int GRADE_REACH = 300;
  /** How many tokens after a tumour term its site may be written. */
  private static final int SITE_WINDOW = 10;
  private static final Set<String> CONNECTORS =
      Set.of("de", "du", "des", "d'", "la", "l'", "le", "les", "au", "aux", "a", "en", "un", "une");
  private static final Set<String> EXTENDERS =
      Set.of("infiltrant", "infiltrante", "invasif", "invasive");
  private static final Set<String> DEGREES =
      Set.of("bien", "moyennement", "peu", "faiblement", "mal");
  private static final Set<String> STOPS = Set.of(".", ";", "?", "!");
  /** Words that make "cancer" part of an institution's name ("lutte contre le cancer"). */
  private static final Set<String> INSTITUTION = Set.of("contre", "institut", "ligue", "plan", "centre");

  /** A token: offsets and its folded form. */
  public record Tok(int begin, int end, String norm) {}

  private final TumourLexicon lexicon;
  private final AdicapDecoder adicap;
  private final GradeParser grades = new GradeParser();

  /** Creates a finder with the default terminology. */
  public TumourFinder() {
    this(new TumourLexicon(), new AdicapDecoder());
  }

  /** Creates a finder with the given terminology. */
  public TumourFinder(TumourLexicon lexicon, AdicapDecoder adicap) {
    this.lexicon = lexicon;
    this.adicap = adicap;
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
    String laterality;
    String gradeSystem;
    String gradeValue;
    String adicap;
    String metastasisSite;
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
    linkMetastases(tokens, keys, sentenceOf, hitAt, hits, byHit);
    fillFromDocument(drafts, tokens, hitAt, hits);
    attachAdicap(text, tokens, sentenceOf, codes, drafts);
    attachGrades(text, sentences, conclusions, drafts);
    drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
    for (Draft d : drafts) {
      out.add(new TumourMention(d.begin, d.end, d.morphology, d.topography, d.laterality,
          d.gradeSystem, d.gradeValue, d.adicap, d.metastasisSite));
    }
    return out;
  }

  private Draft draft(String text, List<Tok> tokens, List<String> keys, int[] sentenceOf,
      Hit[] hitAt, Hit h) {
    LexEntry e = h.entry();
    int first = h.first();
    if (e.kind() == LexEntry.Kind.SITED && keys.get(first).equals("k")
        && text.charAt(tokens.get(first).begin()) != 'K') {
      return null;
    }
    if (e.kind() == LexEntry.Kind.NAMED && first > 0
        && (INSTITUTION.contains(keys.get(first - 1))
            || (first > 1 && INSTITUTION.contains(keys.get(first - 2))))) {
      return null;
    }
    int last = h.last();
    if (e.kind() == LexEntry.Kind.HISTO || e.kind() == LexEntry.Kind.META) {
      last = extend(keys, sentenceOf, last);
    }
    Draft d = new Draft();
    d.sentence = sentenceOf[first];
    d.morphology = e.code();
    d.meta = e.kind() == LexEntry.Kind.META;
    Hit site = siteAfter(keys, sentenceOf, hitAt, last);
    boolean direct = site != null && onlyConnectors(keys, last + 1, site.first());
    if (e.kind() == LexEntry.Kind.SITED && !direct) {
      return null;
    }
    if (direct && e.kind() != LexEntry.Kind.HISTO) {
      last = site.last();
    }
    if (site == null) {
      site = siteBefore(sentenceOf, hitAt, first);
    }
    d.begin = tokens.get(first).begin();
    d.end = tokens.get(last).end();
    if (d.meta) {
      if (site != null && direct) {
        d.metastasisSite = site.entry().code();
      }
    } else if (site != null) {
      d.topography = site.entry().code();
      d.explicitSite = true;
      d.laterality = lateralityAfter(keys, sentenceOf, hitAt, site);
      refineSubsite(d, hitAt, sentenceOf, first);
      if (d.laterality == null) {
        d.laterality = sameOrganLaterality(keys, sentenceOf, hitAt, first, d.topography);
      }
    } else {
      d.topography = e.defaultTopography();
    }
    return d;
  }

  /** Extends a histological term over "infiltrant" and a differentiation phrase. */
  private static int extend(List<String> keys, int[] sentenceOf, int last) {
    int l = last;
    while (l + 1 < keys.size() && sentenceOf[l + 1] == sentenceOf[last]) {
      String next = keys.get(l + 1);
      if (EXTENDERS.contains(next)) {
        l++;
      } else if (next.startsWith("indifferenci")) {
        l++;
      } else if (DEGREES.contains(next) && l + 2 < keys.size()
          && keys.get(l + 2).startsWith("differenci")) {
        l += 2;
      } else if (next.equals("tres") && l + 3 < keys.size() && keys.get(l + 2).equals("bien")
          && keys.get(l + 3).startsWith("differenci")) {
        l += 3;
      } else {
        break;
      }
    }
    return l;
  }

  private static Hit siteAfter(List<String> keys, int[] sentenceOf, Hit[] hitAt, int last) {
    for (int j = last + 1; j < keys.size() && j <= last + SITE_WINDOW; j++) {
      if (sentenceOf[j] != sentenceOf[last] || STOPS.contains(keys.get(j))) {
        return null;
      }
      Hit h = hitAt[j];
      if (h != null) {
        if (h.entry().kind() == LexEntry.Kind.SITE) {
          return h;
        }
        if (h.entry().kind().isTumour()) {
          return null;
        }
      }
    }
    return null;
  }

  private static Hit siteBefore(int[] sentenceOf, Hit[] hitAt, int first) {
    for (int j = first - 1; j >= 0 && j >= first - SITE_WINDOW && sentenceOf[j] == sentenceOf[first]; j--) {
      Hit h = hitAt[j];
      if (h != null && h.entry().kind() == LexEntry.Kind.SITE) {
        return h;
      }
      if (h != null && h.entry().kind().isTumour()) {
        return null;
      }
    }
    return null;
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
      if (h != null && h.entry().kind() != LexEntry.Kind.SITE) {
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
      if (h == null || h.entry().kind() != LexEntry.Kind.SITE) {
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
  private static void linkMetastases(List<Tok> tokens, List<String> keys, int[] sentenceOf,
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
            meta.topography = primary.explicitSite ? primary.topography : null;
          }
          break;
        }
      }
    }
  }

  /** Tumours without a written site take the document's main site (and its laterality). */
  private static void fillFromDocument(List<Draft> drafts, List<Tok> tokens, Hit[] hitAt, List<Hit> hits) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> lateralities = new HashMap<>();
    for (Draft d : drafts) {
      if (d.explicitSite && d.topography != null) {
        String organ = d.topography.substring(0, 3);
        counts.merge(organ, 1, Integer::sum);
        if (d.laterality != null) {
          lateralities.merge(organ, d.laterality, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    String main = null;
    int best = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > best) {
        best = c.getValue();
        main = c.getKey();
      }
    }
    if (main == null) {
      return;
    }
    String laterality = lateralities.get(main);
    for (Draft d : drafts) {
      if (d.topography == null && (d.meta ? !main.equals(prefix(d.metastasisSite)) : true)) {
        d.topography = main;
        if (!d.meta && d.laterality == null && laterality != null && !laterality.isEmpty()) {
          d.laterality = laterality;
        }
      }
    }
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
      for (Draft d : drafts) {
        int distance = d.begin > t.begin() ? d.begin - t.end() : t.begin() - d.end;
        if (d.sentence == sentenceOf[c[0]] && d.adicap == null && distance < best) {
          best = distance;
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

  private void attachGrades(String text, List<int[]> sentences, List<int[]> conclusions,
      List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    boolean renal = false;
    for (Draft d : drafts) {
      renal |= d.topography != null && d.topography.startsWith("C64");
    }
    for (GradeMention g : grades.find(text, renal)) {
      Draft target = nearestInSentence(g, sentences, drafts);
      if (target == null) {
        target = inConclusionOrBefore(g, conclusions, drafts);
      }
      if (target != null && (target.gradeValue == null
          || (g.isFormal() && "DIFFERENTIATION".equals(target.gradeSystem)))) {
        target.gradeSystem = g.system();
        target.gradeValue = g.value();
      }
    }
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

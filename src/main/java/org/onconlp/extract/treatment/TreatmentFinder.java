package org.onconlp.extract.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.extract.treatment.TreatmentLexicon.Cue;
import org.onconlp.extract.treatment.TreatmentLexicon.CueKind;
import org.onconlp.extract.treatment.TreatmentLexicon.Entry;
import org.onconlp.extract.treatment.TreatmentLexicon.Kind;
import org.onconlp.extract.treatment.TreatmentLexicon.Term;
import org.onconlp.text.TokenTrie;

/**
 * Finds treatments in French text and reads their attributes; the CAS-free algorithm behind
 * {@code TreatmentAnnotator}.
 *
 * <p>Per sentence, one left-to-right pass looks names up in the {@link TreatmentLexicon}
 * (longest match; names of 3 letters or less only as written, so "EC" is a regimen and "ec" is
 * not; a name two words after "marges de", "service de" is skipped, and stop phrases such as
 * "chirurgie thoracique" are matched and dropped). A word glued with {@code -}, {@code /} or
 * {@code +} ("carboplatine-pémétrexed") is split when every part is a name. Drugs written together
 * with {@code +}, {@code /} or {@code -} (doses such as "AUC5" may stand between) form a
 * combination: by default (as the annotation guidelines want) each drug is reported on its own,
 * with the attributes read for the whole group, except cytotoxics glued into one word, which
 * stay one treatment whose agent joins the INNs with {@code -} ({@code carboplatin-pemetrexed})
 * and whose components list them; without splitting, every combination is reported so. A named
 * regimen keeps its own name and components. Procedures and treatment classes take their
 * qualifiers ("mastectomie totale", "chimiothérapie adjuvante"; sides and organs stay outside).
 *
 * <p>Attributes come from the same sentence, each from the nearest cue (words in between, plus
 * one per comma; a preceding cue wins a tie; at most 24 words away). A cue after the treatment
 * reaches it only across plain words (no other treatment, no step word such as "puis" or ";");
 * a cue before it may reach across a list of treatments, across "puis" only for a setting, a
 * status other than stopped ("traité par chirurgie puis FOLFOX"), a heading ("Décision :", or
 * a status, setting or line just before a colon: "Proposition en 2e ligne :") or a
 * colon-introduced list; a plural setting after a list qualifies all of it ("radiothérapie et
 * hormonothérapie adjuvantes"). A systemic treatment after "chirurgie puis" is adjuvant. Title
 * lines ("RCP DIGESTIVE - RÉCIDIVE") are skipped. Status: a stop cue right after the treatment
 * wins, else the nearest cue ("C3J1" is ongoing), else an end date means completed,
 * else the section (a proposal section → planned, history → completed, current treatment →
 * ongoing), else completed for surgery and unknown otherwise. Stop reason (only for a stopped
 * treatment), line ("2e ligne", "deuxième ligne", "ligne 2", and "L2" right next to the
 * treatment or after "en"; lines may be inferred, see the constructor), setting, dates (a date
 * after "au", "jusqu'au", "arrêté le", "dernière cure le" is the end date, another one the
 * start; a date goes only to the treatment nearest to it) and, for radiotherapy, dose in Gy and
 * fractions.
 *
 * <p>Immutable and thread-safe.
 */
public final class TreatmentFinder {
  private static final int MAX_CUE_DISTANCE = 10;
  private static final int MAX_SETTING_DISTANCE = 10;
  private static final int MAX_DATE_DISTANCE = 10;
  private static final int MAX_QUALIFIERS = 3;
  private static final int NOT_REACHABLE = Integer.MAX_VALUE;
  /** Agent of the lexicon's stop phrases ("chirurgie thoracique"): matched, then skipped. */
  private static final String STOP_AGENT = "-";
  /** Dose words that may stand between the drugs of a combination ("carboplatine AUC5 + ..."). */
  private static final int MAX_DOSE_WORDS = 3;
  private static final Set<String> CONNECTORS = Set.of("+", "/", "-");
  /** Words that separate the steps of a sequence: no attribute crosses them. */
  private static final Set<String> BARRIERS = Set.of(";", "puis", "relais", "suivie", "suivi");
  /** Step words no attribute crosses, not even a setting. */
  private static final Set<String> HARD_BARRIERS = Set.of(";");
  private static final Set<String> FRACTION_WORDS =
      Set.of("fraction", "fractions", "seance", "seances", "fx");
  private static final Set<String> PROPOSAL_SECTIONS =
      Set.of("proposition_therapeutique", "decision_rcp", "conduite_a_tenir");
  private static final Set<String> HISTORY_SECTIONS =
      Set.of("antecedents", "antecedents_personnels", "histoire_maladie", "compte_rendu_operatoire");
  private static final Set<String> CURRENT_SECTIONS = Set.of("traitement");

  private final TreatmentLexicon lexicon;
  private final boolean splitCombinations;
  private final boolean inferFirstLine;

  /**
   * A finder over the given vocabulary that reports each drug of a combination on its own and
   * infers first lines.
   */
  public TreatmentFinder(TreatmentLexicon lexicon) {
    this(lexicon, true, true);
  }

  /**
   * A finder over the given vocabulary.
   *
   * @param lexicon the vocabulary
   * @param splitCombinations true: each drug of "carboplatine + pémétrexed" is a treatment of
   *     its own (the annotation guidelines' spans); false: one treatment {@code
   *     carboplatin-pemetrexed} with its components
   * @param inferFirstLine true: in a report about a metastatic solid tumour or a haematological
   *     malignancy, systemic treatments without a written line are line 1 when no line is
   *     written at all, else the line before the lowest one written; for a solid tumour (a
   *     report with a written line and no haematological word counts as one), systemic
   *     treatments without a setting are metastatic
   */
  public TreatmentFinder(TreatmentLexicon lexicon, boolean splitCombinations, boolean inferFirstLine) {
    this.lexicon = lexicon;
    this.splitCombinations = splitCombinations;
    this.inferFirstLine = inferFirstLine;
  }

  /** Finds the treatments of a plain text (fallback sentences, no sections). */
  public List<TreatmentMention> find(String text) {
    Words w = Words.of(text);
    return find(w, Segment.split(w));
  }

  /**
   * Finds the treatments of tokenized text.
   *
   * @param w the words
   * @param segments sentences, in text order
   * @return the treatments in text order
   */
  public List<TreatmentMention> find(Words w, List<Segment> segments) {
    List<TreatmentMention> out = new ArrayList<>();
    for (Segment s : segments) {
      int first = Math.max(0, s.first());
      int limit = Math.min(w.size(), s.limit());
      if (first >= limit || Segment.isTitle(w, first, limit)) {
        continue;
      }
      List<Item> items = combine(w, names(w, first, limit));
      if (items.isEmpty()) {
        continue;
      }
      List<Hit> hits = scan(w, first, limit);
      for (Item item : items) {
        TreatmentMention m = attributes(w, item, items, hits, s.section());
        if (item.entry() == null) {
          // Each drug of the combination, with the attributes read for the whole group.
          for (Item part : item.parts()) {
            Entry e = part.entry();
            out.add(
                new TreatmentMention(
                    part.begin(), part.end(), e.category(), e.agent(), e.atc(), e.components(),
                    m.line(), m.status(), m.setting(), m.startDate(), m.endDate(),
                    m.stopReason(), m.doseGy(), m.fractions()));
          }
        } else {
          out.add(m);
        }
      }
    }
    return inferFirstLine ? firstLine(w, out) : out;
  }

  private static final Set<String> SYSTEMIC =
      Set.of("chemotherapy", "targeted", "immunotherapy", "hormonotherapy", "cell_therapy");

  /**
   * Inferred lines (and the metastatic setting) from the report's disease context. A line written
   * anywhere in a report without a haematological word is about an advanced solid tumour: its
   * systemic treatments without a setting are metastatic, written line or not.
   */
  private List<TreatmentMention> firstLine(Words w, List<TreatmentMention> found) {
    if (found.isEmpty()) {
      return found;
    }
    int written = found.stream().mapToInt(TreatmentMention::line).filter(l -> l > 0).min().orElse(0);
    // No line written: line 1. Lines from 2 on written ("2e ligne par KRd"): the treatments
    // without one came before ("VRd antérieur"), the line before the first written one. A
    // written first line leaves the others alone.
    int inferred = written == 0 ? 1 : written - 1;
    String context = null;
    for (int i = 0; i < w.size() && !"HAEM".equals(context); i++) {
      String c = lexicon.diseaseContext(w.norm(i));
      if (c == null && (metastaticTnm(w.norm(i)) || stageFour(w, i))) {
        c = "SOLID";
      }
      context = c != null ? c : context;
    }
    if (context == null && written > 0) {
      context = "SOLID";
    }
    if (context == null) {
      return found;
    }
    boolean haem = context.equals("HAEM");
    List<TreatmentMention> out = new ArrayList<>(found.size());
    for (TreatmentMention m : found) {
      boolean systemic =
          SYSTEMIC.contains(m.category()) || (haem && m.category().equals("transplant"));
      if (!systemic || (m.line() > 0 && (haem || m.setting() != null))) {
        out.add(m);
        continue;
      }
      int line = m.line() > 0 ? m.line() : inferred;
      String setting = m.setting() == null && !haem ? "metastatic" : m.setting();
      out.add(
          new TreatmentMention(
              m.begin(), m.end(), m.category(), m.agent(), m.atc(), m.components(), line,
              m.status(), setting, m.startDate(), m.endDate(), m.stopReason(), m.doseGy(),
              m.fractions()));
    }
    return out;
  }

  /** A TNM code with M1 ("cT4N2M1c", "M1b"). */
  private static boolean metastaticTnm(String n) {
    int k = n.indexOf("m1");
    return k >= 0 && n.length() <= 14 && (k == 0 || Character.isDigit(n.charAt(k - 1))
        || n.charAt(k - 1) == 'x' || n.charAt(k - 1) == 'c' || n.charAt(k - 1) == 'a'
        || n.charAt(k - 1) == 'b' || n.charAt(k - 1) == 'i');
  }

  /** "stade IV", "stade IVA", "FIGO IVB". */
  private static boolean stageFour(Words w, int i) {
    String n = w.norm(i);
    return i > 0
        && (w.norm(i - 1).equals("stade") || w.norm(i - 1).equals("figo"))
        && n.startsWith("iv")
        && n.length() <= 3;
  }

  /** A name found: words first..last inclusive, offsets, entry; parts of one glued word share it. */
  private record Item(
      int first, int last, int begin, int end, Entry entry, boolean comboOnly, List<Item> parts) {}

  /** A cue, line, date or dose found in a sentence. */
  private record Hit(
      int first, int last, CueKind kind, String value, HitType type, boolean heading) {
    Hit(int first, int last, CueKind kind, String value, HitType type) {
      this(first, last, kind, value, type, false);
    }
  }

  private enum HitType {
    CUE,
    LINE,
    WEAK_LINE,
    DATE,
    END_DATE,
    DOSE,
    FRACTIONS
  }

  private List<Item> names(Words w, int first, int limit) {
    List<Item> items = new ArrayList<>();
    int i = first;
    while (i < limit) {
      TokenTrie.Match<Term> m = lexicon.terms().longest(w::norm, i, limit);
      if (m != null && m.length() == 1 && !m.value().accepts(w.surface(i))) {
        m = null;
      }
      if (m != null) {
        if (!m.value().entry().agent().equals(STOP_AGENT) && !excluded(w, i, first)) {
          int last = i + m.length() - 1;
          if (m.value().entry().kind() != Kind.DRUG) {
            last = qualifiers(w, m.value().entry(), last, limit);
          }
          items.add(item(i, last, w.begin(i), w.end(last), m.value()));
        }
        i += m.length();
        continue;
      }
      glued(w, i, items);
      i++;
    }
    return items;
  }

  private static Item item(int first, int last, int begin, int end, Term t) {
    return new Item(first, last, begin, end, t.entry(), t.comboOnly(), List.of());
  }

  /** "carboplatine-pémétrexed", "FOLFIRI-bévacizumab": split when every part is a name. */
  private void glued(Words w, int i, List<Item> items) {
    String surface = w.surface(i);
    if (surface.length() < 3) {
      return;
    }
    List<Item> parts = new ArrayList<>();
    int start = 0;
    for (int k = 0; k <= surface.length(); k++) {
      if (k == surface.length() || CONNECTORS.contains(String.valueOf(surface.charAt(k)))) {
        if (k == start) {
          return;
        }
        String part = surface.substring(start, k);
        Term t = lexicon.terms().single(lexicon.foldWord(part));
        if (t == null || !t.accepts(part)) {
          return;
        }
        parts.add(item(i, i, w.begin(i) + start, w.begin(i) + k, t));
        start = k + 1;
      }
    }
    if (parts.size() >= 2) {
      items.addAll(parts);
    }
  }

  private boolean excluded(Words w, int i, int first) {
    if (i - 2 < first) {
      return false;
    }
    String de = w.norm(i - 1);
    return (de.equals("de") || de.equals("d'") || de.equals("du"))
        && lexicon.isExclusion(w.norm(i - 2));
  }

  private int qualifiers(Words w, Entry e, int last, int limit) {
    if (e.kind() != Kind.PROCEDURE) {
      return last;
    }
    int end = last;
    for (int k = last + 1; k < limit && k <= last + MAX_QUALIFIERS; k++) {
      if (!lexicon.isQualifier(w.norm(k))) {
        break;
      }
      end = k;
    }
    return end;
  }

  /** Merges drugs written as one combination; drops combination-only names left alone. */
  private List<Item> combine(Words w, List<Item> items) {
    List<Item> out = new ArrayList<>();
    int k = 0;
    while (k < items.size()) {
      Item start = items.get(k);
      int j = k;
      while (start.entry().kind() == Kind.DRUG
          && j + 1 < items.size()
          && items.get(j + 1).entry().kind() == Kind.DRUG
          && joined(w, items.get(j), items.get(j + 1))) {
        j++;
      }
      if (j == k) {
        if (!start.comboOnly()) {
          out.add(start);
        }
      } else if (splitCombinations && !gluedChemotherapy(items.subList(k, j + 1))) {
        out.add(group(items.subList(k, j + 1)));
      } else {
        out.add(combination(items.subList(k, j + 1)));
      }
      k = j + 1;
    }
    return out;
  }

  /**
   * Cytotoxics glued into one word ("carboplatine-pémétrexed") name one protocol, kept as one
   * treatment even when combinations are split, as the onco corpus annotates them.
   */
  private static boolean gluedChemotherapy(List<Item> parts) {
    for (int k = 0; k < parts.size(); k++) {
      if (!parts.get(k).entry().category().equals("chemotherapy")
          || (k > 0 && parts.get(k).first() != parts.get(0).first())) {
        return false;
      }
    }
    return true;
  }

  /** A combination reported drug by drug: read its attributes once, for the whole group. */
  private static Item group(List<Item> parts) {
    Item c = combination(parts);
    return new Item(c.first(), c.last(), c.begin(), c.end(), null, false, c.parts());
  }

  private static boolean joined(Words w, Item a, Item b) {
    if (a.last() == b.first()) {
      return true; // parts of one glued word
    }
    int k = a.last() + 1;
    int doses = 0;
    while (k < b.first() - 1 && doses < MAX_DOSE_WORDS && doseWord(w.norm(k))) {
      k++;
      doses++;
    }
    return b.first() == k + 1 && CONNECTORS.contains(w.norm(k));
  }

  /** "AUC5", "75", "mg/m2", "mg": a dose written between a drug and the next one. */
  private static boolean doseWord(String n) {
    return n.startsWith("auc")
        || n.startsWith("mg")
        || n.equals("g")
        || (!n.isEmpty() && Character.isDigit(n.charAt(0)) && n.length() <= 5);
  }

  private static Item combination(List<Item> parts) {
    List<String> inns = new ArrayList<>();
    String category = null;
    boolean chemo = false;
    boolean same = true;
    for (Item p : parts) {
      if (!inns.contains(p.entry().agent())) {
        inns.add(p.entry().agent());
      }
      String c = p.entry().category();
      chemo |= c.equals("chemotherapy");
      same &= category == null || category.equals(c);
      category = category == null ? c : category;
    }
    // A mixed combination (carboplatine + pembrolizumab) is filed under its chemotherapy.
    String cat = same ? category : chemo ? "chemotherapy" : parts.get(0).entry().category();
    Entry e = new Entry(Kind.REGIMEN, String.join("-", inns), null, cat, List.copyOf(inns));
    Item a = parts.get(0);
    Item z = parts.get(parts.size() - 1);
    return new Item(a.first(), z.last(), a.begin(), z.end(), e, false, List.copyOf(parts));
  }

  /** One pass over the sentence for cues, lines, dates, doses and fractions. */
  private List<Hit> scan(Words w, int first, int limit) {
    List<Hit> hits = new ArrayList<>();
    int i = first;
    int endCueLast = -2;
    while (i < limit) {
      ClinicalDates.Found date = ClinicalDates.at(w, i, limit);
      if (date != null) {
        HitType type = endCueLast == i - 1 ? HitType.END_DATE : HitType.DATE;
        hits.add(new Hit(i, i + date.length() - 1, null, date.iso(), type));
        i += date.length();
        continue;
      }
      TokenTrie.Match<Cue> m = lexicon.cues().longest(w::norm, i, limit);
      if (m != null) {
        int last = i + m.length() - 1;
        if (m.value().kind() == CueKind.END_DATE) {
          endCueLast = last;
        } else {
          hits.add(
              new Hit(
                  i, last, m.value().kind(), m.value().value(), HitType.CUE, m.value().heading()));
        }
        // An end-date cue may hold a status too ("arrêté le"): read it again as a status.
        if (m.value().kind() == CueKind.END_DATE && m.length() > 1) {
          TokenTrie.Match<Cue> inner = lexicon.cues().longest(w::norm, i, last);
          if (inner != null && inner.value().kind() == CueKind.STATUS) {
            hits.add(
                new Hit(i, i + inner.length() - 1, CueKind.STATUS, inner.value().value(), HitType.CUE));
          }
        }
        i += m.length();
        continue;
      }
      scanWord(w, i, first, limit, hits);
      i++;
    }
    return colonHeadings(w, limit, hits);
  }

  /**
   * A status, setting or line written just before a colon heads the list after it ("Proposition
   * en 2e ligne : CAR-T cells, bridging par R-GemOx"), as a cue ending with a colon does; so does
   * a hit followed by such a heading ("proposition en" before "2e ligne :").
   */
  private static List<Hit> colonHeadings(Words w, int limit, List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits);
    for (int k = out.size() - 1; k >= 0; k--) {
      Hit h = out.get(k);
      boolean attribute =
          h.type() == HitType.LINE
              || (h.type() == HitType.CUE
                  && (h.kind() == CueKind.STATUS || h.kind() == CueKind.SETTING));
      if (!attribute || h.heading()) {
        continue;
      }
      int next = h.last() + 1;
      boolean colon = next < limit && w.norm(next).equals(":");
      boolean beforeHeading =
          k + 1 < out.size() && out.get(k + 1).first() == next && out.get(k + 1).heading();
      if (colon || beforeHeading) {
        out.set(k, new Hit(h.first(), h.last(), h.kind(), h.value(), h.type(), true));
      }
    }
    return out;
  }

  private static void scanWord(Words w, int i, int first, int limit, List<Hit> hits) {
    String n = w.norm(i);
    if (n.equals("ligne") || n.equals("lignes")) {
      int ordinal = i > first ? ordinal(w.norm(i - 1)) : 0;
      if (ordinal > 0) {
        hits.add(new Hit(i - 1, i, null, Integer.toString(ordinal), HitType.LINE));
      } else if (i + 1 < limit && digit(w.norm(i + 1)) > 0) {
        hits.add(new Hit(i, i + 1, null, Integer.toString(digit(w.norm(i + 1))), HitType.LINE));
      }
      return;
    }
    String s = w.surface(i);
    if (s.length() == 2 && s.charAt(0) == 'L' && s.charAt(1) >= '1' && s.charAt(1) <= '9') {
      boolean afterEn = i > first && w.norm(i - 1).equals("en");
      hits.add(
          new Hit(i, i, null, s.substring(1), afterEn ? HitType.LINE : HitType.WEAK_LINE));
      return;
    }
    if (cycleDay(n)) {
      hits.add(new Hit(i, i, CueKind.STATUS, "ongoing", HitType.CUE));
      return;
    }
    if (n.equals("gy") && i > first) {
      Float dose = number(w.norm(i - 1));
      if (dose != null) {
        hits.add(new Hit(i - 1, i, null, dose.toString(), HitType.DOSE));
      }
      return;
    }
    if (n.endsWith("gy") && n.length() > 2) {
      Float dose = number(n.substring(0, n.length() - 2));
      if (dose != null) {
        hits.add(new Hit(i, i, null, dose.toString(), HitType.DOSE));
      }
      return;
    }
    if (FRACTION_WORDS.contains(n) && i > first) {
      int count = integer(w.norm(i - 1));
      if (count > 0) {
        hits.add(new Hit(i - 1, i, null, Integer.toString(count), HitType.FRACTIONS));
      }
    }
  }

  /** "c3j1", "c12j8": cycle and day of an ongoing treatment. */
  private static boolean cycleDay(String n) {
    int j = n.indexOf('j');
    return n.length() >= 4
        && n.charAt(0) == 'c'
        && j > 1
        && j < n.length() - 1
        && integer(n.substring(1, j)) > 0
        && integer(n.substring(j + 1)) > 0;
  }

  private static final List<String> ORDINAL_WORDS =
      List.of("premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme",
          "septieme", "huitieme");

  /** 1re, 1ère, 1er, 2e, 2ème, 2nde, deuxième, seconde ... → number, else 0. */
  static int ordinal(String n) {
    int index = ORDINAL_WORDS.indexOf(n);
    if (index >= 0) {
      return index + 1;
    }
    if (n.equals("premier") || n.equals("1ere")) {
      return 1;
    }
    if (n.equals("seconde") || n.equals("second")) {
      return 2;
    }
    int k = 0;
    while (k < n.length() && Character.isDigit(n.charAt(k))) {
      k++;
    }
    if (k == 0 || k > 1) {
      return 0;
    }
    String suffix = n.substring(k);
    if (Set.of("e", "er", "re", "ere", "eme", "nd", "nde", "d", "de", "ieme").contains(suffix)) {
      return n.charAt(0) - '0';
    }
    return 0;
  }

  private static int digit(String n) {
    return n.length() == 1 && n.charAt(0) >= '1' && n.charAt(0) <= '9' ? n.charAt(0) - '0' : 0;
  }

  private static int integer(String n) {
    if (n.isEmpty() || n.length() > 3) {
      return 0;
    }
    int v = 0;
    for (int k = 0; k < n.length(); k++) {
      char c = n.charAt(k);
      if (c < '0' || c > '9') {
        return 0;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static Float number(String n) {
    String s = n.replace(',', '.');
    if (s.isEmpty() || s.length() > 6) {
      return null;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if ((c < '0' || c > '9') && c != '.') {
        return null;
      }
    }
    try {
      float v = Float.parseFloat(s);
      return v > 0 && v < 200 ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private TreatmentMention attributes(
      Words w, Item item, List<Item> items, List<Hit> sentenceHits, String section) {
    List<Hit> hits = reachable(item, sentenceHits);
    Entry e = item.entry() != null ? item.entry() : item.parts().get(0).entry();
    Hit start = ownDate(w, item, items, hits, HitType.DATE);
    Hit end = ownDate(w, item, items, hits, HitType.END_DATE);
    String statusValue = status(w, item, items, hits, end, e, section);
    String stopReason = null;
    if ("stopped".equals(statusValue)) {
      Hit reason = nearest(w, item, items, hits, HitType.CUE, CueKind.STOP_REASON, 2 * MAX_CUE_DISTANCE, true);
      stopReason = reason == null ? null : reason.value();
    }
    Hit setting = nearest(w, item, items, hits, HitType.CUE, CueKind.SETTING, MAX_SETTING_DISTANCE, true);
    String settingValue = setting != null ? setting.value()
        : SYSTEMIC.contains(e.category()) && afterSurgery(w, item, items) ? "adjuvant" : null;
    Hit line = nearest(w, item, items, hits, HitType.LINE, null, MAX_CUE_DISTANCE, false);
    if (line == null) {
      line = nearest(w, item, items, hits, HitType.WEAK_LINE, null, 1, false);
    }
    float dose = 0;
    int fractions = 0;
    if (e.category().equals("radiotherapy")) {
      Hit d = nearest(w, item, items, hits, HitType.DOSE, null, 2 * MAX_CUE_DISTANCE, false);
      Hit f = nearest(w, item, items, hits, HitType.FRACTIONS, null, 2 * MAX_CUE_DISTANCE, false);
      dose = d == null ? 0 : Float.parseFloat(d.value());
      fractions = f == null ? 0 : Integer.parseInt(f.value());
    }
    return new TreatmentMention(
        item.begin(),
        item.end(),
        e.category(),
        e.agent(),
        e.atc(),
        e.components(),
        line == null ? 0 : Integer.parseInt(line.value()),
        statusValue,
        settingValue,
        start == null ? null : start.value(),
        end == null ? null : end.value(),
        stopReason,
        dose,
        fractions);
  }

  /**
   * A systemic treatment that follows a surgery of its sentence across "puis" ("traité par
   * chirurgie puis FOLFOX") is adjuvant.
   */
  private static boolean afterSurgery(Words w, Item item, List<Item> items) {
    Item surgery = null;
    for (Item other : items) {
      if (other.last() >= item.first()) {
        break;
      }
      if (other.entry() != null && other.entry().category().equals("surgery")) {
        surgery = other;
      }
    }
    for (int k = surgery == null ? item.first() : surgery.last() + 1; k < item.first(); k++) {
      String n = w.norm(k);
      if (n.equals("puis")) {
        return true;
      }
      if (HARD_BARRIERS.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A stop cue next to the treatment (nothing else in between) wins ("Sous Keytruda depuis 6
   * mois, arrêté après C9"); else the nearest status cue; else an end date means completed; else
   * the section's or the category's default.
   */
  private static String status(
      Words w, Item item, List<Item> items, List<Hit> hits, Hit end, Entry e, String section) {
    Hit best = null;
    int bestDistance = NOT_REACHABLE;
    for (Hit h : hits) {
      if (h.type() != HitType.CUE || h.kind() != CueKind.STATUS) {
        continue;
      }
      // A past or planned sequence carries its status across "puis"; a stop does not.
      boolean stop = h.value().equals("stopped");
      int d = distance(w, item, items, h, !stop);
      // A stop written after the treatment overrides a nearer status ("sous Keytruda depuis 6
      // mois, arrêté"); one written before competes by distance ("carboplatine arrêté,
      // paclitaxel poursuivi").
      boolean after = h.first() > item.last();
      if (stop && after && d <= MAX_CUE_DISTANCE && !crossesItem(item, items, h)) {
        return "stopped";
      }
      if (d <= MAX_CUE_DISTANCE && d < bestDistance) {
        best = h;
        bestDistance = d;
      }
    }
    if (best != null) {
      return best.value();
    }
    return end != null ? "completed" : defaultStatus(e, section);
  }

  private static boolean crossesItem(Item item, List<Item> items, Hit h) {
    int from = Math.min(h.last(), item.last()) + 1;
    int to = Math.max(h.first(), item.first());
    return itemBetween(items, item, from, to);
  }

  /** Farthest a hit can be from its treatment, in words; bounds the work on long lines. */
  private static final int WINDOW = 24;

  /**
   * The hits that can reach an item: those within {@link #WINDOW} words, and the headings
   * before it. Hits are in text order, so the window is found by binary search.
   */
  private static List<Hit> reachable(Item item, List<Hit> hits) {
    int lo = firstHitFrom(hits, item.first() - WINDOW);
    int hi = firstHitFrom(hits, item.last() + WINDOW + 1);
    List<Hit> out = new ArrayList<>(hits.subList(lo, hi));
    for (int k = 0; k < lo; k++) {
      if (hits.get(k).heading()) {
        out.add(hits.get(k));
      }
    }
    return out;
  }

  private static int firstHitFrom(List<Hit> hits, int word) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).first() < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether an item other than {@code item} lies within words [from, to). */
  private static boolean itemBetween(List<Item> items, Item item, int from, int to) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (items.get(mid).first() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < items.size() && items.get(k).first() < to; k++) {
      Item other = items.get(k);
      if (other != item && other.last() < to) {
        return true;
      }
    }
    return false;
  }

  /** The nearest date of a type, when no other treatment is nearer to that date. */
  private static Hit ownDate(Words w, Item item, List<Item> items, List<Hit> hits, HitType type) {
    Hit h = nearest(w, item, items, hits, type, null, MAX_DATE_DISTANCE, false);
    if (h == null) {
      return null;
    }
    int mine = distance(w, item, items, h, false);
    // Only the treatments next to this one can be nearer to a date it reaches.
    int index = items.indexOf(item);
    for (int k = Math.max(0, index - 1); k <= Math.min(items.size() - 1, index + 1); k++) {
      Item other = items.get(k);
      if (other != item && distance(w, other, items, h, false) < mine) {
        return null;
      }
    }
    return h;
  }

  private static String defaultStatus(Entry e, String section) {
    if (section != null) {
      if (PROPOSAL_SECTIONS.contains(section)) {
        return "planned";
      }
      if (HISTORY_SECTIONS.contains(section)) {
        return "completed";
      }
      if (CURRENT_SECTIONS.contains(section)) {
        return "ongoing";
      }
    }
    return e.category().equals("surgery") ? "completed" : "unknown";
  }

  /**
   * The hit of a type (and cue kind) nearest to the item, within {@code max}; see {@link
   * #distance}.
   */
  private static Hit nearest(
      Words w,
      Item item,
      List<Item> items,
      List<Hit> hits,
      HitType type,
      CueKind kind,
      int max,
      boolean forwardAcrossSteps) {
    Hit best = null;
    int bestDistance = NOT_REACHABLE;
    for (Hit h : hits) {
      if (h.type() != type || (kind != null && h.kind() != kind)) {
        continue;
      }
      int d = distance(w, item, items, h, forwardAcrossSteps);
      // Strictly smaller: a preceding cue (earlier in the list) wins a tie.
      if (d <= max && d < bestDistance) {
        best = h;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Words between a hit and an item, plus one per comma. A hit after the item reaches it only
   * across plain words (no other treatment, no step word such as "puis" or ";"): postposed
   * words ("arrêté", "adjuvante") qualify the name just before them. A hit before the item
   * may reach across other treatments (a list: "Décision : EC puis paclitaxel"); across a step
   * word only when it is a heading ("Décision :", which reaches the whole sentence at the
   * largest distance, so that a nearer cue wins) or when
   * {@code forwardAcrossSteps} (settings: "néoadjuvante par EC puis paclitaxel").
   */
  private static int distance(
      Words w, Item item, List<Item> items, Hit h, boolean forwardAcrossSteps) {
    boolean before = h.last() < item.first();
    if (!before && h.first() <= item.last()) {
      return 0;
    }
    if (before && h.heading()) {
      return MAX_CUE_DISTANCE; // reachable, but any nearer cue wins
    }
    int from = before ? h.last() + 1 : item.last() + 1;
    int to = before ? item.first() : h.first();
    int d = to - from;
    if (d > WINDOW) {
      return NOT_REACHABLE;
    }
    // A colon after a preceding cue opens a list: "Traitement terminé le ... : EC puis taxol".
    boolean list = false;
    for (int k = from; before && k < to; k++) {
      list |= w.norm(k).equals(":");
    }
    for (int k = from; k < to; k++) {
      String n = w.norm(k);
      if (HARD_BARRIERS.contains(n)
          || (BARRIERS.contains(n) && !(before && (forwardAcrossSteps || list)))) {
        return NOT_REACHABLE;
      }
      if (n.equals(",")) {
        d += 1;
      }
    }
    if (!before && itemBetween(items, item, from, to) && !pluralAfterList(w, items, from, to, h)) {
      return NOT_REACHABLE;
    }
    return d;
  }

  /**
   * A plural setting after a list of treatments qualifies all of them ("radiothérapie et
   * hormonothérapie adjuvantes"): words [from, to) hold only treatments, "et" and commas.
   */
  private static boolean pluralAfterList(Words w, List<Item> items, int from, int to, Hit h) {
    if (h.kind() != CueKind.SETTING || !w.norm(h.last()).endsWith("s")) {
      return false;
    }
    int k = from;
    for (Item other : items) {
      if (other.last() < k || other.first() >= to) {
        continue;
      }
      for (; k < other.first(); k++) {
        if (!w.norm(k).equals("et") && !w.norm(k).equals(",")) {
          return false;
        }
      }
      k = Math.max(k, other.last() + 1);
    }
    for (; k < to; k++) {
      if (!w.norm(k).equals("et") && !w.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }
}

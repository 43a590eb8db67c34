package org.onconlp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.onconlp.index.FactReader;
import org.onconlp.index.IndexSchema;
import org.onconlp.index.IndexedFact;
import org.onconlp.index.Qualifier;
import org.onconlp.search.CohortQuery.Leaf;

/**
 * The outcome of one cohort query: the matching patients, the reports that showed it, per
 * criterion the reports that satisfied it, and on demand the evidence (highlighted snippets with
 * offsets into the de-identified text) and facets. Counts here are exact; privacy suppression is
 * the job of the presentation ({@link SmallCounts}). Valid while its searcher is open.
 */
public final class CohortResult {
  private static final int CONTEXT = 40;
  private static final int SNIPPETS_PER_REPORT = 3;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CohortQueryParser.Parsed query;
  private final FixedBitSet patientSet;
  private final FixedBitSet reportSet;
  private final FixedBitSet[] leafReports;
  private final int[] leafPatients;
  private final IndexReader reader;
  private final PatientIndex index;
  private final Analyzer analyzer;

  CohortResult(
      CohortQueryParser.Parsed query,
      FixedBitSet patientSet,
      FixedBitSet reportSet,
      FixedBitSet[] leafReports,
      int[] leafPatients,
      IndexReader reader,
      PatientIndex index,
      Analyzer analyzer) {
    this.query = query;
    this.patientSet = patientSet;
    this.reportSet = reportSet;
    this.leafReports = leafReports;
    this.leafPatients = leafPatients;
    this.reader = reader;
    this.index = index;
    this.analyzer = analyzer;
  }

  /** The parsed query. */
  public CohortQueryParser.Parsed query() {
    return query;
  }

  /** Number of matching patients. */
  public int patientCount() {
    return patientSet.cardinality();
  }

  /** Number of reports that showed a criterion for a matching patient. */
  public int reportCount() {
    return reportSet.cardinality();
  }

  /** Patients satisfying criterion n (1-based) on its own, before combination. */
  public int criterionPatientCount(int number) {
    return leafPatients[number - 1];
  }

  /** The ids of the matching patients, in id order. */
  public List<String> patientIds() {
    List<String> out = new ArrayList<>();
    for (int p = patientSet.nextSetBit(0); p != DocIdSetIterator.NO_MORE_DOCS; p = PatientIndex.next(patientSet, p)) {
      out.add(index.patientIds[p]);
    }
    return out;
  }

  /** A highlighted piece of a report: offsets into its de-identified text and a fragment. */
  public record Snippet(int begin, int end, String fragment) {}

  /** One report that satisfied a criterion. */
  public record ReportEvidence(String id, String type, String date, List<Snippet> snippets) {}

  /** The reports of one patient that satisfied one criterion. */
  public record CriterionEvidence(int number, String criterion, List<ReportEvidence> reports) {}

  /** One matching patient and the evidence per criterion. */
  public record PatientEvidence(String patientId, List<CriterionEvidence> criteria) {}

  /**
   * The first matching patients (in id order) with their evidence.
   *
   * @param limit most patients returned
   */
  public List<PatientEvidence> patients(int limit) throws IOException {
    List<PatientEvidence> out = new ArrayList<>();
    StoredFields stored = reader.storedFields();
    for (int p = patientSet.nextSetBit(0);
        p != DocIdSetIterator.NO_MORE_DOCS && out.size() < limit;
        p = PatientIndex.next(patientSet, p)) {
      Map<Integer, JsonNode> loaded = new HashMap<>();
      List<CriterionEvidence> criteria = new ArrayList<>();
      for (Leaf leaf : query.leaves()) {
        FixedBitSet hits = leafReports[leaf.number() - 1];
        if (hits == null) {
          continue;
        }
        List<ReportEvidence> reports = new ArrayList<>();
        for (int i = index.docStart[p]; i < index.docStart[p + 1]; i++) {
          int d = index.docs[i];
          if (hits.get(d) && reportSet.get(d)) {
            JsonNode json = loaded.computeIfAbsent(d, doc -> load(stored, doc));
            reports.add(
                new ReportEvidence(
                    json.path("id").asText(),
                    json.path("type").asText(null),
                    json.path("date").asText(null),
                    snippets(leaf.criterion(), json)));
          }
        }
        if (!reports.isEmpty()) {
          criteria.add(new CriterionEvidence(leaf.number(), leaf.source(), reports));
        }
      }
      out.add(new PatientEvidence(index.patientIds[p], criteria));
    }
    return out;
  }

  private static JsonNode load(StoredFields stored, int doc) {
    try {
      Document d = stored.document(doc, Set.of(IndexSchema.JSON));
      return MAPPER.readTree(d.get(IndexSchema.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Snippet> snippets(Criterion criterion, JsonNode json) {
    String text = json.path("text").asText("");
    List<int[]> spans = new ArrayList<>();
    if (criterion instanceof Criterion.Text t) {
      spans.addAll(textSpans(t, text));
    } else {
      for (IndexedFact fact : FactReader.read(json)) {
        if (included(fact) && fact.begin() >= 0 && fact.end() <= text.length() && fact.begin() < fact.end()
            && criterion.matches(fact)) {
          spans.add(new int[] {fact.begin(), fact.end()});
        }
      }
    }
    List<Snippet> out = new ArrayList<>();
    for (int[] span : spans.subList(0, Math.min(SNIPPETS_PER_REPORT, spans.size()))) {
      out.add(new Snippet(span[0], span[1], fragment(text, span[0], span[1])));
    }
    return out;
  }

  private boolean included(IndexedFact fact) {
    if (fact.affirmative()) {
      return true;
    }
    for (Qualifier q : fact.qualifiers()) {
      if (query.include().contains(q)) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> textSpans(Criterion.Text criterion, String text) {
    List<int[]> spans = new ArrayList<>();
    Set<String> wanted = Set.copyOf(criterion.terms());
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (wanted.contains(term.toString())) {
          spans.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spans;
  }

  private static String fragment(String text, int begin, int end) {
    int from = Math.max(0, begin - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String s =
        (from > 0 ? "…" : "")
            + text.substring(from, begin)
            + "[["
            + text.substring(begin, end)
            + "]]"
            + text.substring(end, to)
            + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ");
  }

  /** One facet value and the number of cohort patients having it. */
  public record FacetValue(String value, int patients) {}

  /**
   * Facets over every report of the matching patients, counted in PATIENTS: tumour sites, stage
   * groups, biomarker results, treatment agents (affirmative facts only) and report years.
   *
   * @param top most values per facet, by decreasing count
   */
  public Map<String, List<FacetValue>> facets(int top) throws IOException {
    FixedBitSet cohortReports = index.reportsOf(patientSet);
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    out.put("topography", docValuesFacet(IndexSchema.FACET_TOPOGRAPHY, cohortReports, top));
    out.put("stage", docValuesFacet(IndexSchema.FACET_STAGE, cohortReports, top));
    out.put("biomarker", docValuesFacet(IndexSchema.FACET_BIOMARKER, cohortReports, top));
    out.put("treatment", docValuesFacet(IndexSchema.FACET_TREATMENT, cohortReports, top));
    out.put("year", yearFacet(cohortReports, top));
    return out;
  }

  private List<FacetValue> docValuesFacet(String field, FixedBitSet reports, int top) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> values = new ArrayList<>();
    PairList pairs = new PairList();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
      int[] valueOfOrd = new int[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())];
      Arrays.fill(valueOfOrd, -1);
      int base = leaf.docBase;
      int end = base + leaf.reader().maxDoc();
      for (int d = base == 0 ? reports.nextSetBit(0) : PatientIndex.next(reports, base - 1);
          d != DocIdSetIterator.NO_MORE_DOCS && d < end;
          d = PatientIndex.next(reports, d)) {
        if (!dv.advanceExact(d - base)) {
          continue;
        }
        for (int k = 0; k < dv.docValueCount(); k++) {
          int ord = (int) dv.nextOrd();
          if (valueOfOrd[ord] < 0) {
            String value = dv.lookupOrd(ord).utf8ToString();
            valueOfOrd[ord] = ids.computeIfAbsent(value, v -> {
              values.add(v);
              return values.size() - 1;
            });
          }
          pairs.add(valueOfOrd[ord], index.patientOf[d]);
        }
      }
    }
    return pairs.count(values, top);
  }

  private List<FacetValue> yearFacet(FixedBitSet reports, int top) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> values = new ArrayList<>();
    PairList pairs = new PairList();
    for (int d = reports.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = PatientIndex.next(reports, d)) {
      long day = index.dateOf[d];
      if (day != PatientIndex.NO_DATE) {
        String year = Integer.toString(LocalDate.ofEpochDay(day).getYear());
        int id = ids.computeIfAbsent(year, v -> {
          values.add(v);
          return values.size() - 1;
        });
        pairs.add(id, index.patientOf[d]);
      }
    }
    List<FacetValue> byCount = pairs.count(values, Integer.MAX_VALUE);
    List<FacetValue> byYear = new ArrayList<>(byCount.subList(0, Math.min(top, byCount.size())));
    byYear.sort(Comparator.comparing(FacetValue::value));
    return byYear;
  }

  /** (value, patient) pairs counted as distinct patients per value. */
  private static final class PairList {
    private long[] pairs = new long[1024];
    private int size;

    void add(int value, int patient) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = ((long) value << 32) | (patient & 0xffffffffL);
    }

    List<FacetValue> count(List<String> values, int top) {
      Arrays.sort(pairs, 0, size);
      int[] counts = new int[values.size()];
      for (int i = 0; i < size; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          counts[(int) (pairs[i] >>> 32)]++;
        }
      }
      List<FacetValue> out = new ArrayList<>();
      for (int v = 0; v < counts.length; v++) {
        out.add(new FacetValue(values.get(v), counts[v]));
      }
      out.sort(Comparator.comparingInt(FacetValue::patients).reversed().thenComparing(FacetValue::value));
      return out.subList(0, Math.min(top, out.size()));
    }
  }
}

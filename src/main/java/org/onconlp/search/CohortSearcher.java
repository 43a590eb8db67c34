package org.onconlp.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.onconlp.index.ClinicalFrenchAnalyzer;
import org.onconlp.index.Qualifier;
import org.onconlp.search.CohortQuery.Leaf;

/**
 * Evaluates cohort queries over a cohort index at PATIENT level: each criterion is one Lucene
 * query whose matching reports become a patient bit set (via {@link PatientIndex}); AND / OR / NOT
 * combine patient sets, so criteria may be met in different reports; SAME_DOC evaluates its inner
 * expression as one Lucene query; BEFORE / AFTER / WITHIN compare the dates of the reports that
 * satisfied each side. Opens a point-in-time view of the index; thread-safe for concurrent
 * searches (Lucene searchers are, and evaluation state is per call).
 */
public final class CohortSearcher implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final PatientIndex patients;
  private final Analyzer analyzer = new ClinicalFrenchAnalyzer();
  private final CohortQueryParser parser = new CohortQueryParser(analyzer);

  /**
   * Opens the index folder written by {@link org.onconlp.index.CohortIndexWriter}.
   *
   * @throws IOException when the folder holds no index
   */
  public CohortSearcher(Path folder) throws IOException {
    this.directory = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("No cohort index in " + folder);
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.patients = new PatientIndex(reader);
  }

  /** The query parser of this searcher (same analyzer as the index). */
  public CohortQueryParser parser() {
    return parser;
  }

  /** Live reports in the index. */
  public int reportCount() {
    return reader.numDocs();
  }

  /** Patients with at least one live report. */
  public int patientCount() {
    return patients.allPatients.cardinality();
  }

  /**
   * Parses and runs a query.
   *
   * @throws QuerySyntaxException when the query is invalid
   */
  public CohortResult search(String query) throws IOException {
    return search(parser.parse(query));
  }

  /** Runs a parsed query. */
  public CohortResult search(CohortQueryParser.Parsed query) throws IOException {
    Evaluation e = new Evaluation(query);
    Match m = e.eval(query.root());
    FixedBitSet reports = m.reports.clone();
    patients.restrict(reports, m.patients);
    return new CohortResult(query, m.patients, reports, e.leafReports, e.leafPatients, reader, patients, analyzer);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  /** Patients that satisfy an expression and the reports that showed it. */
  private record Match(FixedBitSet patients, FixedBitSet reports) {}

  /** State of one query evaluation. */
  private final class Evaluation {
    private final Set<Qualifier> include;
    private final FixedBitSet[] leafReports;
    private final int[] leafPatients;

    Evaluation(CohortQueryParser.Parsed query) {
      this.include = query.include();
      this.leafReports = new FixedBitSet[query.leaves().size()];
      this.leafPatients = new int[query.leaves().size()];
    }

    Match eval(CohortQuery q) throws IOException {
      return switch (q) {
        case Leaf leaf -> {
          FixedBitSet reports = collect(leaf.criterion().query(reader, include));
          FixedBitSet who = patients.patientsOf(reports);
          leafReports[leaf.number() - 1] = reports;
          leafPatients[leaf.number() - 1] = who.cardinality();
          yield new Match(who, reports);
        }
        case CohortQuery.And and -> {
          Match first = eval(and.operands().get(0));
          FixedBitSet who = first.patients.clone();
          FixedBitSet reports = first.reports.clone();
          for (int i = 1; i < and.operands().size(); i++) {
            Match m = eval(and.operands().get(i));
            who.and(m.patients);
            reports.or(m.reports);
          }
          patients.restrict(reports, who);
          yield new Match(who, reports);
        }
        case CohortQuery.Or or -> {
          FixedBitSet who = emptyPatients();
          FixedBitSet reports = emptyReports();
          for (CohortQuery operand : or.operands()) {
            Match m = eval(operand);
            who.or(m.patients);
            reports.or(m.reports);
          }
          yield new Match(who, reports);
        }
        case CohortQuery.Not not -> {
          Match m = eval(not.operand());
          FixedBitSet who = patients.allPatients.clone();
          who.andNot(m.patients);
          yield new Match(who, emptyReports());
        }
        case CohortQuery.SameDoc same -> {
          FixedBitSet reports = collect(documentQuery(same.inner()));
          for (Leaf leaf : positiveLeaves(same.inner(), new ArrayList<>())) {
            leafReports[leaf.number() - 1] = reports;
          }
          FixedBitSet who = patients.patientsOf(reports);
          for (Leaf leaf : positiveLeaves(same.inner(), new ArrayList<>())) {
            leafPatients[leaf.number() - 1] = who.cardinality();
          }
          yield new Match(who, reports);
        }
        case CohortQuery.Temporal t -> temporal(t);
      };
    }

    private Match temporal(CohortQuery.Temporal t) throws IOException {
      Match left = eval(t.left());
      Match right = eval(t.right());
      FixedBitSet candidates = left.patients.clone();
      candidates.and(right.patients);
      FixedBitSet who = emptyPatients();
      FixedBitSet reports = emptyReports();
      for (int p = candidates.nextSetBit(0); p != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; p = PatientIndex.next(candidates, p)) {
        for (int i = patients.docStart[p]; i < patients.docStart[p + 1]; i++) {
          int a = patients.docs[i];
          if (!left.reports.get(a) || patients.dateOf[a] == PatientIndex.NO_DATE) {
            continue;
          }
          for (int j = patients.docStart[p]; j < patients.docStart[p + 1]; j++) {
            int b = patients.docs[j];
            if (right.reports.get(b)
                && patients.dateOf[b] != PatientIndex.NO_DATE
                && ordered(t, patients.dateOf[a], patients.dateOf[b])) {
              who.set(p);
              reports.set(a);
              reports.set(b);
            }
          }
        }
      }
      return new Match(who, reports);
    }

    private boolean ordered(CohortQuery.Temporal t, long a, long b) {
      CohortQuery.Window w = t.window();
      return switch (t.order()) {
        case BEFORE -> a < b && (w == null || w.contains(a, b));
        case AFTER -> a > b && (w == null || w.contains(b, a));
        case ANY -> w == null || (a <= b ? w.contains(a, b) : w.contains(b, a));
      };
    }

    /** The inner expression of SAME_DOC as one Lucene query over reports. */
    private Query documentQuery(CohortQuery q) throws IOException {
      return switch (q) {
        case Leaf leaf -> leaf.criterion().query(reader, include);
        case CohortQuery.And and -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (CohortQuery o : and.operands()) {
            b.add(documentQuery(o), BooleanClause.Occur.FILTER);
          }
          yield b.build();
        }
        case CohortQuery.Or or -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (CohortQuery o : or.operands()) {
            b.add(documentQuery(o), BooleanClause.Occur.SHOULD);
          }
          yield b.build();
        }
        case CohortQuery.Not not -> new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
            .add(documentQuery(not.operand()), BooleanClause.Occur.MUST_NOT)
            .build();
        case CohortQuery.SameDoc same -> documentQuery(same.inner());
        case CohortQuery.Temporal t -> throw new IllegalStateException("The parser refuses temporal operators in SAME_DOC");
      };
    }

    private List<Leaf> positiveLeaves(CohortQuery q, List<Leaf> out) {
      switch (q) {
        case Leaf leaf -> out.add(leaf);
        case CohortQuery.And and -> and.operands().forEach(o -> positiveLeaves(o, out));
        case CohortQuery.Or or -> or.operands().forEach(o -> positiveLeaves(o, out));
        case CohortQuery.SameDoc same -> positiveLeaves(same.inner(), out);
        case CohortQuery.Not not -> {
          // A negated criterion shows nothing in the report.
        }
        case CohortQuery.Temporal t -> {
          positiveLeaves(t.left(), out);
          positiveLeaves(t.right(), out);
        }
      }
      return out;
    }

    private FixedBitSet emptyPatients() {
      return new FixedBitSet(Math.max(1, patients.patientCount()));
    }

    private FixedBitSet emptyReports() {
      return new FixedBitSet(Math.max(1, patients.maxDoc));
    }

    private FixedBitSet collect(Query query) throws IOException {
      FixedBitSet bits = emptyReports();
      searcher.search(
          query,
          new CollectorManager<Collector, Void>() {
            @Override
            public Collector newCollector() {
              return new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                  base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                  bits.set(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                  return ScoreMode.COMPLETE_NO_SCORES;
                }
              };
            }

            @Override
            public Void reduce(Collection<Collector> collectors) {
              return null;
            }
          });
      return bits;
    }
  }
}

package org.onconlp.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.onconlp.index.CompositeTerms;
import org.onconlp.index.IndexSchema;
import org.onconlp.index.IndexedFact;
import org.onconlp.index.Qualifier;

/**
 * One criterion of a cohort query: it becomes ONE Lucene query over report documents (searching
 * the affirmative field and, when the query includes them, the qualified fields), and it can tell
 * which fact of a report satisfied it, to explain a hit.
 */
public sealed interface Criterion {

  /**
   * The Lucene query of this criterion.
   *
   * @param reader the index (some criteria enumerate its term dictionary)
   * @param include qualified facts the query asks for ({@code include:negated}…)
   */
  Query query(IndexReader reader, Set<Qualifier> include) throws IOException;

  /** Whether this fact satisfies the criterion (false for document-level criteria). */
  boolean matches(IndexedFact fact);

  /** The fields searched: the affirmative one and the included qualified ones. */
  private static List<String> fields(String field, Set<Qualifier> include) {
    List<String> out = new ArrayList<>(1 + include.size());
    out.add(field);
    for (Qualifier q : include) {
      out.add(q.field(field));
    }
    return out;
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /**
   * Keyword values of a fact field, exact or with {@code *}/{@code ?} wildcards or as a prefix.
   *
   * @param field the affirmative field name
   * @param values accepted values (any of them)
   * @param match how values compare with indexed terms
   */
  record Keyword(String field, List<String> values, Match match) implements Criterion {
    /** How a keyword value is compared. */
    public enum Match {
      /** Equal terms. */
      EXACT,
      /** {@code *} and {@code ?} wildcards. */
      WILDCARD,
      /** Terms starting with the value. */
      PREFIX
    }

    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) {
      List<Query> queries = new ArrayList<>();
      for (String f : fields(field, include)) {
        switch (match) {
          case EXACT -> queries.add(new TermInSetQuery(f, values.stream().map(BytesRef::new).toList()));
          case WILDCARD -> values.forEach(v -> queries.add(new WildcardQuery(new Term(f, v))));
          case PREFIX -> values.forEach(v -> queries.add(new PrefixQuery(new Term(f, v))));
        }
      }
      return anyOf(queries);
    }

    @Override
    public boolean matches(IndexedFact fact) {
      for (String term : fact.keywords().getOrDefault(field, List.of())) {
        for (String v : values) {
          boolean hit =
              switch (match) {
                case EXACT -> term.equals(v);
                case PREFIX -> term.startsWith(v);
                case WILDCARD -> wildcard(v).matcher(term).matches();
              };
          if (hit) {
            return true;
          }
        }
      }
      return false;
    }

    private static Pattern wildcard(String pattern) {
      StringBuilder re = new StringBuilder();
      for (char c : pattern.toCharArray()) {
        switch (c) {
          case '*' -> re.append(".*");
          case '?' -> re.append('.');
          default -> re.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(re.toString());
    }
  }

  /**
   * An integer fact value in a closed range (T ordinal, stage group, Gleason, percent).
   *
   * @param field the affirmative point field
   * @param min smallest accepted value
   * @param max largest accepted value
   */
  record Range(String field, int min, int max) implements Criterion {
    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) {
      if (min > max) {
        return new MatchNoDocsQuery("empty range");
      }
      return anyOf(fields(field, include).stream().map(f -> IntPoint.newRangeQuery(f, min, max)).toList());
    }

    @Override
    public boolean matches(IndexedFact fact) {
      for (int v : fact.ints().getOrDefault(field, List.of())) {
        if (v >= min && v <= max) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A constraint on an attribute of a composite fact term ({@code line>=2}, {@code status=ongoing}).
   *
   * @param name attribute name
   * @param operator one of = &gt;= &lt;= &gt; &lt;
   * @param value the compared value (numeric comparison when both sides are integers)
   */
  record Constraint(String name, String operator, String value) {
    boolean test(Map<String, String> attributes) {
      String actual = attributes.get(name);
      if (actual == null) {
        return false;
      }
      if (operator.equals("=")) {
        return actual.equalsIgnoreCase(value);
      }
      int a;
      int b;
      try {
        a = Integer.parseInt(actual);
        b = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return false;
      }
      return switch (operator) {
        case ">=" -> a >= b;
        case "<=" -> a <= b;
        case ">" -> a > b;
        case "<" -> a < b;
        default -> false;
      };
    }

    @Override
    public String toString() {
      return name + operator + value;
    }
  }

  /**
   * A fact whose attributes satisfy constraints together, over composite terms {@code
   * key|name=value…} (see {@link CompositeTerms}).
   *
   * @param field the affirmative composite field
   * @param key the fact's key (agent, category, event type or response)
   * @param constraints all must hold on the same fact
   */
  record Composite(String field, String key, List<Constraint> constraints) implements Criterion {
    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) throws IOException {
      List<Query> queries = new ArrayList<>();
      String prefix = key + CompositeTerms.SEPARATOR;
      for (String f : fields(field, include)) {
        List<BytesRef> accepted = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, f);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          BytesRef start = new BytesRef(key);
          if (te.seekCeil(start) != TermsEnum.SeekStatus.END) {
            for (BytesRef t = te.term(); t != null; t = te.next()) {
              String term = t.utf8ToString();
              if (!term.equals(key) && !term.startsWith(prefix)) {
                if (term.compareTo(prefix) > 0) {
                  break;
                }
                continue;
              }
              if (accepts(term)) {
                accepted.add(BytesRef.deepCopyOf(t));
              }
            }
          }
        }
        if (!accepted.isEmpty()) {
          queries.add(new TermInSetQuery(f, accepted));
        }
      }
      return queries.isEmpty() ? new MatchNoDocsQuery("no such fact") : anyOf(queries);
    }

    private boolean accepts(String term) {
      Map<String, String> attributes = CompositeTerms.attributes(term);
      for (Constraint c : constraints) {
        if (!c.test(attributes)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean matches(IndexedFact fact) {
      for (String term : fact.keywords().getOrDefault(field, List.of())) {
        if (CompositeTerms.key(term).equals(key) && accepts(term)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A report-level keyword (type, patient, id): qualifiers do not apply.
   *
   * @param field the field
   * @param value the exact value
   */
  record Metadata(String field, String value) implements Criterion {
    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) {
      return new TermQuery(new Term(field, value));
    }

    @Override
    public boolean matches(IndexedFact fact) {
      return false;
    }
  }

  /**
   * The report date in a closed range of epoch days.
   *
   * @param min first accepted day
   * @param max last accepted day
   */
  record DateRange(long min, long max) implements Criterion {
    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) {
      return LongPoint.newRangeQuery(IndexSchema.DATE, min, max);
    }

    @Override
    public boolean matches(IndexedFact fact) {
      return false;
    }
  }

  /**
   * Words or a phrase of the de-identified text, as analysed terms (stemmed, accents folded).
   *
   * @param terms the analysed terms, in order
   * @param written the text as written in the query
   */
  record Text(List<String> terms, String written) implements Criterion {
    @Override
    public Query query(IndexReader reader, Set<Qualifier> include) {
      if (terms.isEmpty()) {
        return new MatchNoDocsQuery("no searchable word");
      }
      if (terms.size() == 1) {
        return new TermQuery(new Term(IndexSchema.TEXT, terms.get(0)));
      }
      return new PhraseQuery(IndexSchema.TEXT, terms.toArray(String[]::new));
    }

    @Override
    public boolean matches(IndexedFact fact) {
      return false;
    }
  }
}

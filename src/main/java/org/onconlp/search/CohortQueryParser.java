package org.onconlp.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.onconlp.index.IndexSchema;
import org.onconlp.index.Qualifier;
import org.onconlp.index.StageValues;
import org.onconlp.search.CohortQuery.Leaf;
import org.onconlp.search.QueryLexer.Kind;
import org.onconlp.search.QueryLexer.Token;

/**
 * Hand-written recursive-descent parser of the cohort query language ({@code docs/search.md}).
 * Precedence, loosest first: OR, AND, temporal (BEFORE / AFTER / WITHIN … OF), NOT. Errors are
 * {@link QuerySyntaxException}s naming the column. Thread-safe: each call parses with its own
 * state.
 */
public final class CohortQueryParser {
  private static final Set<String> INTERPRETATIONS =
      Set.of(
          "positive", "negative", "equivocal", "mutated", "wild_type", "amplified", "not_amplified",
          "rearranged", "not_rearranged", "high", "low", "deficient", "proficient", "unknown");
  private static final Pattern TOPOGRAPHY = Pattern.compile("C\\d\\d(\\.\\d)?");
  private static final Pattern MORPHOLOGY = Pattern.compile("\\d{4}/\\d");
  private static final Pattern SHORT_TNM =
      Pattern.compile("([TNMtnm])(is|IS|x|X|\\+|[0-4][a-dA-D]?\\d?(mi)?)");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Set<String> PERCENT_SUFFIXES = Set.of("percent", "pct", "tps", "cps", "score");
  private static final Set<String> TREATMENT_ATTRIBUTES = Set.of("line", "status", "setting");
  private static final Set<String> EVENT_ATTRIBUTES = Set.of("site", "value", "scale");

  private final Analyzer analyzer;
  private final Labels labels = new Labels();

  /**
   * @param analyzer the analyzer of the indexed text, used for {@code text:} criteria
   */
  public CohortQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * A parsed query.
   *
   * @param text the query as written
   * @param root the expression tree
   * @param include qualified facts asked for with {@code include:}
   * @param leaves the criteria, in query order (criterion n at index n - 1)
   */
  public record Parsed(String text, CohortQuery root, Set<Qualifier> include, List<Leaf> leaves) {}

  /**
   * Parses a query.
   *
   * @throws QuerySyntaxException when the query is invalid
   */
  public Parsed parse(String query) {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException(1, "the query is empty");
    }
    return new State(query).parse();
  }

  /** Parsing state of one query. */
  private final class State {
    private final String query;
    private final List<Token> tokens;
    private final EnumSet<Qualifier> include = EnumSet.noneOf(Qualifier.class);
    private final List<Leaf> leaves = new ArrayList<>();
    private int pos;
    private int depth;

    State(String query) {
      this.query = query;
      this.tokens = QueryLexer.tokens(query);
    }

    Parsed parse() {
      CohortQuery root = or();
      Token t = peek();
      if (t.kind() != Kind.END) {
        throw error(t, "expected AND, OR, BEFORE, AFTER, WITHIN or the end of the query, found " + t.describe());
      }
      return new Parsed(query, root, Set.copyOf(include), List.copyOf(leaves));
    }

    private CohortQuery or() {
      List<CohortQuery> operands = new ArrayList<>();
      operands.add(and());
      while (keyword("OR", "OU")) {
        operands.add(and());
      }
      return operands.size() == 1 ? operands.get(0) : new CohortQuery.Or(List.copyOf(operands));
    }

    private CohortQuery and() {
      List<CohortQuery> operands = new ArrayList<>();
      do {
        if (atInclude()) {
          continue;
        }
        operands.add(temporal());
      } while (keyword("AND", "ET"));
      if (operands.isEmpty()) {
        throw error(peek(), "expected a criterion besides include:");
      }
      return operands.size() == 1 ? operands.get(0) : new CohortQuery.And(List.copyOf(operands));
    }

    private boolean atInclude() {
      Token t = peek();
      if (t.kind() != Kind.WORD
          || !t.text().equalsIgnoreCase("include")
          || tokens.get(pos + 1).kind() != Kind.COLON) {
        return false;
      }
      if (depth > 0) {
        throw error(t, "include: applies to the whole query; write it outside parentheses");
      }
      pos += 2;
      do {
        Token v = next();
        if (v.kind() != Kind.WORD) {
          throw error(v, "expected negated, hypothetical, family, historical or all after 'include:'");
        }
        String name = v.text().toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
          include.addAll(EnumSet.allOf(Qualifier.class));
          continue;
        }
        Qualifier found = null;
        for (Qualifier q : Qualifier.values()) {
          if (q.key().equals(name)) {
            found = q;
          }
        }
        if (found == null) {
          throw error(v, "unknown qualifier '" + v.text() + "' (negated, hypothetical, family, historical, all)");
        }
        include.add(found);
      } while (accept(Kind.COMMA));
      return true;
    }

    private CohortQuery temporal() {
      CohortQuery left = unary();
      Token t = peek();
      if (isKeyword(t, "BEFORE", "AVANT") || isKeyword(t, "AFTER", "APRES", "APRÈS")) {
        pos++;
        CohortQuery.Order order =
            isKeyword(t, "BEFORE", "AVANT") ? CohortQuery.Order.BEFORE : CohortQuery.Order.AFTER;
        CohortQuery right = unary();
        CohortQuery.Window window = keyword("WITHIN", "DANS") ? window() : null;
        return new CohortQuery.Temporal(left, right, order, window);
      }
      if (keyword("WITHIN", "DANS")) {
        CohortQuery.Window window = window();
        Token of = next();
        if (!isKeyword(of, "OF", "DE")) {
          throw error(of, "expected OF after the interval (A WITHIN 6 MONTHS OF B)");
        }
        return new CohortQuery.Temporal(left, unary(), CohortQuery.Order.ANY, window);
      }
      return left;
    }

    private CohortQuery.Window window() {
      Token amount = next();
      if (amount.kind() != Kind.WORD || !INTEGER.matcher(amount.text()).matches()) {
        throw error(amount, "expected a number of days, weeks, months or years after WITHIN");
      }
      int n = Integer.parseInt(amount.text());
      if (n < 0) {
        throw error(amount, "the interval must not be negative");
      }
      Token unit = next();
      ChronoUnit u =
          switch (unit.kind() == Kind.WORD ? unit.text().toUpperCase(Locale.ROOT) : "") {
            case "DAY", "DAYS", "JOUR", "JOURS" -> ChronoUnit.DAYS;
            case "WEEK", "WEEKS", "SEMAINE", "SEMAINES" -> ChronoUnit.WEEKS;
            case "MONTH", "MONTHS", "MOIS" -> ChronoUnit.MONTHS;
            case "YEAR", "YEARS", "AN", "ANS", "ANNEE", "ANNEES" -> ChronoUnit.YEARS;
            default -> throw error(unit, "expected DAYS, WEEKS, MONTHS or YEARS, found " + unit.describe());
          };
      return new CohortQuery.Window(n, u);
    }

    private CohortQuery unary() {
      if (keyword("NOT", "SAUF")) {
        return new CohortQuery.Not(unary());
      }
      return primary();
    }

    private CohortQuery primary() {
      Token t = peek();
      if (t.kind() == Kind.LPAREN) {
        pos++;
        return group();
      }
      if (isKeyword(t, "SAME_DOC", "SAMEDOC")) {
        pos++;
        Token open = next();
        if (open.kind() != Kind.LPAREN) {
          throw error(open, "expected '(' after SAME_DOC");
        }
        CohortQuery inner = group();
        requireDocumentLevel(inner, t);
        return new CohortQuery.SameDoc(inner);
      }
      if (t.kind() == Kind.WORD && !reserved(t)) {
        return criterion();
      }
      throw error(t, "expected a criterion, '(' , NOT or SAME_DOC, found " + t.describe());
    }

    private CohortQuery group() {
      depth++;
      CohortQuery inner = or();
      depth--;
      Token close = next();
      if (close.kind() != Kind.RPAREN) {
        throw error(close, "expected ')' , found " + close.describe());
      }
      return inner;
    }

    private void requireDocumentLevel(CohortQuery q, Token at) {
      switch (q) {
        case CohortQuery.Temporal tq -> throw error(at, "SAME_DOC cannot contain BEFORE, AFTER or WITHIN: one report has one date");
        case CohortQuery.And a -> a.operands().forEach(o -> requireDocumentLevel(o, at));
        case CohortQuery.Or o -> o.operands().forEach(x -> requireDocumentLevel(x, at));
        case CohortQuery.Not n -> requireDocumentLevel(n.operand(), at);
        case CohortQuery.SameDoc s -> requireDocumentLevel(s.inner(), at);
        case Leaf leaf -> {
          // A criterion is document-level by construction.
        }
      }
    }

    private CohortQuery criterion() {
      Token first = next();
      Token after = peek();
      Criterion c;
      if (after.kind() == Kind.COLON) {
        pos++;
        c = fieldValue(first);
      } else if (after.kind() == Kind.OPERATOR) {
        pos++;
        c = comparison(first, after);
      } else {
        Matcher m = SHORT_TNM.matcher(first.text());
        if (!m.matches()) {
          throw error(after, "expected ':' or a comparison after '" + first.text() + "'");
        }
        c = tnmValue(tnmField(m.group(1)), m.group(2), first);
      }
      int end = tokens.get(pos - 1).end();
      Leaf leaf = new Leaf(c, leaves.size() + 1, query.substring(first.column() - 1, end));
      leaves.add(leaf);
      return leaf;
    }

    private Criterion fieldValue(Token fieldToken) {
      String field = fieldToken.text().toLowerCase(Locale.ROOT);
      Token v = value("':'");
      return switch (field) {
        case "topography", "topo", "site" -> topography(v);
        case "morphology", "morpho", "histology" -> morphology(v);
        case "laterality", "side" -> {
          String code = labels.code("laterality", v.text());
          yield keywordCriterion(IndexSchema.LATERALITY, code != null ? code : v.text().toLowerCase(Locale.ROOT));
        }
        case "t", "n", "m" -> tnmValue(tnmField(field), v.text(), v);
        case "stage", "group" -> stageRange("=", v);
        case "gleason" -> intRange(IndexSchema.GLEASON, "=", v);
        case "isup" -> intRange(IndexSchema.ISUP, "=", v);
        case "biomarker", "bio", "marker" -> biomarker(v);
        case "treatment", "drug", "tt" -> factWithAttributes(
            IndexSchema.TREATMENT, IndexSchema.TREATMENT_FACT, v, TREATMENT_ATTRIBUTES);
        case "atc" -> {
          String code = v.text().toUpperCase(Locale.ROOT);
          yield code.contains("*") || code.contains("?")
              ? new Criterion.Keyword(IndexSchema.ATC, List.of(code), Criterion.Keyword.Match.WILDCARD)
              : new Criterion.Keyword(IndexSchema.ATC, List.of(code), Criterion.Keyword.Match.PREFIX);
        }
        case "event" -> factWithAttributes(IndexSchema.EVENT, IndexSchema.EVENT_FACT, v, EVENT_ATTRIBUTES);
        case "type" -> new Criterion.Metadata(IndexSchema.TYPE, v.text().toLowerCase(Locale.ROOT));
        case "patient" -> new Criterion.Metadata(IndexSchema.PATIENT, v.text());
        case "id" -> new Criterion.Metadata(IndexSchema.ID, v.text());
        case "date" -> dateRange("=", v);
        case "text" -> text(v);
        default -> {
          if (percentField(fieldToken) != null) {
            yield intRange(percentField(fieldToken), "=", v);
          }
          throw error(
              fieldToken,
              "unknown field '" + fieldToken.text() + "' (topography, morphology, laterality, T, N, M,"
                  + " stage, gleason, isup, biomarker, NAME.percent, treatment, atc, event, type,"
                  + " date, patient, id, text, include)");
        }
      };
    }

    private Criterion comparison(Token fieldToken, Token op) {
      String field = fieldToken.text().toLowerCase(Locale.ROOT);
      Token v = value("'" + op.text() + "'");
      return switch (field) {
        case "t", "n", "m" -> {
          int n = integer(v);
          yield range(tnmField(field), op.text(), n, 0, 4);
        }
        case "stage", "group" -> stageRange(op.text(), v);
        case "gleason" -> intRange(IndexSchema.GLEASON, op.text(), v);
        case "isup" -> intRange(IndexSchema.ISUP, op.text(), v);
        case "date" -> dateRange(op.text(), v);
        default -> {
          String percent = percentField(fieldToken);
          if (percent == null) {
            throw error(
                fieldToken,
                "'" + fieldToken.text() + "' cannot be compared (T, N, M, stage, gleason, isup, date,"
                    + " NAME.percent such as PDL1.tps)");
          }
          yield intRange(percent, op.text(), v);
        }
      };
    }

    private String percentField(Token fieldToken) {
      String text = fieldToken.text();
      int dot = text.lastIndexOf('.');
      if (dot <= 0 || !PERCENT_SUFFIXES.contains(text.substring(dot + 1).toLowerCase(Locale.ROOT))) {
        return null;
      }
      return IndexSchema.BIOMARKER_PERCENT + IndexSchema.biomarkerName(text.substring(0, dot));
    }

    private Token value(String after) {
      Token v = next();
      if (v.kind() != Kind.WORD && v.kind() != Kind.STRING) {
        throw error(v, "expected a value after " + after + ", found " + v.describe());
      }
      return v;
    }

    private Criterion keywordCriterion(String field, String value) {
      Criterion.Keyword.Match match =
          value.contains("*") || value.contains("?")
              ? Criterion.Keyword.Match.WILDCARD
              : Criterion.Keyword.Match.EXACT;
      return new Criterion.Keyword(field, List.of(value), match);
    }

    private Criterion topography(Token v) {
      String code = labels.code("topography", v.text());
      if (code == null) {
        code = v.text().toUpperCase(Locale.ROOT);
      }
      if (code.endsWith(".*") && code.length() == 5) {
        code = code.substring(0, 3);
      }
      if (TOPOGRAPHY.matcher(code).matches() || code.contains("*") || code.contains("?")) {
        return keywordCriterion(IndexSchema.TOPOGRAPHY, code);
      }
      throw error(
          v,
          "unknown topography '" + v.text() + "': use an ICD-O-3 code (C34, C50.4, C50*) or a label"
              + " such as poumon, sein, colon, prostate");
    }

    private Criterion morphology(Token v) {
      String code = labels.code("morphology", v.text());
      if (code == null) {
        code = v.text();
      }
      if (code.matches("\\d{4}")) {
        code = code + "/*";
      }
      if (MORPHOLOGY.matcher(code).matches() || (code.matches("[0-9*?/]+") && code.matches(".*[*?].*"))) {
        return keywordCriterion(IndexSchema.MORPHOLOGY, code);
      }
      throw error(
          v,
          "unknown morphology '" + v.text() + "': use an ICD-O-3 code (8140/3, 814*/3) or a label"
              + " such as adenocarcinome");
    }

    private String tnmField(String letter) {
      return switch (letter.toLowerCase(Locale.ROOT)) {
        case "t" -> IndexSchema.T;
        case "n" -> IndexSchema.N;
        default -> IndexSchema.M;
      };
    }

    private Criterion tnmValue(String field, String value, Token at) {
      if (value.equals("+")) {
        return new Criterion.Range(field, 1, 4);
      }
      if (value.matches("[0-4]")) {
        int n = Integer.parseInt(value);
        return new Criterion.Range(field, n, n);
      }
      if (!value.matches("(?i)is|x|[0-4][a-d]?\\d?(mi)?|.*\\(.*")) {
        throw error(at, "unreadable TNM value '" + value + "' (0-4, +, is, x, 2a…)");
      }
      return new Criterion.Keyword(field + ".code", List.of(value.toLowerCase(Locale.ROOT)), Criterion.Keyword.Match.EXACT);
    }

    private Criterion stageRange(String op, Token v) {
      OptionalInt ordinal = StageValues.group(v.text());
      if (ordinal.isEmpty()) {
        throw error(v, "unreadable stage group '" + v.text() + "' (0, I, IIA … IVC)");
      }
      int o = ordinal.getAsInt();
      boolean whole = o % 10 == 0;
      int last = whole && o > 0 ? o + 9 : o;
      return switch (op) {
        case "=" -> new Criterion.Range(IndexSchema.GROUP, o, last);
        case ">=" -> new Criterion.Range(IndexSchema.GROUP, o, 49);
        case ">" -> new Criterion.Range(IndexSchema.GROUP, last + 1, 49);
        case "<=" -> new Criterion.Range(IndexSchema.GROUP, 0, last);
        default -> new Criterion.Range(IndexSchema.GROUP, 0, o - 1);
      };
    }

    private Criterion intRange(String field, String op, Token v) {
      return range(field, op, integer(v), Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);
    }

    private int integer(Token v) {
      String text = v.text().endsWith("%") ? v.text().substring(0, v.text().length() - 1) : v.text();
      if (!INTEGER.matcher(text).matches()) {
        throw error(v, "expected a whole number, found " + v.describe());
      }
      return Integer.parseInt(text);
    }

    private Criterion range(String field, String op, int n, int lowest, int highest) {
      return switch (op) {
        case "=" -> new Criterion.Range(field, n, n);
        case ">=" -> new Criterion.Range(field, n, highest);
        case ">" -> new Criterion.Range(field, n + 1, highest);
        case "<=" -> new Criterion.Range(field, lowest, n);
        default -> new Criterion.Range(field, lowest, n - 1);
      };
    }

    private Criterion dateRange(String op, Token v) {
      if (!DATE.matcher(v.text()).matches()) {
        throw error(v, "expected a date such as 2021, 2021-03 or 2021-03-04, found " + v.describe());
      }
      OptionalLong first = IndexSchema.epochDay(v.text());
      if (first.isEmpty()) {
        throw error(v, "invalid date " + v.describe());
      }
      long start = first.getAsLong();
      LocalDate s = LocalDate.ofEpochDay(start);
      long end =
          switch (v.text().length()) {
            case 4 -> LocalDate.of(s.getYear(), 12, 31).toEpochDay();
            case 7 -> YearMonth.from(s).atEndOfMonth().toEpochDay();
            default -> start;
          };
      return switch (op) {
        case "=" -> new Criterion.DateRange(start, end);
        case ">=" -> new Criterion.DateRange(start, Long.MAX_VALUE);
        case ">" -> new Criterion.DateRange(end + 1, Long.MAX_VALUE);
        case "<=" -> new Criterion.DateRange(Long.MIN_VALUE, end);
        default -> new Criterion.DateRange(Long.MIN_VALUE, start - 1);
      };
    }

    private Criterion biomarker(Token nameToken) {
      String name = IndexSchema.biomarkerName(nameToken.text());
      if (!accept(Kind.OPERATOR, "=")) {
        return new Criterion.Keyword(IndexSchema.BIOMARKER, List.of(name), Criterion.Keyword.Match.EXACT);
      }
      Token v = value("'='");
      String label = labels.code("interpretation", v.text());
      String lower = v.text().toLowerCase(Locale.ROOT);
      String result;
      if (label != null) {
        result = label;
      } else if (INTERPRETATIONS.contains(lower)) {
        result = lower;
      } else {
        result = IndexSchema.variant(v.text());
      }
      return new Criterion.Keyword(IndexSchema.BIOMARKER, List.of(name + "=" + result), Criterion.Keyword.Match.EXACT);
    }

    private Criterion factWithAttributes(String field, String compositeField, Token v, Set<String> allowed) {
      String key = v.text().toLowerCase(Locale.ROOT);
      if (!accept(Kind.LBRACKET)) {
        return keywordCriterion(field, key);
      }
      List<Criterion.Constraint> constraints = new ArrayList<>();
      do {
        Token name = next();
        if (name.kind() != Kind.WORD || !allowed.contains(name.text().toLowerCase(Locale.ROOT))) {
          throw error(name, "expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ", found " + name.describe());
        }
        Token op = next();
        if (op.kind() != Kind.OPERATOR && op.kind() != Kind.COLON) {
          throw error(op, "expected =, >=, <=, > or < after '" + name.text() + "'");
        }
        Token value = value("'" + op.text() + "'");
        String attribute = name.text().toLowerCase(Locale.ROOT);
        String written = value.text();
        if (attribute.equals("site")) {
          String code = labels.code("topography", written);
          written = code != null ? code : written.toUpperCase(Locale.ROOT);
        } else if (attribute.equals("scale")) {
          written = written.toUpperCase(Locale.ROOT);
        } else {
          written = written.toLowerCase(Locale.ROOT);
        }
        String operator = op.kind() == Kind.COLON ? "=" : op.text();
        if (!operator.equals("=") && !INTEGER.matcher(written).matches()) {
          throw error(value, "a comparison needs a whole number, found " + value.describe());
        }
        constraints.add(new Criterion.Constraint(attribute, operator, written));
      } while (accept(Kind.COMMA));
      Token close = next();
      if (close.kind() != Kind.RBRACKET) {
        throw error(close, "expected ']' or ',' , found " + close.describe());
      }
      return new Criterion.Composite(compositeField, key, List.copyOf(constraints));
    }

    private Criterion text(Token v) {
      List<String> terms = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, v.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(term.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (terms.isEmpty()) {
        throw error(v, "no searchable word in " + v.describe());
      }
      return new Criterion.Text(List.copyOf(terms), v.text());
    }

    private Token peek() {
      return tokens.get(pos);
    }

    private Token next() {
      Token t = tokens.get(pos);
      if (t.kind() != Kind.END) {
        pos++;
      }
      return t;
    }

    private boolean accept(Kind kind) {
      if (peek().kind() == kind) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean accept(Kind kind, String text) {
      if (peek().kind() == kind && peek().text().equals(text)) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean keyword(String... words) {
      if (isKeyword(peek(), words)) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean isKeyword(Token t, String... words) {
      if (t.kind() != Kind.WORD) {
        return false;
      }
      for (String w : words) {
        if (t.text().equalsIgnoreCase(w)) {
          return true;
        }
      }
      return false;
    }

    private boolean reserved(Token t) {
      return isKeyword(t, "AND", "OR", "NOT", "BEFORE", "AFTER", "WITHIN", "OF", "ET", "OU", "SAUF", "AVANT", "APRES", "APRÈS", "DANS");
    }

    private QuerySyntaxException error(Token at, String problem) {
      return new QuerySyntaxException(at.column(), problem);
    }
  }
}

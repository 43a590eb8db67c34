package org.onconlp.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onconlp.index.ClinicalFrenchAnalyzer;

class CohortQueryParserTest {
  private final CohortQueryParser parser = new CohortQueryParser(new ClinicalFrenchAnalyzer());

  private String error(String query) {
    return assertThrows(QuerySyntaxException.class, () -> parser.parse(query)).getMessage();
  }

  @Test
  void missingValueAfterColonNamesTheColumn() {
    assertEquals("at column 33: expected a value after ':', found end of query", error("topography:C34 AND T3 AND stage:"));
  }

  @Test
  void unknownFieldIsReportedWhereItStarts() {
    assertEquals("at column 20", error("topography:C34 AND colour:red").substring(0, 12));
  }

  @Test
  void unbalancedParenthesis() {
    assertEquals("at column 34: expected ')' , found end of query", error("(topography:C34 OR topography:C50"));
  }

  @Test
  void unterminatedQuote() {
    assertEquals("at column 6: unterminated quoted value (missing closing '\"')", error("text:\"sein gauche"));
  }

  @Test
  void danglingOperatorPointsAtTheEnd() {
    assertEquals("at column 19: expected a criterion, '(' , NOT or SAME_DOC, found end of query", error("topography:C34 AND"));
  }

  @Test
  void temporalInsideSameDocIsRefused() {
    assertEquals(1, assertThrows(QuerySyntaxException.class, () -> parser.parse("SAME_DOC(T3 BEFORE N+)")).column());
  }

  @Test
  void unknownTopographyLabel() {
    assertEquals("at column 12: unknown topography 'atlantide'", error("topography:atlantide").substring(0, 44));
  }

  @Test
  void includeInsideParenthesesIsRefused() {
    assertEquals(2, assertThrows(QuerySyntaxException.class, () -> parser.parse("(include:negated AND T3)")).column());
  }

  @Test
  void emptyQuery() {
    assertEquals("at column 1: the query is empty", error("   "));
  }

  @Test
  void criteriaAreNumberedWithTheirSource() {
    CohortQueryParser.Parsed p = parser.parse("biomarker:EGFR=mutated AND treatment:osimertinib[line>=2]");
    assertEquals(
        "[1 biomarker:EGFR=mutated, 2 treatment:osimertinib[line>=2]]",
        p.leaves().stream().map(l -> l.number() + " " + l.source()).toList().toString());
  }

  @Test
  void garbageNeverThrowsAnythingButASyntaxError() {
    for (String q : new String[] {"((((", "]]]", "a:b:c", "T>=", "=:", "NOT", "x".repeat(10_000), "é€ù", "WITHIN 3 DAYS"}) {
      assertDoesNotThrow(() -> {
        try {
          parser.parse(q);
        } catch (QuerySyntaxException expected) {
          // the only acceptable failure
        }
      });
    }
  }
}

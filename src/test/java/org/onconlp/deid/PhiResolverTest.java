package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhiResolverTest {
  private final PhiResolver resolver = new PhiResolver();

  private String resolve(PhiSpan... spans) {
    return resolver.resolve(List.of(spans)).stream()
        .map(PhiSpan::toString)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  @Test
  void longestSpanWinsWhateverItsCategory() {
    assertEquals(
        "[0,20]NOM", resolve(new PhiSpan(5, 10, "SECU"), new PhiSpan(0, 20, "NOM")));
  }

  @Test
  void equalLengthsAreDecidedByTheCategoryPriority() {
    assertEquals(
        "[0,10]SECU", resolve(new PhiSpan(0, 10, "DATE"), new PhiSpan(0, 10, "SECU")));
    assertEquals(
        "[0,10]DATE_NAISSANCE",
        resolve(new PhiSpan(0, 10, "DATE"), new PhiSpan(0, 10, "DATE_NAISSANCE")));
  }

  @Test
  void unknownCategoriesRankAfterKnownOnes() {
    assertTrue(resolver.rank("SOMETHING_NEW") > resolver.rank("ID"));
    assertEquals(
        "[2,6]ID", resolve(new PhiSpan(0, 4, "SOMETHING_NEW"), new PhiSpan(2, 6, "ID")));
  }

  @Test
  void adjacentSpansAreBothKeptInTextOrder() {
    assertEquals(
        "[[0,4]NOM, [4,8]PRENOM, [10,12]AGE]",
        resolver
            .resolve(
                List.of(
                    new PhiSpan(10, 12, "AGE"),
                    new PhiSpan(4, 8, "PRENOM"),
                    new PhiSpan(0, 4, "NOM")))
            .toString());
  }

  @Test
  void aChainOfOverlapsKeepsTheLongestThenWhateverNoLongerOverlaps() {
    assertEquals(
        "[[0,3]TEL, [5,15]DATE]",
        resolver
            .resolve(
                List.of(
                    new PhiSpan(0, 3, "TEL"),
                    new PhiSpan(2, 7, "NOM"),
                    new PhiSpan(5, 15, "DATE")))
            .toString());
  }

  @Test
  void emptySpansAreDropped() {
    assertEquals("[]", resolver.resolve(List.of(new PhiSpan(3, 3, "DATE"))).toString());
  }
}

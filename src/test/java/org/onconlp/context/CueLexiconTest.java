package org.onconlp.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  private static final CueLexicon DEFAULT = CueLexicon.load("/org/onconlp/context/");

  /** Cues of a text as {@code covered-text/KIND}, space separated. */
  private static String cues(CueLexicon lexicon, String text) {
    ContextTokens t = ContextTokens.of(text, 0, text.length());
    return lexicon.match(t, 0, t.size()).stream()
        .map(m -> text.substring(t.begin(m.first()), t.end(m.last())) + "/" + m.cue().kind())
        .collect(Collectors.joining(" "));
  }

  @Test
  void defaultFilesLoad() {
    assertTrue(DEFAULT.size() > 300, "expanded cues: " + DEFAULT.size());
  }

  @Test
  void longestCueWinsOverTheCueInsideIt() {
    assertEquals(
        "ne permet pas d'exclure/HYPOTHESIS",
        cues(DEFAULT, "L'IRM ne permet pas d'exclure une récidive"));
  }

  @Test
  void discontinuousNegationSpansUpToThreeWords() {
    assertEquals("ne met pas/NEGATION", cues(DEFAULT, "ne met pas en évidence"));
    assertEquals("", cues(DEFAULT, "ne montre à ce jour et à distance pas"));
  }

  @Test
  void discontinuousNegationDoesNotCrossPunctuation() {
    assertEquals(";/TERMINATION", cues(DEFAULT, "ne ; pas"));
  }

  @Test
  void cueIsMatchedOnWholeWordsOnly() {
    assertEquals("", cues(DEFAULT, "Présence d'une tumeur plus volumineuse, nonobstant"));
  }

  @Test
  void yearPlaceholderMatchesOnlyYears() {
    assertEquals("traitée en 2015 pour/HISTORY", cues(DEFAULT, "traitée en 2015 pour"));
    assertEquals("", cues(DEFAULT, "traitée en 15 pour"));
  }

  @Test
  void alternativesExpandIntoEverySpelling() {
    CueLexicon lexicon =
        CueLexicon.of(Map.of(CueKind.NEGATION, List.of("absence|absences de|d  FORWARD")));
    assertEquals(4, lexicon.size());
    assertEquals("Absences d/NEGATION", cues(lexicon, "Absences d'emboles"));
  }

  @Test
  void lineWithoutDirectionIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CueLexicon.of(Map.of(CueKind.NEGATION, List.of("absence de"))));
  }

  @Test
  void unknownFlagIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CueLexicon.of(Map.of(CueKind.NEGATION, List.of("absence de FORWARD loud"))));
  }

  @Test
  void samePhraseWithTwoMeaningsIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CueLexicon.of(Map.of(
            CueKind.NEGATION, List.of("exclu BACKWARD"),
            CueKind.HYPOTHESIS, List.of("exclu BACKWARD"))));
  }
}

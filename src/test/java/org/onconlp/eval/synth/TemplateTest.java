package org.onconlp.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TemplateTest {
  @Test
  void slotLookupAndChoiceAreParsed() {
    assertEquals(
        "[Literal[text=Dr ], Slot[name=DR_NOM], Literal[text=, ], Lookup[key=ps, perPatient=false],"
            + " Literal[text= ], Lookup[key=tnm, perPatient=true], Literal[text= ],"
            + " Choice[alternatives=[[Literal[text=a]], [Literal[text=b]]]]]",
        Template.parse("Dr {$DR_NOM}, {ps} {=tnm} {a|b}").toString());
  }

  @Test
  void emptyAlternativeIsAllowed() {
    assertEquals(
        "[Literal[text=né], Choice[alternatives=[[], [Literal[text=e]]]]]",
        Template.parse("né{|e}").toString());
  }

  @Test
  void unclosedBraceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Template.parse("RE {90|95 %"));
  }

  @Test
  void strayClosingBraceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Template.parse("RE 90 %}"));
  }
}

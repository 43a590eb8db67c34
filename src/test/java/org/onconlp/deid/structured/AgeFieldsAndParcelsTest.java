package org.onconlp.deid.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onconlp.deid.structured.StructuredPhiFinderTest.found;

import org.junit.jupiter.api.Test;

/** Ages of 90 or more as the value of an age field, and parcel numbers closed by a country code. */
class AgeFieldsAndParcelsTest {
  @Test
  void ageOfNinetyOrMoreInATableCellIsAnAge() {
    assertEquals("AGE(94)", found("  | date du décès : connue\n  | âge au décès : 94 |\n"));
  }

  @Test
  void ageFieldUnderNinetyIsNoPhi() {
    assertEquals("", found("Age = 78\n"));
  }

  @Test
  void numberAfterAnotherLabelIsNoAge() {
    assertEquals("", found("Poids : 94\n"));
  }

  @Test
  void countryCodeClosingAParcelNumberBelongsToIt() {
    assertEquals("ID(RB 4417 2290 FR)", found("Envoi des blocs : n° colis RB 4417 2290 FR\n"));
  }
}

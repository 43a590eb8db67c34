package org.onconlp.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicalDatesTest {
  private static String iso(String text, int word) {
    Words w = Words.of(text);
    ClinicalDates.Found f = ClinicalDates.at(w, word, w.size());
    return f == null ? "-" : f.iso() + "/" + f.length();
  }

  @ParameterizedTest
  @CsvSource({
    "12/03/2021, 0, 2021-03-12/1",
    "12.03.21, 0, 2021-03-12/1",
    "2021-03-12, 0, 2021-03-12/1",
    "03/2021, 0, 2021-03/1",
    "mars 2021, 0, 2021-03/2",
    "12 mars 2021, 0, 2021-03-12/3",
    "1er mars 2021, 0, 2021-03-01/3",
    "en 2019, 1, 2019/1",
    "T 2019, 1, -",
    "[DATE], 1, -",
    "31/13/2021, 0, -",
  })
  void frenchDatesAreReadAsIso(String text, int word, String expected) {
    assertEquals(expected, iso(text, word));
  }
}

package org.onconlp.deid.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Written French dates shifted by a number of days, format kept. */
class DateShifterTest {
  private final DateShifter shifter = new DateShifter();

  @Test
  void textDateKeepsDayMonthYear() {
    assertEquals("3 janvier 2007", shifter.shift("2 janvier 2006", 366));
  }

  @Test
  void firstOfMonthIsWrittenWithEr() {
    assertEquals("1er mars 2021", shifter.shift("28 février 2021", 1));
  }

  @Test
  void numericDateKeepsSeparatorsAndPadding() {
    assertEquals("13/03/2022", shifter.shift("12/03/2021", 366));
    assertEquals("13.03.22", shifter.shift("12.03.21", 366));
    assertEquals("2/4/2021", shifter.shift("1/4/2021", 1));
  }

  @Test
  void isoDateStaysIso() {
    assertEquals("2020-03-11", shifter.shift("2021-03-12", -366));
  }

  @Test
  void monthYearStaysMonthYear() {
    assertEquals("avril 2022", shifter.shift("mars 2021", 400));
    assertEquals("AVRIL 2022", shifter.shift("MARS 2021", 400));
  }

  @Test
  void yearAloneMovesByWholeYears() {
    assertEquals("2020", shifter.shift("2019", 400));
    assertEquals("2017", shifter.shift("2019", -700));
  }

  @Test
  void weekdayIsRecomputed() {
    assertEquals("samedi 13 mars 2021", shifter.shift("vendredi 12 mars 2021", 1));
  }

  @Test
  void dayAndMonthKeepTheirPadding() {
    assertEquals("4/11", shifter.shift("3/11", 1));
    assertEquals("01/04", shifter.shift("31/03", 1));
  }

  @Test
  void weekdayBeforeANumericDateIsRecomputed() {
    assertEquals("mardi 12/03", shifter.shift("lundi 11/03", 1));
    assertEquals("mer. 10/05/2023", shifter.shift("mar. 09/05/2023", 1));
    assertEquals("jeudi 19", shifter.shift("mardi 17", 2));
  }

  @Test
  void monthAloneMovesFromItsMiddle() {
    assertEquals("mars", shifter.shift("février", 20));
    assertEquals("Janvier", shifter.shift("Février", -20));
    assertEquals("juin", shifter.shift("mai", 20));
  }

  @Test
  void dayAloneMovesInsideAThirtyOneDayMonth() {
    assertEquals("16", shifter.shift("14", 2));
    assertEquals("2", shifter.shift("31", 2));
  }

  @Test
  void seasonKeepsItsNameAndMovesTheYear() {
    assertEquals("été 2024", shifter.shift("été 2023", 400));
  }

  @Test
  void monthWithTwoDigitYearKeepsTwoDigits() {
    assertEquals("avril 22", shifter.shift("mars 21", 400));
  }

  @Test
  void letterSpacedDateComesBackUnspaced() {
    assertEquals("15/06/2021", shifter.shift("1 4 / 0 6 / 2 0 2 1", 1));
  }

  @Test
  void unreadableTextGivesNull() {
    assertNull(shifter.shift("hier soir", 10));
    assertNull(shifter.shift("31/02/2021", 10));
  }
}

package org.onconlp.deid.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onconlp.deid.TestLexicons;
import org.onconlp.deid.structured.NirValidator;

/** Realistic surrogates: format, consistency, impossibility. Every value is invented. */
class SurrogateGeneratorTest {
  private static final SurrogateSecret SECRET =
      SurrogateSecret.of("an-invented-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));
  private final SurrogateGenerator gen = new SurrogateGenerator(SECRET, TestLexicons.LEX);

  @Test
  void upperCaseNameStaysUpperCaseAndTitleCaseStaysTitleCase() {
    String upper = gen.surrogate("NOM", "DUPONT", "P1");
    String title = gen.surrogate("NOM", "Dupont", "P1");
    assertEquals(upper, upper.toUpperCase(java.util.Locale.ROOT));
    assertTrue(Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1)), title);
    assertEquals(upper, title.toUpperCase(java.util.Locale.ROOT), "same person, same surrogate");
    assertNotEquals("DUPONT", upper);
  }

  @Test
  void sameOriginalSamePatientGivesTheSameSurrogateAcrossInstances() {
    SurrogateGenerator other = new SurrogateGenerator(SECRET, TestLexicons.LEX);
    assertEquals(gen.surrogate("PRENOM", "Sandrine", "P1"), other.surrogate("PRENOM", "Sandrine", "P1"));
    assertEquals(gen.surrogate("TEL", "01 99 00 12 34", "P1"), other.surrogate("TEL", "01 99 00 12 34", "P1"));
  }

  @Test
  void anotherSecretGivesOtherSurrogates() {
    SurrogateGenerator other =
        new SurrogateGenerator(
            SurrogateSecret.of("another-invented-secret-987654321".getBytes(StandardCharsets.UTF_8)),
            TestLexicons.LEX);
    assertNotEquals(gen.surrogate("SECU", "2 50 05 75 123 456 89", "P1"), other.surrogate("SECU", "2 50 05 75 123 456 89", "P1"));
  }

  @Test
  void particlesAndElisionsOfFamilyNamesAreKept() {
    String s = gen.surrogate("NOM", "COLONNA D'ISTRIA", "P1");
    assertTrue(s.matches("[A-Z-]+ D'[A-Z-]+"), s);
    assertTrue(gen.surrogate("NOM", "de La Fontaine", "P1").startsWith("de "));
  }

  @Test
  void initialsStayInitials() {
    assertTrue(gen.surrogate("PRENOM", "J.-P.", "P1").matches("[A-Z]\\.-[A-Z]\\."));
  }

  @Test
  void phoneIsInTheFictionRangeWithTheOriginalLayout() {
    assertTrue(gen.surrogate("TEL", "04 72 11 22 33", "P1").matches("01 99 00 [0-9]{2} [0-9]{2}"));
    assertTrue(gen.surrogate("TEL", "06.12.34.56.78", "P1").matches("06\\.39\\.98\\.[0-9]{2}\\.[0-9]{2}"));
  }

  @Test
  void internalExtensionKeepsItsShortLayout() {
    String s = gen.surrogate("TEL", "6 41 09", "P1");
    assertTrue(s.matches("[0-9] [0-9]{2} [0-9]{2}"), s);
  }

  @Test
  void nirIsWellFormedWithAValidKeyButBornInNoCountry() {
    String s = gen.surrogate("SECU", "2 50 05 75 123 456 89", "P1");
    String compact = NirValidator.compact(s);
    assertTrue(new NirValidator().isValid(compact), s);
    assertEquals("99000", compact.substring(5, 10), "department 99, country code 000 does not exist");
    assertEquals('2', compact.charAt(0));
    assertTrue(s.matches("[0-9] [0-9]{2} [0-9]{2} [0-9]{2} [0-9]{3} [0-9]{3} [0-9]{2}"), s);
  }

  @Test
  void mailIsAtExampleOrg() {
    assertTrue(gen.surrogate("MAIL", "m.dupont@chu-fictif.fr", "P1").matches("[a-z]+\\.[a-z]+@example\\.org"));
  }

  @Test
  void identifiersKeepLengthAndLayout() {
    String ipp = gen.surrogate("IPP", "8012345678", "P1");
    assertTrue(ipp.matches("[0-9]{10}"), ipp);
    assertTrue(gen.surrogate("ID", "B21-04417", "P1").matches("[A-Z][0-9]{2}-[0-9]{5}"));
  }

  @Test
  void datesKeepTheirWrittenFormat() {
    assertTrue(gen.surrogate("DATE", "2 janvier 2006", "P1").matches("(?:1er|[0-9]{1,2}) [a-zéû]+ [0-9]{4}"));
    assertTrue(gen.surrogate("DATE", "12/03/2021", "P1").matches("[0-9]{2}/[0-9]{2}/[0-9]{4}"));
    assertTrue(gen.surrogate("DATE", "mars 2021", "P1").matches("[a-zéû]+ [0-9]{4}"));
    assertTrue(gen.surrogate("DATE", "2019", "P1").matches("[0-9]{4}"));
    assertNotEquals("2019", gen.surrogate("DATE", "2019", "P1"));
  }

  @Test
  void dateShiftKeepsIntervalsForOnePatient() {
    LocalDate a = LocalDate.parse(iso(gen.surrogate("DATE", "12/03/2021", "P1")));
    LocalDate b = LocalDate.parse(iso(gen.surrogate("DATE", "02/04/2021", "P1")));
    assertEquals(21, ChronoUnit.DAYS.between(a, b));
    assertNotEquals("2021", Integer.toString(a.getYear()), "offsets of 366 to 730 days change the year");
  }

  @Test
  void documentDateIsShiftedByTheSameOffset() {
    String text = gen.surrogate("DATE", "12/03/2021", "P1");
    assertEquals(iso(text), gen.documentDate("2021-03-12", "P1"));
  }

  @Test
  void missingSecretIsAClearErrorWithoutSecretMaterial() {
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> SurrogateSecret.load(null, Map.of()));
    assertTrue(e.getMessage().contains(SurrogateSecret.ENV));
    assertFalse(SECRET.toString().contains("invented"));
  }

  private static String iso(String ddmmyyyy) {
    return ddmmyyyy.substring(6) + "-" + ddmmyyyy.substring(3, 5) + "-" + ddmmyyyy.substring(0, 2);
  }
}

package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirthDatesTest {
  private final BirthDates birthDates = new BirthDates();

  /** The birth dates found in {@code text}, given the names and dates the finders found. */
  private List<String> birthDates(String text, String[] names, String[] dates) {
    List<PhiSpan> found = new ArrayList<>();
    for (String n : names) {
      int b = text.indexOf(n);
      found.add(new PhiSpan(b, b + n.length(), "NOM"));
    }
    for (String d : dates) {
      int b = text.indexOf(d);
      found.add(new PhiSpan(b, b + d.length(), "DATE"));
    }
    List<String> out = new ArrayList<>();
    for (PhiSpan s : birthDates.find(TestLexicons.LEX.tokens(text), found)) {
      out.add(text.substring(s.begin(), s.end()));
    }
    return out;
  }

  @Test
  void aDateAfterThePatientsNameOnTheIdentityLineIsTheBirthDate() {
    String text = "PATIENT : KERBRAT Alain – 16/10/1958\nVu en consultation le 12/03/2024.";
    assertEquals(
        List.of("16/10/1958"),
        birthDates(text, new String[] {"KERBRAT", "Alain"}, new String[] {"16/10/1958", "12/03/2024"}));
  }

  @Test
  void aDateOpeningTheLineUnderANameAloneIsTheBirthDate() {
    String text = "14.11.2023\n\nLEGOFF Augustine\n1933-06-12\nTEP-TDM de réévaluation.";
    assertEquals(
        List.of("1933-06-12"),
        birthDates(text, new String[] {"LEGOFF", "Augustine"}, new String[] {"14.11.2023", "1933-06-12"}));
  }

  @Test
  void aDateAfterABirthLabelTheLabelledFindersMissedIsTheBirthDate() {
    String text = "| DDN / Sexe | 17/06/1966 | F |";
    assertEquals(List.of("17/06/1966"), birthDates(text, new String[] {}, new String[] {"17/06/1966"}));
  }

  @Test
  void aDateAfterAClinicianIsTheDateOfAVisit() {
    String text = "Vue par le Dr Kerbrat, 12/03/1990, puis en 2024.";
    assertEquals(List.of(), birthDates(text, new String[] {"Kerbrat"}, new String[] {"12/03/1990", "2024"}));
  }

  @Test
  void aRecentDateAfterAPatientsNameIsNoBirthDate() {
    String text = "Mme KERBRAT Anne, 12/03/2024 : bilan d'extension.";
    assertEquals(
        List.of(), birthDates(text, new String[] {"KERBRAT", "Anne"}, new String[] {"12/03/2024"}));
  }
}

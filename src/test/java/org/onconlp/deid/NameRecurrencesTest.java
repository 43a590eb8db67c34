package org.onconlp.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Carrying found person names over to their other occurrences; invented identities. */
class NameRecurrencesTest {
  private static final NameRecurrences RECURRENCES = new NameRecurrences(TestLexicons.LEX);

  /** The recurrences of the spans found at the given words, as "CATEGORY:text" strings. */
  private static String recurrences(String text, String category, String... found) {
    List<PhiSpan> spans =
        Arrays.stream(found)
            .map(w -> new PhiSpan(text.indexOf(w), text.indexOf(w) + w.length(), category))
            .toList();
    return RECURRENCES.find(TestLexicons.LEX.tokens(text), spans).stream()
        .map(s -> s.category() + ":" + text.substring(s.begin(), s.end()) + "@" + s.begin())
        .collect(Collectors.joining(" "));
  }

  @Test
  void aFoundSurnameIsRedactedWhereverItRecursInAnyCase() {
    String text = "Dr Lagarde, hématologie.\nvu ce jour, lagarde propose R-CHOP. LAGARDE";
    assertEquals("NOM:lagarde@37 NOM:LAGARDE@61", recurrences(text, "NOM", "Lagarde"));
  }

  @Test
  void aGivenNameKeepsItsCategory() {
    String text = "Mme Kerbrat Maëlle. Maëlle est accompagnée.";
    assertEquals("PRENOM:Maëlle@20", recurrences(text, "PRENOM", "Maëlle"));
  }

  @Test
  void aNameThatIsACommonWordIsNotCarriedOver() {
    String text = "Mme Rose Kerbrat, lésion rose pâle.";
    assertEquals("", recurrences(text, "PRENOM", "Rose"));
  }

  @Test
  void placesAreNotCarriedOver() {
    String text = "Domicile : Plouha. Plouha est à 20 km.";
    assertEquals("", recurrences(text, "VILLE", "Plouha"));
  }

  @Test
  void anEponymAfterItsCueIsNotCarriedOver() {
    String text = "Dr Hodgkin Ravenel. Antécédent de maladie de Hodgkin.";
    assertEquals("", recurrences(text, "NOM", "Hodgkin"));
  }

  @Test
  void nothingFoundGivesNothing() {
    assertEquals("", recurrences("Texte sans nom.", "NOM"));
  }
}

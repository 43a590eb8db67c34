package org.onconlp.extract.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events on literal French, written {@code [text] type key=value ...}, joined by " | ". */
class EventFinderTest {
  private static EventFinder finder;

  @BeforeAll
  static void load() {
    finder = new EventFinder();
  }

  private static String find(String text) {
    return finder.find(text).stream()
        .map(m -> "[" + text.substring(m.begin(), m.end()) + "] " + m)
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "OMS 1.#[OMS 1] performance_status scale=ECOG value=1",
        "PS 0#[PS 0] performance_status scale=ECOG value=0",
        "PS = 2#[PS = 2] performance_status scale=ECOG value=2",
        "ECOG 3#[ECOG 3] performance_status scale=ECOG value=3",
        "état général OMS 4#[état général OMS 4] performance_status scale=ECOG value=4",
        "PS1#[PS1] performance_status scale=ECOG value=1",
        "Karnofsky 70 %#[Karnofsky 70 %] performance_status scale=KARNOFSKY value=70",
        "IK à 80%#[IK à 80%] performance_status scale=KARNOFSKY value=80",
      })
  void performanceStatus(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void outOfScaleValuesAreNoPerformanceStatus() {
    assertEquals("", find("PS 7, Karnofsky 75, OMS"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "TDM : réponse partielle.#[réponse partielle] response response=partial",
        "réponse complète métabolique#[réponse complète métabolique] response response=complete",
        "rémission complète le 25/08/2020#[rémission complète] response response=complete"
            + " date=2020-08-25",
        "stabilité selon RECIST 1.1#[stabilité] response response=stable",
        "progression biologique et radiologique#[progression biologique et radiologique]"
            + " response response=progression",
        "rechute biologique#[rechute biologique] response response=relapse",
        "Récidive biochimique#[Récidive biochimique] response response=recurrence",
        "réponse partielle (18/08/2023)#[réponse partielle] response response=partial"
            + " date=2023-08-18",
      })
  void responses(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void riskScoresAndSurvivalAreNoEvents() {
    assertEquals("", find("score de récidive bas, survie sans progression, risque de rechute"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "métastases hépatiques multiples#[métastases hépatiques] metastasis site=C22",
        "métastase cérébrale unique#[métastase cérébrale] metastasis site=C71",
        "métastases osseuses#[métastases osseuses] metastasis site=C41",
        "carcinose péritonéale#[carcinose péritonéale] metastasis site=C48",
        "localisation cérébrale#[localisation cérébrale] metastasis site=C71",
        "lésions surrénaliennes bilatérales#[lésions surrénaliennes] metastasis site=C74",
        "pas de métastase à distance#[métastase à distance] metastasis",
        "récidive péritonéale#[récidive péritonéale] metastasis site=C48",
        "nouvelle lésion#[nouvelle lésion] metastasis",
      })
  void metastases(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void knownLesionsAndBareLocalisationsAreNoNewMetastasis() {
    assertEquals("", find("réponse des lésions hépatiques".replace("réponse ", "")
        + ", radiothérapie de la lésion cérébrale, localisation du nodule"));
  }

  @Test
  void deathWithItsDate() {
    assertEquals(
        "[décédée le 21/05/2020] death date=2020-05-21 | [décès] death",
        find("Patiente décédée le 21/05/2020. Annonce du décès."));
  }

  @Test
  void garbageDoesNotThrow() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append("PS OMS : ( le métastases décédée le 12/ ");
    }
    assertDoesNotThrow(() -> finder.find(sb.toString()));
    assertEquals("", find(""));
  }
}

package org.onconlp.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Treatment names and attributes on literal French, as compact strings. */
class TreatmentFinderTest {
  static TreatmentFinder finder;

  @BeforeAll
  static void load() {
    finder = new TreatmentFinder(new TreatmentLexicon());
  }

  static String find(String text) {
    return finder.find(text).stream()
        .map(m -> text.substring(m.begin(), m.end()) + " => " + m)
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Traitement par Herceptin depuis le 12/03/2021.#",
    "Patiente sous Tagrisso en 2e ligne.#",
    "Keytruda proposé en première ligne métastatique.#",
    "Chimiothérapie par carboplatine + pémétrexed, C3J1 le 04/05/2022.#",
    "carboplatine-pémétrexed puis maintenance par pémétrexed#",
    "Arrêt du FOLFOX pour toxicité neurologique.#",
    "Mastectomie totale gauche le 12/01/2020 puis radiothérapie adjuvante 50 Gy en 25 fractions.#",
    "pas d'indication de chimiothérapie adjuvante#",
    "une immunothérapie pourra être discutée#",
    "Protocole R-CHOP 6 cures du 01/02/2019 au 15/06/2019.#",
    "EC puis taxol hebdomadaire; 5FU et cis-navelbine.#",
    "VRd puis autogreffe puis entretien par lénalidomide; DaraVRd en L2.#",
    "marges de résection saines. Service de chirurgie.#",
    "CAR-T cells en 3e ligne. Xeloda 2 cp.#",
  })
  void show(String text, String expected) {
    System.out.println(text + "\n   " + find(text));
  }
}

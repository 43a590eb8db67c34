package org.onconlp.extract.treatment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Treatments on literal French: each found treatment is written {@code [text] agent/category
 * key=value ...} (see {@link TreatmentMention#toString()}), joined with {@code " | "}.
 */
class TreatmentFinderTest {
  private static TreatmentLexicon lexicon;
  private static TreatmentFinder finder;

  @BeforeAll
  static void load() {
    lexicon = new TreatmentLexicon();
    finder = new TreatmentFinder(lexicon);
  }

  private static String find(TreatmentFinder f, String text) {
    return f.find(text).stream()
        .map(m -> "[" + text.substring(m.begin(), m.end()) + "] " + m)
        .collect(Collectors.joining(" | "));
  }

  private static String find(String text) {
    return find(finder, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Herceptin#[Herceptin] trastuzumab/targeted atc=L01FD01 status=unknown",
        "Tagrisso#[Tagrisso] osimertinib/targeted atc=L01EB04 status=unknown",
        "Keytruda#[Keytruda] pembrolizumab/immunotherapy atc=L01FF02 status=unknown",
        "Taxol#[Taxol] paclitaxel/chemotherapy atc=L01CD01 status=unknown",
        "Xeloda#[Xeloda] capecitabine/chemotherapy atc=L01BC06 status=unknown",
        "carbo#[carbo] carboplatin/chemotherapy atc=L01XA02 status=unknown",
        "5FU#[5FU] fluorouracil/chemotherapy atc=L01BC02 status=unknown",
        "5-FU#[5-FU] fluorouracil/chemotherapy atc=L01BC02 status=unknown",
        "G-CSF#[G-CSF] filgrastim/supportive atc=L03AA02 status=unknown",
        "ondansétron#[ondansétron] ondansetron/supportive atc=A04AA01 status=unknown",
        "acide zolédronique#[acide zolédronique] zoledronic acid/supportive atc=M05BA08 status=unknown",
        "Xgeva#[Xgeva] denosumab/supportive atc=M05BX04 status=unknown",
        "létrozole#[létrozole] letrozole/hormonotherapy atc=L02BG04 status=unknown",
        "T-DM1#[T-DM1] trastuzumab emtansine/targeted atc=L01FD03 status=unknown",
      })
  void drugNamesBrandsAndDictationVariantsGiveTheInnAndAtc(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "FOLFOX#FOLFOX/chemotherapy components=calcium folinate+fluorouracil+oxaliplatin",
        "R-CHOP#R-CHOP/chemotherapy components=rituximab+cyclophosphamide+doxorubicin"
            + "+vincristine+prednisone",
        "XELOX#CAPOX/chemotherapy components=capecitabine+oxaliplatin",
        "VRd#VRD/chemotherapy components=bortezomib+lenalidomide+dexamethasone",
        "KRd#KRD/chemotherapy components=carfilzomib+lenalidomide+dexamethasone",
        "DaraVRd#DARA-VRD/chemotherapy components=daratumumab+bortezomib+lenalidomide"
            + "+dexamethasone",
        "ABVD#ABVD/chemotherapy components=doxorubicin+bleomycin+vinblastine+dacarbazine",
        "FEC 100#FEC/chemotherapy components=fluorouracil+epirubicin+cyclophosphamide",
      })
  void namedRegimensCarryTheirComponents(String text, String expected) {
    assertEquals(
        expected,
        finder.find(text).get(0).toString().replace(" status=unknown", ""));
  }

  @Test
  void shortRegimenNamesMatchOnlyAsWritten() {
    assertEquals("", find("Le tc est normal, ec."));
    assertEquals("[EC] EC/chemotherapy components=epirubicin+cyclophosphamide status=unknown",
        find("EC"));
  }

  @Test
  void gluedCytotoxicsAreOneCombination() {
    assertEquals(
        "[carboplatine-pémétrexed] carboplatin-pemetrexed/chemotherapy"
            + " components=carboplatin+pemetrexed status=planned",
        find("Proposition de carboplatine-pémétrexed."));
  }

  @Test
  void drugsWrittenWithPlusAreReportedOneByOneWithSharedAttributes() {
    assertEquals(
        "[carboplatine] carboplatin/chemotherapy atc=L01XA02 status=ongoing start=2022-05-04"
            + " | [pémétrexed] pemetrexed/chemotherapy atc=L01BA04 status=ongoing"
            + " start=2022-05-04",
        find("carboplatine AUC5 + pémétrexed : C3J1 le 04/05/2022."));
  }

  @Test
  void unsplitFinderGivesOneTreatmentWithComponents() {
    TreatmentFinder unsplit = new TreatmentFinder(lexicon, false, false);
    assertEquals(
        "[carboplatine + pémétrexed] carboplatin-pemetrexed/chemotherapy"
            + " components=carboplatin+pemetrexed status=unknown",
        find(unsplit, "carboplatine + pémétrexed"));
  }

  @Test
  void comboOnlyAbbreviationNeedsACombination() {
    assertEquals("", find("Pas de CIS associé, cis."));
    assertEquals(
        "[cis-navelbine] cisplatin-vinorelbine/chemotherapy components=cisplatin+vinorelbine"
            + " status=unknown",
        find("cis-navelbine"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Mastectomie totale gauche.#[Mastectomie totale] mastectomie/surgery status=completed",
        "Tumorectomie du sein droit.#[Tumorectomie] tumorectomie/surgery status=completed",
        "lobectomie inférieure droite#[lobectomie] lobectomie/surgery status=completed",
        "Colectomie segmentaire.#[Colectomie segmentaire] colectomie/surgery status=completed",
        "prostatectomie radicale#[prostatectomie radicale] prostatectomie/surgery"
            + " status=completed",
        "curage axillaire#[curage axillaire] curage axillaire/surgery status=completed",
        "curage ilio-obturateur#[curage ilio-obturateur] curage ganglionnaire/surgery"
            + " status=completed",
        "exérèse large#[exérèse large] exerese/surgery status=completed",
        "autogreffe de cellules souches#[autogreffe de cellules souches] autogreffe/transplant"
            + " status=unknown",
        "allogreffe#[allogreffe] allogreffe/transplant status=unknown",
        "CAR-T cells#[CAR-T cells] car-t/cell_therapy status=unknown",
        "Kymriah#[Kymriah] tisagenlecleucel/cell_therapy atc=L01XL04 status=unknown",
      })
  void proceduresTransplantsAndCellTherapies(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void radiotherapyDoseAndFractions() {
    assertEquals(
        "[radiothérapie adjuvante] radiotherapie/radiotherapy status=unknown setting=adjuvant"
            + " dose=50.0 fractions=25",
        find("radiothérapie adjuvante 50 Gy en 25 fractions"));
  }

  @Test
  void marginsAndSpecialtiesAreNoTreatment() {
    assertEquals("", find("Marges de résection saines. Service de chirurgie. Chirurgie thoracique."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Une chimiothérapie par FOLFOX sera débutée.#planned",
        "Proposition de radiothérapie.#planned",
        "Indication de radiothérapie.#planned",
        "FOLFIRI en cours.#ongoing",
        "FOLFIRI C3J1 ce jour.#ongoing",
        "Patient sous osimertinib depuis 6 mois.#ongoing",
        "A reçu 6 cures de FOLFOX.#completed",
        "Traitement néoadjuvant terminé le 12/06/2023 : EC puis taxol.#completed",
        "Arrêt du FOLFOX.#stopped",
        "Sous Keytruda depuis 6 mois, arrêté après C9.#stopped",
      })
  void statusFromItsCue(String text, String status) {
    assertEquals(status, finder.find(text).get(finder.find(text).size() - 1).status());
  }

  @Test
  void decisionHeadingPlansEveryStepOfTheSentence() {
    assertEquals(
        "planned planned planned",
        finder.find("Décision : EC x 4 puis paclitaxel, puis chirurgie.").stream()
            .map(TreatmentMention::status)
            .collect(Collectors.joining(" ")));
  }

  @Test
  void stopReasonToxicityAndProgression() {
    assertEquals(
        "toxicity progression",
        finder.find("Arrêt du FOLFOX pour toxicité.").get(0).stopReason()
            + " "
            + finder.find("Enzalutamide arrêté pour progression.").get(0).stopReason());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "FOLFIRI en 2e ligne.#2",
        "Deuxième ligne par FOLFIRI.#2",
        "FOLFIRI en L2.#2",
        "Osimertinib en 1re ligne.#1",
        "olaparib en troisième ligne#3",
        "FOLFIRI ligne 2#2",
      })
  void lineOfTherapy(String text, int line) {
    assertEquals(line, finder.find(text).get(0).line());
  }

  @Test
  void vertebraIsNotALine() {
    assertEquals(0, finder.find("Radiothérapie, métastase osseuse L2.").get(0).line());
  }

  @Test
  void firstLineMetastaticSettingIsRead() {
    assertEquals(
        "[osimertinib] osimertinib/targeted atc=L01EB04 line=1 status=planned setting=metastatic",
        find("Décision : osimertinib en 1re ligne métastatique."));
  }

  @Test
  void firstLineIsInferredInAMetastaticReportWithoutWrittenLine() {
    assertEquals(
        "1 metastatic",
        finder.find("ADK pT3N1bM1a.\nFOLFIRI - C6J1.").get(0).line()
            + " "
            + finder.find("ADK pT3N1bM1a.\nFOLFIRI - C6J1.").get(0).setting());
  }

  @Test
  void earlierTreatmentGetsTheLineBeforeTheWrittenOne() {
    assertEquals(
        "KRD:2 VRD:1",
        finder.find("Myélome. Proposition : 2e ligne par KRd ; VRd antérieur.").stream()
            .map(m -> m.agent() + ":" + m.line())
            .collect(Collectors.joining(" ")));
  }

  private static String agentLineSetting(String text) {
    return finder.find(text).stream()
        .map(m -> m.agent() + ":" + m.line() + ":" + m.setting())
        .collect(Collectors.joining(" "));
  }

  @Test
  void writtenLineInAMetastaticSolidTumourIsMetastatic() {
    assertEquals(
        "pembrolizumab:1:metastatic",
        agentLineSetting("Carcinome épidermoïde cT3N3M1c. Décision : pembrolizumab en première ligne."));
  }

  @Test
  void secondLineWrittenWithoutDiseaseWordMakesTheEarlierTreatmentFirstLineMetastatic() {
    assertEquals(
        "osimertinib:1:metastatic chimiotherapie:2:metastatic carboplatin-pemetrexed:2:metastatic",
        agentLineSetting(
            "Arrêt de l'osimertinib. Début en 2e ligne d'une chimiothérapie par"
                + " carboplatine-pemetrexed."));
  }

  @Test
  void lineAndStatusBeforeAColonReachTheWholeList() {
    assertEquals(
        "[R-GemOx] R-GEMOX/chemotherapy line=2 status=planned",
        find(
                "LBDGC réfractaire. Proposition en 2e ligne : CAR-T cells (axicabtagene ciloleucel), bridging par"
                    + " R-GemOx.")
            .replaceAll(".*\\| ", "")
            .replaceAll(" components=\\S+", "")
            .replaceAll(" atc=\\S+", ""));
  }

  @Test
  void pluralSettingAfterAListQualifiesEveryTreatment() {
    assertEquals(
        "trastuzumab:0:adjuvant pertuzumab:0:adjuvant",
        agentLineSetting("Trastuzumab et pertuzumab adjuvants."));
  }

  @Test
  void singularSettingAfterAListQualifiesOnlyTheLastTreatment() {
    assertEquals(
        "trastuzumab:0:null pertuzumab:0:adjuvant",
        agentLineSetting("Trastuzumab et pertuzumab adjuvant."));
  }

  @Test
  void systemicTreatmentAfterSurgeryIsAdjuvant() {
    assertEquals(
        "chirurgie:0:null FOLFOX:0:adjuvant",
        agentLineSetting("ADK colique pT3N1b traité par chirurgie puis FOLFOX."));
  }

  @Test
  void relayInALaterLineIsPlanned() {
    assertEquals(
        "[nilotinib] nilotinib/targeted atc=L01EA03 line=2 status=planned",
        find("LMC. Relais en 2e ligne par nilotinib 300 mg x 2/j.")
            .replaceAll(".*\\| ", ""));
  }

  @Test
  void treatmentSomeMonthsAgoIsCompleted() {
    assertEquals(
        "completed",
        finder.find("ADK pT3N1bM1a, en rechute 18 mois après FOLFOX adjuvant.").get(0).status());
  }

  @Test
  void figoStageFourIsAMetastaticContext() {
    assertEquals(
        "carboplatin-paclitaxel:1:metastatic olaparib:1:maintenance",
        agentLineSetting(
            "Adénocarcinome séreux de l'ovaire, FIGO IVA.\nProposition : carboplatine-paclitaxel"
                + " 6 cycles puis olaparib en maintenance."));
  }

  @Test
  void haematologyConsultationInfersTheFirstLineWithoutMetastaticSetting() {
    assertEquals(
        "R-CHOP:1:null",
        agentLineSetting("CONSULTATION D'HEMATOLOGIE\nR-CHOP 6 cures terminées."));
  }

  @Test
  void stopBeforeAnotherDrugDoesNotOverrideItsNearerStatus() {
    assertEquals(
        "carboplatin:stopped paclitaxel:ongoing",
        finder.find("Carboplatine arrêté à S8 pour thrombopénie grade 3, paclitaxel poursuivi.")
            .stream()
            .map(m -> m.agent() + ":" + m.status())
            .collect(Collectors.joining(" ")));
  }

  @Test
  void salvageRadiotherapyIsCurative() {
    assertEquals(
        "curative",
        finder.find("Proposition : radiothérapie de rattrapage de la loge 66 Gy en 33 fractions.")
            .get(0)
            .setting());
  }

  @Test
  void settingsAreRead() {
    assertEquals(
        "neoadjuvant adjuvant maintenance palliative",
        String.join(
            " ",
            finder.find("chimiothérapie néoadjuvante").get(0).setting(),
            finder.find("tamoxifène adjuvant").get(0).setting(),
            finder.find("entretien par lénalidomide").get(0).setting(),
            finder.find("radiothérapie à visée palliative").get(0).setting()));
  }

  @Test
  void startAndEndDates() {
    assertEquals(
        "[R-CHOP] R-CHOP/chemotherapy components=rituximab+cyclophosphamide+doxorubicin"
            + "+vincristine+prednisone status=completed start=2019-02-01 end=2019-06-15",
        find("R-CHOP du 01/02/2019 au 15/06/2019."));
  }

  @Test
  void maskedDateGivesNoDate() {
    assertEquals(null, finder.find("Herceptin débuté le [DATE].").get(0).startDate());
  }

  @Test
  void dateBelongsToTheNearestTreatmentOnly() {
    assertEquals(
        "2020-01-12 null",
        finder.find("Mastectomie le 12/01/2020 puis radiothérapie.").get(0).startDate()
            + " "
            + finder.find("Mastectomie le 12/01/2020 puis radiothérapie.").get(1).startDate());
  }

  @Test
  void garbageDoesNotThrow() {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append((char) (random.nextInt(0x2FF) + 1));
      if (i % 7 == 0) {
        sb.append(" FOLFOX + ligne 2e C3J1 le 12/ Gy ");
      }
    }
    assertDoesNotThrow(() -> finder.find(sb.toString()));
    assertEquals("", find(""));
  }
}

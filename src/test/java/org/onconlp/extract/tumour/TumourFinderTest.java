package org.onconlp.extract.tumour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onconlp.text.ClinicalSentenceSplitter;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.TextNormaliser;

class TumourFinderTest {
  private static final TumourFinder FINDER = new TumourFinder();
  private static final TumourFinder WITH_METASTASES =
      new TumourFinder(new TumourLexicon(), new AdicapDecoder(), true);
  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  /** "span: values" for each tumour, joined by " | ". Sentences are the text's lines. */
  static String find(String text) {
    return find(FINDER, text);
  }

  static String find(TumourFinder finder, String text) {
    List<TumourFinder.Tok> tokens = new ArrayList<>();
    TOKENIZER.tokenize(text, (b, e) -> tokens.add(new TumourFinder.Tok(b, e, NORMALISER.fold(text, b, e))));
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        sentences.add(new int[] {start, i});
        start = i + 1;
      }
    }
    List<int[]> conclusions = new ArrayList<>();
    int c = text.indexOf("Conclusion");
    if (c >= 0) {
      conclusions.add(new int[] {c, text.length()});
    }
    return finder.find(text, tokens, sentences, conclusions).stream()
        .map(m -> text.substring(m.begin(), m.end()) + ": " + m.describe())
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "Carcinome canalaire infiltrant du sein gauche.; Carcinome canalaire infiltrant: 8500/3 C50 left",
    "carcinome infiltrant de type non spécifique; carcinome infiltrant de type non spécifique: 8500/3 C50",
    "CCI du sein droit; CCI: 8500/3 C50 right",
    "CLI du sein gauche; CLI: 8520/3 C50 left",
    "CCIS de bas grade; CCIS: 8500/2 C50 NUCLEAR=1",
    "carcinome lobulaire in situ; carcinome lobulaire in situ: 8520/2 C50",
    "carcinome epidermoide bronchique; carcinome epidermoide: 8070/3 C34",
    "carcinome épidermoïde du col utérin; carcinome épidermoïde: 8070/3 C53",
    "carcinome à petites cellules; carcinome à petites cellules: 8041/3",
    "ADK colique; ADK colique: 8140/3 C18",
    "adénocarcinome prostatique; adénocarcinome prostatique: 8140/3 C61",
    "mélanome nodulaire du dos; mélanome nodulaire: 8721/3 C44.5",
    "lymphome B diffus à grandes cellules; lymphome B diffus à grandes cellules: 9680/3 C77",
    "myélome multiple; myélome multiple: 9732/3 C42.1",
    "carcinome séreux de haut grade de l'ovaire droit; carcinome séreux de haut grade: 8461/3 C56 right WHO=high",
    "K du sein; K du sein: 8000/3 C50",
    "néo pulmonaire; néo pulmonaire: 8000/3 C34",
    "cancer du sein; cancer du sein: 8000/3 C50",
    "adénome tubuleux en dysplasie de bas grade; adénome tubuleux: 8211/0",
    "fibroadénome du sein; fibroadénome: 9010/0 C50",
    "carcinome canalaire infiltrant du quadrant supéro-externe du sein gauche; carcinome canalaire infiltrant: 8500/3 C50.4 left",
    "Sein gauche, QSE : carcinome lobulaire infiltrant; carcinome lobulaire infiltrant: 8520/3 C50.4 left",
    "adénocarcinome du lobe supérieur droit; adénocarcinome: 8140/3 C34.1 right",
    "adénocarcinome du côlon sigmoïde; adénocarcinome: 8140/3 C18.7",
    "carcinomes canalaires infiltrants bilatéraux des seins; carcinomes canalaires infiltrants: 8500/3 C50",
  })
  void codesTumourTerms(String text, String expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void adenocarcinomaSpanTakesTheDifferentiationAsGrade() {
    assertEquals("adénocarcinome lieberkühnien moyennement différencié: 8140/3 C18 DIFFERENTIATION=moderately",
        find("adénocarcinome lieberkühnien moyennement différencié"));
  }

  @Test
  void liverMetastasisOfAColonicAdenocarcinomaIsCodedInTheLiverWithItsPrimary() {
    assertEquals("métastase hépatique: 8140/6 C22 primary=C18 | ADK colique: 8140/3 C18",
        find("métastase hépatique d'un ADK colique"));
  }

  @Test
  void secondaryLesionIsMetastatic() {
    assertEquals("lésion secondaire: 8000/6", find(WITH_METASTASES, "lésion secondaire"));
  }

  @Test
  void metastasisWithoutPrimaryIsLeftToEventsByDefault() {
    assertEquals("", find("métastases osseuses et lésion secondaire hépatique"));
  }

  @Test
  void boneMetastasesAreCodedInTheBone() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 left | métastases osseuses: 8000/6 C41",
        find(WITH_METASTASES, "carcinome canalaire infiltrant du sein gauche\nmétastases osseuses"));
  }

  @Test
  void siteLessTumourTakesTheDocumentSiteAndLaterality() {
    assertEquals("adénocarcinome: 8140/3 C34 right | adénocarcinome: 8140/3 C34 right",
        find("Biopsie : adénocarcinome du poumon droit\nConclusion : adénocarcinome"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "carcinome canalaire infiltrant, SBR II; SBR=2",
    "carcinome canalaire infiltrant de grade 2 (3+2+1); SBR=2",
    "carcinome canalaire infiltrant, grade III de Elston et Ellis; SBR=3",
    "carcinome canalaire infiltrant, grade histopronostique de SBR modifié par Elston et Ellis : II; SBR=2",
    "carcinome rénal à cellules claires, grade ISUP 3; ISUP=3",
    "carcinome rénal à cellules claires, grade 2 de Fuhrman; FUHRMAN=2",
    "liposarcome dédifférencié, grade 3 de la FNCLCC; FNCLCC=3",
    "astrocytome, grade OMS 2; WHO=2",
    "adénocarcinome bien différencié; DIFFERENTIATION=well",
    "adénocarcinome peu différencié; DIFFERENTIATION=poorly",
  })
  void attachesGrades(String text, String grade) {
    String found = find(text);
    assertEquals(grade, found.substring(found.lastIndexOf(' ') + 1));
  }

  @Test
  void toxicityGradeIsNoTumourGrade() {
    assertEquals("cancer du sein: 8000/3 C50",
        find("Suivi de son cancer du sein HER2+.\nNeuropathie grade 1. Mucite de grade 2."));
  }

  @Test
  void whoPerformanceStatusIsNoTumourGrade() {
    assertEquals("ADK pulmonaire: 8140/3 C34", find("ADK pulmonaire EGFR muté. OMS 1."));
  }

  @Test
  void gradeAfterTheTumourStillCountsWhenAToxicityIsNamedEarlier() {
    assertEquals("CCI: 8500/3 C50 SBR=2",
        find("Pas de neuropathie. CCI grade 2, RH+"));
  }

  @Test
  void gradeWithoutSystemIsSbrInTheBreast() {
    assertEquals("CCI: 8500/3 C50 SBR=1", find("CCI grade 1, RH+"));
  }

  @Test
  void highGradeInSituCarcinomaHasANuclearGrade() {
    assertEquals("carcinome canalaire in situ: 8500/2 C50 NUCLEAR=3",
        find("carcinome canalaire in situ de haut grade nucléaire"));
  }

  @Test
  void documentSubsiteAndLateralityReachEveryTumourOfTheOrgan() {
    assertEquals("carcinome intracanalaire: 8500/2 C50.2 right | CCI: 8500/3 C50.2 right",
        find("Nodule du quadrant supéro-interne du sein droit.\nFoyers de carcinome intracanalaire.\nConclusion : CCI."));
  }

  @Test
  void gradeIsSharedByTumoursOfTheSameType() {
    assertEquals("CCI: 8500/3 C50 SBR=2 | CCI: 8500/3 C50 SBR=2", find("CCI du sein.\nCCI grade SBR 2."));
  }

  @Test
  void familyTumourKeepsItsBareSite() {
    assertEquals("cancer du sein: 8000/3 C50 | CCI: 8500/3 C50.2 right",
        find("Mère : cancer du sein.\nConclusion : CCI du QSI droit."));
  }

  @Test
  void pastMelanomaUnderAHistoryHeadingKeepsItsBareSite() {
    assertEquals("mélanome: 8720/3 C44", find("ATCD :\nmélanome du dos opéré en 2012."));
  }

  @Test
  void nounSiteStaysOutsideTheSpan() {
    assertEquals("CLI: 8520/3 C50.4 right", find("Indication : CLI QSE droit"));
  }

  @Test
  void pluralCancersIsNotATumour() {
    assertEquals("", find("Laboratoire de génétique moléculaire des cancers"));
  }

  @Test
  void upperCaseAcronymsDoNotMatchCommonWords() {
    assertEquals("MM: 9732/3 C42.1", find("MM en rechute, lésion de 12 mm"));
  }

  @Test
  void orphanGradeInTheConclusionGoesToTheConclusionTumour() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 SBR=2",
        find("Conclusion : carcinome canalaire infiltrant.\nGrade SBR 2."));
  }

  @Test
  void formalGradeReplacesDifferentiation() {
    assertEquals("adénocarcinome moyennement différencié: 8140/3 SBR=2",
        find("adénocarcinome moyennement différencié, SBR 2"));
  }

  @Test
  void adicapCodeIsAttachedToTheTumourOfItsSentence() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 adicap=BHGSA7B2",
        find("carcinome canalaire infiltrant (ADICAP BHGSA7B2)"));
  }

  @Test
  void adicapCodeOnItsOwnLineCodesTheNearbyTumour() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 adicap=HHGSA7B2",
        find("Conclusion : carcinome canalaire infiltrant.\nCodage ADICAP : HHGSA7B2"));
  }

  @Test
  void adicapCodeWithoutBehaviourStillCodesItsTumour() {
    assertEquals("métastase hépatique: 8140/6 C22 adicap=HHFFAMA0 primary=C18 | ADK colique: 8140/3 C18",
        find("Biopsie hépatique (HHFFAMA0) : métastase hépatique d'un ADK colique."));
  }

  @Test
  void adicapCodeAloneBecomesATumour() {
    assertEquals("BHGSA7B2: 8500/3 C50 adicap=BHGSA7B2", find("Codage : BHGSA7B2"));
  }

  @Test
  void inSituAdicapKeepsItsBehaviour() {
    assertEquals("BHGSA5B2: 8500/2 C50 adicap=BHGSA5B2", find("BHGSA5B2"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Centre régional de lutte contre le cancer",
    "vitamine k du sein",
    "néo-adjuvant",
    "GANGLION sentinelle",
    "Patient suivi en consultation.",
    "",
  })
  void ignoresNonTumours(String text) {
    assertEquals("", find(text));
  }

  @Test
  void garbageDoesNotThrow() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      s.append((char) (32 + (i * 7919) % 95));
    }
    find(s.toString());
    find("métastase ".repeat(3000));
    find("d'un ".repeat(3000) + "K");
  }

  @Test
  void ruledOutTumourTakesTheDocumentLaterality() {
    assertEquals("carcinome infiltrant: 8010/3 C50 right",
        find("Microbiopsies du sein droit.\nAbsence de carcinome infiltrant."));
  }

  @Test
  void ruledOutTumourTakesNoSubsite() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50.2 right"
        + " | carcinome lobulaire in situ: 8520/2 C50 right",
        find("Sein droit, QSI : carcinome canalaire infiltrant.\n"
            + "Pas de carcinome lobulaire in situ associé."));
  }

  @Test
  void ruledOutTumourDoesNotTakeTheDocumentGrade() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 SBR=2"
        + " | carcinome canalaire infiltrant: 8500/3 C50",
        find("carcinome canalaire infiltrant, grade SBR 2.\n"
            + "Pas de carcinome canalaire infiltrant résiduel."));
  }

  @Test
  void negationAfterTheTumourDoesNotRuleItOut() {
    assertEquals("mélanome à extension superficielle: 8743/3 C44.7 right",
        find("Exérèse d'une lésion pigmentée du mollet droit.\n"
            + "MICROSCOPIE : mélanome à extension superficielle, pas d'emboles."));
  }

  @Test
  void mastectomyGivesTheBreastAndItsSide() {
    assertEquals("carcinome infiltrant résiduel: 8500/3 C50 left",
        find("Pièce de mastectomie totale gauche.\nAbsence de carcinome infiltrant résiduel."));
  }

  @Test
  void metastasisSiteBeforeIsNotThePrimarySite() {
    assertEquals("mélanome: 8720/3 C44",
        find("Rechute avec métastase cérébrale unique de mélanome stade IV."));
  }

  @Test
  void metastasisSiteAfterIsNotThePrimarySite() {
    assertEquals("adénocarcinome: 8140/3",
        find("adénocarcinome pT3N1bM1a, métastatique au foie."));
  }

  @Test
  void tumourBoardNameIsNotATumour() {
    assertEquals("", find("RCP HEMATOLOGIE - MYELOME"));
  }

  @Test
  void tumourBoardContentAfterAColonIsATumour() {
    assertEquals("ADK pulmonaire: 8140/3 C34", find("RCP du 12/03 : ADK pulmonaire"));
  }

  @Test
  void adicapCodeSkipsARuledOutTumour() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 adicap=HHGSA7B2"
        + " | carcinome lobulaire in situ: 8520/2 C50",
        find("Conclusion : carcinome canalaire infiltrant du sein.\nCodage ADICAP : HHGSA7B2\n"
            + "Pas de carcinome lobulaire in situ associé."));
  }

  @Test
  void genericCancerTakesTheDocumentsOnlyHistologyOfItsOrgan() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 left | cancer du sein: 8500/3 C50 left",
        find("Biopsie : carcinome canalaire infiltrant du sein gauche.\nSuite du traitement de son cancer du sein."));
  }

  @Test
  void genericCancerStaysGenericWhenTheOrganHasTwoHistologies() {
    assertEquals("carcinome canalaire infiltrant: 8500/3 C50 | carcinome lobulaire infiltrant: 8520/3 C50"
            + " | cancer du sein: 8000/3 C50",
        find("Sein : carcinome canalaire infiltrant.\nAutre foyer : carcinome lobulaire infiltrant.\n"
            + "Prise en charge du cancer du sein."));
  }

  @Test
  void genericCancerTakesNoHistologyFromAnotherOrgan() {
    assertEquals("ADK colique: 8140/3 C18 | néo pulmonaire: 8000/3 C34",
        find("ADK colique réséqué.\nNodule : néo pulmonaire probable."));
  }

  @Test
  void genericCancerTakesNoHistologyFromAMetastasis() {
    assertEquals("Métastase hépatique: 8140/6 C22 primary=C18 | ADK colique: 8140/3 C18 | cancer du foie: 8000/3 C22",
        find("Métastase hépatique d'un ADK colique.\nDiscussion d'un cancer du foie."));
  }

  @Test
  void relativesCancerGivesNoHistology() {
    assertEquals("carcinome lobulaire infiltrant: 8520/3 C50 | cancer du sein: 8000/3 C50",
        find("Mère : carcinome lobulaire infiltrant du sein.\nPatiente suivie pour un cancer du sein."));
  }

  @Test
  void relativesCancerGivesNoLaterality() {
    assertEquals("cancer du sein: 8000/3 C50 right | CCI: 8500/3 C50",
        find("Antécédent familial : sœur, cancer du sein droit.\nConclusion : CCI du sein."));
  }
}

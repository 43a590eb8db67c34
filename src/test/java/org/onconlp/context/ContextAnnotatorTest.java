package org.onconlp.context;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onconlp.types.Biomarker;
import org.onconlp.types.ContextCue;
import org.onconlp.types.Mention;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;
import org.onconlp.types.Treatment;
import org.onconlp.types.Tumour;
import org.onconlp.types.Views;

/**
 * ConText on literal French sentences. A mention is written in brackets, {@code [carcinome]}
 * (a plain Mention), {@code [T:carcinome]} (Tumour), {@code [B:HER2]} (Biomarker) or
 * {@code [R:chimiothérapie]} (Treatment); the expected result lists each mention's flags in
 * order, {@code -} when none, separated by {@code " | "}.
 */
class ContextAnnotatorTest {
  private static AnalysisEngine engine;
  private static JCas shared;

  @BeforeAll
  static void createEngine() throws ResourceInitializationException {
    engine = AnalysisEngineFactory.createEngine(ContextAnnotator.description());
    shared = engine.newJCas();
  }

  static Stream<Arguments> forwardNegation() {
    return Stream.of(
        Arguments.of("Pas de [carcinome] infiltrant.", "negated"),
        Arguments.of("Absence de [métastase] hépatique.", "negated"),
        Arguments.of("ABSENCE D'[EMBOLE] VASCULAIRE", "negated"),
        Arguments.of("Exérèse sans [carcinome] résiduel.", "negated"),
        Arguments.of("Aucune [adénopathie] suspecte.", "negated"),
        Arguments.of("Négatif pour [malignité].", "negated"),
        Arguments.of("Patiente indemne de [récidive] à 5 ans.", "negated"),
        Arguments.of("Exempt de [métastase] à distance.", "negated"),
        Arguments.of("Libre de toute [récidive].", "negated"),
        Arguments.of("Pas d'argument pour une [récidive] locale.", "negated"),
        Arguments.of("Absence d'argument en faveur d'une [lymphangite].", "negated"),
        Arguments.of("Pas de signe de [progression].", "negated"),
        Arguments.of("Disparition des [métastases] hépatiques.", "negated"),
        Arguments.of("Tumeur non [métastatique].", "negated"),
        Arguments.of("L'examen infirme le diagnostic de [lymphome].", "negated"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void forwardNegation(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> backwardNegation() {
    return Stream.of(
        Arguments.of("[Carcinome] invasif exclu.", "negated"),
        Arguments.of("[Métastase] : non", "negated"),
        Arguments.of("[Emboles vasculaires] absents.", "negated"),
        Arguments.of("[Lymphome] éliminé sur la biopsie.", "negated"),
        Arguments.of("Diagnostic de [sarcome] infirmé.", "negated"),
        Arguments.of("[Métastase] non retrouvée.", "negated"),
        Arguments.of("Une [métastase] n'est pas retrouvée.", "negated"),
        Arguments.of("Recherche de [carcinome] négative.", "negated"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void backwardNegation(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> discontinuousNegation() {
    return Stream.of(
        Arguments.of("On ne retrouve pas de [carcinome].", "negated"),
        Arguments.of("Il n'y a pas de [métastase] osseuse.", "negated"),
        Arguments.of("La patiente n'a jamais reçu de [R:chimiothérapie].", "negated"),
        Arguments.of("L'examen ne met pas en évidence de [métastase].", "negated"),
        Arguments.of("Le scanner ne montre aucune [lésion] secondaire.", "negated"),
        Arguments.of("Présence d'une [tumeur] plus volumineuse.", "-"),
        Arguments.of("Le bilan n'est que partiellement fait ; [carcinome] confirmé.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void discontinuousNegation(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> pseudoCues() {
    return Stream.of(
        Arguments.of("L'imagerie ne permet pas d'exclure une [récidive].", "hypothetical"),
        Arguments.of("Une [récidive] ne peut être exclue.", "hypothetical"),
        Arguments.of("On ne peut éliminer une [métastase].", "hypothetical"),
        Arguments.of("Une [lymphangite] n'est pas exclue.", "hypothetical"),
        Arguments.of("Il s'agit sans doute d'un [carcinome] lobulaire.", "-"),
        Arguments.of("Pas de changement de la [masse] pancréatique.", "-"),
        Arguments.of("Pas d'évolution de la [lésion] hépatique.", "-"),
        Arguments.of("Non seulement un [carcinome] mais aussi un lymphome.", "-"),
        Arguments.of("[Carcinome] triple négatif.", "-"),
        Arguments.of("[Ganglions] négatifs (0/12).", "-"),
        Arguments.of("Histoire de la maladie : [carcinome] du sein.", "-"),
        Arguments.of("Fermeture par fils de suture, [carcinome] réséqué.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void pseudoCues(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> hypothesis() {
    return Stream.of(
        Arguments.of("Suspicion de [carcinome] hépatocellulaire.", "hypothetical"),
        Arguments.of("Lésion suspecte de [malignité].", "hypothetical"),
        Arguments.of("Aspect évocateur d'un [lymphome].", "hypothetical"),
        Arguments.of("Image compatible avec une [métastase].", "hypothetical"),
        Arguments.of("Arguments en faveur d'une [récidive].", "hypothetical"),
        Arguments.of("[Carcinome] probable.", "hypothetical"),
        Arguments.of("Possible [envahissement] pleural.", "hypothetical"),
        Arguments.of("Une éventuelle [R:radiothérapie] sera discutée.", "hypothetical"),
        Arguments.of("[Métastase] hépatique à confirmer.", "hypothetical"),
        Arguments.of("[R:Chimiothérapie] adjuvante à discuter.", "hypothetical"),
        Arguments.of("Une [R:hormonothérapie] pourra être proposée.", "hypothetical"),
        Arguments.of("[Métastase] hépatique ?", "hypothetical"),
        Arguments.of("Si [récidive], reprise chirurgicale.", "hypothetical"),
        Arguments.of("Doute sur une [carcinose] péritonéale.", "hypothetical"),
        Arguments.of("[Lymphome] à éliminer.", "hypothetical"),
        Arguments.of("Hypothèse d'une [tumeur] neuroendocrine.", "hypothetical"),
        Arguments.of("Proposition de [R:chimiothérapie] adjuvante.", "-"),
        Arguments.of("Même si [carcinome] confirmé, pas de changement.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void hypothesis(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> family() {
    return Stream.of(
        Arguments.of("Sa mère a eu un [cancer du sein].", "family"),
        Arguments.of("[Cancer de l'ovaire] chez la sœur.", "family"),
        Arguments.of("[Cancer colique] chez sa grand-mère paternelle.", "family"),
        Arguments.of("Antécédents familiaux de [cancer du sein].", "family"),
        Arguments.of("Forme familiale de [cancer médullaire].", "family"),
        Arguments.of("Deux cas de [cancer de l'ovaire] dans la famille.", "family"),
        Arguments.of("Pas d'antécédent familial de [cancer].", "negated,family"),
        Arguments.of("Antécédent de [cancer du sein] chez la mère.", "family,historical"),
        Arguments.of(
            "Il n'y a pas d'antécédent de [cancer] dans la famille.", "negated,family,historical"),
        Arguments.of("Antécédents familiaux : néant\n[Carcinome] canalaire du sein droit.", "-"),
        Arguments.of("Antécédents familiaux : néant. [Carcinome] canalaire.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void family(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> history() {
    return Stream.of(
        Arguments.of("Antécédent de [cancer du sein] gauche.", "historical"),
        Arguments.of("ATCD : [lymphome] de Hodgkin.", "historical"),
        Arguments.of("Aux antécédents de [mélanome].", "historical"),
        Arguments.of("[Carcinome thyroïdien] dans ses antécédents.", "historical"),
        Arguments.of("Traitée en 2015 pour un [carcinome] mammaire.", "historical"),
        Arguments.of("[Cancer du col] traité en 2009.", "historical"),
        Arguments.of("[Cancer de la prostate] il y a 10 ans.", "historical"),
        Arguments.of("Ancien [carcinome] épidermoïde.", "historical"),
        Arguments.of("[Lymphome] en rémission complète.", "historical"),
        Arguments.of("[Cancer du testicule] guéri.", "historical"),
        Arguments.of("Pas d'antécédent de [cancer].", "negated,historical"),
        Arguments.of("En 2015, [carcinome] canalaire du sein gauche.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void history(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  static Stream<Arguments> scopeStops() {
    return Stream.of(
        Arguments.of("Pas de [métastase] hépatique mais [carcinose] péritonéale.", "negated | -"),
        Arguments.of("Absence de [métastase] ; [lymphangite] carcinomateuse.", "negated | -"),
        Arguments.of("Pas de [métastase]. [Carcinome] infiltrant.", "negated | -"),
        Arguments.of("Pas de [métastase]\n[Carcinome] infiltrant.", "negated | -"),
        Arguments.of("La patiente ne fume pas. [Carcinome] du sein.", "-"),
        Arguments.of("Pas de [métastase], cependant [nodule] pulmonaire.", "negated | -"),
        Arguments.of("Pas de [métastase] sauf [nodule] hépatique.", "negated | -"),
        Arguments.of("Pas d'adénopathie, par contre [masse] surrénalienne.", "-"),
        Arguments.of("Absence de [métastase], suspicion de [récidive].", "negated | hypothetical"),
        Arguments.of("Suspicion de [récidive] et pas de [métastase].", "hypothetical | negated"),
        Arguments.of("[Carcinome] canalaire, [emboles] absents.", "- | negated"),
        Arguments.of(
            "Pas de prise de contraste anormale au niveau des loges rénales ni du pelvis"
                + " en dehors d'un [nodule] surrénalien.",
            "-"),
        Arguments.of("Le [carcinome] n'est pas infiltrant.", "-"),
        Arguments.of("Carcinome de type non spécifique, [emboles] vasculaires présents.", "-"),
        Arguments.of("[Carcinome] de la recherche négative.", "-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void scopeStops(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  @Test
  void everyItemOfANegatedListIsNegated() {
    assertEquals(
        "negated | negated | negated",
        flags("Pas de [métastase hépatique], [pulmonaire] ni [osseuse]."));
  }

  static Stream<Arguments> biomarkerResults() {
    return Stream.of(
        Arguments.of("[B:HER2] négatif.", "-"),
        Arguments.of("[B:Récepteurs] négatifs.", "-"),
        Arguments.of("[B:RE] négatif, [B:RP] négatif.", "- | -"),
        Arguments.of("Absence de mutation [B:EGFR].", "-"),
        Arguments.of("Pas d'amplification [B:HER2].", "-"),
        Arguments.of("Négativité des [B:récepteurs hormonaux].", "-"),
        Arguments.of("[B:EGFR] non recherché.", "negated"),
        Arguments.of("Pas de recherche de [B:ALK].", "negated"),
        Arguments.of("[T:Carcinome canalaire], [B:HER2] négatif.", "- | -"),
        Arguments.of("[T:Carcinome] [B:RH] négatif.", "- | -"),
        Arguments.of("[T:Carcinome] triple négatif, pas de [R:chimiothérapie].", "- | negated"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void biomarkerResults(String marked, String expected) {
    assertEquals(expected, flags(marked));
  }

  @Test
  void cueWithinTheMentionDoesNotApplyToIt() {
    assertEquals("-", flags("[T:Carcinome canalaire non infiltrant] du sein."));
  }

  @Test
  void negationBeyondTheForwardWindowIsIgnored() {
    assertEquals(
        "-",
        flags("Absence de douleur thoracique chez cette patiente de soixante ans suivie depuis"
            + " trois années pour un [carcinome]."));
  }

  @Test
  void forwardWindowIsConfigurable() throws Exception {
    AnalysisEngine wide = AnalysisEngineFactory.createEngine(ContextAnnotator.description(30, 5));
    assertEquals(
        "negated",
        flags(wide, "Absence de douleur thoracique chez cette patiente de soixante ans suivie"
            + " depuis trois années pour un [carcinome].", false, null));
  }

  @Test
  void longSentenceKeepsLocalScopes() {
    assertEquals(
        "- | negated | hypothetical | historical",
        flags("Patiente de 62 ans suivie pour un [carcinome] du sein gauche opéré, sans"
            + " [envahissement] ganglionnaire, avec à l'imagerie un nodule hépatique évocateur"
            + " d'une [métastase] et des antécédents de [lymphome] traité par chimiothérapie."));
  }

  @Test
  void matchingIsCaseAndAccentInsensitive() {
    assertEquals(
        "negated | hypothetical", flags("ABSENCE DE [METASTASE]. EVOCATEUR D'UN [LYMPHOME]."));
  }

  @Test
  void sentenceAnnotationsBoundTheScope() {
    assertEquals(
        "negated | -",
        flags(engine, "Pas de [métastase]\n[carcinome] infiltrant", true, null));
  }

  @Test
  void sentenceAnnotationSpanningALineBreakKeepsTheScope() throws Exception {
    JCas jcas = cas("Pas de\n[carcinome] infiltrant");
    new Sentence(jcas, 0, jcas.getDocumentText().length()).addToIndexes();
    engine.process(jcas);
    assertEquals("negated", describe(jcas));
  }

  @Test
  void familySectionSetsFamily() {
    assertEquals(
        "family",
        flags(engine, "Mammographie : [cancer du sein] à 45 ans.", false, "antecedents_familiaux"));
  }

  @Test
  void historySectionSetsHistorical() {
    assertEquals("historical", flags(engine, "[Lymphome] de Hodgkin.", false, "antecedents"));
  }

  @Test
  void otherSectionsSetNothing() {
    assertEquals("-", flags(engine, "[Carcinome] canalaire infiltrant.", false, "conclusion"));
  }

  @Test
  void runsOnTheViewItIsMappedTo() throws Exception {
    AggregateBuilder builder = new AggregateBuilder();
    builder.add(ContextAnnotator.description(), CAS.NAME_DEFAULT_SOFA, Views.DEID);
    AnalysisEngine onDeid = builder.createAggregate();
    JCas jcas = onDeid.newJCas();
    jcas.setDocumentText("Pas de carcinome chez la patiente.");
    new Mention(jcas, 7, 16).addToIndexes();
    JCas deid = jcas.createView(Views.DEID);
    deid.setDocumentText("Pas de carcinome chez la patiente.");
    new Mention(deid, 7, 16).addToIndexes();
    onDeid.process(jcas);
    assertEquals("- / negated", describe(jcas) + " / " + describe(deid));
  }

  @Test
  void flagsAreOnlyRaisedNeverCleared() throws Exception {
    JCas jcas = cas("[Carcinome] infiltrant.");
    JCasUtil.select(jcas, Mention.class).forEach(m -> m.setHistorical(true));
    engine.process(jcas);
    assertEquals("historical", describe(jcas));
  }

  @Test
  void cuesAreWrittenWithKindAndDirection() throws Exception {
    JCas jcas = cas("Pas de [carcinome] ; [métastase] exclue, sans doute.");
    engine.process(jcas);
    String cues =
        JCasUtil.select(jcas, ContextCue.class).stream()
            .map(c -> c.getCoveredText() + "/" + c.getKind() + "/" + c.getDirection())
            .collect(Collectors.joining(" "));
    assertEquals(
        "Pas de/NEGATION/FORWARD ;/TERMINATION/BOTH exclue/NEGATION/BACKWARD"
            + " sans doute/PSEUDO/BOTH",
        cues);
  }

  @Test
  void cuesCanBeLeftUnwritten() throws Exception {
    AnalysisEngine quiet =
        AnalysisEngineFactory.createEngine(
            ContextAnnotator.class, ContextAnnotator.PARAM_WRITE_CUES, false);
    JCas jcas = cas("Pas de [carcinome].");
    quiet.process(jcas);
    assertEquals("negated", describe(jcas));
    assertEquals(0, JCasUtil.select(jcas, ContextCue.class).size());
  }

  @Test
  void missingCueFolderFailsAtInitialisation() {
    assertThrows(
        ResourceInitializationException.class,
        () -> AnalysisEngineFactory.createEngine(
            ContextAnnotator.class, ContextAnnotator.PARAM_CUE_LOCATION, "/nope/"));
  }

  @Test
  void descriptionNamesTheAnnotator() throws Exception {
    assertEquals(
        ContextAnnotator.class.getName(),
        ContextAnnotator.description().getAnnotatorImplementationName());
  }

  @Test
  void garbageNeverThrows() {
    Random random = new Random(42);
    List<String> inputs = new ArrayList<>(List.of("", " ", "\n\n", "?;:,.", "ne ne ne pas pas",
        "Ã©vocateur dâ€™un carcinome", "\uD83D\uDE00 pas de \uD800"));
    for (int n = 0; n < 50; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        sb.append((char) random.nextInt(0x3000));
      }
      inputs.add(sb.toString());
    }
    inputs.add("pas de carcinome ni métastase, ".repeat(20_000));
    for (String text : inputs) {
      assertDoesNotThrow(() -> {
        JCas jcas = shared;
        jcas.reset();
        jcas.setDocumentText(text);
        int step = Math.max(1, text.length() / 7);
        for (int b = 0; b + 3 <= text.length(); b += step) {
          new Tumour(jcas, b, b + 3).addToIndexes();
        }
        new Mention(jcas, 0, 0).addToIndexes();
        engine.process(jcas);
      }, () -> "input of length " + text.length());
    }
  }

  @Test
  void mentionOutsideTheTextDoesNotThrow() throws Exception {
    JCas jcas = shared;
    jcas.reset();
    jcas.setDocumentText("Pas de carcinome.");
    new Mention(jcas, 7, 16).addToIndexes();
    new Mention(jcas, 16, 7).addToIndexes();
    assertDoesNotThrow(() -> engine.process(jcas));
  }

  private static String flags(String marked) {
    return flags(engine, marked, false, null);
  }

  private static String flags(
      AnalysisEngine ae, String marked, boolean sentencePerLine, String sectionLabel) {
    try {
      JCas jcas = cas(marked);
      String text = jcas.getDocumentText();
      if (sentencePerLine) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
          if (i == text.length() || text.charAt(i) == '\n') {
            new Sentence(jcas, start, i).addToIndexes();
            start = i + 1;
          }
        }
      }
      if (sectionLabel != null) {
        Section section = new Section(jcas, 0, text.length());
        section.setLabel(sectionLabel);
        section.addToIndexes();
      }
      ae.process(jcas);
      return describe(jcas);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds a CAS from bracket-marked text, with one mention per bracket. */
  private static JCas cas(String marked) throws Exception {
    JCas jcas = shared;
    jcas.reset();
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Character> types = new ArrayList<>();
    int open = -1;
    char type = 'M';
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        type = 'M';
        if (i + 2 < marked.length() && marked.charAt(i + 2) == ':') {
          type = marked.charAt(i + 1);
          i += 2;
        }
        open = text.length();
      } else if (c == ']') {
        spans.add(new int[] {open, text.length()});
        types.add(type);
      } else {
        text.append(c);
      }
    }
    jcas.setDocumentText(text.toString());
    for (int k = 0; k < spans.size(); k++) {
      int b = spans.get(k)[0];
      int e = spans.get(k)[1];
      Mention m = switch (types.get(k)) {
        case 'T' -> new Tumour(jcas, b, e);
        case 'B' -> new Biomarker(jcas, b, e);
        case 'R' -> new Treatment(jcas, b, e);
        default -> new Mention(jcas, b, e);
      };
      m.addToIndexes();
    }
    return jcas;
  }

  private static String describe(JCas jcas) {
    return JCasUtil.select(jcas, Mention.class).stream()
        .map(m -> new ContextFlags(m.getNegated(), m.getHypothetical(), m.getFamily(),
            m.getHistorical()).toString())
        .collect(Collectors.joining(" | "));
  }
}

package org.onconlp.extract.treatment;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Treatment;

/**
 * Adds a {@link Treatment} for every drug, regimen, procedure, radiotherapy, transplant or cell
 * therapy found by {@link TreatmentFinder} in the view it runs on (the de-identified view in the
 * standard pipeline), with the contract's category, agent, ATC code, components, line, status,
 * setting, start and end dates, stop reason, dose and fractions; {@code component} is this
 * class's simple name. Context flags are left to the ContextAnnotator that runs after it.
 *
 * <p>Reads {@code Token} (norm), {@code Sentence} (attribute scope; fallback: lines and ". ") and
 * {@code Section} (label, for a default status), through {@link CasWords}.
 */
@TypeCapability(
    inputs = {
      "org.onconlp.types.Token",
      "org.onconlp.types.Sentence",
      "org.onconlp.types.Section"
    },
    outputs = {"org.onconlp.types.Treatment"})
public class TreatmentAnnotator extends JCasAnnotator_ImplBase {
  /** Classpath folder of the lexicon files (drugs.tsv, regimens.tsv, procedures.tsv, ...). */
  public static final String PARAM_LEXICON_LOCATION = "lexiconLocation";

  @ConfigurationParameter(
      name = PARAM_LEXICON_LOCATION,
      defaultValue = TreatmentLexicon.DEFAULT_LOCATION)
  private String lexiconLocation;

  /**
   * Whether each drug of a written combination ("carboplatine + pémétrexed") is a treatment of
   * its own (true, the annotation guidelines) or one treatment with components (false).
   */
  public static final String PARAM_SPLIT_COMBINATIONS = "splitCombinations";

  @ConfigurationParameter(name = PARAM_SPLIT_COMBINATIONS, defaultValue = "true")
  private boolean splitCombinations;

  /**
   * Whether systemic treatments of a report about a metastatic solid tumour or a haematological
   * malignancy, where no line is written at all, are line 1 (the onco corpus convention).
   */
  public static final String PARAM_INFER_FIRST_LINE = "inferFirstLine";

  @ConfigurationParameter(name = PARAM_INFER_FIRST_LINE, defaultValue = "true")
  private boolean inferFirstLine;

  private TreatmentFinder finder;

  /** Description with the default lexicon. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(TreatmentAnnotator.class);
  }

  /**
   * Description with the default lexicon.
   *
   * @param splitCombinations see {@link #PARAM_SPLIT_COMBINATIONS}
   */
  public static AnalysisEngineDescription description(boolean splitCombinations)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        TreatmentAnnotator.class, PARAM_SPLIT_COMBINATIONS, splitCombinations);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      String location = lexiconLocation.endsWith("/") ? lexiconLocation : lexiconLocation + "/";
      finder = new TreatmentFinder(new TreatmentLexicon(location), splitCombinations, inferFirstLine);
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    Words words = CasWords.of(jcas);
    if (words.size() == 0) {
      return;
    }
    for (TreatmentMention m : finder.find(words, CasWords.segments(jcas, words))) {
      Treatment t = new Treatment(jcas, m.begin(), m.end());
      t.setCategory(m.category());
      t.setAgent(m.agent());
      t.setAtc(m.atc());
      if (!m.components().isEmpty()) {
        t.setComponents(StringArray.create(jcas, m.components().toArray(new String[0])));
      }
      t.setLine(m.line());
      t.setStatus(m.status());
      t.setSetting(m.setting());
      t.setStartDate(m.startDate());
      t.setEndDate(m.endDate());
      t.setStopReason(m.stopReason());
      t.setDoseGy(m.doseGy());
      t.setFractions(m.fractions());
      t.setComponent(TreatmentAnnotator.class.getSimpleName());
      t.addToIndexes();
    }
  }
}

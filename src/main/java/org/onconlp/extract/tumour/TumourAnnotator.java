package org.onconlp.extract.tumour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;
import org.onconlp.types.Token;
import org.onconlp.types.Tumour;

/**
 * Creates a {@link Tumour} for every tumour {@link TumourFinder} finds in the view it runs on
 * (the de-identified view in the standard pipeline), coded in ICD-O-3 (morphology with
 * behaviour, topography with subsite, laterality), with its grade, its ADICAP code and, for a
 * metastasis, the metastasis site. Reads {@link Token} (norm), {@link Sentence} and {@link
 * Section} (the conclusion, synthese and diagnostic sections are where an orphan grade looks
 * for its tumour). Context flags are left to the context annotator.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.Token", "org.onconlp.types.Sentence", "org.onconlp.types.Section"},
    outputs = {"org.onconlp.types.Tumour"})
public class TumourAnnotator extends JCasAnnotator_ImplBase {
  /** Also report metastases that name no primary ("métastases osseuses") as tumours (8000/6). */
  public static final String PARAM_STANDALONE_METASTASES = "standaloneMetastases";

  private static final Set<String> CONCLUSIONS = Set.of("conclusion", "synthese", "diagnostic");

  @ConfigurationParameter(name = PARAM_STANDALONE_METASTASES, defaultValue = "false")
  private boolean standaloneMetastases;

  private TumourFinder finder;

  /** Description of the tumour annotator, metastases without a primary left to events. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return description(false);
  }

  /** Description of the tumour annotator; see {@link #PARAM_STANDALONE_METASTASES}. */
  public static AnalysisEngineDescription description(boolean standaloneMetastases)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(TumourAnnotator.class,
        PARAM_STANDALONE_METASTASES, standaloneMetastases);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    finder = new TumourFinder(new TumourLexicon(), new AdicapDecoder(), standaloneMetastases);
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    List<TumourFinder.Tok> tokens = new ArrayList<>();
    for (Token t : JCasUtil.select(jcas, Token.class)) {
      tokens.add(new TumourFinder.Tok(t.getBegin(), t.getEnd(), t.getNorm() == null ? "" : t.getNorm()));
    }
    List<int[]> sentences = new ArrayList<>();
    for (Sentence s : JCasUtil.select(jcas, Sentence.class)) {
      sentences.add(new int[] {s.getBegin(), s.getEnd()});
    }
    if (sentences.isEmpty()) {
      sentences.add(new int[] {0, text.length()});
    }
    List<int[]> conclusions = new ArrayList<>();
    for (Section s : JCasUtil.select(jcas, Section.class)) {
      if (CONCLUSIONS.contains(s.getLabel())) {
        conclusions.add(new int[] {s.getBegin(), s.getEnd()});
      }
    }
    for (TumourMention m : finder.find(text, tokens, sentences, conclusions)) {
      Tumour tumour = new Tumour(jcas, m.begin(), m.end());
      tumour.setComponent(TumourAnnotator.class.getSimpleName());
      tumour.setMorphology(m.morphology());
      tumour.setTopography(m.topography());
      tumour.setLaterality(m.laterality());
      tumour.setGradeSystem(m.gradeSystem());
      tumour.setGradeValue(m.gradeValue());
      tumour.setAdicap(m.adicap());
      tumour.setPrimarySite(m.primarySite());
      tumour.addToIndexes();
    }
  }
}

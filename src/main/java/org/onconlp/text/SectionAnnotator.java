package org.onconlp.text;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Section;

/**
 * Creates a {@link Section} for every heading {@link SectionDetector} finds in the text of the
 * view it runs on: {@code label} is the normalised key from {@code sections.txt} (conclusion,
 * macroscopie, antecedents, antecedents_familiaux…), {@code headingEnd} the end of the heading
 * (after its colon), and the section runs to the line of the next heading.
 */
@TypeCapability(
    outputs = {
      "org.onconlp.types.Section",
      "org.onconlp.types.Section:label",
      "org.onconlp.types.Section:headingEnd"
    })
public class SectionAnnotator extends JCasAnnotator_ImplBase {
  /** Whether text before the first heading becomes a section labelled {@code preambule}. */
  public static final String PARAM_CREATE_PREAMBLE = "createPreamble";

  /** Classpath location of the heading list ({@code key | heading | heading…} lines). */
  public static final String PARAM_HEADINGS = "headings";

  @ConfigurationParameter(name = PARAM_CREATE_PREAMBLE, defaultValue = "false")
  private boolean createPreamble;

  @ConfigurationParameter(name = PARAM_HEADINGS, defaultValue = SectionDetector.DEFAULT_HEADINGS)
  private String headings;

  private SectionDetector detector;

  /** Description with the default headings and no preamble section. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return description(false);
  }

  /**
   * Description with the default headings.
   *
   * @param createPreamble whether text before the first heading becomes a {@code preambule}
   *     section
   */
  public static AnalysisEngineDescription description(boolean createPreamble)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        SectionAnnotator.class, PARAM_CREATE_PREAMBLE, createPreamble);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      detector = new SectionDetector(ResourceLines.load(headings));
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
    String preamble = createPreamble ? SectionDetector.PREAMBLE : null;
    for (SectionDetector.SectionSpan span : detector.detect(text, preamble)) {
      Section section = new Section(jcas, span.begin(), span.end());
      section.setLabel(span.label());
      section.setHeadingEnd(span.headingEnd());
      section.addToIndexes();
    }
  }
}

package org.onconlp.text;

import java.util.Arrays;
import java.util.Collection;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;

/**
 * Creates {@link Sentence} annotations over the text of the view it runs on, with {@link
 * ClinicalSentenceSplitter}: clinical layout rules, then OpenNLP's French sentence model.
 *
 * <p>When {@link Section} annotations are already present (run {@link SectionAnnotator} first),
 * no sentence crosses a section start, and each heading is a sentence of its own.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.Section"},
    outputs = {"org.onconlp.types.Sentence"})
public class SentenceAnnotator extends JCasAnnotator_ImplBase {
  /** Key of the external resource holding the shared {@link SentenceModelResource}. */
  public static final String RES_SENTENCE_MODEL = "sentenceModel";

  @ExternalResource(key = RES_SENTENCE_MODEL)
  private SentenceModelResource sentenceModel;

  private ClinicalSentenceSplitter splitter;

  /** Description using OpenNLP's French model from the classpath. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return description(SentenceModelResource.FRENCH_MODEL);
  }

  /**
   * Description using the sentence model at a classpath location.
   *
   * @param modelLocation absolute classpath location of an OpenNLP sentence model
   */
  public static AnalysisEngineDescription description(String modelLocation)
      throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        SentenceAnnotator.class,
        RES_SENTENCE_MODEL,
        ExternalResourceFactory.createSharedResourceDescription(
            classpathUrl(modelLocation), SentenceModelResource.class));
  }

  /**
   * The resource URL UIMA resolves on the classpath: a relative path (UIMA's relative path
   * resolver looks in the data path, then the classpath), which keeps descriptions portable.
   */
  private static String classpathUrl(String location) throws ResourceInitializationException {
    if (SentenceAnnotator.class.getResource(location) == null) {
      throw new ResourceInitializationException(
          new IllegalArgumentException("Missing sentence model on the classpath: " + location));
    }
    return location.startsWith("/") ? location.substring(1) : location;
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    // One detector per annotator instance: SentenceDetectorME is not thread-safe, the model is.
    splitter = new ClinicalSentenceSplitter(sentenceModel.model());
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    for (TextSpan span : splitter.split(text, sectionBreaks(jcas, text))) {
      new Sentence(jcas, span.begin(), span.end()).addToIndexes();
    }
  }

  /**
   * Section starts and heading ends, ascending, as hard sentence breaks. A section starts after
   * its list marker or numbering ("1. Macroscopie"), so the break is put at the start of its line
   * to keep the marker with the heading.
   */
  private static int[] sectionBreaks(JCas jcas, String text) {
    Collection<Section> sections = JCasUtil.select(jcas, Section.class);
    int[] breaks = new int[sections.size() * 2];
    int n = 0;
    for (Section section : sections) {
      int lineStart = section.getBegin();
      while (lineStart > 0
          && text.charAt(lineStart - 1) != '\n'
          && text.charAt(lineStart - 1) != '\r') {
        lineStart--;
      }
      breaks[n++] = lineStart;
      breaks[n++] = section.getHeadingEnd();
    }
    Arrays.sort(breaks);
    return breaks;
  }
}

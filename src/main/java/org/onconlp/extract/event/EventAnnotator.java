package org.onconlp.extract.event;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.extract.treatment.CasWords;
import org.onconlp.extract.treatment.Words;
import org.onconlp.types.Event;

/**
 * Adds an {@link Event} (performance status, response, metastasis, death) for every event
 * {@link EventFinder} reads in the view it runs on, with {@code eventType} (the contract's
 * {@code type}), scale, value, response, site and date; {@code component} is this class's simple
 * name. Reads {@code Token} and {@code Sentence} through {@link CasWords}; context flags come
 * from the ContextAnnotator that runs after it.
 */
@TypeCapability(
    inputs = {"org.onconlp.types.Token", "org.onconlp.types.Sentence"},
    outputs = {"org.onconlp.types.Event"})
public class EventAnnotator extends JCasAnnotator_ImplBase {
  /** Classpath location of the event phrase file. */
  public static final String PARAM_PHRASES = "phrases";

  @ConfigurationParameter(name = PARAM_PHRASES, defaultValue = EventFinder.DEFAULT_PHRASES)
  private String phrases;

  private EventFinder finder;

  /** Description with the default phrases. */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(EventAnnotator.class);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      finder = new EventFinder(phrases);
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
    for (EventMention m : finder.find(words, CasWords.segments(jcas, words))) {
      Event e = new Event(jcas, m.begin(), m.end());
      e.setEventType(m.type());
      e.setScale(m.scale());
      e.setValue(m.value());
      e.setResponse(m.response());
      e.setSite(m.site());
      e.setDate(m.date());
      e.setComponent(EventAnnotator.class.getSimpleName());
      e.addToIndexes();
    }
  }
}

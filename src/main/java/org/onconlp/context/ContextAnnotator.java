package org.onconlp.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.onconlp.types.Biomarker;
import org.onconlp.types.ContextCue;
import org.onconlp.types.Mention;
import org.onconlp.types.Section;
import org.onconlp.types.Sentence;

/**
 * French ConText (Chapman et al.; cue lists inspired by EDS-NLP's qualifiers): raises the
 * {@code negated}, {@code hypothetical}, {@code family} and {@code historical} flags of every
 * {@link Mention} (subtypes included) of the view it runs on, and writes the cues it found as
 * {@link ContextCue} annotations for provenance.
 *
 * <p>Each mention is judged within its sentence: the shortest {@link Sentence} covering it, or
 * else a {@link FallbackSentences} line / ". "-delimited span. Cues are matched once per
 * sentence holding a mention (sentences without mentions are not scanned, so their cues are not
 * written); the scope rules are those of {@link ContextResolver}. A {@link Section} whose label
 * is listed in {@link #PARAM_FAMILY_SECTIONS} or {@link #PARAM_HISTORY_SECTIONS} sets
 * {@code family} / {@code historical} on every mention it covers. Flags are only ever raised,
 * never cleared, so a flag an extractor set on purpose survives.
 */
@TypeCapability(
    inputs = {
      "org.onconlp.types.Mention",
      "org.onconlp.types.Sentence",
      "org.onconlp.types.Section"
    },
    outputs = {
      "org.onconlp.types.ContextCue",
      "org.onconlp.types.Mention:negated",
      "org.onconlp.types.Mention:hypothetical",
      "org.onconlp.types.Mention:family",
      "org.onconlp.types.Mention:historical"
    })
public class ContextAnnotator extends JCasAnnotator_ImplBase {
  /** Maximum number of words from a forward cue to a mention it covers (see ContextResolver). */
  public static final String PARAM_MAX_SCOPE_TOKENS = "maxScopeTokens";

  @ConfigurationParameter(name = PARAM_MAX_SCOPE_TOKENS, defaultValue = "10")
  private int maxScopeTokens;

  /** Maximum number of words from a mention to a backward cue covering it (see ContextResolver). */
  public static final String PARAM_MAX_BACKWARD_SCOPE_TOKENS = "maxBackwardScopeTokens";

  @ConfigurationParameter(name = PARAM_MAX_BACKWARD_SCOPE_TOKENS, defaultValue = "5")
  private int maxBackwardScopeTokens;

  /** Classpath folder holding the six cue files (negation.txt, hypothesis.txt, ...). */
  public static final String PARAM_CUE_LOCATION = "cueLocation";

  @ConfigurationParameter(name = PARAM_CUE_LOCATION, defaultValue = "/org/onconlp/context/")
  private String cueLocation;

  /** Section labels whose mentions are about relatives. */
  public static final String PARAM_FAMILY_SECTIONS = "familySections";

  @ConfigurationParameter(name = PARAM_FAMILY_SECTIONS, defaultValue = {"antecedents_familiaux"})
  private String[] familySections;

  /** Section labels whose mentions belong to the patient's history. */
  public static final String PARAM_HISTORY_SECTIONS = "historySections";

  @ConfigurationParameter(
      name = PARAM_HISTORY_SECTIONS,
      defaultValue = {"antecedents", "antecedents_personnels"})
  private String[] historySections;

  /** Whether to write the cues found as ContextCue annotations (provenance, debugging). */
  public static final String PARAM_WRITE_CUES = "writeCues";

  @ConfigurationParameter(name = PARAM_WRITE_CUES, defaultValue = "true")
  private boolean writeCues;

  private CueLexicon lexicon;
  private ContextResolver resolver;
  private Set<String> familyLabels;
  private Set<String> historyLabels;

  /**
   * Describes the annotator with its default configuration.
   *
   * @return the description
   * @throws ResourceInitializationException if uimaFIT cannot build it
   */
  public static AnalysisEngineDescription description() throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(ContextAnnotator.class);
  }

  /**
   * Describes the annotator with other scope windows.
   *
   * @param maxScopeTokens see {@link #PARAM_MAX_SCOPE_TOKENS}
   * @param maxBackwardScopeTokens see {@link #PARAM_MAX_BACKWARD_SCOPE_TOKENS}
   * @return the description
   * @throws ResourceInitializationException if uimaFIT cannot build it
   */
  public static AnalysisEngineDescription description(
      int maxScopeTokens, int maxBackwardScopeTokens) throws ResourceInitializationException {
    return AnalysisEngineFactory.createEngineDescription(
        ContextAnnotator.class,
        PARAM_MAX_SCOPE_TOKENS, maxScopeTokens,
        PARAM_MAX_BACKWARD_SCOPE_TOKENS, maxBackwardScopeTokens);
  }

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      lexicon = CueLexicon.load(cueLocation.endsWith("/") ? cueLocation : cueLocation + "/");
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
    resolver = new ContextResolver(maxScopeTokens, maxBackwardScopeTokens);
    familyLabels = Set.of(familySections);
    historyLabels = Set.of(historySections);
  }

  @Override
  public void process(JCas jcas) {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    List<Mention> mentions = new ArrayList<>(JCasUtil.select(jcas, Mention.class));
    if (mentions.isEmpty()) {
      return;
    }
    Map<Mention, List<Sentence>> sentences =
        JCasUtil.indexCovering(jcas, Mention.class, Sentence.class);
    Map<Mention, List<Section>> sections =
        familyLabels.isEmpty() && historyLabels.isEmpty()
            ? Map.of()
            : JCasUtil.indexCovering(jcas, Mention.class, Section.class);
    FallbackSentences fallback = null;
    Map<Long, List<Mention>> bySentence = new LinkedHashMap<>();
    for (Mention m : mentions) {
      int begin = Math.max(0, Math.min(m.getBegin(), text.length()));
      int end = Math.max(begin, Math.min(m.getEnd(), text.length()));
      Sentence sentence = shortest(sentences.get(m));
      long key;
      if (sentence != null) {
        key = key(sentence.getBegin(), sentence.getEnd());
      } else {
        if (fallback == null) {
          fallback = FallbackSentences.of(text);
        }
        key = key(fallback.startOf(begin), fallback.endOf(end));
      }
      bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    Set<CueKey> writtenCues = new HashSet<>();
    for (Map.Entry<Long, List<Mention>> e : bySentence.entrySet()) {
      int begin = (int) (e.getKey() >>> 32);
      int end = (int) (long) e.getKey();
      processSentence(jcas, text, begin, end, e.getValue(), writtenCues);
    }
    for (Mention m : mentions) {
      applySections(m, sections.get(m));
    }
  }

  private void processSentence(
      JCas jcas, String text, int begin, int end, List<Mention> mentions, Set<CueKey> writtenCues) {
    ContextTokens tokens = ContextTokens.of(text, begin, end);
    List<CueMatch> cues = lexicon.match(tokens, 0, tokens.size());
    if (writeCues) {
      for (CueMatch cue : cues) {
        writeCue(jcas, tokens, cue, writtenCues);
      }
    }
    if (cues.isEmpty()) {
      return;
    }
    List<ContextResolver.Span> spans = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      int first = tokens.firstEndingAfter(m.getBegin());
      int last = tokens.lastStartingBefore(m.getEnd());
      boolean biomarker = m instanceof Biomarker;
      spans.add(first <= last ? new ContextResolver.Span(first, last, biomarker) : null);
    }
    List<ContextFlags> flags = resolver.resolve(tokens, cues, spans);
    for (int i = 0; i < mentions.size(); i++) {
      if (flags.get(i) != null) {
        apply(mentions.get(i), flags.get(i));
      }
    }
  }

  private static void apply(Mention m, ContextFlags flags) {
    if (flags.negated()) {
      m.setNegated(true);
    }
    if (flags.hypothetical()) {
      m.setHypothetical(true);
    }
    if (flags.family()) {
      m.setFamily(true);
    }
    if (flags.historical()) {
      m.setHistorical(true);
    }
  }

  private void applySections(Mention m, Collection<Section> covering) {
    if (covering == null) {
      return;
    }
    for (Section s : covering) {
      String label = s.getLabel();
      if (label != null && familyLabels.contains(label)) {
        m.setFamily(true);
      }
      if (label != null && historyLabels.contains(label)) {
        m.setHistorical(true);
      }
    }
  }

  private static void writeCue(JCas jcas, ContextTokens tokens, CueMatch cue, Set<CueKey> written) {
    int begin = tokens.begin(cue.first());
    int end = tokens.end(cue.last());
    // Two overlapping Sentence annotations must not produce the same cue twice.
    if (written.add(new CueKey(begin, end, cue.cue().kind()))) {
      ContextCue a = new ContextCue(jcas, begin, end);
      a.setKind(cue.cue().kind().name());
      a.setDirection(cue.cue().direction().name());
      a.addToIndexes();
    }
  }

  private static Sentence shortest(Collection<Sentence> covering) {
    Sentence best = null;
    if (covering != null) {
      for (Sentence s : covering) {
        if (best == null || s.getEnd() - s.getBegin() < best.getEnd() - best.getBegin()) {
          best = s;
        }
      }
    }
    return best;
  }

  /** Identity of a written cue within one document. */
  private record CueKey(int begin, int end, CueKind kind) {}

  private static long key(int begin, int end) {
    return ((long) begin << 32) | (end & 0xFFFFFFFFL);
  }
}

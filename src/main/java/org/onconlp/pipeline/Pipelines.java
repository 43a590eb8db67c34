package org.onconlp.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.onconlp.context.ContextAnnotator;
import org.onconlp.deid.BirthDateAnnotator;
import org.onconlp.deid.DeidViewBuilder;
import org.onconlp.deid.LexiconPhiAnnotator;
import org.onconlp.deid.NameFinderAnnotator;
import org.onconlp.deid.NameRecurrenceAnnotator;
import org.onconlp.deid.StructuredPhiAnnotator;
import org.onconlp.deid.surrogate.ReidentificationTable;
import org.onconlp.extract.biomarker.BiomarkerAnnotator;
import org.onconlp.extract.event.EventAnnotator;
import org.onconlp.extract.stage.StageAnnotator;
import org.onconlp.extract.tumour.TumourAnnotator;
import org.onconlp.extract.treatment.TreatmentAnnotator;
import org.onconlp.io.ContractJsonWriter;
import org.onconlp.io.XmiWriter;
import org.onconlp.text.SectionAnnotator;
import org.onconlp.text.SentenceAnnotator;
import org.onconlp.text.TokenAnnotator;
import org.onconlp.types.Views;

/**
 * Builds the standard onconlp pipeline, the one place that says what runs in which order:
 *
 * <ol>
 *   <li>on the original view: sections, sentences, tokens, then every PHI finder, then the
 *       de-identified view builder (which arbitrates overlapping PHI);
 *   <li>on the de-identified view (mapped as the default view of each component, so their
 *       offsets are offsets into the output {@code text}): sections, sentences, tokens, every
 *       extractor, then the context annotator that sets the flags of all mentions.
 * </ol>
 */
public final class Pipelines {
  private Pipelines() {}

  /** The standard pipeline as one aggregate description. */
  public static AnalysisEngineDescription standard(PipelineOptions options)
      throws ResourceInitializationException {
    AggregateBuilder builder = new AggregateBuilder();
    textLayer().forEach(builder::add);
    phiFinders(options).forEach(builder::add);
    builder.add(DeidViewBuilder.description(options.deidMode(), options.secretFile()));
    for (AnalysisEngineDescription component : textLayer()) {
      builder.add(component, Views.ORIGINAL, Views.DEID);
    }
    for (AnalysisEngineDescription component : extractors()) {
      builder.add(component, Views.ORIGINAL, Views.DEID);
    }
    builder.add(ContextAnnotator.description(), Views.ORIGINAL, Views.DEID);
    return builder.createAggregateDescription();
  }

  /**
   * The de-identification stage alone (PHI finders and the de-identified view builder), for
   * {@code onconlp deid} and throughput measurements: the finders need no text layer.
   */
  public static AnalysisEngineDescription deidentification(PipelineOptions options)
      throws ResourceInitializationException {
    AggregateBuilder builder = new AggregateBuilder();
    phiFinders(options).forEach(builder::add);
    builder.add(DeidViewBuilder.description(options.deidMode(), options.secretFile()));
    return builder.createAggregateDescription();
  }

  /** Sections first, so that no sentence crosses a heading; tokens last. */
  private static List<AnalysisEngineDescription> textLayer()
      throws ResourceInitializationException {
    return List.of(
        SectionAnnotator.description(),
        SentenceAnnotator.description(),
        TokenAnnotator.description());
  }

  /** Components that add Phi annotations to the original view. */
  private static List<AnalysisEngineDescription> phiFinders(PipelineOptions options)
      throws ResourceInitializationException {
    List<AnalysisEngineDescription> finders = new ArrayList<>();
    finders.add(StructuredPhiAnnotator.description());
    finders.add(LexiconPhiAnnotator.description());
    if (options.deidModel() != null) {
      finders.add(NameFinderAnnotator.description(options.deidModel()));
    } else if (!options.rulesOnly()) {
      finders.add(NameFinderAnnotator.bundledDescription());
    }
    finders.add(NameRecurrenceAnnotator.description());
    finders.add(BirthDateAnnotator.description());
    return finders;
  }

  /** Components that add mentions to the de-identified view. */
  private static List<AnalysisEngineDescription> extractors()
      throws ResourceInitializationException {
    return List.of(
        TumourAnnotator.description(),
        StageAnnotator.description(),
        BiomarkerAnnotator.description(),
        TreatmentAnnotator.description(),
        EventAnnotator.description());
  }

  /** One engine running the standard pipeline, with its own resource manager. */
  public static AnalysisEngine engine(PipelineOptions options) {
    try {
      return UIMAFramework.produceAnalysisEngine(standard(options));
    } catch (ResourceInitializationException e) {
      throw new IllegalStateException("Cannot start the pipeline", e);
    }
  }

  /**
   * A factory of per-thread processors running the standard pipeline. The engines share one
   * resource manager, so models declared as shared resources are loaded once.
   *
   * @param xmi where to write XMI, or null for none
   */
  public static Supplier<DocumentProcessor> processors(PipelineOptions options, XmiWriter xmi)
      throws ResourceInitializationException {
    return processors(options, xmi, null);
  }

  /**
   * A factory of per-thread processors running the standard pipeline.
   *
   * @param xmi where to write XMI, or null for none
   * @param mapping the re-identification table to fill, or null for none
   */
  public static Supplier<DocumentProcessor> processors(
      PipelineOptions options, XmiWriter xmi, ReidentificationTable mapping)
      throws ResourceInitializationException {
    AnalysisEngineDescription description = standard(options);
    ResourceManager shared = UIMAFramework.newDefaultResourceManager();
    ContractJsonWriter json = new ContractJsonWriter();
    return () -> {
      try {
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(description, shared, null);
        return new UimaDocumentProcessor(engine, json, xmi, mapping);
      } catch (ResourceInitializationException e) {
        throw new IllegalStateException("Cannot start the pipeline", e);
      }
    };
  }
}

package org.onconlp.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.io.ContractJsonWriter;
import org.onconlp.io.Record;

/**
 * The standard pipeline as a function from record to contract JSON, started on first use only
 * (commands that may never need it, such as {@code eval --pred}, stay cheap). Calls are
 * serialised: it holds one engine and one CAS.
 */
public final class LazyJsonPipeline implements Function<Record, JsonNode>, AutoCloseable {
  private final Supplier<AnalysisEngine> engines;
  private final ContractJsonWriter json = new ContractJsonWriter();
  private UimaDocumentProcessor processor;

  /** @param options the pipeline to run */
  public LazyJsonPipeline(PipelineOptions options) {
    this.engines = () -> Pipelines.engine(options);
  }

  @Override
  public synchronized JsonNode apply(Record record) {
    try {
      if (processor == null) {
        processor = new UimaDocumentProcessor(engines.get(), json, null);
      }
      return json.toJson(processor.run(record));
    } catch (ResourceInitializationException e) {
      throw new IllegalStateException("Cannot start the pipeline", e);
    } catch (org.apache.uima.analysis_engine.AnalysisEngineProcessException e) {
      throw new IllegalStateException("Pipeline failed on " + record.id(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (processor != null) {
      processor.close();
    }
  }
}

package org.onconlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.index.CohortIndexWriter;
import org.onconlp.index.ContractIngest;
import org.onconlp.index.IndexingProcessor;
import org.onconlp.io.ReaderOptions;
import org.onconlp.io.RecordSource;
import org.onconlp.io.RecordSources;
import org.onconlp.io.RejectsWriter;
import org.onconlp.pipeline.BatchListener;
import org.onconlp.pipeline.BatchRunner;
import org.onconlp.pipeline.BatchSummary;
import org.onconlp.pipeline.DocumentProcessor;
import org.onconlp.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onconlp ingest}: runs the pipeline and adds each report to a cohort index. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on reports and writes them into a Lucene cohort index (a folder).",
      "Re-ingesting a report id replaces it; an interrupted ingest leaves the last commit usable",
      "and re-running the same batch completes it without duplicates. read = indexed + rejected."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", description = "A folder of .txt, a .jsonl or a .csv file.")
  Path input;

  @Option(names = "--index", required = true, description = "The index folder (created if missing).")
  Path index;

  @Option(
      names = "--contract",
      description = "The input is contract JSON Lines already processed (e.g. by `process`): index it as is.")
  boolean contract;

  @Option(names = "--delete", arity = "1..*", paramLabel = "ID", description = "Report ids to remove.")
  List<String> delete = new ArrayList<>();

  @Option(
      names = "--commit-every",
      description = "Reports between commits (default: ${DEFAULT-VALUE}).")
  int commitEvery = 5_000;

  @Mixin PipelineMixin pipeline;

  @Mixin BatchMixin batch;

  @Override
  public Integer call() throws IOException, ResourceInitializationException {
    if (input == null && delete.isEmpty()) {
      throw new IllegalArgumentException("give --input, --delete or both");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path rejectsFile = batch.rejectsFile(index.toAbsolutePath());
    try (CohortIndexWriter writer = new CohortIndexWriter(index, commitEvery)) {
      for (String id : delete) {
        writer.delete(id);
      }
      if (!delete.isEmpty()) {
        err.println("onconlp ingest: deleted " + delete.size() + " report id(s) if present");
      }
      if (input != null) {
        BatchSummary summary;
        try (RejectsWriter rejected = new RejectsWriter(rejectsFile);
            ProgressBar bar = batch.progressBar("ingest")) {
          BatchListener listener = bar == null ? BatchListener.NONE : (r, w, j) -> bar.stepTo(r);
          summary = contract ? ContractIngest.run(input, writer, rejected::write, listener) : runPipeline(writer, rejected, listener);
        }
        writer.commit();
        err.println("onconlp ingest: " + summary.describe().replace("written", "indexed"));
        if (summary.rejected() > 0) {
          err.println("onconlp ingest: rejects in " + rejectsFile);
        }
      }
    }
    err.flush();
    return 0;
  }

  private BatchSummary runPipeline(CohortIndexWriter writer, RejectsWriter rejected, BatchListener listener)
      throws IOException, ResourceInitializationException {
    ReaderOptions options = ReaderOptions.defaults().withMaxChars(batch.maxChars);
    Supplier<DocumentProcessor> pipelines = Pipelines.processors(pipeline.options(), null);
    try (RecordSource source = RecordSources.open(input, batch.format, options)) {
      // Workers index what they process; the ordered output needs nothing more.
      return new BatchRunner(() -> new IndexingProcessor(pipelines.get(), writer), batch.threads)
          .run(source, line -> {}, rejected::write, listener);
    }
  }
}

package org.onconlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import org.apache.uima.resource.ResourceInitializationException;
import org.onconlp.deid.surrogate.ReidentificationTable;
import org.onconlp.io.JsonLinesWriter;
import org.onconlp.io.ReadNote;
import org.onconlp.io.ReaderOptions;
import org.onconlp.io.RecordSource;
import org.onconlp.io.RecordSources;
import org.onconlp.io.RejectsWriter;
import org.onconlp.io.XmiWriter;
import org.onconlp.patient.PatientContextRewriter;
import org.onconlp.pipeline.BatchListener;
import org.onconlp.pipeline.BatchRunner;
import org.onconlp.pipeline.BatchSummary;
import org.onconlp.pipeline.PipelineOptions;
import org.onconlp.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onconlp process}: reports in, one contract JSON line per report out. */
@Command(
    name = "process",
    mixinStandardHelpOptions = true,
    description = {
      "De-identifies and analyses French reports; writes one contract JSON object per report.",
      "Bad records go to the rejects file with a reason; read = written + rejected."
    })
final class ProcessCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "A folder of .txt, a .jsonl or a .csv file.")
  Path input;

  @Option(names = "--output", required = true, description = "JSON Lines output file.")
  Path output;

  @Option(names = "--xmi", description = "Also write one UIMA XMI per document into this folder.")
  Path xmi;

  @Mixin PipelineMixin pipeline;

  @Mixin BatchMixin batch;

  @Option(
      names = "--mapping",
      description =
          "Also write the re-identification table (document id, category, original, surrogate) to"
              + " this TSV file, for authorised staff only; keep it apart from the output.")
  Path mapping;

  @Option(
      names = "--patient-context",
      description =
          "After the batch, complete each tumour from the same patient's other reports (as the"
              + " patient-context command does): a second and third pass over the output.")
  boolean patientContext;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, ResourceInitializationException {
    Path rejectsFile = batch.rejectsFile(output);
    AtomicLong windows1252 = new AtomicLong();
    ReaderOptions options =
        ReaderOptions.defaults()
            .withMaxChars(batch.maxChars)
            .withNotes(
                (position, note) -> {
                  if (note == ReadNote.DECODED_AS_WINDOWS_1252) {
                    windows1252.incrementAndGet();
                  }
                });
    PipelineOptions pipelineOptions = pipeline.options();
    XmiWriter xmiWriter = xmi == null ? null : new XmiWriter(xmi);
    BatchSummary summary;
    Path written = patientContext ? Path.of(output + ".per-document.tmp") : output;
    try (RecordSource source = RecordSources.open(input, batch.format, options);
        JsonLinesWriter out = new JsonLinesWriter(written);
        RejectsWriter rejected = new RejectsWriter(rejectsFile);
        ReidentificationTable table = mapping == null ? null : new ReidentificationTable(mapping);
        ProgressBar bar = batch.progressBar("process")) {
      BatchListener listener = bar == null ? BatchListener.NONE : (r, w, j) -> bar.stepTo(r);
      summary =
          new BatchRunner(Pipelines.processors(pipelineOptions, xmiWriter, table), batch.threads)
              .run(source, out::writeLine, rejected::write, listener);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("onconlp process: " + summary.describe());
    if (patientContext) {
      PatientContextRewriter.Summary s = withPatientContext(written);
      err.println("onconlp process: patient context: " + s.patients() + " patients, "
          + s.tumoursFilled() + " tumours completed (" + s.fieldsFilled() + " fields)");
    }
    if (windows1252.get() > 0) {
      err.println("onconlp process: " + windows1252.get() + " records decoded as Windows-1252");
    }
    if (summary.rejected() > 0) {
      err.println("onconlp process: rejects in " + rejectsFile);
    }
    return 0;
  }

  /**
   * Rewrites the per-document output into {@link #output} with patient context. When that fails,
   * a half-written output is removed and the per-document file kept, so that the batch's work is
   * not lost: {@code onconlp patient-context} can be run on it.
   */
  private PatientContextRewriter.Summary withPatientContext(Path perDocument) throws IOException {
    boolean opened = false;
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      opened = true;
      PatientContextRewriter.Summary s =
          new PatientContextRewriter(new ObjectMapper()).rewrite(perDocument, out);
      Files.delete(perDocument);
      return s;
    } catch (IOException | RuntimeException e) {
      if (opened) {
        Files.deleteIfExists(output);
      }
      throw new IOException("Patient context failed (" + e.getClass().getSimpleName()
          + "); the per-document output is kept in " + perDocument, e);
    }
  }
}

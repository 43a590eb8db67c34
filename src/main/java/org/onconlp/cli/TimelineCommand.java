package org.onconlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onconlp.timeline.Timelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onconlp timeline}: per-patient timelines from the contract JSON Lines of {@code process}. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Prints each patient's ordered diagnoses, stages, biomarker results, treatment lines and"
          + " events across documents, duplicates merged, each entry with its source documents"
          + " and offsets.",
      "Memory: one patient's merged facts per patient seen (document texts are not kept); with"
          + " --grouped (input grouped by patient) one patient at a time."
    })
final class TimelineCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Contract JSON Lines (process output).")
  Path input;

  @Option(names = "--patient", description = "Only this patient.")
  String patient;

  @Option(names = "--json", description = "One JSON object per patient (JSON Lines) instead of a table.")
  boolean json;

  @Option(
      names = "--grouped",
      description = "The input's documents are grouped by patient: print each patient as soon as"
          + " the next one starts (bounded memory).")
  boolean grouped;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    Timelines.Summary summary;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      summary =
          Timelines.read(
              in,
              patient,
              grouped,
              mapper,
              (id, entries) -> {
                if (json) {
                  out.println(mapper.writeValueAsString(Timelines.toJson(id, entries, mapper)));
                } else {
                  out.println(Timelines.table(id, entries));
                }
              });
    }
    out.flush();
    System.err.printf(
        Locale.ROOT,
        "onconlp timeline: %d documents, %d patients, %d without patientId, %d unreadable lines%n",
        summary.documents(), summary.patients(), summary.withoutPatient(), summary.unreadable());
    return patient != null && summary.patients() == 0 ? 1 : 0;
  }
}

package org.onconlp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.onconlp.patient.PatientContextRewriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onconlp patient-context}: rewrites the contract JSON Lines of {@code process} with the
 * patient's other documents (see {@link org.onconlp.patient.PatientTumourConsolidator}).
 */
@Command(
    name = "patient-context",
    mixinStandardHelpOptions = true,
    description = {
      "Fills each tumour's missing topography, subsite, laterality, histology (of a generic"
          + " 'cancer') and grade from the same patient's other documents when they agree on one"
          + " value, marking the filled fields in 'inferred' and their sources in 'inferredFrom'.",
      "Two passes over the input (it must be a file): the first keeps a few tumour values per"
          + " patient, the second rewrites; documents stay in input order."
    })
final class PatientContextCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Contract JSON Lines (process output).")
  Path input;

  @Option(names = "--output", required = true, description = "Rewritten JSON Lines.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(output) && Files.isSameFile(input, output)) {
      System.err.println("onconlp patient-context: --output must differ from --input");
      return 2;
    }
    PatientContextRewriter.Summary s;
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      s = new PatientContextRewriter(new ObjectMapper()).rewrite(input, out);
    }
    System.err.printf(
        Locale.ROOT,
        "onconlp patient-context: %d documents, %d patients, %d without patientId, %d unreadable"
            + " lines; %d tumours completed (%d fields)%n",
        s.documents(), s.patients(), s.withoutPatient(), s.unreadable(), s.tumoursFilled(),
        s.fieldsFilled());
    return 0;
  }
}

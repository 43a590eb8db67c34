package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientContextCommandTest {
  private static final String DOCS =
      "{\"id\":\"D1\",\"patientId\":\"P2\",\"tumours\":[{\"text\":\"CCI\",\"morphology\":\"8500/3\","
          + "\"topography\":\"C50\",\"laterality\":\"left\"}]}\n"
          + "{\"id\":\"D2\",\"patientId\":\"P2\",\"tumours\":[{\"text\":\"cancer du sein\","
          + "\"morphology\":\"8000/3\",\"topography\":\"C50\"}]}\n";

  @Test
  void patientContextRewritesTheFileAndRefusesToOverwriteItsInput(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("out.jsonl"), DOCS, StandardCharsets.UTF_8);
    Path output = dir.resolve("patient.jsonl");
    assertEquals("0 2",
        OncoNlp.commandLine().execute("patient-context", "--input", input.toString(), "--output", output.toString())
            + " " + OncoNlp.commandLine().execute("patient-context", "--input", input.toString(), "--output", input.toString()));
    assertTrue(Files.readString(output, StandardCharsets.UTF_8)
        .contains("\"morphology\":\"8500/3\",\"topography\":\"C50\",\"laterality\":\"left\","
            + "\"inferred\":[\"morphology\",\"laterality\"],\"inferredFrom\":[\"D1\"]"));
  }
}

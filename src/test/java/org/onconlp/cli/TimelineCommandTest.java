package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {
  private static final String DOC =
      "{\"id\":\"D3\",\"patientId\":\"P2\",\"date\":\"2022-01-01\",\"treatments\":[{\"begin\":0,"
          + "\"end\":6,\"text\":\"FOLFOX\",\"agent\":\"FOLFOX\",\"category\":\"chemotherapy\"}]}";

  @Test
  void timelineIsASubcommandAndAnUnknownPatientFails(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("out.jsonl");
    Files.writeString(input, DOC + "\n", StandardCharsets.UTF_8);
    assertEquals(
        "0 1",
        OncoNlp.commandLine().execute("timeline", "--input", input.toString(), "--json")
            + " "
            + OncoNlp.commandLine()
                .execute("timeline", "--input", input.toString(), "--patient", "P404"));
  }
}

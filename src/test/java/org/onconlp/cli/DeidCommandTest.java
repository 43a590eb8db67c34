package org.onconlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onconlp.deid.surrogate.SurrogateSecret;
import picocli.CommandLine;

/** {@code onconlp deid} end to end; every identity is invented. */
class DeidCommandTest {
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = OncoNlp.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path secret() throws IOException {
    Path s = tmp.resolve("secret.txt");
    Files.writeString(s, "an-invented-test-secret-0123456789", StandardCharsets.UTF_8);
    return s;
  }

  @Test
  void missingSecretIsAClearErrorAndNothingIsWritten() throws IOException {
    assumeTrue(System.getenv(SurrogateSecret.ENV) == null, "the environment provides a secret");
    Path in = tmp.resolve("cr.txt");
    Files.writeString(in, "Vu par le Dr Jean MARTIN.", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.txt");
    Path mapping = tmp.resolve("map.tsv");
    assertNotEquals(0, run("deid", "--input", in.toString(), "--output", out.toString(), "--mapping", mapping.toString()));
    assertFalse(Files.exists(out) || Files.exists(mapping));
    assertTrue(err.toString().contains(SurrogateSecret.ENV), err.toString());
    assertFalse(err.toString().contains("MARTIN"));
  }

  @Test
  void maskModeTextInTextOut() throws IOException {
    Path in = tmp.resolve("cr.txt");
    Files.writeString(in, "Vu par le Dr Jean MARTIN le 12/03/2021.", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.txt");
    assertEquals(0, run("deid", "--input", in.toString(), "--output", out.toString(), "--mode", "MASK"));
    assertEquals("Vu par le Dr [PRENOM] [NOM] le [DATE].", Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void jsonLinesSurrogatesAreConsistentPerPatientAndTheMappingIsSeparate() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in,
        "{\"id\":\"d1\",\"patientId\":\"P1\",\"date\":\"2021-03-15\",\"text\":\"Mme DUPONT vue.\"}\n"
            + "{\"id\":\"d2\",\"patientId\":\"P1\",\"date\":\"2021-04-15\",\"text\":\"Mme DUPONT revue.\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.jsonl");
    Path mapping = tmp.resolve("map.tsv");
    assertEquals(0, run("deid", "--input", in.toString(), "--output", out.toString(),
        "--secret-file", secret().toString(), "--mapping", mapping.toString()), err.toString());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    JsonNode b = json.readTree(lines.get(1));
    String nameA = a.get("text").asText().split(" ")[1];
    String nameB = b.get("text").asText().split(" ")[1];
    assertEquals(nameA, nameB);
    assertNotEquals("DUPONT", nameA);
    assertFalse(Files.readString(out).contains("DUPONT"));
    assertTrue(Files.readString(mapping).contains("d1\tNOM\tDUPONT\t" + nameA));
  }

  @Test
  void badJsonLineIsReportedWithoutItsContent() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, "{\"text\": Mme DUPONT}\n", StandardCharsets.UTF_8);
    assertNotEquals(0, run("deid", "--input", in.toString(), "--output", tmp.resolve("o").toString(), "--mode", "MASK"));
    assertTrue(err.toString().contains("line 1"), err.toString());
    assertFalse(err.toString().contains("DUPONT"));
  }
}

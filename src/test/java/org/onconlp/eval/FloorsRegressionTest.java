package org.onconlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onconlp.cli.OncoNlp;
import picocli.CommandLine;

/**
 * The regression guard of CI: the whole pipeline runs on every corpus of {@code
 * eval/floors.json} and no score may fall below its recorded floor.
 */
class FloorsRegressionTest {
  private static final Path FLOORS = Path.of("eval/floors.json");

  static Stream<String> corpora() throws IOException {
    JsonNode floors = new ObjectMapper().readTree(FLOORS.toFile());
    List<String> names = new ArrayList<>();
    floors.get("corpora").fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void noScoreFallsBelowItsFloor(String corpus) {
    CommandLine cli = OncoNlp.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    int code =
        cli.execute(
            "eval", "--floors", FLOORS.toString(), "--corpus", corpus,
            "--report", "target/eval/" + corpus, "--bootstrap", "200");
    assertEquals(0, code, out.toString());
  }
}

package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir Path dir;

  private List<SourceItem> read(String content, ReaderOptions options) throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return SourceItems.readAll(new JsonLinesSource(file, options));
  }

  @Test
  void malformedLineIsRejectedAndTheBatchContinues() throws IOException {
    String content =
        """
        {"id":"CR-1","patientId":"P001","type":"pathology","date":"2021-03-04","text":"Carcinome canalaire infiltrant."}
        {"id":"CR-2","text":"Patiente Dupont vue en consultation
        {"id":"CR-3","type":"rcp","text":"Dossier discuté en RCP du 12/03/2021."}
        """;
    List<SourceItem> items = read(content, ReaderOptions.defaults());
    assertEquals(
        List.of(
            "accepted CR-1 (P001, pathology, 2021-03-04) @ in.jsonl:1",
            "rejected null @ in.jsonl:2: line 2: malformed JSON (unexpected end of input at column"
                + " 57)",
            "accepted CR-3 (null, rcp, null) @ in.jsonl:3"),
        SourceItems.describeAll(items));
    assertFalse(((Reject) items.get(1)).reason().contains("Dupont"));
  }

  @Test
  void syntaxErrorReasonDoesNotQuoteTheInput() throws IOException {
    List<SourceItem> items = read("{\"id\": Martin}\n", ReaderOptions.defaults());
    Reject reject = (Reject) items.get(0);
    assertEquals("line 1: malformed JSON (syntax error at column 8)", reject.reason());
  }

  @Test
  void blankLinesAreSkippedAndNotCounted() throws IOException {
    List<SourceItem> items =
        read(
            "\n{\"id\":\"CR-1\",\"text\":\"Biopsie bronchique.\"}\n   \n\n",
            ReaderOptions.defaults());
    assertEquals(
        List.of("accepted CR-1 (null, null, null) @ in.jsonl:2"), SourceItems.describeAll(items));
  }

  @Test
  void nonObjectsAndMissingTextAreRejected() throws IOException {
    List<SourceItem> items =
        read(
            "[1,2]\n"
                + "{\"id\":\"CR-2\"}\n"
                + "{\"id\":\"CR-3\",\"text\":{\"a\":1}}\n"
                + "{\"text\":\"Scanner.\"}\n",
            ReaderOptions.defaults());
    assertEquals(
        List.of(
            "rejected null @ in.jsonl:1: line 1: not a JSON object",
            "rejected CR-2 @ in.jsonl:2: missing text",
            "rejected CR-3 @ in.jsonl:3: line 3: field text is not a string",
            "rejected null @ in.jsonl:4: missing id"),
        SourceItems.describeAll(items));
  }

  @Test
  void extraFieldsAreKeptAsAttributes() throws IOException {
    List<SourceItem> items =
        read(
            "{\"id\":42,\"text\":\"IRM"
                + " pelvienne.\",\"patientName\":\"Zorglub\",\"birthDate\":\"1961-02-03\",\"tags\":[1]}\n",
            ReaderOptions.defaults());
    Record record = (Record) items.get(0);
    assertEquals("42", record.id());
    assertEquals(Map.of("patientName", "Zorglub", "birthDate", "1961-02-03"), record.attributes());
  }

  @Test
  void windows1252LineDecodesAndIsNoted() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "{\"id\":\"CR-1\",\"text\":\"Carcinome épidermoïde\"}\n"
            .getBytes(TextDecoder.WINDOWS_1252));
    bytes.writeBytes(
        "{\"id\":\"CR-2\",\"text\":\"Récidive\"}\r\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("mixed.ndjson");
    Files.write(file, bytes.toByteArray());
    List<String> notes = new ArrayList<>();
    List<SourceItem> items =
        SourceItems.readAll(
            new JsonLinesSource(
                file, ReaderOptions.defaults().withNotes((p, n) -> notes.add(p + " " + n))));
    assertEquals("Carcinome épidermoïde", ((Record) items.get(0)).text());
    assertEquals("Récidive", ((Record) items.get(1)).text());
    assertEquals(List.of("mixed.ndjson:1 DECODED_AS_WINDOWS_1252"), notes);
  }

  @Test
  void oversizedLineIsSkippedWithoutStoppingTheBatch() throws IOException {
    String big = "{\"id\":\"CR-1\",\"text\":\"" + "a".repeat(70_000) + "\"}\n";
    List<SourceItem> items =
        read(
            big + "{\"id\":\"CR-2\",\"text\":\"TEP.\"}\n",
            ReaderOptions.defaults().withMaxChars(10));
    assertEquals(
        List.of(
            "rejected null @ in.jsonl:1: line 1: too large: 70023 bytes",
            "accepted CR-2 (null, null, null) @ in.jsonl:2"),
        SourceItems.describeAll(items));
  }
}

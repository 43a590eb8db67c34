package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private List<SourceItem> read(String content) throws IOException {
    return SourceItems.readAll(
        new CsvSource(write("export.csv", content), ReaderOptions.defaults()));
  }

  @Test
  void semicolonDelimiterAndMultiLineQuotedText() throws IOException {
    List<SourceItem> items =
        read(
            "id;patientId;type;date;text\r\n"
                + "CR-1;P001;anapath;04/03/2021;\"Macroscopie : pièce de 3 cm.\r\n"
                + "Conclusion : carcinome \"\"canalaire\"\"; pT2.\"\r\n"
                + "CR-2;P002;consultation;2021-05-06;Consultation de suivi.\r\n");
    assertEquals(
        List.of(
            "accepted CR-1 (P001, pathology, 2021-03-04) @ export.csv:row 1",
            "accepted CR-2 (P002, consultation, 2021-05-06) @ export.csv:row 2"),
        SourceItems.describeAll(items));
    assertEquals(
        "Macroscopie : pièce de 3 cm.\r\nConclusion : carcinome \"canalaire\"; pT2.",
        ((Record) items.get(0)).text());
  }

  @Test
  void rowWithAMissingColumnIsRejected() throws IOException {
    List<SourceItem> items =
        read(
            "id,patientId,type,date,text\n"
                + "CR-1,P001,pathology,2021-03-04,Biopsie mammaire.\n"
                + "CR-2,P002,2021-03-05,Biopsie hépatique.\n"
                + "CR-3,P003,imaging,2021-03-06,Scanner TAP.\n");
    assertEquals(
        List.of(
            "accepted CR-1 (P001, pathology, 2021-03-04) @ export.csv:row 1",
            "rejected null @ export.csv:row 2: row 2: expected 5 columns, found 4",
            "accepted CR-3 (P003, imaging, 2021-03-06) @ export.csv:row 3"),
        SourceItems.describeAll(items));
  }

  @Test
  void recordWithNoIdIsRejected() throws IOException {
    List<SourceItem> items = read("id,text\n,Biopsie ganglionnaire.\n");
    assertEquals(
        List.of("rejected null @ export.csv:row 1: missing id"), SourceItems.describeAll(items));
  }

  @Test
  void tabSeparatedWithOptionalColumnsAndExtraAttributes() throws IOException {
    List<SourceItem> items =
        SourceItems.readAll(
            new CsvSource(
                write("export.tsv", "Text\tID\tpatientName\nIRM cérébrale.\tCR-1\tZorglub\n"),
                ReaderOptions.defaults()));
    Record record = (Record) items.get(0);
    assertEquals("CR-1", record.id());
    assertEquals("IRM cérébrale.", record.text());
    assertEquals("Zorglub", record.attributes().get("patientName"));
  }

  @Test
  void headerWithoutTextColumnIsAnError() throws IOException {
    Path file = write("export.csv", "id,patientId\nCR-1,P001\n");
    IOException e =
        assertThrows(IOException.class, () -> new CsvSource(file, ReaderOptions.defaults()));
    assertTrue(e.getMessage().contains("no text column"), e.getMessage());
  }

  @Test
  void emptyFileHasNoRecords() throws IOException {
    assertEquals(List.of(), read(""));
  }

  @Test
  void windows1252RowIsNotedOnItsOwnRow() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("id;text\nCR-1;Récidive locale.\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("CR-2;Carcinome épidermoïde.\n".getBytes(TextDecoder.WINDOWS_1252));
    bytes.writeBytes("CR-3;Rémission complète.\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("mixed.csv");
    Files.write(file, bytes.toByteArray());
    List<String> notes = new ArrayList<>();
    List<SourceItem> items =
        SourceItems.readAll(
            new CsvSource(
                file, ReaderOptions.defaults().withNotes((p, n) -> notes.add(p + " " + n))));
    assertEquals(
        List.of("Récidive locale.", "Carcinome épidermoïde.", "Rémission complète."),
        items.stream().map(i -> ((Record) i).text()).toList());
    assertEquals(List.of("mixed.csv:row 2 DECODED_AS_WINDOWS_1252"), notes);
  }

  @Test
  void brokenQuotingEndsTheFileWithOneReject() throws IOException {
    List<SourceItem> items =
        read("id,text\nCR-1,Biopsie.\nCR-2,\"Texte \"cassé\" ici\nCR-3,Scanner.\n");
    assertEquals(
        List.of(
            "accepted CR-1 (null, null, null) @ export.csv:row 1",
            "rejected null @ export.csv:row 2: row 2: malformed CSV (broken quoting)"),
        SourceItems.describeAll(items));
  }
}

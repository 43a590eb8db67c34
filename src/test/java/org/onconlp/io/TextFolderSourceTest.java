package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderSourceTest {
  private static final String REPORT =
      "Compte rendu anatomopathologique. Carcinome canalaire infiltrant du sein gauche, pT2N1a.";

  @TempDir Path dir;

  private void write(String relative, String text) throws IOException {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private List<String> read(ReaderOptions options) throws IOException {
    return SourceItems.describeAll(SourceItems.readAll(new TextFolderSource(dir, options)));
  }

  @Test
  void mixedFolderCountsReconcile() throws IOException {
    write("b/CR-2.txt", REPORT);
    write("a.txt", REPORT);
    write("vide.txt", "");
    write("b/CR-2.ann", "T1\tTumour 0 9\tCarcinome");
    write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    write("b/c/CR-3.txt", "   \n");
    List<SourceItem> items =
        SourceItems.readAll(new TextFolderSource(dir, ReaderOptions.defaults()));
    long accepted = items.stream().filter(Record.class::isInstance).count();
    long rejected = items.stream().filter(Reject.class::isInstance).count();
    assertEquals(5, items.size(), "one item per .txt file, the .ann ignored");
    assertEquals(items.size(), accepted + rejected);
    assertEquals(
        List.of(
            "accepted a (null, null, null) @ a.txt",
            "accepted b/CR-2 (null, null, null) @ b/CR-2.txt",
            "rejected b/c/CR-3 @ b/c/CR-3.txt: empty text",
            "rejected image @ image.txt: binary content",
            "rejected vide @ vide.txt: empty text"),
        SourceItems.describeAll(items));
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    write("CR-1.txt", new byte[0]);
    assertEquals(List.of("rejected CR-1 @ CR-1.txt: empty text"), read(ReaderOptions.defaults()));
  }

  @Test
  void windows1252FileDecodesAndIsNoted() throws IOException {
    write("CR-1.txt", "Carcinome épidermoïde".getBytes(TextDecoder.WINDOWS_1252));
    List<String> notes = new ArrayList<>();
    ReaderOptions options = ReaderOptions.defaults().withNotes((p, n) -> notes.add(p + " " + n));
    List<SourceItem> items = SourceItems.readAll(new TextFolderSource(dir, options));
    assertEquals("Carcinome épidermoïde", ((Record) items.get(0)).text());
    assertEquals(List.of("CR-1.txt DECODED_AS_WINDOWS_1252"), notes);
  }

  @Test
  void fiveMegabyteReportIsRejectedByDefault() throws IOException {
    write("long.txt", "a".repeat(5_000_000));
    assertEquals(
        List.of("rejected long @ long.txt: too large: 5000000 chars > limit 2000000"),
        read(ReaderOptions.defaults()));
  }

  @Test
  void fiveMegabyteReportIsAcceptedWhenTheLimitIsRaised() throws IOException {
    write("long.txt", "a".repeat(5_000_000));
    assertEquals(
        List.of("accepted long (null, null, null) @ long.txt"),
        read(ReaderOptions.defaults().withMaxChars(6_000_000)));
  }

  @Test
  void hugeFileIsRejectedWithoutBeingRead() throws IOException {
    write("huge.txt", "a".repeat(400));
    assertEquals(
        List.of("rejected huge @ huge.txt: too large: 400 bytes > limit 100 chars"),
        read(ReaderOptions.defaults().withMaxChars(100)));
  }

  @Test
  void metadataCsvGivesTypeDateAndAttributes() throws IOException {
    write("2021/CR-7.txt", REPORT);
    write(
        "metadata.csv",
        "id;patientId;type;date;patientName\n2021/CR-7;P000123;CRO;04/03/2021;Zorglub\n");
    List<SourceItem> items =
        SourceItems.readAll(new TextFolderSource(dir, ReaderOptions.defaults()));
    assertEquals(
        List.of("accepted 2021/CR-7 (P000123, operative, 2021-03-04) @ 2021/CR-7.txt"),
        SourceItems.describeAll(items));
    assertEquals("Zorglub", ((Record) items.get(0)).attributes().get("patientName"));
  }

  @Test
  void singleTextFileCanBeRead() throws IOException {
    write("CR-9.txt", REPORT);
    assertEquals(
        List.of("accepted CR-9 (null, null, null) @ CR-9.txt"),
        SourceItems.describeAll(
            SourceItems.readAll(
                new TextFolderSource(dir.resolve("CR-9.txt"), ReaderOptions.defaults()))));
  }
}

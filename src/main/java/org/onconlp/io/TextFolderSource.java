package org.onconlp.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads every {@code *.txt} file under a folder (recursively, in the order of their relative paths
 * so runs are deterministic), one record per file; other files, such as BRAT {@code .ann}, are
 * ignored. A single {@code .txt} file may be given instead of a folder.
 *
 * <p>The id is the relative path without {@code .txt}, with {@code /} separators; the position is
 * the relative path. An optional {@code metadata.csv} in the folder root (header {@code
 * id,patientId,type,date}, delimiter detected like {@link CsvSource}) gives the metadata of each
 * id; its other columns become {@link Record#attributes()}. It is held in memory (one small map
 * entry per report). Files are decoded by {@link TextDecoder}; a file too big to hold a text of
 * {@link ReaderOptions#maxChars()} chars (more than three UTF-8 bytes per char) is rejected without
 * being read, and an unreadable file or folder is rejected, so the batch goes on.
 */
public final class TextFolderSource extends AbstractRecordSource {
  /** Name of the optional metadata file in the folder root. */
  public static final String METADATA_FILE = "metadata.csv";

  private static final String EXTENSION = ".txt";

  private final Path root;
  private final ReaderOptions options;
  private final RecordValidator validator;
  private final Map<String, Map<String, String>> metadata;
  private final Iterator<Entry> entries;

  /** One input position: a relative path, and why it cannot be read when it cannot. */
  private record Entry(String relativePath, Path file, String failure) {}

  /**
   * Lists the files (not their contents) and loads {@code metadata.csv}.
   *
   * @param input a folder, or a single {@code .txt} file
   * @throws IOException when the input or its metadata file cannot be read
   */
  public TextFolderSource(Path input, ReaderOptions options) throws IOException {
    this.options = options;
    this.validator = new RecordValidator(options);
    List<Entry> list = new ArrayList<>();
    if (Files.isDirectory(input)) {
      this.root = input;
      collect(input, list);
      Path metadataFile = input.resolve(METADATA_FILE);
      this.metadata = Files.isRegularFile(metadataFile) ? readMetadata(metadataFile) : Map.of();
    } else {
      this.root = input.toAbsolutePath().getParent();
      list.add(new Entry(input.getFileName().toString(), input, null));
      this.metadata = Map.of();
    }
    list.sort(Comparator.comparing(Entry::relativePath));
    this.entries = list.iterator();
  }

  @Override
  protected SourceItem computeNext() {
    if (!entries.hasNext()) {
      return null;
    }
    Entry entry = entries.next();
    String position = entry.relativePath();
    String id =
        isText(Path.of(position))
            ? position.substring(0, position.length() - EXTENSION.length())
            : position;
    if (entry.failure() != null) {
      return new Reject(position, id, entry.failure());
    }
    byte[] bytes;
    try {
      long size = Files.size(entry.file());
      // UTF-8 needs at most 3 bytes per UTF-16 char (+3 for a byte-order mark).
      if (size > 3L * options.maxChars() + 3) {
        return new Reject(
            position, id, "too large: " + size + " bytes > limit " + options.maxChars() + " chars");
      }
      bytes = Files.readAllBytes(entry.file());
    } catch (IOException e) {
      return new Reject(position, id, "unreadable: " + e.getClass().getSimpleName());
    }
    DecodedText decoded = TextDecoder.decode(bytes);
    Map<String, String> meta = metadata.getOrDefault(id, Map.of());
    Map<String, String> attributes = new LinkedHashMap<>(meta);
    attributes.keySet().removeAll(List.of("id", "patientId", "type", "date"));
    return validator.validate(
        position,
        id,
        meta.get("patientId"),
        meta.get("type"),
        meta.get("date"),
        decoded.text(),
        attributes,
        decoded.windows1252());
  }

  private void collect(Path folder, List<Entry> list) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isText(file)) {
              list.add(new Entry(relative(file), file, null));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (isText(file)) {
              list.add(
                  new Entry(relative(file), file, "unreadable: " + e.getClass().getSimpleName()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean isText(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
  }

  private String relative(Path file) {
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (!sb.isEmpty()) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  /** Reads {@code metadata.csv}: id → column → value (canonical names for the known columns). */
  private static Map<String, Map<String, String>> readMetadata(Path file) throws IOException {
    CsvSupport.Opened opened = CsvSupport.open(file);
    try (BufferedReader reader = opened.reader();
        CSVParser parser = CsvSupport.format(CsvSupport.detectDelimiter(reader)).parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (header.stream().noneMatch("id"::equalsIgnoreCase)) {
        throw new IOException(METADATA_FILE + ": the header has no id column");
      }
      Map<String, Map<String, String>> byId = new HashMap<>();
      for (CSVRecord row : parser) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          values.put(canonical(header.get(i)), row.get(i));
        }
        String id = RecordValidator.blankToNull(values.get("id"));
        if (id != null) {
          byId.putIfAbsent(id, values);
        }
      }
      return byId;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IOException(METADATA_FILE + ": malformed CSV", e);
    }
  }

  /** The contract spelling of a known column name, else the name as written. */
  static String canonical(String column) {
    for (String known : List.of("id", "patientId", "type", "date", "text")) {
      if (known.equalsIgnoreCase(column.strip())) {
        return known;
      }
    }
    return column.strip();
  }

  @Override
  public void close() {
    // Each file is opened and closed while it is read; nothing stays open.
  }
}

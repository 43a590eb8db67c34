package org.onconlp.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a gold corpus whatever its format, decided by the path: a {@code .jsonl} / {@code .json}
 * file (contract shape, original text), an {@code .xmi} file, a folder holding {@code .xmi} files
 * (with an optional {@code TypeSystem.xml}), or a folder of BRAT {@code .txt} + {@code .ann} files.
 */
public final class GoldReader {
  private final Map<String, String> xmiLayers;

  /**
   * @param xmiLayers label features of custom XMI layers, see {@link XmiReader#XmiReader(Map)}
   */
  public GoldReader(Map<String, String> xmiLayers) {
    this.xmiLayers = Map.copyOf(xmiLayers);
  }

  /** Reads the corpus at {@code path}. */
  public Corpus read(Path path) throws IOException {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (Files.isRegularFile(path)) {
      if (name.endsWith(".xmi")) {
        return new XmiReader(xmiLayers).read(path);
      }
      if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
        return ContractDocuments.readJsonLines(path, false);
      }
      throw new IOException("unknown gold format (expected .jsonl, .xmi or a folder): " + name);
    }
    if (!Files.isDirectory(path)) {
      throw new IOException("gold corpus not found: " + path);
    }
    boolean xmi;
    try (Stream<Path> s = Files.walk(path)) {
      xmi = s.anyMatch(p -> p.toString().endsWith(".xmi"));
    }
    return xmi ? new XmiReader(xmiLayers).read(path) : new BratReader().read(path);
  }
}

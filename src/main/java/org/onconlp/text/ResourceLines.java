package org.onconlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a UTF-8 data file from the classpath, the way Lucene's {@code WordlistLoader} does:
 * lines starting with {@code #} are the header (source, licence) and comments, blank lines are
 * skipped, everything else is returned trimmed and in file order.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /**
   * Reads the data lines of a classpath resource.
   *
   * @param location absolute classpath location, e.g. {@code /org/onconlp/text/sections.txt}
   * @return the non-comment, non-blank lines, trimmed, immutable
   * @throws IllegalArgumentException if the resource does not exist
   */
  public static List<String> load(String location) {
    InputStream in = ResourceLines.class.getResourceAsStream(location);
    if (in == null) {
      throw new IllegalArgumentException("Missing resource on the classpath: " + location);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + location, e);
    }
    return List.copyOf(lines);
  }
}

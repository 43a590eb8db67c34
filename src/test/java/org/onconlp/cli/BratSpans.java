package org.onconlp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the text-bound lines of a BRAT file as {label, covered text, offsets}. */
final class BratSpans {
  private BratSpans() {}

  static List<String[]> read(Path ann) throws IOException {
    List<String[]> spans = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (line.startsWith("T") && cols.length == 3) {
        String[] typeAndOffsets = cols[1].split(" ", 2);
        spans.add(new String[] {typeAndOffsets[0], cols[2], typeAndOffsets[1]});
      }
    }
    return spans;
  }
}

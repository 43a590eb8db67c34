package org.onconlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads BRAT standoff annotations ({@code name.txt} + {@code name.ann}) as described in {@code
 * corpora/GUIDELINES.md}.
 *
 * <ul>
 *   <li>{@code T} lines give an entity, possibly discontinuous: {@code T1<TAB>NOM 10 15;20
 *       25<TAB>text}.
 *   <li>{@code A}/{@code M} lines give attributes: binary ({@code A1<TAB>Negated T3}, stored as
 *       {@code negated=true}: the first letter is lower-cased) or valued ({@code A2<TAB>T T5 2a},
 *       stored under the name as written).
 *   <li>{@code #} AnnotatorNotes made only of {@code key=value} pairs separated by {@code ;} add
 *       free-text attributes that BRAT's closed value lists cannot hold ({@code morphology=8500/3;
 *       topography=C50}); any other note is kept as attribute {@code note}, which is never scored.
 *       Explicit {@code A} lines win over notes.
 *   <li>{@code R}, {@code E}, {@code N} and {@code *} lines are accepted and ignored.
 * </ul>
 *
 * <p>BRAT counts offsets in Unicode code points; they are converted to UTF-16 indices. A {@code T}
 * line whose text column differs from the text its offsets cover is reported (a sign of a text
 * edited after annotation) but kept. A document's id is its path relative to the corpus folder,
 * without extension, with {@code /} separators. Malformed lines are reported as problems (line
 * number and reason only).
 */
public final class BratReader {
  private static final Pattern TAB = Pattern.compile("\t");
  private static final Pattern SPACE = Pattern.compile(" +");
  private static final Pattern NOTE_PAIR = Pattern.compile("\\s*[\\w.]+\\s*=\\s*[^;=]*");

  /** Reads every {@code .txt} under {@code folder} (recursively) with its {@code .ann}. */
  public Corpus read(Path folder) throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.walk(folder)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<EvalDocument> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path txt : texts) {
      String rel = folder.relativize(txt).toString().replace('\\', '/');
      String id = rel.substring(0, rel.length() - ".txt".length());
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Path ann = txt.resolveSibling(txt.getFileName().toString().replaceAll("\\.txt$", ".ann"));
      String annotations = Files.exists(ann) ? Files.readString(ann, StandardCharsets.UTF_8) : "";
      List<String> local = new ArrayList<>();
      docs.add(parse(id, text, annotations, local));
      local.forEach(p -> problems.add(id + ".ann: " + p));
    }
    return new Corpus(docs, problems);
  }

  /** Parses one document's annotation text; problems are appended to {@code problems}. */
  public EvalDocument parse(String id, String text, String ann, List<String> problems) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
    Map<String, Map<String, String>> noteAttributes = new LinkedHashMap<>();
    boolean bmpOnly = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
    String[] lines = ann.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String reason =
          switch (line.charAt(0)) {
            case 'T' -> textBound(line, text, bmpOnly, labels, spans);
            case 'A', 'M' -> attribute(line, attributes);
            case '#' -> note(line, noteAttributes);
            case 'R', 'E', 'N', '*' -> null;
            default -> "unknown annotation kind";
          };
      if (reason != null) {
        problems.add("line " + (i + 1) + ": " + reason);
      }
    }
    List<EvalEntity> entities = new ArrayList<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      Map<String, String> attrs =
          new LinkedHashMap<>(noteAttributes.getOrDefault(e.getKey(), Map.of()));
      attrs.putAll(attributes.getOrDefault(e.getKey(), Map.of()));
      entities.add(new EvalEntity(e.getValue(), spans.get(e.getKey()), attrs));
    }
    for (String target : attributes.keySet()) {
      if (!labels.containsKey(target)) {
        problems.add("attribute on unknown annotation " + target);
      }
    }
    return new EvalDocument(id, text, entities);
  }

  private static String textBound(
      String line,
      String text,
      boolean bmpOnly,
      Map<String, String> labels,
      Map<String, List<Span>> spans) {
    String[] parts = TAB.split(line, 3);
    if (parts.length < 2) {
      return "text-bound annotation without type and offsets";
    }
    String[] typeAndOffsets = parts[1].split(" ", 2);
    if (typeAndOffsets.length < 2) {
      return "text-bound annotation without offsets";
    }
    List<Span> fragments = new ArrayList<>();
    for (String fragment : typeAndOffsets[1].split(";")) {
      String[] be = SPACE.split(fragment.strip());
      if (be.length != 2) {
        return "malformed offsets";
      }
      try {
        int b = toUtf16(text, bmpOnly, Integer.parseInt(be[0]));
        int e = toUtf16(text, bmpOnly, Integer.parseInt(be[1]));
        if (b < 0 || e < b) {
          return "offsets out of the text";
        }
        fragments.add(new Span(b, e));
      } catch (NumberFormatException ex) {
        return "malformed offsets";
      }
    }
    labels.put(parts[0], typeAndOffsets[0]);
    spans.put(parts[0], fragments);
    if (parts.length == 3 && !parts[2].equals(covered(text, fragments))) {
      return "annotation text differs from the covered text (offsets kept)";
    }
    return null;
  }

  /** The covered text as BRAT writes it: fragments joined by a space. */
  private static String covered(String text, List<Span> fragments) {
    StringBuilder sb = new StringBuilder();
    for (Span s : fragments) {
      sb.append(sb.isEmpty() ? "" : " ").append(text, s.begin(), s.end());
    }
    return sb.toString();
  }

  /**
   * Code-point offset to UTF-16 index, or -1 when past the end of the text. Without supplementary
   * characters (almost every clinical text) both counts are the same.
   */
  private static int toUtf16(String text, boolean bmpOnly, int codePoints) {
    if (codePoints < 0) {
      return -1;
    }
    if (bmpOnly) {
      return codePoints <= text.length() ? codePoints : -1;
    }
    try {
      return text.offsetByCodePoints(0, codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static String attribute(String line, Map<String, Map<String, String>> attributes) {
    String[] parts = TAB.split(line, 3);
    String[] fields = parts.length < 2 ? new String[0] : SPACE.split(parts[1].strip());
    if (fields.length < 2) {
      return "attribute without name and target";
    }
    String name = fields[0];
    String value;
    if (fields.length == 2) {
      name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
      value = "true";
    } else {
      value = String.join(" ", Arrays.asList(fields).subList(2, fields.length));
    }
    attributes.computeIfAbsent(fields[1], k -> new LinkedHashMap<>()).put(name, value);
    return null;
  }

  private static String note(String line, Map<String, Map<String, String>> notes) {
    String[] parts = TAB.split(line, 3);
    if (parts.length < 3) {
      return null;
    }
    String[] header = SPACE.split(parts[1].strip());
    if (header.length < 2) {
      return "note without target";
    }
    String body = parts[2].strip();
    Map<String, String> attrs = notes.computeIfAbsent(header[1], k -> new LinkedHashMap<>());
    boolean pairs = !body.isEmpty();
    for (String pair : body.split(";")) {
      pairs &= pair.isBlank() || NOTE_PAIR.matcher(pair).matches();
    }
    if (!pairs) {
      attrs.put("note", body);
      return null;
    }
    for (String pair : body.split(";")) {
      if (!pair.isBlank()) {
        int eq = pair.indexOf('=');
        attrs.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return null;
  }
}

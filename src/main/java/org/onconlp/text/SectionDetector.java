package org.onconlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the section headings of a French clinical report and the sections they open.
 *
 * <p>A heading is recognised only at the start of a line, after optional spaces and an optional
 * list marker or numbering ("1.", "II -", "- "), when the words up to the first ":" on the line,
 * or the whole line when it has no ":", are one of the headings of the list, compared case- and
 * accent-insensitively ("CONCLUSION :", "Antécédents familiaux", "Décision (RCP) :"). A trailing
 * parenthesised precision is allowed ("Examen macroscopique (pièce opératoire) :"). The same words
 * inside a sentence ("en conclusion, la patiente…", "la technique utilisée…") or at a line start
 * but followed by more words without a colon ("Conclusion de la réunion") are not headings.
 *
 * <p>Each section runs from its heading to the line of the next heading (trailing whitespace
 * excluded). Text before the first heading belongs to no section unless a preamble label is
 * given, in which case it becomes a section with that label and an empty heading.
 *
 * <p>Immutable and thread-safe. One pass over the lines; one hash lookup per short line.
 */
public final class SectionDetector {
  /** Classpath location of the default heading list. */
  public static final String DEFAULT_HEADINGS = "/org/onconlp/text/sections.txt";

  /** Label of the optional section covering the text before the first heading. */
  public static final String PREAMBLE = "preambule";

  /** Headings longer than this (in characters, before normalisation) are not looked up. */
  private static final int MAX_HEADING_LENGTH = 80;

  /** A section found in the text. */
  public record SectionSpan(String label, int begin, int headingEnd, int end) {}

  private final Map<String, String> labelByHeading;
  private final TextNormaliser normaliser = new TextNormaliser();

  /** Creates a detector with the default heading list. */
  public SectionDetector() {
    this(ResourceLines.load(DEFAULT_HEADINGS));
  }

  /**
   * Creates a detector from lines {@code key | heading | heading…}.
   *
   * @param lines heading definitions, as in {@code sections.txt}
   * @throws IllegalArgumentException on a malformed line or a heading listed under two keys
   */
  public SectionDetector(Iterable<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\|");
      if (parts.length < 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException("Malformed heading line: " + line);
      }
      String label = parts[0].strip();
      for (int k = 1; k < parts.length; k++) {
        String key = key(parts[k], 0, parts[k].length());
        String previous = map.put(key, label);
        if (previous != null && !previous.equals(label)) {
          throw new IllegalArgumentException(
              "Heading '" + key + "' listed under " + previous + " and " + label);
        }
      }
    }
    labelByHeading = Map.copyOf(map);
  }

  /**
   * Finds the sections of {@code text}.
   *
   * @param text the report text
   * @param preambleLabel label of a section for the text before the first heading, or null for
   *     none
   * @return sections in text order, never overlapping
   */
  public List<SectionSpan> detect(String text, String preambleLabel) {
    List<int[]> headings = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart < length) {
      int lineEnd = Layout.lineEnd(text, lineStart);
      int content = Layout.skipSpaces(text, lineStart, lineEnd);
      int marker = Layout.listMarkerEnd(text, content, lineEnd);
      int headingStart = marker >= 0 ? marker : content;
      if (headingStart < lineEnd && Character.isLetter(text.charAt(headingStart))) {
        int headingEnd = match(text, headingStart, lineEnd, labels);
        if (headingEnd > 0) {
          headings.add(new int[] {lineStart, headingStart, headingEnd});
        }
      }
      lineStart = Layout.nextLineStart(text, lineEnd);
    }
    List<SectionSpan> sections = new ArrayList<>(headings.size() + 1);
    if (preambleLabel != null) {
      int begin = Layout.skipSpaces(text, 0, length);
      int limit = headings.isEmpty() ? length : headings.get(0)[0];
      int end = Layout.trimEnd(text, begin, limit);
      if (begin < end) {
        sections.add(new SectionSpan(preambleLabel, begin, begin, end));
      }
    }
    for (int k = 0; k < headings.size(); k++) {
      int[] h = headings.get(k);
      int limit = k + 1 < headings.size() ? headings.get(k + 1)[0] : length;
      int end = Math.max(h[2], Layout.trimEnd(text, h[2], limit));
      sections.add(new SectionSpan(labels.get(k), h[1], h[2], end));
    }
    return sections;
  }

  /**
   * Returns the end of the heading starting at {@code start} (after its colon, if any) and adds
   * its label to {@code labels}, or returns -1.
   */
  private int match(String text, int start, int lineEnd, List<String> labels) {
    int limit = Math.min(lineEnd, start + MAX_HEADING_LENGTH);
    int colon = -1;
    for (int i = start; i < limit; i++) {
      if (text.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    int candidateEnd;
    int headingEnd;
    if (colon >= 0) {
      candidateEnd = colon;
      headingEnd = colon + 1;
    } else {
      candidateEnd = Layout.trimEnd(text, start, lineEnd);
      if (candidateEnd - start > MAX_HEADING_LENGTH) {
        return -1;
      }
      headingEnd = candidateEnd;
    }
    String label = labelByHeading.get(key(text, start, candidateEnd));
    if (label == null) {
      int open = text.lastIndexOf('(', candidateEnd - 1);
      int close = Layout.trimEnd(text, start, candidateEnd);
      if (open > start && close > open && text.charAt(close - 1) == ')') {
        label = labelByHeading.get(key(text, start, open));
      }
    }
    if (label == null) {
      return -1;
    }
    labels.add(label);
    return headingEnd;
  }

  /**
   * Lookup key of a heading: normalised (lower case, accents folded), hyphens, underscores and
   * runs of spaces as one space, trailing dots and spaces removed.
   */
  private String key(CharSequence text, int begin, int end) {
    String folded = normaliser.fold(text, begin, end);
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '.') {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString();
  }
}

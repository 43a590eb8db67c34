package org.onconlp.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitter for French clinical reports: layout rules first, then OpenNLP's French
 * sentence model inside each layout block, then abbreviation repairs.
 *
 * <p>Layout rules, applied between two consecutive non-blank lines (reports are full of lines
 * without a final full stop):
 *
 * <ol>
 *   <li>A blank line ends a sentence.
 *   <li>A line starting with a list marker ("- ", "•", "1)", "2.", "a)") starts a sentence.
 *   <li>A line ending with ":" (a heading or a label) ends a sentence.
 *   <li>The sentence goes on when the line ends with "," or an apostrophe, with a word from the
 *       continuation list (de, par, et…), or when the next line starts with a lower-case letter:
 *       hard-wrapped prose.
 *   <li>Otherwise the line break ends the sentence (the next line starts with a capital, a digit
 *       or a symbol).
 * </ol>
 *
 * <p>Inside a block the model decides; a break it proposes right after an abbreviation from the
 * list (Dr., M., cf., env., p.) or after a bare numbering ("1. Macroscopie"), or before a
 * lower-case letter, is undone. Numbers such as 3,5 or 3.5 never contain a break since the
 * model only breaks before whitespace.
 * Sentences never start or end with whitespace.
 *
 * <p>Not thread-safe ({@link SentenceDetectorME} keeps per-call state): use one instance per
 * thread; the {@link SentenceModel} itself is shared.
 */
public final class ClinicalSentenceSplitter {
  /** Classpath location of the default abbreviation list. */
  public static final String DEFAULT_ABBREVIATIONS = "/org/onconlp/text/abbreviations.txt";

  /** Classpath location of the default line-continuation word list. */
  public static final String DEFAULT_CONTINUATIONS =
      "/org/onconlp/text/sentence-continuations.txt";

  private final SentenceDetectorME detector;
  private final Set<String> abbreviations;
  private final Set<String> continuations;

  /** Creates a splitter with the default abbreviation and continuation lists. */
  public ClinicalSentenceSplitter(SentenceModel model) {
    this(
        model,
        ResourceLines.load(DEFAULT_ABBREVIATIONS),
        ResourceLines.load(DEFAULT_CONTINUATIONS));
  }

  /**
   * Creates a splitter.
   *
   * @param model OpenNLP sentence model (shared, thread-safe)
   * @param abbreviations abbreviations without their dot, case-sensitive
   * @param continuations words that continue a sentence across a line break, any case
   */
  public ClinicalSentenceSplitter(
      SentenceModel model, Iterable<String> abbreviations, Iterable<String> continuations) {
    this.detector = new SentenceDetectorME(model);
    this.abbreviations = copy(abbreviations, false);
    this.continuations = copy(continuations, true);
  }

  private static Set<String> copy(Iterable<String> words, boolean lowerCase) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      set.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
    }
    return Set.copyOf(set);
  }

  /** Splits {@code text} into sentences. */
  public List<TextSpan> split(String text) {
    return split(text, new int[0]);
  }

  /**
   * Splits {@code text} into sentences that never cross any of the given hard breaks (for
   * example section starts and heading ends, so that a heading is a sentence of its own).
   *
   * @param text the document text
   * @param hardBreaks offsets where a sentence must end, in ascending order
   * @return sentence spans in text order, trimmed, non-empty
   */
  public List<TextSpan> split(String text, int[] hardBreaks) {
    List<TextSpan> sentences = new ArrayList<>();
    int breakIndex = 0;
    for (TextSpan block : layoutBlocks(text)) {
      int from = block.begin();
      while (breakIndex < hardBreaks.length && hardBreaks[breakIndex] <= from) {
        breakIndex++;
      }
      while (breakIndex < hardBreaks.length && hardBreaks[breakIndex] < block.end()) {
        splitBlock(text, from, hardBreaks[breakIndex], sentences);
        from = hardBreaks[breakIndex];
        breakIndex++;
      }
      splitBlock(text, from, block.end(), sentences);
    }
    return sentences;
  }

  /** Cuts the text into blocks that no sentence crosses, by the layout rules. */
  private List<TextSpan> layoutBlocks(CharSequence text) {
    List<TextSpan> blocks = new ArrayList<>();
    int blockStart = -1;
    int previousContentEnd = -1;
    int lineStart = 0;
    int length = text.length();
    while (lineStart < length) {
      int lineEnd = Layout.lineEnd(text, lineStart);
      int contentStart = Layout.skipSpaces(text, lineStart, lineEnd);
      if (contentStart == lineEnd) {
        if (blockStart >= 0) {
          blocks.add(new TextSpan(blockStart, previousContentEnd));
          blockStart = -1;
        }
      } else {
        int contentEnd = Layout.trimEnd(text, contentStart, lineEnd);
        if (blockStart >= 0 && !continues(text, previousContentEnd, contentStart, lineEnd)) {
          blocks.add(new TextSpan(blockStart, previousContentEnd));
          blockStart = -1;
        }
        if (blockStart < 0) {
          blockStart = contentStart;
        }
        previousContentEnd = contentEnd;
      }
      lineStart = Layout.nextLineStart(text, lineEnd);
    }
    if (blockStart >= 0) {
      blocks.add(new TextSpan(blockStart, previousContentEnd));
    }
    return blocks;
  }

  /** Whether the sentence running to {@code previousEnd} goes on at the next line's content. */
  private boolean continues(CharSequence text, int previousEnd, int nextStart, int nextLineEnd) {
    if (Layout.listMarkerEnd(text, nextStart, nextLineEnd) >= 0) {
      return false;
    }
    char last = text.charAt(previousEnd - 1);
    if (last == ':') {
      return false;
    }
    if (last == ',' || last == '\'' || last == '’') {
      return true;
    }
    if (Character.isLowerCase(text.charAt(nextStart))) {
      return true;
    }
    int wordStart = previousEnd;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < previousEnd
        && previousEnd - wordStart <= 8
        && continuations.contains(
            text.subSequence(wordStart, previousEnd).toString().toLowerCase(Locale.ROOT));
  }

  /** Runs the model over one block and adds the repaired, trimmed sentences. */
  private void splitBlock(String text, int begin, int end, List<TextSpan> out) {
    int from = Layout.skipSpaces(text, begin, end);
    int to = Layout.trimEnd(text, from, end);
    if (from >= to) {
      return;
    }
    Span[] spans = detector.sentPosDetect(text.substring(from, to));
    int pendingBegin = -1;
    for (int k = 0; k < spans.length; k++) {
      int b = Layout.skipSpaces(text, from + spans[k].getStart(), from + spans[k].getEnd());
      int e = Layout.trimEnd(text, b, from + spans[k].getEnd());
      if (b >= e) {
        continue;
      }
      if (pendingBegin < 0) {
        pendingBegin = b;
      }
      boolean last = k == spans.length - 1;
      if (last || !mustJoin(text, pendingBegin, e, from + spans[k + 1].getStart(), to)) {
        out.add(new TextSpan(pendingBegin, e));
        pendingBegin = -1;
      }
    }
    if (pendingBegin >= 0) {
      out.add(new TextSpan(pendingBegin, to));
    }
    if (spans.length == 0) {
      out.add(new TextSpan(from, to));
    }
  }

  /**
   * True when the model's break at {@code end} follows a bare list marker ("1."), an
   * abbreviation, or precedes lower case.
   */
  private boolean mustJoin(String text, int begin, int end, int nextBegin, int limit) {
    if (Layout.listMarkerEnd(text, begin, limit) >= end) {
      return true;
    }
    int next = Layout.skipSpaces(text, nextBegin, limit);
    if (next < limit && Character.isLowerCase(text.charAt(next))) {
      return true;
    }
    if (text.charAt(end - 1) != '.') {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == end - 1) {
      return false;
    }
    return abbreviations.contains(text.substring(wordStart, end - 1));
  }
}

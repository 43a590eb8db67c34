package org.onconlp.deid.structured;

import static org.onconlp.deid.structured.StructuredScan.isSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.deid.structured.LabelValues.ValueKind;
import org.onconlp.text.ResourceLines;

/**
 * Values introduced by a label of labels.txt (IPP, NDA, RPPS, ID, SECU, TEL, DATE_NAISSANCE…),
 * found from the label's first word: the value after the label, the further cells of its table
 * row, or the value under it in a form written in columns.
 */
final class LabelledIdentifiers {
  private record LabelRule(String category, ValueKind kind, Pattern pattern) {}

  /** Bound on the spellings of one label's trigger word (classes of letters multiply them). */
  private static final int MAX_TRIGGER_SPELLINGS = 16;

  /** Stateless, hence shared. */
  private static final NirValidator NIR_CHECK = new NirValidator();

  private final Map<String, List<LabelRule>> labelsByTrigger;
  private final LabelValues values;
  private final FormLayouts forms;
  private final NumberFinder numbers;
  private final Pattern adeli;
  private final Pattern formEdition;
  private final Pattern documentCode;

  LabelledIdentifiers(PatternLibrary lib, LabelValues values, NumberFinder numbers) {
    this.values = values;
    this.forms = new FormLayouts(values);
    this.numbers = numbers;
    this.adeli = lib.compile("ADELI");
    this.formEdition = lib.compile("FORM_EDITION");
    this.documentCode = lib.compile("DOCUMENT_CODE");
    Map<String, List<LabelRule>> labels = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/deid/labels.txt")) {
      String[] fields = line.split("\t");
      if (fields.length != 3) {
        throw new IllegalArgumentException("labels.txt: expected 3 tab-separated fields: " + line);
      }
      Pattern p = lib.compileExpression("(?:" + fields[2] + "){LABEL_END}{LABEL_SEPARATOR}");
      LabelRule rule = new LabelRule(fields[0], ValueKind.valueOf(fields[1]), p);
      for (String trigger : leadingWords(fields[2])) {
        labels.computeIfAbsent(trigger, k -> new ArrayList<>()).add(rule);
      }
    }
    Map<String, List<LabelRule>> frozen = new HashMap<>();
    labels.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.labelsByTrigger = Map.copyOf(frozen);
  }

  /** The lower-case first words of the labels. */
  Set<String> triggers() {
    return labelsByTrigger.keySet();
  }

  /**
   * The value of a label opened by the lower-case word {@code word} at {@code text[i,j)}: adds
   * it (and the further cells of its table row) and returns its end, or -1 when no label with a
   * value starts there. A label without a value may still have one under it in a stacked form.
   */
  int labelledValueAt(StructuredScan s, int i, int j, String word) {
    List<LabelRule> rules = labelsByTrigger.get(word);
    if (rules == null) {
      return -1;
    }
    for (LabelRule rule : rules) {
      int labelEnd = s.matchAt(rule.pattern(), i);
      if (labelEnd > 0) {
        int valueEnd = values.valueAt(s, rule.kind(), labelEnd);
        if (valueEnd > labelEnd) {
          return isPublicDocumentCode(s, labelEnd, valueEnd)
              ? valueEnd
              : addValue(s, i, rule, labelEnd, valueEnd);
        }
        forms.stackedValue(s, i, rule.kind(), rule.category(), j);
      }
    }
    return -1;
  }

  /** Adds the value of the label at {@code i} with its NIR key and row cells; returns its end. */
  private int addValue(StructuredScan s, int i, LabelRule rule, int labelEnd, int valueEnd) {
    int slash = rule.category().indexOf('/');
    if (slash > 0) {
      String first = rule.category().substring(0, slash);
      boolean commaLabel = s.text.substring(i, labelEnd).indexOf(',') >= 0;
      return addPair(s, first, rule.category().substring(slash + 1), labelEnd, commaLabel);
    }
    String category = valueCategory(s, rule, labelEnd, valueEnd);
    s.add(referenceStart(s.text, category, labelEnd), valueEnd, category);
    if (rule.kind() == ValueKind.NIR) {
      valueEnd = numbers.nirKeyAt(s, valueEnd);
    }
    if (hasBar(s.text, i, labelEnd)) {
      // The scan goes on after the first cell: the other cells' dates are still read.
      forms.rowCells(s, rule.kind(), category, valueEnd);
    }
    return valueEnd;
  }

  /**
   * The category of a labelled value: the label's, except that an ID label's value with the shape
   * of an RPPS number is RPPS, and that any identifier label's value which is a valid NIR
   * ("assurée sous le numéro 2 55 11 …", "N° patient : 1 84 12 …") is SECU, the riskier reading.
   */
  private String valueCategory(StructuredScan s, LabelRule rule, int labelEnd, int valueEnd) {
    String category = rule.category();
    if (rule.kind() != ValueKind.NIR && NIR_CHECK.isWritten(s.text, labelEnd, valueEnd)) {
      return "SECU";
    }
    return category.equals("ID") && isRppsNumber(s, labelEnd, valueEnd) ? "RPPS" : category;
  }

  /** A table cell border within the label {@code [from, to)} (bounded: texts run to megabytes). */
  private static boolean hasBar(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '|') {
        return true;
      }
    }
    return false;
  }

  /**
   * "IPP / NDA : 5009271384 / 5023449107": a label naming two identifiers gives each value its
   * own category; a single value takes the first. A label joined by a comma ("IPP, NDA :") may
   * join its values by a comma.
   */
  private int addPair(StructuredScan s, String first, String second, int labelEnd, boolean commaLabel) {
    int firstEnd = values.singleIdAt(s, labelEnd);
    s.add(labelEnd, firstEnd, first);
    int secondStart = values.secondIdStart(s, firstEnd, true);
    if (secondStart < 0 && commaLabel) {
      // "IPP, NDA : 63004417, 23118750": a label joined by a comma joins its values the same way.
      secondStart = values.commaJoinedIdStart(s, firstEnd);
    }
    if (secondStart < 0) {
      return firstEnd;
    }
    int secondEnd = values.secondIdAt(s, secondStart);
    s.add(secondStart, secondEnd, second);
    return secondEnd;
  }

  /** A CERFA form number ("11574*05") or a quality-managed document's code ("ENR-BLOC-112"). */
  private boolean isPublicDocumentCode(StructuredScan s, int begin, int end) {
    return s.matchAt(formEdition, end) > 0 || s.matchesExactly(documentCode, begin, end);
  }

  /**
   * "10003917465": eleven digits starting with 10, the shape of an RPPS number; "87 1 02345 6":
   * the printed grouping of an ADELI number.
   */
  private boolean isRppsNumber(StructuredScan s, int begin, int end) {
    return (end - begin == 11 && s.text.startsWith("10", begin)) || s.matchesExactly(adeli, begin, end);
  }

  /**
   * "réf. CRO 16-04418", "dossier n° ARP 56 2025 004417": the upper-case prefix that the label
   * pattern read as a qualifier belongs to a reference (ID); before a patient or stay number it
   * names the hospital ("IPP CHU 49102387") and stays.
   */
  private static int referenceStart(String text, String category, int valueStart) {
    if (!category.equals("ID")) {
      return valueStart;
    }
    int p = valueStart;
    while (p > 0 && isSpace(text.charAt(p - 1))) {
      p--;
    }
    int s = p;
    while (s > 0 && s > p - 6 && text.charAt(s - 1) >= 'A' && text.charAt(s - 1) <= 'Z') {
      s--;
    }
    boolean acronym = p - s >= 2 && s > 0 && isSpace(text.charAt(s - 1)) && p < valueStart;
    return acronym ? s : valueStart;
  }

  /**
   * The lower-case words a label regex can open with, the trigger words under which it is tried:
   * its leading letters, with a class of letters ("num[ée]ro" → numéro, numero) or an optional
   * letter ("bons?" → bons, bon) spelt out, up to the first other construct.
   */
  static List<String> leadingWords(String regex) {
    List<String> words = new ArrayList<>(List.of(""));
    int i = 0;
    int n = regex.length();
    while (i < n && words.size() <= MAX_TRIGGER_SPELLINGS) {
      char c = regex.charAt(i);
      List<String> options;
      int next;
      if (Character.isLetter(c)) {
        options = List.of(String.valueOf(c));
        next = i + 1;
      } else if (c == '[' && regex.indexOf(']', i) > i + 1 && allLetters(regex, i + 1, regex.indexOf(']', i))) {
        int close = regex.indexOf(']', i);
        options = new ArrayList<>();
        for (int k = i + 1; k < close; k++) {
          options.add(String.valueOf(regex.charAt(k)));
        }
        next = close + 1;
      } else {
        break;
      }
      boolean optional = next < n && regex.charAt(next) == '?';
      List<String> longer = new ArrayList<>();
      for (String w : words) {
        for (String o : options) {
          longer.add(w + o);
        }
        if (optional) {
          longer.add(w);
        }
      }
      words = longer;
      i = optional ? next + 1 : next;
      if (optional) {
        // An optional letter ends the spelt-out part: what follows it may start a second word.
        break;
      }
    }
    if (words.contains("")) {
      throw new IllegalArgumentException("labels.txt: a label must start with a word: " + regex);
    }
    List<String> lower = new ArrayList<>();
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!lower.contains(l)) {
        lower.add(l);
      }
    }
    return lower;
  }

  private static boolean allLetters(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

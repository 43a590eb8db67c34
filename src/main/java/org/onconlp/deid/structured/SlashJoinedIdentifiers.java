package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers under one slash-joined label for {@link StructuredPhiFinder}: "N° centre / inclusion
 * / randomisation : 0412 / 017 / R-2291", "contrat / adhésion : EMP-2025-004418 / CT 88120457".
 * The line must name an identifier in one of its labels (SLASH_ID_WORD) and give exactly as many
 * values, each with a digit, as it has labels; every value is an identifier (ID), unless a more
 * specific finder typed it ("IPP / Venue" values are IPP and NDA, by the resolver's priorities).
 */
final class SlashJoinedIdentifiers {
  private final Pattern labels;
  private final Pattern idWord;
  private final Pattern value;
  private final Pattern separator;

  SlashJoinedIdentifiers(PatternLibrary lib) {
    labels = lib.compile("SLASH_LABELS");
    idWord = lib.compile("SLASH_ID_WORD");
    value = lib.compile("SLASH_VALUE");
    separator = lib.compile("SLASH_VALUE_SEPARATOR");
  }

  /** Adds the values of every slash-joined label line of the scanned text. */
  void addValues(StructuredScan s) {
    String text = s.text;
    int p = 0;
    while (p < s.n) {
      int lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0) {
        lineEnd = s.n;
      }
      int colon = text.indexOf(':', p);
      int slash = text.indexOf('/', p);
      if (colon > 0 && colon < lineEnd && slash > 0 && slash < colon) {
        lineAt(s, p, colon, lineEnd);
      }
      p = lineEnd + 1;
    }
  }

  /** The line {@code [p, lineEnd)} whose first colon is at {@code colon}. */
  private void lineAt(StructuredScan s, int p, int colon, int lineEnd) {
    String text = s.text;
    int start = p;
    while (start < colon && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    Matcher m = labels.matcher(text).region(start, lineEnd);
    if (!m.lookingAt() || m.end() <= colon) {
      return;
    }
    Matcher word = idWord.matcher(text).region(start, colon);
    word.useTransparentBounds(true);
    if (!word.find()) {
      return;
    }
    int labelCount = 1;
    for (int k = start; k < colon; k++) {
      labelCount += text.charAt(k) == '/' ? 1 : 0;
    }
    List<int[]> values = new ArrayList<>(labelCount);
    int v = m.end();
    Matcher val = value.matcher(text).region(v, lineEnd);
    val.useTransparentBounds(true);
    Matcher sep = separator.matcher(text).region(v, lineEnd);
    while (values.size() < labelCount) {
      val.region(v, lineEnd);
      if (!val.lookingAt()) {
        return;
      }
      values.add(new int[] {v, val.end()});
      sep.region(val.end(), lineEnd);
      if (!sep.lookingAt()) {
        break;
      }
      v = sep.end();
    }
    if (values.size() != labelCount) {
      return;
    }
    for (int[] span : values) {
      s.add(span[0], span[1], "ID");
    }
  }
}

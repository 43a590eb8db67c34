package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiSpan;

/**
 * The sender of a fax named in the transmission line on top of the page (HOPITAL): "14-NOV-2023
 * 09:12      DE-CYTOLAB REIMS      +33 1 99 00 72 15      P.001/002". The line holds a time and
 * ends with a page number; its columns are the date, the sender's number, the sender's name and
 * the page. An upper-case column without digits that no other rule read is the sender's name.
 */
final class FaxHeaders {
  /** A time of day, OCR letters O for zeros allowed: "09:12", "1O:42". */
  private static final Pattern TIME = Pattern.compile("\\b[0-9O]{1,2}[:h][0-9O]{2}\\b");
  /** A page number closing the line: "P.001/002", "P. 1", "PAGE 1/1", "P.O1/O2". */
  private static final Pattern PAGE = Pattern.compile("(?:\\bP\\.? ?|\\bPAGE ?)[0-9O]{1,3}(?:/[0-9O]{1,3})?\\s*$");
  /** Columns: runs of text between gaps of three spaces or more. */
  private static final Pattern COLUMN = Pattern.compile("\\S+(?: {1,2}\\S+)*");
  /** A sender prefix glued to the name: "DE-", "DE:", "FROM:", "EXP:". */
  private static final Pattern PREFIX = Pattern.compile("^(?:DE|FROM|EXP)\\s?[-:]\\s?");
  /** An upper-case name: words of capitals with dots, apostrophes and hyphens. */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?");
  /** Words of a fax line that are its fields' labels, not a sender. */
  private static final Set<String> LABELS = Set.of("FAX", "TEL", "TÉL", "DE", "FROM", "TO", "A", "À", "PAGE", "EXP", "DEST", "N°");
  /** A person's title opening a column: the sender is a person, the name finders' concern. */
  private static final Pattern TITLE = Pattern.compile("(?:DR|PR|MME|MLLE|M|MR)\\.? ");
  /** Characters a fax line may run to. */
  private static final int MAX_LINE = 200;

  private FaxHeaders() {}

  /** Adds the sender's name of a fax line opening the document to {@code out} unless a span covers it. */
  static void sender(String text, List<PhiSpan> out) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    if (end - start > MAX_LINE) {
      return;
    }
    String line = text.substring(start, end);
    Matcher page = PAGE.matcher(line);
    if (!TIME.matcher(line).find() || !page.find()) {
      return;
    }
    Matcher column = COLUMN.matcher(line);
    while (column.find() && column.start() < page.start()) {
      String field = line.substring(column.start(), Math.min(column.end(), page.start())).strip();
      Matcher prefix = PREFIX.matcher(field);
      int skip = prefix.find() ? prefix.end() : 0;
      String name = field.substring(skip);
      if (!NAME.matcher(name).matches() || LABELS.contains(name) || letters(name) < 3 || TITLE.matcher(name).lookingAt()) {
        continue;
      }
      int b = start + column.start() + skip;
      int e = b + name.length();
      if (!covered(out, b, e)) {
        out.add(new PhiSpan(b, e, "HOPITAL"));
      }
    }
  }

  private static int letters(String s) {
    int n = 0;
    for (int c = 0; c < s.length(); c++) {
      n += Character.isLetter(s.charAt(c)) ? 1 : 0;
    }
    return n;
  }

  private static boolean covered(List<PhiSpan> out, int b, int e) {
    for (PhiSpan s : out) {
      if (s.begin() < e && s.end() > b) {
        return true;
      }
    }
    return false;
  }
}

package org.onconlp.deid.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.text.ResourceLines;

/**
 * HL7 v2 messages pasted into a report ("PID|1||3002918844^^^CHUGA^PI||FAURE^JEAN^^^M."): the
 * components of the fields listed in hl7-fields.txt take the category their data type gives them
 * (person and clinician names, addresses, identifiers, facilities, phones, dates).
 */
final class Hl7Segments {
  private final ExportValues values;
  /** Data type by "SEG|field" ("PID|5" -> "XPN"). */
  private final Map<String, String> types;

  Hl7Segments(ExportValues values) {
    this.values = values;
    Map<String, String> map = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/deid/hl7-fields.txt")) {
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new IllegalArgumentException("hl7-fields.txt: expected 3 tab-separated fields: " + line);
      }
      map.put(parts[0] + "|" + Integer.parseInt(parts[1]), parts[2]);
    }
    this.types = Map.copyOf(map);
  }

  /** Adds the PHI of the HL7 segments of {@code text} (lines such as "PID|…"). */
  void find(String text, List<PhiSpan> out) {
    Set<String> facilities = new HashSet<>();
    List<int[]> segments = new ArrayList<>();
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (isSegment(text, start, end)) {
        segments.add(new int[] {start, end});
        segment(text, start, end, out, facilities);
      }
      start = end + 1;
    }
    if (!facilities.isEmpty()) {
      Set<Integer> named = new HashSet<>();
      for (PhiSpan span : out) {
        named.add(span.begin());
      }
      for (int[] seg : segments) {
        facilityComponents(text, seg[0], seg[1], facilities, named, out);
      }
    }
  }

  /** "PID|", "MSH|^~\&": three upper-case letters or digits, the first a letter, then '|'. */
  private static boolean isSegment(String text, int start, int end) {
    if (end - start < 4 || text.charAt(start + 3) != '|' || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int p = start + 1; p < start + 3; p++) {
      char c = text.charAt(p);
      if (!(Character.isUpperCase(c) || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private void segment(String text, int start, int end, List<PhiSpan> out, Set<String> facilities) {
    String name = text.substring(start, start + 3);
    // MSH-1 is the field separator itself: the first field after it is MSH-2.
    int field = name.equals("MSH") ? 2 : 1;
    int from = start + 4;
    for (int p = from; p <= end; p++) {
      if (p == end || text.charAt(p) == '|') {
        String type = types.get(name + "|" + field);
        if (type != null && p > from) {
          repetitions(text, from, p, type, out, facilities);
        }
        field++;
        from = p + 1;
      }
    }
  }

  private void repetitions(String text, int begin, int end, String type, List<PhiSpan> out, Set<String> facilities) {
    int from = begin;
    for (int p = begin; p <= end; p++) {
      if (p == end || text.charAt(p) == '~') {
        components(text, from, p, type, out, facilities);
        from = p + 1;
      }
    }
  }

  /** Types the '^' components of one repetition of a field of data type {@code type}. */
  private void components(String text, int begin, int end, String type, List<PhiSpan> out, Set<String> facilities) {
    int component = 1;
    int from = begin;
    for (int p = begin; p <= end; p++) {
      if (p == end || text.charAt(p) == '^') {
        String category = category(type, component);
        if (category != null && p > from) {
          values.type(text, from, p, category, out);
          if (category.equals("HOPITAL")) {
            facilities.add(text.substring(from, p));
          }
        }
        component++;
        from = p + 1;
      }
    }
  }

  /** The category of component {@code c} (from 1) of a field of the given data type, or null. */
  private static String category(String type, int c) {
    return switch (type) {
      case "XPN" -> c == 1 ? "NOM" : c == 2 || c == 3 ? "PRENOM" : null;
      case "XCN" -> c == 2 ? "NOM" : c == 3 || c == 4 ? "PRENOM" : null;
      case "XAD" -> c == 1 || c == 2 ? "ADRESSE" : c == 3 ? "VILLE" : c == 5 ? "ZIP" : null;
      case "CX_IPP" -> c == 1 ? "IPP" : null;
      case "CX_NDA" -> c == 1 ? "NDA" : null;
      case "XON" -> c == 1 ? "HOPITAL" : c == 3 ? "ID" : null;
      case "PL" -> c == 4 ? "HOPITAL" : null;
      case "HD" -> c == 1 ? "HOPITAL" : null;
      case "XTN" -> c == 1 ? "TEL" : null;
      case "TS" -> c == 1 ? "DATE" : null;
      case "DTB" -> c == 1 ? "DATE_NAISSANCE" : null;
      case "ID" -> c == 1 ? "ID" : null;
      default -> null;
    };
  }

  /** A facility named in a field is HOPITAL wherever it is a whole component of the message. */
  private static void facilityComponents(
      String text, int start, int end, Set<String> facilities, Set<Integer> named, List<PhiSpan> out) {
    int from = start + 4;
    for (int p = from; p <= end; p++) {
      if (p == end || isDelimiter(text.charAt(p))) {
        if (p > from && !named.contains(from) && facilities.contains(text.substring(from, p))) {
          out.add(new PhiSpan(from, p, "HOPITAL"));
        }
        from = p + 1;
      }
    }
  }

  private static boolean isDelimiter(char c) {
    return c == '|' || c == '^' || c == '~' || c == '&' || c == '\r';
  }
}

package org.onconlp.deid.record;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.text.ResourceLines;

/**
 * DICOM header dumps pasted into a report, one attribute a line after its tag: "(0010,0010)
 * PatientName PN DUPONT^JEAN", dcmdump's "(0010,0010) PN [DUPONT^JEAN] # 12, 1 PatientName",
 * pydicom's "(0010, 0010) Patient's Name PN: 'DUPONT^JEAN'". The attributes of
 * dicom-attributes.txt take their category; any other person name (PN) is a name and any other
 * date (DA, DT) a date.
 */
final class DicomHeaders {
  /** The value representations of DICOM (PS3.5), to tell the VR from the keyword. */
  private static final Set<String> VRS = Set.of(
      "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF",
      "OL", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR",
      "US", "UT", "UV");

  private final ExportValues values;
  /** Category by folded keyword ("patientname" -> "PERSON"). */
  private final Map<String, String> attributes;

  DicomHeaders(ExportValues values) {
    this.values = values;
    Map<String, String> map = new HashMap<>();
    for (String line : ResourceLines.load("/org/onconlp/deid/dicom-attributes.txt")) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("dicom-attributes.txt: expected 2 tab-separated fields: " + line);
      }
      map.put(foldKeyword(parts[0]), parts[1]);
    }
    this.attributes = Map.copyOf(map);
  }

  /** Adds the PHI of the DICOM attribute lines of {@code text}. */
  void find(String text, List<PhiSpan> out) {
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int tagEnd = tagEnd(text, start, end);
      if (tagEnd > 0) {
        attribute(text, tagEnd, end, out);
      }
      start = end + 1;
    }
  }

  /** End of a leading "(0010,0010)" or "(0010, 0010)" tag, or -1. */
  private static int tagEnd(String text, int start, int end) {
    int p = start;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    if (p + 11 > end || text.charAt(p) != '(' || !hex(text, p + 1)) {
      return -1;
    }
    int q = p + 5;
    if (text.charAt(q) != ',') {
      return -1;
    }
    q++;
    if (q < end && text.charAt(q) == ' ') {
      q++;
    }
    return q + 5 <= end && hex(text, q) && text.charAt(q + 4) == ')' ? q + 5 : -1;
  }

  private static boolean hex(String text, int p) {
    for (int k = p; k < p + 4; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads the keyword, VR and value after a tag and types the value. */
  private void attribute(String text, int from, int end, List<PhiSpan> out) {
    int vr = -1;
    for (int p = from; p + 2 <= end; p++) {
      boolean alone = text.charAt(p - 1) == ' ' && (p + 2 == end || " :[".indexOf(text.charAt(p + 2)) >= 0);
      if (alone && VRS.contains(text.substring(p, p + 2))) {
        vr = p;
        break;
      }
    }
    if (vr < 0) {
      return;
    }
    int v = vr + 2;
    while (v < end && (text.charAt(v) == ' ' || text.charAt(v) == ':')) {
      v++;
    }
    int valueEnd;
    String keyword;
    if (v < end && (text.charAt(v) == '[' || text.charAt(v) == '\'')) {
      char close = text.charAt(v) == '[' ? ']' : '\'';
      v++;
      int c = text.indexOf(close, v);
      valueEnd = c < 0 || c > end ? end : c;
      int hash = text.indexOf('#', valueEnd);
      keyword = vr > from + 1 && hasLetter(text, from, vr) ? text.substring(from, vr)
          : hash >= 0 && hash < end ? lastWord(text, hash, end) : "";
    } else {
      valueEnd = end;
      keyword = text.substring(from, vr);
    }
    String category = attributes.get(foldKeyword(keyword));
    String type = text.substring(vr, vr + 2);
    if (category == null) {
      category = type.equals("PN") ? ExportValues.PERSON : type.equals("DA") || type.equals("DT") ? "DATE" : null;
    }
    if (category == null) {
      return;
    }
    if (category.equals(ExportValues.PERSON) && text.indexOf('^', v) >= 0 && text.indexOf('^', v) < valueEnd) {
      int component = 1;
      int c = v;
      for (int p = v; p <= valueEnd; p++) {
        if (p == valueEnd || text.charAt(p) == '^') {
          if (component <= 3) {
            values.type(text, c, p, component == 1 ? "NOM" : "PRENOM", out);
          }
          component++;
          c = p + 1;
        }
      }
    } else {
      values.type(text, v, valueEnd, category, out);
    }
  }

  private static boolean hasLetter(String text, int b, int e) {
    for (int p = b; p < e; p++) {
      if (Character.isLetter(text.charAt(p))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String text, int from, int end) {
    int e = end;
    while (e > from && !Character.isLetter(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e);
  }

  /** Letters only, lower case, a possessive "'s" dropped ("Patient's Name" -> "patientname"). */
  private static String foldKeyword(String keyword) {
    StringBuilder b = new StringBuilder(keyword.length());
    String k = keyword.replace("'s ", " ");
    for (int p = 0; p < k.length(); p++) {
      char c = k.charAt(p);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}

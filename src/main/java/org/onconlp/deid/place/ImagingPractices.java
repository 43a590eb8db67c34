package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Imaging practices named by their brand without a hospital word (HOPITAL): "réalisée à Imagerie
 * Paris-Ouest", "IRM du 12/12 : Imagerie Jaude", "(cabinet Imagerie du Volcan)", "au centre
 * d'imagerie Dupuytren", "IRM-Scanner Ain Sud". The service word opening a heading ("Imagerie du
 * thorax", "Radiologie de contrôle") is no brand: the name must hold a proper name.
 */
final class ImagingPractices {
  /** Capitalised service words that open an imaging brand. */
  private static final Set<String> BRAND_HEADS = Set.of("imagerie", "radiologie", "irm-scanner", "scanner-irm");
  /** Words before a brand that place it: "réalisée à", "au", "IRM du … :", "cabinet", "centre". */
  private static final Set<String> PLACING_WORDS = Set.of("a", "au", ":", "(", "cabinet", "centre");

  /** Imaging examinations (the part before a dash: "TEP-PSMA") after which a bracketed brand names the practice. */
  private static final Set<String> EXAMINATIONS =
      Set.of("tep", "pet", "irm", "scanner", "tdm", "scintigraphie", "mammographie", "echographie", "radiographie", "tomoscintigraphie");

  private final PhiLexicons lex;
  private final FacilityNames names;

  ImagingPractices(PhiLexicons lex, FacilityNames names) {
    this.lex = lex;
    this.names = names;
  }

  /** An imaging brand at token {@code i}; returns the token after it, or {@code i}. */
  int practice(PhiTokens t, int i, List<PhiSpan> out) {
    if (i == 0 || !t.capitalised(i)) {
      return i;
    }
    int head = lowerCaseHeadBefore(t, i);
    if (head >= 0) {
      // "au centre d'imagerie Dupuytren": the brand after the lower-case kind of practice.
      int end = names.facilityName(t, i, true);
      // "cabinet de radiologie Imagerie du Bessin": the brand repeats the service word before its name.
      boolean brand = BRAND_HEADS.contains(t.fold[i]) && names.hasProperName(t, i + 1, end);
      if (end > i && (isProperName(t, i, end) || brand)) {
        // A brand repeating the service word is named without the kind before it.
        out.add(new PhiSpan(t.begin[brand ? i : head], t.end[end - 1], "HOPITAL"));
        return end;
      }
      return i;
    }
    if (!BRAND_HEADS.contains(t.fold[i]) || !PLACING_WORDS.contains(t.fold[i - 1]) && !t.fold[i - 1].equals("imagerie")) {
      return i;
    }
    int end = names.facilityName(t, i + 1, false);
    if (end == i + 1 || !(names.hasProperName(t, i + 1, end) || isProperName(t, i + 1, end))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /**
   * "TEP-PSMA (CERMEP, Bron)": an upper-case brand in brackets right after an imaging
   * examination, with its town. Returns the token after the town, or {@code i}.
   */
  int brandAfterExamination(PhiTokens t, int i, List<PhiSpan> out) {
    if (i < 2 || t.shape[i] != Shape.UPPER || t.end[i] - t.begin[i] < 4 || !PlaceTokens.isAllLetters(t, i) || !t.is(i - 1, "(")
        || t.lineBefore[i] || !isExamination(t.fold[i - 2]) || lex.isCommonWord(t.fold[i]) || lex.isStopWord(t.fold[i])) {
      return i;
    }
    // "TEP (PSMA)": alone, an upper-case word in brackets is the examination's tracer or target.
    int len = t.is(i + 1, ",") && i + 2 < t.size && t.capitalised(i + 2) ? lex.communes().longestMatch(t.fold, i + 2, t.size) : 0;
    if (len == 0 || !t.is(i + 2 + len, ")")) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "HOPITAL"));
    out.add(new PhiSpan(t.begin[i + 2], t.end[i + 1 + len], "VILLE"));
    return i + 2 + len;
  }

  /** True if a folded word names an imaging examination: "tep", "tep-psma", "irm", "scintigraphie". */
  private static boolean isExamination(String f) {
    int dash = f.indexOf('-');
    return EXAMINATIONS.contains(dash > 0 ? f.substring(0, dash) : f);
  }

  /** "centre d'imagerie", "cabinet de radiologie" (the head may be capitalised) right before {@code i}: its first token, or -1. */
  private static int lowerCaseHeadBefore(PhiTokens t, int i) {
    if (i < 3 || t.shape[i - 1] != Shape.LOWER || !(t.fold[i - 1].equals("imagerie") || t.fold[i - 1].equals("radiologie"))) {
      return -1;
    }
    boolean connector = t.fold[i - 2].equals("d'") || t.fold[i - 2].equals("de");
    // "(Centre⏎d'imagerie Saint-Serge)": a capitalised head the line wrapped after counts too.
    boolean head = (t.shape[i - 3] == Shape.LOWER || t.shape[i - 3] == Shape.TITLE)
        && (t.fold[i - 3].equals("centre") || t.fold[i - 3].equals("cabinet"));
    return connector && head && !t.lineBefore[i] ? i - 3 : -1;
  }

  /** True if the name {@code [from,to)} opens with a capitalised word that is no common word, or is a commune. */
  private boolean isProperName(PhiTokens t, int from, int to) {
    return t.capitalised(from) && names.isFacilityNameWord(t.fold[from], false) || lex.communes().longestMatch(t.fold, from, to) > 0;
  }
}

package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Care structures named after a département number (HOPITAL): a home-care head, the number and
 * the adjective of its area ("Équipe HAD 71 Chalonnais", "SSIAD 24 Périgourdin"), and a
 * letterhead brand closed by its number before a spaced dash and the practice's specialty
 * ("CYTOPATH 47 - Anatomie et Cytologie Pathologiques"). The bare home-care head and number
 * ("HAD 63") is {@link FacilityFinder}'s.
 */
final class DepartmentBrands {
  /** Home-care heads named by their département's number. */
  private static final Set<String> CARE_HEADS = Set.of("had", "ssiad");
  /** Endings of a place adjective ("Chalonnais", "Périgourdine", "Lyonnaise", "Vendéen"). */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("ais", "aise", "ois", "oise", "ain", "aine", "en", "enne", "in", "ine");
  /** Specialty words of a laboratory or practice letterhead, after the brand's dash. */
  private static final Set<String> SPECIALTIES = Set.of("anatomie", "anatomopathologie", "cytologie", "pathologie",
      "pathologiques", "biologie", "laboratoire", "imagerie", "radiologie", "analyses", "cytopathologie");

  private final PhiLexicons lex;

  DepartmentBrands(PhiLexicons lex) {
    this.lex = lex;
  }

  /** Reads a structure named after a département number at {@code i}; returns the token after it, or {@code i}. */
  int brand(PhiTokens t, int i, List<PhiSpan> out) {
    int n = i + 1;
    if (!t.capitalised(i) || !departmentNumber(t, n)) {
      return i;
    }
    if (CARE_HEADS.contains(t.fold[i]) && t.shape[i] == Shape.UPPER && placeAdjective(t, n + 1)) {
      out.add(new PhiSpan(t.begin[i], t.end[n + 1], "HOPITAL"));
      return n + 2;
    }
    if (t.lineBefore[i] && t.shape[i] == Shape.UPPER && t.end[i] - t.begin[i] >= 4 && PlaceTokens.isAllLetters(t, i)
        && !lex.isCommonWord(t.fold[i]) && !lex.isStopWord(t.fold[i]) && !PlaceWords.HEADS.contains(t.fold[i])
        && specialtyAfterDash(t, n + 1)) {
      out.add(new PhiSpan(t.begin[i], t.end[n], "HOPITAL"));
      return n + 1;
    }
    return i;
  }

  /** True if token {@code k} is a two-digit number (or 2A, 2B) on the line, apart from the word before. */
  private static boolean departmentNumber(PhiTokens t, int k) {
    if (k >= t.size || t.lineBefore[k] || t.glued(k) || t.end[k] - t.begin[k] != 2) {
      return false;
    }
    String s = t.text.substring(t.begin[k], t.end[k]);
    return s.equals("2A") || s.equals("2B") || (PlaceTokens.isAllDigits(t, k) && !s.equals("00") && !s.startsWith("0"));
  }

  /** True if token {@code k} is a capitalised place adjective on the same line, no common word. */
  private boolean placeAdjective(PhiTokens t, int k) {
    if (k >= t.size || t.lineBefore[k] || t.shape[k] != Shape.TITLE || lex.isCommonWord(t.fold[k]) || t.fold[k].length() < 5) {
      return false;
    }
    String f = t.fold[k];
    return ADJECTIVE_ENDINGS.stream().anyMatch(f::endsWith);
  }

  /** True if token {@code k} is a spaced dash followed, on the line, by a specialty word within three tokens. */
  private static boolean specialtyAfterDash(PhiTokens t, int k) {
    if (k >= t.size || t.lineBefore[k] || t.glued(k) || !(t.is(k, "-") || t.is(k, "–") || t.is(k, "—"))) {
      return false;
    }
    for (int p = k + 1; p < t.size && p <= k + 3 && !t.lineBefore[p]; p++) {
      if (SPECIALTIES.contains(t.fold[p])) {
        return true;
      }
    }
    return false;
  }
}

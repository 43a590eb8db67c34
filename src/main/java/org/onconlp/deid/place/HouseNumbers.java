package org.onconlp.deid.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The numbers around a street: house numbers ("12 bis", "47-83", "1 1 4" read digit by digit,
 * "Avenue Hippocrate 10") and the building parts after an address ("bât. C, 3e étage, n° 7", or
 * "bat 12" opening the line after the address), told apart from clock times and ordinals.
 */
final class HouseNumbers {
  /** Suffixes of a house number: "12 bis", "7b". */
  static final Set<String> NUMBER_SUFFIX = Set.of("bis", "ter", "quater", "b", "a", "c");

  private HouseNumbers() {}

  /**
   * "1 1 4  av. …": the token after a street number written digit by digit (OCR output, one
   * space apart), or {@code i + 1} for an ordinary number.
   */
  static int letterSpacedNumberEnd(PhiTokens t, int i) {
    int k = i + 1;
    if (t.end[i] - t.begin[i] != 1) {
      return k;
    }
    while (k < t.size && k - i < 4 && t.shape[k] == Shape.NUMBER && t.end[k] - t.begin[k] == 1
        && !t.lineBefore[k] && t.begin[k] - t.end[k - 1] == 1) {
      k++;
    }
    return k;
  }

  /**
   * "9h10 passage IDE", "1er passage", "3e étage": a clock time or an ordinal, not a street
   * number; letters glued to a street number may only be a suffix ("12b", "7bis").
   */
  static boolean isTimeOrOrdinal(PhiTokens t, int i) {
    int c = t.begin[i];
    while (c < t.end[i] && Character.isDigit(t.text.charAt(c))) {
      c++;
    }
    if (c == t.end[i]) {
      return false;
    }
    String rest = t.text.substring(c, t.end[i]).toLowerCase(Locale.ROOT);
    return !NUMBER_SUFFIX.contains(rest) && !rest.startsWith("-");
  }

  /** "47-83": a range of street numbers. */
  static boolean isNumberRange(PhiTokens t, int i) {
    int dash = t.text.indexOf('-', t.begin[i]);
    if (dash < 0 || dash >= t.end[i] || dash - t.begin[i] > 4 || t.end[i] - dash - 1 > 4 || t.end[i] - dash < 2) {
      return false;
    }
    for (int c = t.begin[i]; c < t.end[i]; c++) {
      if (c != dash && !Character.isDigit(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Avenue Hippocrate 10", "Rue Gabrielle-Perret-Gentil 4, 1205 Genève", "ZA de Kervidanou 3 -
   * BP 41": a house number of one to four digits written after the street's name (Belgian and
   * Swiss usage), closing the line or before a comma or a spaced dash. Returns its token, or
   * {@code last}.
   */
  static int trailingHouseNumber(PhiTokens t, int last) {
    int n = last + 1;
    if (n >= t.size || t.lineBefore[n] || t.shape[n] != Shape.NUMBER || t.glued(n) || t.end[n] - t.begin[n] > 4
        || !PlaceTokens.isAllDigits(t, n)) {
      return last;
    }
    int after = n + 1;
    boolean closed = after >= t.size || t.lineBefore[after] || t.is(after, ",")
        || ((t.is(after, "-") || t.is(after, "–")) && !t.glued(after));
    return closed ? n : last;
  }

  /**
   * "Avinguda de França s/n": the Spanish and Catalan mark of a street without a house number
   * ("sin número") after the street's name. Returns its last token, or {@code last}.
   */
  static int withoutNumber(PhiTokens t, int last) {
    int s = last + 1;
    if (s + 2 < t.size && !t.lineBefore[s] && t.fold[s].equals("s") && t.is(s + 1, "/") && t.fold[s + 2].equals("n")
        && t.glued(s + 1) && t.glued(s + 2)) {
      return s + 2;
    }
    return last;
  }

  /**
   * ", bât. C, esc. B, appt 23", ", 3e étage", ", n° 7" after a street or a residence: the end of
   * the address part.
   */
  static int buildingParts(PhiTokens t, int last) {
    while ((t.is(last + 1, ",") || (t.is(last + 1, "-") && !t.glued(last + 1))) && last + 2 < t.size && !t.lineBefore[last + 2]) {
      int part = last + 2;
      if (t.fold[part].startsWith("rez-de-")) {
        // "appt 3, rez-de-jardin": a floor named without a number.
        last = part;
        continue;
      }
      if (part + 1 >= t.size) {
        break;
      }
      if (t.shape[part] == Shape.NUMBER && !t.lineBefore[part + 1] && (PlaceWords.BUILDING_PARTS.contains(t.fold[part + 1])
          || isOrdinalFloor(t, part + 1) && t.fold[part + 1].equals("et")) && t.end[part] - t.begin[part] <= 4) {
        // "3e étage", "2e ét.": an ordinal before the building part.
        // The dot closes an abbreviation ("ét."), not a sentence ("2e étage.").
        last = t.is(part + 2, ".") && t.glued(part + 2) && t.end[part + 1] - t.begin[part + 1] <= 4 ? part + 2 : part + 1;
        continue;
      }
      int numberSign = numberSignEnd(t, part);
      if (numberSign > part && numberSign < t.size && t.shape[numberSign] == Shape.NUMBER && !t.lineBefore[numberSign]) {
        last = numberSign;
        continue;
      }
      if (!PlaceWords.BUILDING_PARTS.contains(t.fold[part])) {
        break;
      }
      int p = last + 3;
      if (t.is(p, ".") && t.glued(p)) {
        p++;
      }
      if (p >= t.size || t.lineBefore[p] || !(t.shape[p] == Shape.NUMBER || t.capitalised(p) || isBuildingCode(t, p))) {
        break;
      }
      last = p;
    }
    return last;
  }

  /**
   * "2 square Chambord, quartier Monplaisir,⏎bat 12.": a building part opening a line, after an
   * address or a town closing the line before with a comma. Returns the token after it, or {@code i}.
   */
  static int buildingPartLine(PhiTokens t, int i, List<PhiSpan> out) {
    if (i < 2 || !t.lineBefore[i] || !t.is(i - 1, ",") || t.lineBefore[i - 1] || !PlaceWords.BUILDING_PARTS.contains(t.fold[i])
        || out.isEmpty()) {
      return i;
    }
    PhiSpan last = out.get(out.size() - 1);
    if (!(last.category().equals("ADRESSE") || last.category().equals("VILLE")) || last.end() < t.end[i - 2]) {
      return i;
    }
    int p = t.is(i + 1, ".") && t.glued(i + 1) ? i + 2 : i + 1;
    if (p >= t.size || t.lineBefore[p] || !(t.shape[p] == Shape.NUMBER || t.shape[p] == Shape.LETTER && t.capitalised(p))) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[p], "ADRESSE"));
    return p + 1;
  }

  /** "B2", "12A": a short code of letters and digits naming a building or a flat. */
  private static boolean isBuildingCode(PhiTokens t, int p) {
    if (t.end[p] - t.begin[p] > 4 || !Character.isUpperCase(t.text.charAt(t.begin[p])) && !Character.isDigit(t.text.charAt(t.begin[p]))) {
      return false;
    }
    for (int c = t.begin[p]; c < t.end[p]; c++) {
      if (!Character.isLetterOrDigit(t.text.charAt(c)) || Character.isLowerCase(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** "n°", "n °", "no" at {@code k}: the token after the number sign, or {@code k}. */
  private static int numberSignEnd(PhiTokens t, int k) {
    if (k >= t.size || !(t.fold[k].equals("n") || t.fold[k].equals("n°") || t.fold[k].equals("no"))) {
      return k;
    }
    if (t.fold[k].equals("n") && t.is(k + 1, "°")) {
      return k + 2;
    }
    return t.fold[k].equals("n") ? k : k + 1;
  }

  /** "3e", "2e ét." at {@code p}: an ordinal or the abbreviated "étage" after one. */
  static boolean isOrdinalFloor(PhiTokens t, int p) {
    return (t.shape[p] == Shape.NUMBER || Character.isDigit(t.text.charAt(t.begin[p]))) && t.end[p] - t.begin[p] <= 4
        || (t.fold[p].equals("et") && Character.toLowerCase(t.text.charAt(t.begin[p])) == 'é');
  }
}

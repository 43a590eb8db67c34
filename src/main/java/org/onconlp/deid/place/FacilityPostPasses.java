package org.onconlp.deid.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Passes over the facilities found in a whole document: a care unit written before a facility
 * joins it, a second commune after a slash closes it, and an upper-case word spelling a found
 * facility's initials names it too.
 */
final class FacilityPostPasses {
  /** Care units written before the facility they belong to: "USP du CH de Douarnenez". */
  private static final Set<String> UNIT_PREFIXES =
      Set.of("usp", "smr", "ssr", "maternite", "had", "ehpad", "usld", "ssiad", "hdj");

  /** Letters a letter-spaced logo must have. */
  private static final int MIN_LOGO_LETTERS = 5;
  /** Widest even spacing between the letters of a logo. */
  private static final int MAX_LOGO_GAP = 3;

  private FacilityPostPasses() {}

  /**
   * "USP du CH de Douarnenez", "Maternité des HUG", "SMR Clinique du Sport": a care unit named
   * right before a facility, with its connectors, is part of the facility's name.
   */
  static void withUnitPrefixes(PhiTokens t, List<PhiSpan> out) {
    for (int s = 0; s < out.size(); s++) {
      PhiSpan span = out.get(s);
      if (!span.category().equals("HOPITAL")) {
        continue;
      }
      int k = PlaceTokens.firstTokenAt(t, span.begin()) - 1;
      int connectors = 0;
      while (k >= 0 && connectors < 2 && !t.lineBefore[k + 1] && PlaceWords.CONNECTORS.contains(t.fold[k]) && !t.is(k, "-")) {
        k--;
        connectors++;
      }
      if (k >= 0 && !t.lineBefore[k + 1] && UNIT_PREFIXES.contains(t.fold[k])
          && (t.shape[k] == Shape.UPPER || (t.shape[k] == Shape.TITLE && connectors > 0))) {
        out.set(s, new PhiSpan(t.begin[k], span.end(), "HOPITAL"));
      }
    }
  }

  /**
   * "CENTRE HOSPITALIER UNIVERSITAIRE DE POINTE-A-PITRE/ABYMES": a facility named after two
   * communes joined by a slash; the second commune, glued to the slash, is part of the name.
   */
  static void slashJoinedCommune(PhiTokens t, List<PhiSpan> out) {
    for (int s = 0; s < out.size(); s++) {
      PhiSpan span = out.get(s);
      if (!span.category().equals("HOPITAL")) {
        continue;
      }
      int k = PlaceTokens.firstTokenAt(t, span.end());
      if (k <= 0 || k + 1 >= t.size || !t.is(k, "/") || t.begin[k] != span.end() || !t.glued(k + 1)
          || !t.capitalised(k + 1) || !PlaceTokens.isAllLetters(t, k + 1) || !t.capitalised(k - 1)) {
        continue;
      }
      int e = k + 1;
      while (e + 2 < t.size && (t.is(e + 1, "-") || t.is(e + 1, "'")) && t.glued(e + 1) && t.glued(e + 2) && t.shape[e + 2] != Shape.OTHER) {
        e += 2;
      }
      out.set(s, new PhiSpan(span.begin(), t.end[e], "HOPITAL"));
    }
  }

  /**
   * "*  *  *   M I S E R I C O R D E   *  *  *" over "Centre Hospitalier d'Ajaccio - …": a word
   * written letter by letter, alone with marks on the first line, over a line naming a facility,
   * is that facility's logo.
   */
  static void letterSpacedLogo(PhiTokens t, List<PhiSpan> out, PhiLexicons lex) {
    int k = 0;
    while (k < t.size && t.shape[k] == Shape.OTHER && (k == 0 || !t.lineBefore[k])) {
      k++;
    }
    int first = k;
    // "N  A  V  A  R  R  E": the letters may stand two or three spaces apart, evenly.
    int gap = first + 1 < t.size ? t.begin[first + 1] - t.end[first] : 1;
    if (gap < 1 || gap > MAX_LOGO_GAP) {
      gap = 1;
    }
    StringBuilder word = new StringBuilder();
    while (k < t.size && (k == first || (!t.lineBefore[k] && t.begin[k] - t.end[k - 1] == gap)) && t.end[k] - t.begin[k] == 1
        && Character.isUpperCase(t.text.charAt(t.begin[k]))) {
      word.append(t.fold[k]);
      k++;
    }
    int last = k - 1;
    // "R A P P O R T": a heading written letter by letter names no one.
    if (last - first + 1 < MIN_LOGO_LETTERS || lex.isCommonWordOrPlural(word.toString()) || PlaceWords.HEADS.contains(word.toString())) {
      return;
    }
    while (k < t.size && !t.lineBefore[k] && t.shape[k] == Shape.OTHER) {
      k++;
    }
    if (k >= t.size || !t.lineBefore[k]) {
      return;
    }
    int next = k;
    while (next < t.size && (next == k || !t.lineBefore[next])) {
      next++;
    }
    int lineEnd = next < t.size ? t.begin[next] : t.text.length();
    for (PhiSpan span : out) {
      if (span.category().equals("HOPITAL") && span.begin() >= t.begin[k] && span.begin() < lineEnd) {
        out.add(new PhiSpan(t.begin[first], t.end[last], "HOPITAL"));
        return;
      }
    }
  }

  /**
   * "Centre Hospitalier de Mayotte … au CHM", "Centre hospitalier de Cayenne Andrée-Rosemon …
   * au CHC": an upper-case word that spells the initials of a facility found in the same
   * document (all its words but connectors, or the first three of them or more) names that
   * facility, even where it is also a clinical abbreviation.
   */
  static void facilityInitials(PhiTokens t, List<PhiSpan> out) {
    Set<String> acronyms = new HashSet<>();
    for (PhiSpan span : out) {
      if (!span.category().equals("HOPITAL")) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (int k = PlaceTokens.firstTokenAt(t, span.begin()); k < t.size && t.begin[k] < span.end(); k++) {
        String f = t.fold[k];
        if (PlaceWords.CONNECTORS.contains(f) || !Character.isLetter(f.charAt(0))) {
          continue;
        }
        for (int c = 0; c < f.length(); c++) {
          if (c == 0 || f.charAt(c - 1) == '-') {
            initials.append(f.charAt(c));
          }
        }
        if (initials.length() >= 3) {
          acronyms.add(initials.toString());
        }
      }
    }
    if (acronyms.isEmpty()) {
      return;
    }
    int covered = 0;
    List<PhiSpan> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt(PhiSpan::begin));
    for (int k = 0; k < t.size; k++) {
      if (t.shape[k] != Shape.UPPER || t.end[k] - t.begin[k] < 3 || t.end[k] - t.begin[k] > 6 || !acronyms.contains(t.fold[k])
          || (k > 0 && t.glued(k) && !t.is(k - 1, "("))) {
        continue;
      }
      while (covered < sorted.size() && sorted.get(covered).end() <= t.begin[k]) {
        covered++;
      }
      if (covered < sorted.size() && sorted.get(covered).begin() <= t.begin[k]) {
        continue;
      }
      out.add(new PhiSpan(t.begin[k], t.end[k], "HOPITAL"));
    }
  }
}

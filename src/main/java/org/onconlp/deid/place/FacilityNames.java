package org.onconlp.deid.place;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/** The capitalised name after a facility head, read by every facility finder. */
final class FacilityNames {
  /** Words a facility's name may run to. */
  private static final int MAX_FACILITY_WORDS = 8;
  /** Lower-case facility words that may stand inside a name after a connector. */
  private static final Set<String> INNER_HEADS = Set.of("hopital", "clinique");
  /**
   * Lower-case words of a practice's kind after its capitalised head: "Cabinet infirmier des
   * Glycines" (after a lower-case head, "cabinet infirmier de Mayenne" names the town).
   */
  private static final Set<String> PRACTICE_KINDS = Set.of("infirmier", "infirmiere", "infirmieres");
  /** Care modes after "de": "Hôpital de jour", "HÔPITAL DE SEMAINE" name a unit, not a facility. */
  private static final Set<String> CARE_MODES = Set.of("jour", "semaine", "nuit");
  /** Endings of regional and national adjectives: "guyanais", "comtoise", "alsacien". */
  private static final List<String> DEMONYM_ENDINGS = List.of("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine");

  private final PhiLexicons lex;

  FacilityNames(PhiLexicons lex) {
    this.lex = lex;
  }

  /** The capitalised name after a facility head; returns its end token or {@code from}. */
  int facilityName(PhiTokens t, int from, boolean needCapitalFirst) {
    return facilityName(t, from, needCapitalFirst, false);
  }

  /**
   * The capitalised name after a facility head; with {@code wrapped}, the name may open the next
   * line ("au laboratoire⏎Anapath Corse"). Returns its end token or {@code from}.
   */
  private int facilityName(PhiTokens t, int from, boolean needCapitalFirst, boolean wrapped) {
    int last = -1;
    int p = from;
    int words = 0;
    while (p < t.size && words < MAX_FACILITY_WORDS && (!t.lineBefore[p] || (wrapped && p == from))) {
      String f = t.fold[p];
      // A spaced dash or a wide gap ends the name: "CHU de Nantes – DUPONT Marie – page 2",
      // "Clinique Les Augustines – Malestroit", "CHU de Nantes      Page 2/2".
      if ((f.equals("-") && !t.glued(p)) || (p > from && t.begin[p] - t.end[p - 1] >= PlaceTokens.COLUMN_GAP)) {
        break;
      }
      // "du Centre Bretagne", "du Centre-Val de Loire": a region's name inside the facility name.
      boolean region = f.equals("centre") && p > from && p + 1 < t.size && !t.lineBefore[p + 1]
          && t.capitalised(p + 1) && !lex.isStopWord(t.fold[p + 1]);
      if (last < 0 && p > from && CARE_MODES.contains(f) && PlaceWords.CONNECTORS.contains(t.fold[p - 1])) {
        break;
      }
      // "Réseau de soins palliatifs Réseau Kaz'Onco": a second head before any name starts the name.
      if (last < 0 && p > from && t.capitalised(p) && PlaceWords.HEADS.contains(f) && !f.equals("centre")) {
        break;
      }
      // "HAD Santé Service Val-de-Loire": a home-care brand, "Service" is part of the name.
      if (f.equals("service") && p > from && t.fold[p - 1].equals("sante") && last < 0) {
        last = p;
        words++;
        p++;
        continue;
      }
      // A capitalised descriptor ("Pathologie", "Santé") counts only after a proper name.
      // "EHPAD Les Rives du Cher": a département's name that is also a common word, after a connector.
      boolean department = t.capitalised(p) && last >= 0 && PlaceWords.CONNECTORS.contains(t.fold[p - 1]) && lex.isDepartment(f);
      if (t.capitalised(p) && (!lex.isStopWord(f) || region || department) && (!PlaceWords.DESCRIPTORS.contains(f) || last >= 0)) {
        last = p;
      } else if ((last == p - 1 || (p > from && t.shape[p - 1] == Shape.LOWER && PlaceWords.DESCRIPTORS.contains(t.fold[p - 1])))
          && isDemonym(t, p)) {
        // "Centre hospitalier de l'Ouest guyanais Franck Joly", "Réseau hospitalier neuchâtelois":
        // a lower-case regional adjective after a name or a descriptor.
        last = p;
      } else if (PlaceWords.DESCRIPTORS.contains(f) || (p == from && PRACTICE_KINDS.contains(f)) || (INNER_HEADS.contains(f) && p > from && PlaceWords.CONNECTORS.contains(t.fold[p - 1]))) {
        // "CECOS de l'hôpital Cochin": a lower-case hospital word after a connector goes on the name.
        needCapitalFirst = false;
      } else if (PlaceWords.CONNECTORS.contains(f)
          && (!(needCapitalFirst && last < 0) || (p + 1 < t.size && PlaceWords.DESCRIPTORS.contains(t.fold[p + 1])))) {
        if (t.is(p, "-") && !t.glued(p)) {
          break;
        }
      } else {
        break;
      }
      words++;
      p++;
    }
    return last < 0 ? from : last + 1;
  }

  /**
   * "APHP.Nord", "AP-HP.Sorbonne Université": the hospital group written after a dot glued to
   * the facility belongs to it. Returns the end of the group's name, or {@code end}.
   */
  int groupAfterDot(PhiTokens t, int end) {
    if (end + 1 >= t.size || !t.is(end, ".") || !t.glued(end) || !t.glued(end + 1) || !t.capitalised(end + 1)) {
      return end;
    }
    int p = end + 1;
    do {
      p++;
    } while (p < t.size && !t.lineBefore[p] && !t.glued(p) && t.shape[p] == Shape.TITLE && !lex.isStopWord(t.fold[p])
        && !PlaceWords.HEADS.contains(t.fold[p]) && p - end <= 3);
    return p;
  }

  /**
   * True if the service word at {@code i} opens a name standing apart from the prose: in brackets
   * ("(Imagerie du Thabor)"), in a table column after a wide gap, or after the same service named
   * in lower case ("cabinet d'imagerie Imagerie Médicale des Minimes").
   */
  static boolean standsApart(PhiTokens t, int i) {
    return i > 0 && (t.is(i - 1, "(") || t.begin[i] - t.end[i - 1] >= PlaceTokens.COLUMN_GAP
        || (t.shape[i - 1] == Shape.LOWER && t.fold[i - 1].equals(t.fold[i])));
  }

  /** "guyanais", "lorraine", "basque": a lower-case adjective of a region or people, no common word. */
  private boolean isDemonym(PhiTokens t, int p) {
    String f = t.fold[p];
    if (t.shape[p] != Shape.LOWER || lex.isCommonWordOrPlural(f) || lex.isStopWord(f) || PlaceWords.CONNECTORS.contains(f)) {
      return false;
    }
    for (String ending : DEMONYM_ENDINGS) {
      if (f.length() > ending.length() + 2 && f.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The facility name opening at token {@code n} as HOPITAL and its end, or {@code i}. */
  int facilityFrom(PhiTokens t, int i, int n, List<PhiSpan> out) {
    int end = facilityName(t, n, true, true);
    if (end == n) {
      return i;
    }
    out.add(new PhiSpan(t.begin[n], t.end[end - 1], "HOPITAL"));
    return end;
  }

  /**
   * True if a capitalised word of {@code [from,to)} after a connector ("du Pays Basque") is
   * neither a descriptor, a facility kind nor a compass point: a place's name, not the rest of a
   * heading ("BIOLOGIE MOLECULAIRE HEMATOLOGIQUE du 1 mars").
   */
  boolean hasProperName(PhiTokens t, int from, int to) {
    boolean connector = false;
    for (int k = from; k < to; k++) {
      String f = t.fold[k];
      // "Imagerie médicale Pasteur": a lower-case descriptor leads to the name as a connector does.
      connector |= PlaceWords.CONNECTORS.contains(f) || (t.shape[k] == Shape.LOWER && PlaceWords.DESCRIPTORS.contains(f));
      if (connector && t.capitalised(k) && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.HEADS.contains(f) && !lex.isStopWord(f)
          && !PlaceWords.COMPASS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** True if a folded word may open a facility's name; a common word only after an article. */
  boolean isFacilityNameWord(String f, boolean afterArticle) {
    return !lex.isStopWord(f) && !PlaceWords.HEADS.contains(f) && !PlaceWords.DESCRIPTORS.contains(f) && !PlaceWords.COMPASS.contains(f)
        && !PlaceWords.UNIT_WORDS.contains(f) && (afterArticle || !lex.isCommonWordOrPlural(f));
  }

  /** True if upper-case token {@code k} spells the initials of the capitalised words of {@code [from,to)}. */
  static boolean isInitialsOf(PhiTokens t, int k, int from, int to) {
    String acronym = t.fold[k];
    int a = 0;
    for (int p = from; p < to; p++) {
      if (!t.capitalised(p) || PlaceWords.CONNECTORS.contains(t.fold[p])) {
        continue;
      }
      String f = t.fold[p];
      // "Saint-Joseph" gives S and J.
      for (int c = 0; c < f.length(); c++) {
        if (c == 0 || f.charAt(c - 1) == '-') {
          if (a >= acronym.length() || acronym.charAt(a) != f.charAt(c)) {
            return false;
          }
          a++;
        }
      }
    }
    return a == acronym.length() && a >= 2;
  }
}

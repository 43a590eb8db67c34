package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Reads the name group that a cue announces ("Jean-Pierre DUPONT", "J.-P. Le Goff", "dr
 * geraldine leca", "W I S N I E W S K I") word by word, and tells given names (PRENOM) from
 * family names (NOM): the reader every finder behind {@link PersonNameFinder} ends in.
 */
final class NameGroups {
  /** Doctor's titles in lower case, after which even a common word that is a family name is one ("dr roche"). */
  private static final Set<String> DOCTOR_TITLES = Set.of("dr", "pr");
  /** Given names abbreviated by their first sounds: "Dr Ph. Estrade", "Ch. Morel", "Th. Roux". */
  private static final Set<String> ABBREVIATED_GIVEN = Set.of("ph", "ch", "chr", "th");
  private static final int MAX_NAME_WORDS = 4;
  /** Weekdays: "dr arnaud samedi" names a day after the doctor, not a second name. */
  private static final Set<String> WEEKDAYS =
      Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameClassifier classifier;

  NameGroups(PhiLexicons lex, NameTokens names, NameLabels labels) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.classifier = new NameClassifier(lex, names);
  }

  /** One word of a name: token range and whether it is an initial. */
  record Word(int first, int last, boolean initial) {}

  /**
   * Reads a name group at token {@code i} and records its spans.
   *
   * @param strong a title or label precedes: the first word may be a common word
   * @param allFamily every word is a family name (after "née")
   * @return the token after the group, or {@code i} when there is none
   */
  int group(PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong, boolean allFamily) {
    return group(t, i, out, used, strong, allFamily, false);
  }

  /**
   * Reads a name group as {@link #group(PhiTokens, int, List, boolean[], boolean, boolean)}.
   *
   * @param lowerFirst a title or label precedes: the first word may be a lower-case known name
   *     ("mme piot")
   */
  int group(
      PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong, boolean allFamily, boolean lowerFirst) {
    int spaced = strong ? letterSpacedEnd(t, i) : i;
    if (spaced > i) {
      return letterSpaced(t, i, spaced, out, used);
    }
    List<Word> words = new ArrayList<>(MAX_NAME_WORDS);
    int k = i;
    while (k < t.size && words.size() < MAX_NAME_WORDS) {
      if (!words.isEmpty() && ((t.lineBefore[k] && (words.size() > 1 || t.is(k + 1, "/")))
          || (!t.lineBefore[k] && t.begin[k] - t.end[k - 1] >= NameWords.COLUMN_GAP))) {
        break;
      }
      // "dr geraldine leca": after a lower-case first word, later words may be lower case too.
      // "Dr Hélène lefebvre": after a capitalised given name too.
      // "dr m. olivier": after a lower-case initial (its first token) too.
      int previous = words.isEmpty() ? -1 : words.get(words.size() - 1).first();
      boolean lowerRun = previous >= 0 && t.shape[previous] == Shape.LOWER && t.shape[words.get(0).first()] == Shape.LOWER;
      // ... but only after a title typed in lower case: "M. Rose lui-même" is no name.
      boolean lower = lowerFirst && (previous < 0 || lowerRun
          || (t.shape[previous] == Shape.TITLE && names.isGiven(t, previous) && words.size() == 1 && i > 0
              && t.shape[i - 1] == Shape.LOWER));
      Word w = word(t, k, words.isEmpty() && strong, lower);
      if (w == null) {
        break;
      }
      if (!words.isEmpty() && t.lineBefore[k] && !continuesOnNextLine(t, k, w, words)) {
        break;
      }
      words.add(w);
      k = w.last() + 1;
    }
    if (words.size() > 1 && isBusinessWord(t, words.get(0))) {
      // "VSL Ambulances Pélissier", "De : Ambulances Lecanu": the kind of business is no given name.
      words.remove(0);
    }
    if (words.isEmpty()) {
      return i;
    }
    classifier.classify(t, words, out, used, allFamily);
    return k;
  }

  /** The spelt family name from {@code i} to {@code spaced}, and the given name after it on its line. */
  private int letterSpaced(PhiTokens t, int i, int spaced, List<PhiSpan> out, boolean[] used) {
    NameTokens.emit(t, i, spaced - 1, "NOM", out, used);
    Word given = spaced < t.size && !t.lineBefore[spaced] ? word(t, spaced, false) : null;
    if (given == null) {
      int spelt = speltGivenNameEnd(t, spaced);
      if (spelt > spaced) {
        NameTokens.emit(t, spaced, spelt - 1, "PRENOM", out, used);
        return spelt;
      }
      return spaced;
    }
    NameTokens.emit(t, given.first(), given.last(), "PRENOM", out, used);
    return given.last() + 1;
  }

  /**
   * "R é g i s" after a spelt family name: single letters one space apart, a capital then lower
   * case, spelling a known given name; the token after the last letter, or {@code k}.
   */
  private int speltGivenNameEnd(PhiTokens t, int k) {
    if (k >= t.size || t.end[k] - t.begin[k] != 1 || !Character.isUpperCase(t.text.charAt(t.begin[k]))) {
      return k;
    }
    StringBuilder joined = new StringBuilder(t.fold[k]);
    int j = k + 1;
    while (j < t.size && !t.lineBefore[j] && t.end[j] - t.begin[j] == 1 && t.begin[j] - t.end[j - 1] == 1
        && Character.isLowerCase(t.text.charAt(t.begin[j]))) {
      joined.append(t.fold[j++]);
    }
    return j - k >= 3 && lex.isGivenName(joined.toString()) ? j : k;
  }

  /**
   * A name cut by a line break: "Mme Brigitte\nChauvin" after a given name; not the label that
   * opens the next line ("Nom : COSQUER\nPremier prénom : Yvonne").
   */
  private boolean continuesOnNextLine(PhiTokens t, int k, Word w, List<Word> words) {
    boolean nameWord = t.shape[w.first()] == Shape.UPPER || names.isGiven(t, w.first())
        || (names.isGiven(t, words.get(0).last()) && t.shape[w.last()] == Shape.TITLE && !lex.isCommonWord(t.fold[w.last()]));
    return nameWord && !labels.isNameLabel(t, w.last() + 1) && !NameTokens.blankLineBefore(t, k);
  }

  /** A name word at {@code k}: an initial (J. / J.-P.), a particle + word, or a capitalised word. */
  Word word(PhiTokens t, int k, boolean first) {
    return word(t, k, first, false);
  }

  /**
   * A name word as {@link #word(PhiTokens, int, boolean)}.
   *
   * @param lower a lower-case word counts when it is a known name and no common word
   */
  Word word(PhiTokens t, int k, boolean first, boolean lower) {
    if (k >= t.size) {
      return null;
    }
    if (lower && t.shape[k] == Shape.LOWER && !NameWords.PARTICLES.contains(t.fold[k])) {
      return lowerWord(t, k, first);
    }
    if (lower && t.shape[k] == Shape.LOWER && NameWords.PARTICLES.contains(t.fold[k]) && k + 1 < t.size && !t.lineBefore[k + 1]
        && t.shape[k + 1] == Shape.LOWER && names.isFamily(t.fold[k + 1]) && !lex.isCommonWord(t.fold[k + 1])
        && !lex.isStopWord(t.fold[k + 1])) {
      // "dr e. le floch", "dr ben salem": a particle and a known family name in lower case.
      return new Word(k, k + 1, false);
    }
    if (t.shape[k] == Shape.LETTER && t.is(k + 1, ".") && t.glued(k + 1)) {
      int last = k + 1;
      if (t.is(k + 2, "-") && k + 4 < t.size && t.shape[k + 3] == Shape.LETTER && t.is(k + 4, ".")) {
        last = k + 4;
      }
      return new Word(k, last, true);
    }
    if (first && t.shape[k] == Shape.LETTER && afterTitle(t, k) && k + 1 < t.size && !t.lineBefore[k + 1]
        && !t.glued(k + 1) && (t.shape[k + 1] == Shape.UPPER || t.shape[k + 1] == Shape.TITLE)) {
      // "Dr H FERDAIN", "Dr D Joffrey": right after a title, a letter without its dot is the initial.
      return new Word(k, k, true);
    }
    if (t.shape[k] == Shape.TITLE && ABBREVIATED_GIVEN.contains(t.fold[k]) && t.is(k + 1, ".") && t.glued(k + 1)) {
      return new Word(k, k + 1, true);
    }
    return capitalisedWord(t, k, first);
  }

  /** True when a title ("Dr", "Dr.", "Pr") stands right before token {@code k} on its line. */
  private static boolean afterTitle(PhiTokens t, int k) {
    int title = k > 1 && t.is(k - 1, ".") ? k - 2 : k - 1;
    return title >= 0 && !t.lineBefore[k] && TitledNames.isTitle(t, title);
  }

  /** A name word typed in lower case after a title or label: an initial or a known name ("dr m. olivier", "mme piot"). */
  private Word lowerWord(PhiTokens t, int k, boolean first) {
    if (t.end[k] - t.begin[k] == 1 && t.is(k + 1, ".") && t.glued(k + 1)) {
      // "dr m. olivier", "dr casanova j.-f.": an initial typed in lower case.
      int last = k + 1;
      if (t.is(k + 2, "-") && k + 4 < t.size && t.end[k + 3] - t.begin[k + 3] == 1 && t.shape[k + 3] == Shape.LOWER
          && t.is(k + 4, ".")) {
        last = k + 4;
      }
      return new Word(k, last, true);
    }
    String f = t.fold[k];
    boolean known = names.isFamily(f) || names.isGiven(t, k);
    // "dr roche": right after a doctor's title, a known family name even if it is a word too.
    boolean doctor = first && k > 0 && DOCTOR_TITLES.contains(t.fold[k - 1]) && names.isFamily(f);
    return known && f.length() >= 3 && (doctor || !lex.isCommonWord(f)) && !lex.isStopWord(f) && !NameTokens.isMonth(f)
        && !WEEKDAYS.contains(f) ? new Word(k, k, false) : null;
  }

  /** "Dr F. Blanc": a known family name on the line of a title and an initial, even if it is a word too. */
  private boolean titleAndInitialBefore(PhiTokens t, int k, String f) {
    return k > 2 && t.is(k - 1, ".") && t.shape[k - 2] == Shape.LETTER && !t.lineBefore[k] && !t.lineBefore[k - 2]
        && TitledNames.isTitle(t, k - 3) && names.isFamily(f);
  }

  /** A capitalised name word, with up to two particles before it ("de La Fontaine"). */
  private Word capitalisedWord(PhiTokens t, int k, boolean first) {
    int w = afterParticles(t, k);
    if (t.shape[w] != Shape.UPPER && t.shape[w] != Shape.TITLE) {
      return null;
    }
    String f = t.fold[w];
    // "Jean - Pierre" (OCR or typed spacing): two given names joined by a spaced hyphen.
    if (w == k && t.shape[w] == Shape.TITLE && w + 2 < t.size && t.is(w + 1, "-") && !t.glued(w + 1) && !t.glued(w + 2)
        && !t.lineBefore[w + 1] && !t.lineBefore[w + 2] && t.begin[w + 2] - t.end[w] <= 3 && t.shape[w + 2] == Shape.TITLE
        && lex.isGivenName(f) && lex.isGivenName(t.fold[w + 2]) && !lex.isCommonWord(t.fold[w + 2])) {
      return new Word(k, w + 2, false);
    }
    if (w > k && NameWords.PARTICLES.contains(f)) {
      // "R. Le Du": a family name that is a particle after a particle.
      return new Word(k, w, false);
    }
    if (w > k && t.shape[w] == Shape.TITLE && lex.isCommonWord(f) && !names.isGiven(t, w) && !particleAfterGiven(t, k, f)) {
      // "Monsieur le Directeur", "Madame la Présidente": a function, not a name.
      return null;
    }
    // "Dr C. Avril": after an initial, a month name is a family name.
    boolean afterInitial = (w > 1 && t.is(w - 1, ".") && t.shape[w - 2] == Shape.LETTER)
        || (w > 0 && !t.lineBefore[w] && t.shape[w - 1] == Shape.TITLE && names.isGiven(t, w - 1)
            && !lex.isCommonWord(t.fold[w - 1]));
    if (lex.isStopWord(f) || f.length() < 2 || (NameTokens.isMonth(f) && !afterInitial)) {
      return null;
    }
    if (!first && t.shape[w] == Shape.TITLE && lex.isCommonWord(f) && !names.isGiven(t, w)
        && !(k > 0 && names.isGiven(t, k - 1)) && !(afterInitial && NameTokens.isMonth(f))
        && !titleAndInitialBefore(t, k, f)) {
      return null;
    }
    return new Word(k, w, false);
  }

  /**
   * "Marie-Laure Le Bras": a capitalised particle right after a capitalised given name on its
   * line, before a known family name that is a word too, opens the family name.
   */
  private boolean particleAfterGiven(PhiTokens t, int k, String f) {
    return k > 0 && t.shape[k] == Shape.TITLE && !t.lineBefore[k] && t.shape[k - 1] == Shape.TITLE
        && names.isGiven(t, k - 1) && !lex.isCommonWord(t.fold[k - 1]) && names.isFamily(f);
  }

  /** The token of the name proper after up to two particles from {@code k} ("Van de Velde"), or {@code k}. */
  private int afterParticles(PhiTokens t, int k) {
    int w = k;
    // "de La Fontaine", "Van de Velde", "N'GUESSAN": up to two particles before the name.
    // "Jordi Puig i Serra": the Catalan "i" joins two family names, in lower case only.
    for (int p = 0; p < 2 && (NameWords.PARTICLES.contains(t.fold[w]) || (w == k && catalanJoin(t, k))); p++) {
      int next = w + 1;
      if (next >= t.size || (t.lineBefore[next] && !particlesEndTitledLine(t, k, w))
          || !t.capitalised(next) && !NameWords.PARTICLES.contains(t.fold[next])) {
        break;
      }
      if (NameWords.PARTICLES.contains(t.fold[next]) && next + 1 < t.size
          && (!t.lineBefore[next + 1] || particlesEndTitledLine(t, k, next)) && t.capitalised(next + 1)
          && !lex.isStopWord(t.fold[next + 1])) {
        w = next + 1;
        break;
      }
      if (particleNameEnd(t, k, next)) {
        w = next;
        break;
      }
      if (!t.capitalised(next) || lex.isStopWord(t.fold[next])) {
        break;
      }
      w = next;
    }
    return w;
  }

  /**
   * "R. Le Du", "LE DU": a capitalised particle whose family name is a particle too, ending the
   * name (no capitalised word follows on the line).
   */
  private static boolean particleNameEnd(PhiTokens t, int k, int next) {
    return next == k + 1 && t.capitalised(k) && t.shape[k] != Shape.LETTER && NameWords.PARTICLES.contains(t.fold[next])
        && (t.shape[next] == Shape.TITLE || t.shape[next] == Shape.UPPER) && !t.lineBefore[next]
        && (next + 1 >= t.size || t.lineBefore[next + 1] || !t.capitalised(next + 1));
  }

  /**
   * "Dr de la⏎Vergne", "Mme DE LA⏎VILLEMARQUÉ": the particles {@code [k, w]} open the name right
   * after a title and end its line, so the name proper opens the next line.
   */
  private static boolean particlesEndTitledLine(PhiTokens t, int k, int w) {
    int title = k > 1 && t.is(k - 1, ".") ? k - 2 : k - 1;
    return title >= 0 && !t.lineBefore[k] && TitledNames.isTitle(t, title) && w + 1 < t.size && t.lineBefore[w + 1]
        && t.capitalised(w + 1);
  }

  /**
   * True if token {@code k} is the Catalan "i" or the Spanish "y" joining two family names: in
   * lower case after a capitalised word ("Puig i Serra", "García y Pérez"), in capitals between
   * two words in capitals ("ARRIETA Y GOÑI").
   */
  private static boolean catalanJoin(PhiTokens t, int k) {
    if (k <= 0 || t.lineBefore[k] || k + 1 >= t.size || t.lineBefore[k + 1]) {
      return false;
    }
    if (t.is(k, "i") || t.is(k, "y")) {
      return t.capitalised(k - 1);
    }
    return (t.is(k, "I") || t.is(k, "Y")) && t.shape[k - 1] == Shape.UPPER && t.shape[k + 1] == Shape.UPPER;
  }

  /**
   * "W I S N I E W S K I": OCR output of a name written letter by letter (three or more single
   * upper-case letters, one space apart, no initial's dot); returns the token after it or
   * {@code i}.
   */
  private static int letterSpacedEnd(PhiTokens t, int i) {
    int k = i;
    while (k < t.size && t.shape[k] == Shape.LETTER && (k == i || (!t.lineBefore[k] && t.begin[k] - t.end[k - 1] == 1))) {
      k++;
    }
    return k - i >= 3 && !t.is(k, ".") ? k : i;
  }

  /** True if the word is one token naming a business (kinds {@code before} and {@code brand}: "Ambulances"). */
  private boolean isBusinessWord(PhiTokens t, Word w) {
    String f = t.fold[w.first()];
    return !w.initial() && w.first() == w.last() && (labels.isBeforeWord(f) || labels.isBrandWord(f));
  }

  /**
   * After "Prénom :": every word is a given name, lower-case ones too when known ("prenom :
   * pierre-marie"), listed with commas or not; not the next label ("Prénom : Marie      Sexe : F").
   */
  int givenOnly(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    // "Prénom : M a r i o n": spelt letter by letter on a form.
    int spelt = speltGivenNameEnd(t, i);
    if (spelt > i) {
      NameTokens.emit(t, i, spelt - 1, "PRENOM", out, used);
      return spelt;
    }
    int k = i;
    while (k < t.size && (k == i || !t.lineBefore[k])) {
      // "Prénom(s) : Martine, Odile": the given names may be listed with commas.
      if (k > i && t.is(k, ",") && k + 1 < t.size && !t.lineBefore[k + 1]
          && (t.shape[k + 1] == Shape.TITLE || t.shape[k + 1] == Shape.UPPER)) {
        k++;
      }
      Word w = word(t, k, k == i, true);
      if (w == null || t.is(w.last() + 1, ":")) {
        break;
      }
      NameTokens.emit(t, w.first(), w.last(), "PRENOM", out, used);
      k = w.last() + 1;
    }
    return k;
  }
}

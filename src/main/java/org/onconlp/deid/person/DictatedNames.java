package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names written in lower case after a lower-case title, as voice recognition and hurried notes
 * write them: "docteur quéméner yannick virgule", "monsieur kerhervé goulven", "par le docteur
 * le mao point", "madame le roux armelle née le", "anesthésiste : dr okafor".
 *
 * <p>A lower-case name has no capital to announce it, so the words after the title must look
 * like a name and what follows must close it: a family name is no common word or stop word
 * (after a particle "le", "la", "de", … any word but a stop word), a given name is in the
 * lexicon, and the name ends at a line end, a punctuation mark or a word that closes a name in
 * dictation ("virgule", "point", "né", "à"). "madame souhaite rentrer" and "monsieur accepte le
 * traitement" are thus no names: the verb is followed by a word that cannot close a name.
 */
final class DictatedNames {
  /** Lower-case titles this rule reads ("dr", "mme", "mr" after the titled rule); not "pr", also "pour". */
  static final Set<String> TITLES = Set.of("docteur", "dr", "madame", "monsieur", "mme", "mr", "professeur");
  /** Particles of a family name: "le roux", "la garde", "de kerros", "van damme". */
  private static final Set<String> PARTICLES = Set.of("le", "la", "de", "du", "des", "van", "von", "da", "di", "del", "ben", "el", "ait");
  /** Words that close any name in dictated text: the punctuation and "né le" said aloud. */
  private static final Set<String> STRONG_CLOSERS = Set.of("virgule", "point", "fin", "ouvrez", "tiret", "ne", "nee");
  /** Words that close a name of the lexicon only ("docteur haristoy à saint-jean", "madame souhaite à"). */
  private static final Set<String> CLOSERS =
      Set.of("a", "au", "aux", "en", "chez", "de", "du", "des", "et", "qui", "pour", "clinique", "hopital", "medecin",
          "chirurgien", "oncologue", "radiotherapeute", "pneumologue", "radiologue", "pathologiste", "anesthesiste",
          "interne", "cardiologue", "urologue", "gynecologue", "dermatologue", "hematologue", "epouse", "veuve", "deux");
  private static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
  private static final int MAX_WORDS = 3;

  private final PhiLexicons lex;
  private final NameTokens names;

  DictatedNames(PhiLexicons lex, NameTokens names) {
    this.lex = lex;
    this.names = names;
  }

  /**
   * The lower-case name after the lower-case title at {@code i}.
   *
   * @return the token after the name, or {@code i} when there is none
   */
  int after(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int k = i + 1;
    if (t.is(k, ".")) {
      k++;
    }
    if (k >= t.size || t.lineBefore[k] || t.shape[k] != Shape.LOWER) {
      return i;
    }
    // "le roux", "la garde": a particle and a word; a common word ("la garde") only when the
    // name is closed by a strong closer ("docteur de garde" is no name).
    boolean particle = PARTICLES.contains(t.fold[k]) && k + 1 < t.size && !t.lineBefore[k + 1]
        && t.shape[k + 1] == Shape.LOWER && !lex.isStopWord(t.fold[k + 1]) && !TITLES.contains(t.fold[k + 1])
        && !STRONG_CLOSERS.contains(t.fold[k + 1]) && !used[k + 1];
    if (particle) {
      int first = k + 2;
      int end = first;
      while (end < t.size && end - first < 1 && nameWord(t, end, used)) {
        end++;
      }
      boolean common = lex.isCommonWordOrPlural(t.fold[k + 1]);
      if ((common && (t.fold[k].startsWith("d") || !closes(t, end, false)))
          || !closes(t, end, !common || end > first)) {
        return i;
      }
      NameTokens.emit(t, k, k + 1, "NOM", out, used);
      for (int g = first; g < end; g++) {
        NameTokens.emit(t, g, g, names.isGiven(t, g) ? "PRENOM" : "NOM", out, used);
      }
      return end;
    }
    int end = k;
    while (end < t.size && end - k < MAX_WORDS && nameWord(t, end, used)) {
      end++;
    }
    // The longest run of words that the next word closes: "souhaite rentrer à" is no name.
    while (end > k && !closes(t, end, known(t, k, end))) {
      end--;
    }
    if (end == k) {
      return i;
    }
    // "quéméner yannick": family then given name; "erwan guivarc'h": given then family name;
    // a single word after a title is the family name.
    boolean allGiven = true;
    for (int g = k; g < end; g++) {
      allGiven &= names.isGiven(t, g);
    }
    for (int g = k; g < end; g++) {
      boolean given = end - k > 1 && names.isGiven(t, g) && !(allGiven && g == k);
      NameTokens.emit(t, g, g, given ? "PRENOM" : "NOM", out, used);
    }
    return end;
  }

  private boolean nameWord(PhiTokens t, int k, boolean[] used) {
    return !t.lineBefore[k] && t.shape[k] == Shape.LOWER && !used[k] && !STRONG_CLOSERS.contains(t.fold[k])
        && !CLOSERS.contains(t.fold[k]) && !WEEKDAYS.contains(t.fold[k]) && !lex.isStopWord(t.fold[k])
        && (names.isGiven(t, k) || names.isLowerName(t.fold[k]));
  }

  /** True if every word of {@code from..to} is a given or family name of the lexicon, or one is a given name. */
  private boolean known(PhiTokens t, int from, int to) {
    boolean all = true;
    for (int g = from; g < to; g++) {
      if (names.isGiven(t, g) && to - from > 1) {
        return true;
      }
      all &= names.isGiven(t, g) || names.isFamily(t.fold[g]);
    }
    return all;
  }

  /** True if token {@code k} closes a lower-case name; the lexicon's names also close at "à", "de". */
  private static boolean closes(PhiTokens t, int k, boolean known) {
    if (k >= t.size || t.lineBefore[k] || t.shape[k] == Shape.OTHER || t.shape[k] == Shape.NUMBER) {
      return true;
    }
    String f = t.fold[k];
    return STRONG_CLOSERS.contains(f) || (known && CLOSERS.contains(f));
  }
}

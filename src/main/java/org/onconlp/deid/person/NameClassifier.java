package org.onconlp.deid.person;

import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Tells given names (PRENOM) from family names (NOM) in a name group read by {@link NameGroups}:
 * initials and known given names are PRENOM, the rest NOM; an upper-case word before a given name
 * is the family name ("DUPONT Marie"), a particle joins family names ("Colonna d'Istria").
 */
final class NameClassifier {
  private final PhiLexicons lex;
  private final NameTokens names;

  NameClassifier(PhiLexicons lex, NameTokens names) {
    this.lex = lex;
    this.names = names;
  }

  /** Tells the given names from the family names of a group and records them, adjacent family names as one span. */
  void classify(PhiTokens t, List<NameGroups.Word> words, List<PhiSpan> out, boolean[] used, boolean allFamily) {
    String[] cat = categories(t, words, allFamily);
    int n = words.size();
    int k = 0;
    while (k < n) {
      int j = k;
      while (j + 1 < n && cat[j + 1].equals(cat[k]) && cat[k].equals("NOM")) {
        j++;
      }
      NameTokens.emit(t, words.get(k).first(), words.get(j).last(), cat[k], out, used);
      k = j + 1;
    }
  }

  /** The category of each word of the group. */
  private String[] categories(PhiTokens t, List<NameGroups.Word> words, boolean allFamily) {
    int n = words.size();
    String[] cat = new String[n];
    for (int k = 0; k < n; k++) {
      cat[k] = words.get(k).initial() ? "PRENOM" : null;
    }
    if (n == 1 && !allFamily && cat[0] == null && t.shape[words.get(0).last()] != Shape.UPPER
        && names.isGiven(t, words.get(0).last()) && !names.isFamily(t.fold[words.get(0).last()])) {
      // "confirmé par Jessica": a lone given name that is no family name.
      cat[0] = "PRENOM";
    } else if (n == 2 && cat[1] != null && cat[0] == null) {
      // "GICQUEL M.", "LAFFONT C.": a family name and the initial of the given name after it.
      fill(cat, 0, "NOM");
    } else if (allFamily || n == 1) {
      for (int k = 0; k < n; k++) {
        int w = words.get(k).last();
        // "née TESSIER Monique", "épouse FAURE Adaeze": after an upper-case family name, a
        // capitalised word is the given name unless it is known only as a family name.
        boolean given = allFamily && k > 0 && t.shape[w] == Shape.TITLE
            && (names.isGiven(t, w) || !names.isFamily(t.fold[w]))
            && t.shape[words.get(k - 1).last()] == Shape.UPPER;
        cat[k] = cat[k] == null ? (given ? "PRENOM" : "NOM") : cat[k];
      }
    } else {
      orderedCategories(t, words, cat);
    }
    return cat;
  }

  /**
   * The categories of two or more words without a birth-name cue: given names first ("Jean",
   * "J.-P.", "Jean Pierre") unless the first word reads as the family name ("DUPONT Marie").
   */
  private void orderedCategories(PhiTokens t, List<NameGroups.Word> words, String[] cat) {
    int n = words.size();
    int firstWord = words.get(0).last();
    int secondWord = words.get(1).last();
    boolean firstUpper = t.shape[firstWord] == Shape.UPPER;
    boolean secondUpper = t.shape[secondWord] == Shape.UPPER;
    String join = t.fold[words.get(1).first()];
    boolean particleName = !words.get(1).initial() && words.get(1).first() < words.get(1).last()
        && ((NameWords.PARTICLES.contains(join) && !names.isGiven(t, firstWord))
            || ((join.equals("y") || join.equals("i")) && firstUpper));
    boolean familyFirst =
        !particleName
            && cat[0] == null
            && ((firstUpper && !secondUpper && names.isGiven(t, secondWord))
                || (!names.isGiven(t, firstWord) && names.isGiven(t, secondWord) && firstUpper == secondUpper
                    && lex.isFamilyName(t.fold[firstWord]))
                || (!lex.isFrequentGivenName(t.fold[firstWord]) && lex.isFrequentGivenName(t.fold[secondWord])
                    && firstUpper == secondUpper && lex.isFamilyName(t.fold[firstWord])));
    if (particleName) {
      // "Dr Colonna d'Istria", "M. ARRIETA Y GOÑI Iñigo": a particle joins family names; a
      // capitalised given name after them in capitals is the given name.
      int last = words.get(n - 1).last();
      if (n > 2 && firstUpper && t.shape[last] == Shape.TITLE && names.isGiven(t, last)) {
        cat[n - 1] = cat[n - 1] == null ? "PRENOM" : cat[n - 1];
      }
      fill(cat, 0, "NOM");
    } else if (familyFirst) {
      cat[0] = "NOM";
      fill(cat, 1, "PRENOM");
    } else {
      // Given names first ("Jean", "J.-P.", "Jean Pierre"), then family names.
      int k = 0;
      while (k < n - 1
          && (cat[k] != null
              || k == 0
              || (names.isGiven(t, words.get(k).last()) && !secondUpperFamily(t, words, k)))) {
        cat[k] = "PRENOM";
        k++;
      }
      fill(cat, k, "NOM");
    }
  }

  /** Gives the category to the words from {@code from} on that have none yet (initials keep theirs). */
  private static void fill(String[] cat, int from, String category) {
    for (int k = from; k < cat.length; k++) {
      cat[k] = cat[k] == null ? category : cat[k];
    }
  }

  /** "Jean MARTIN": an upper-case word after given names is the family name. */
  private static boolean secondUpperFamily(PhiTokens t, List<NameGroups.Word> words, int k) {
    return t.shape[words.get(k).last()] == Shape.UPPER && t.shape[words.get(0).last()] != Shape.UPPER;
  }
}

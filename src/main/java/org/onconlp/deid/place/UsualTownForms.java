package org.onconlp.deid.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;

/**
 * Towns (VILLE) written in a form the commune list does not hold, after a strong place cue
 * ("à", "depuis", "vers", "domicile :", a comma after a facility): the usual short form of a
 * compound commune ("à Vandœuvre" for Vandœuvre-lès-Nancy, "depuis Équeurdreville" for the
 * commune déléguée Équeurdreville-Hainneville), a usual abbreviation of usual-town-forms.txt
 * ("à FdF"), and a commune whose accented name folds to a common word ("à Vitré", not "vitre").
 */
final class UsualTownForms {
  /** Lower-case cues right before the town. */
  private static final Set<String> CUES = Set.of("à", "depuis", "vers");
  /** Labels whose value, after a colon, is a place. */
  private static final Set<String> PLACE_LABELS = Set.of("domicile", "residence", "ville", "commune", "localite");
  /** Shortest head of a compound commune taken as a town: "Ivry" yes, "Ay" no. */
  private static final int MIN_HEAD = 4;

  /** Folded heads of compound communes and usual abbreviations. */
  private final Set<String> shortForms;
  /** One-word communes, lower case with their accents, whose folded form is a common word. */
  private final Set<String> accented;

  UsualTownForms(PhiLexicons lex) {
    TextNormaliser normaliser = new TextNormaliser();
    Set<String> heads = new HashSet<>();
    Set<String> accents = new HashSet<>();
    for (String name : lex.communeNames()) {
      int hyphen = name.indexOf('-');
      if (hyphen > 0) {
        String head = name.substring(0, hyphen);
        String f = normaliser.fold(head);
        if (head.indexOf(' ') < 0 && head.indexOf('\'') < 0 && f.length() >= MIN_HEAD && isFreeName(lex, f)
            && lex.communes().longestMatch(new String[] {f}, 0, 1) == 0) {
          heads.add(f);
        }
      } else if (name.indexOf(' ') < 0) {
        String lower = name.toLowerCase(Locale.ROOT);
        String f = normaliser.fold(name);
        if (!lower.equals(f) && lex.isCommonWordOrPlural(f)) {
          accents.add(lower);
        }
      }
    }
    for (String line : ResourceLines.load("/org/onconlp/deid/usual-town-forms.txt")) {
      heads.add(line.substring(0, line.indexOf('\t')).strip());
    }
    this.shortForms = Set.copyOf(heads);
    this.accented = Set.copyOf(accents);
  }

  /** True if a folded word names nothing else: no common word, stop word, given name, country or department. */
  private static boolean isFreeName(PhiLexicons lex, String f) {
    return !lex.isCommonWordOrPlural(f) && !lex.isStopWord(f) && !lex.isGivenName(f) && !lex.isCountry(f)
        && !lex.isDepartment(f);
  }

  /**
   * The town at capitalised token {@code i} after a strong place cue, as a VILLE span. Returns
   * the token after it, or {@code i}.
   */
  int town(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.shape[i] != Shape.TITLE || i == 0 || !strongCue(t, i, out)) {
      return i;
    }
    String written = t.text.substring(t.begin[i], t.end[i]).toLowerCase(Locale.ROOT);
    if (!shortForms.contains(t.fold[i]) && !accented.contains(written)) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[i], "VILLE"));
    return i + 1;
  }

  /** True if a strong place cue stands right before token {@code i} on its line. */
  private static boolean strongCue(PhiTokens t, int i, List<PhiSpan> out) {
    if (t.lineBefore[i] && !t.is(i - 1, ":")) {
      return false;
    }
    int p = i - 1;
    if (t.shape[p] == Shape.LOWER) {
      return CUES.contains(t.text.substring(t.begin[p], t.end[p]));
    }
    if (t.is(p, ":")) {
      return p > 0 && PLACE_LABELS.contains(t.fold[p - 1]);
    }
    if (t.is(p, ",") && !out.isEmpty()) {
      // "Clinique des Lilas, Vandœuvre": a town closing a facility's name.
      PhiSpan last = out.get(out.size() - 1);
      return p > 0 && last.category().equals("HOPITAL") && last.end() == t.end[p - 1];
    }
    return false;
  }
}

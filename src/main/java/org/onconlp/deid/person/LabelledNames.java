package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names after a form label of name-labels.txt ("Nom :", "Prénom ....", "| Nom | X |", "Nom
 * usage      DUBOIS"), after a word right before a name without a colon ("kiné Harriet",
 * "Ambulances Chabrol & Mas") and nicknames ("dit « Baco »").
 */
final class LabelledNames {
  /** Words that may open a label's line before it: "Premier prénom de naissance     Yvonne". */
  private static final Set<String> LABEL_OPENERS = Set.of("premier", "second", "autre", "autres");
  /** Labels of the name fields proper, whose value may stand two spaces after them ("NOM  BERTIN"). */
  private static final Set<String> NAME_FIELDS = Set.of("nom", "noms", "prenom", "prenoms");
  /** Words after "&" in a business name that are no second owner: "Lefèvre & Fils". */
  private static final Set<String> FIRM_WORDS = Set.of("fils", "fille", "filles", "freres", "cie", "co", "associes");

  private final PhiLexicons lex;
  private final NameTokens names;
  private final NameLabels labels;
  private final NameGroups groups;
  private final TitledNames titles;

  LabelledNames(PhiLexicons lex, NameTokens names, NameLabels labels, NameGroups groups, TitledNames titles) {
    this.lex = lex;
    this.names = names;
    this.labels = labels;
    this.groups = groups;
    this.titles = titles;
  }

  /**
   * A label of name-labels.txt, its colon (or leader, or gap) and the name after it. After a
   * gap the line is a row of columns ("Nom usage      DUBOIS        WAROT"): each cell is read.
   */
  int labelled(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String kind = labels.kind(t.fold[i]);
    int next = labelValue(t, i);
    if (t.is(next - 1, "|")) {
      return pipeCells(t, next, out, used, kind);
    }
    if (kind.equals("given")) {
      return groups.givenOnly(t, next, out, used);
    }
    boolean gap = next < t.size && !t.lineBefore[next] && t.begin[next] - t.end[next - 1] >= NameWords.COLUMN_GAP
        && t.shape[next - 1] != Shape.OTHER;
    if (next < t.size && !t.lineBefore[next] && isNextLabel(t, next)) {
      // "Tél. patient :      Aidant principal :": the next label of a form row, no name.
      return next;
    }
    if (!gap) {
      return titles.skipTitle(t, next, out, used, !kind.equals("role"));
    }
    int end = next;
    for (int n = 0; n < NameWords.MAX_LIST && end < t.size && !t.lineBefore[end]
        && t.begin[end] - t.end[end - 1] >= NameWords.COLUMN_GAP
        && !labels.isLabel(t.fold[end]) && !t.is(end + 1, ":"); n++) {
      int after = titles.skipTitle(t, end, out, used, false);
      if (after == end) {
        break;
      }
      end = after;
    }
    return end;
  }

  /**
   * "1er prénom naiss. | AISSATOU | AÏSSATOU": a row of a table whose first cell is the label;
   * every later cell of the row holds a value (two records compared side by side).
   *
   * @return the token after the last value read
   */
  private int pipeCells(PhiTokens t, int next, List<PhiSpan> out, boolean[] used, String kind) {
    int end = next;
    for (int n = 0; n < NameWords.MAX_LIST && end < t.size && !t.lineBefore[end]; n++) {
      int after = kind.equals("given")
          ? groups.givenOnly(t, end, out, used)
          : titles.skipTitle(t, end, out, used, !kind.equals("role"));
      if (after == end || !t.is(after, "|") || after + 1 >= t.size || t.lineBefore[after + 1]
          || labels.isLabel(t.fold[after + 1])) {
        return Math.max(after, end);
      }
      end = after + 1;
    }
    return end;
  }

  /** True if a label or a relation cue and its colon start at token {@code k} ("Aidant principal :"). */
  private boolean isNextLabel(PhiTokens t, int k) {
    int len = lex.relationCues().longestMatch(t.fold, k, t.size);
    if (len == 0 && !labels.isLabel(t.fold[k])) {
      return false;
    }
    for (int c = k + Math.max(len, 1); c < t.size && c <= k + NameWords.MAX_INITIALS_LABEL && !t.lineBefore[c]; c++) {
      if (t.is(c, ":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Nom :", "Patient(e) :", "Nom de naissance :", "Nom - prénom du patient :" — a label only
   * when, on the same line and after label words only, a colon follows, a dotted leader ("Nom
   * de naissance ....... COSQUER", "Premier prénom de naissance . Yvonne") or, for a label that
   * opens its line or a cell of a form row, a wide gap before the value ("Nom naissance
   * DUBOIS", "NOM  BERTIN      Prénom  Samira").
   *
   * @return the token where the value starts, or -1 when token {@code i} is no label here
   */
  static int labelValue(PhiTokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size, i + 2 + NameWords.MAX_LABEL_FILLERS) && !t.lineBefore[k]; k++) {
      if (t.is(k, ":") || t.is(k, "|")) {
        return k + 1;
      }
      if (isLeader(t, k)) {
        return t.is(k + 1, ":") ? k + 2 : k + 1;
      }
      // "NOM  BERTIN          Prénom  Samira": a label opening a cell of a form row opens it too,
      // not in a header row of labels ("Nom      Prénom      Spécialité").
      boolean opensLine = t.lineBefore[i] || (i > 0 && t.lineBefore[i - 1] && LABEL_OPENERS.contains(t.fold[i - 1]))
          || (i > 0 && t.begin[i] - t.end[i - 1] >= NameWords.COLUMN_GAP && !NAME_FIELDS.contains(t.fold[i - 1]));
      if (opensLine && t.begin[k] - t.end[k - 1] >= valueGap(t.fold[i]) && t.capitalised(k)) {
        return k;
      }
      if (!NameWords.LABEL_FILLERS.contains(t.fold[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** The gap before a value without a colon: two spaces after "Nom" or "Prénom" ("NOM  BERTIN"), else a column's. */
  private static int valueGap(String label) {
    return NAME_FIELDS.contains(label) ? 2 : NameWords.COLUMN_GAP;
  }

  /** A dotted leader: two or more dots, or one dot set apart by a space (not a full stop). */
  private static boolean isLeader(PhiTokens t, int k) {
    return NameTokens.isMadeOf(t, k, ".…_")
        && (t.end[k] - t.begin[k] >= 2 || t.text.charAt(t.begin[k]) == '…' || !t.glued(k));
  }

  /**
   * "kiné Harriet", "pharmacie Nguyen-Lambert", "Taxi Ferreira", "POMPES FUNEBRES : GIROUD": the
   * name right after a word of kind {@code before} (and an optional colon), when it is not a
   * common word, a stop word or a short acronym; a second owner after "&" or "/" too
   * ("Ambulances Chabrol & Mas", "cabinet infirmier Le Floch / Guého").
   */
  int afterBeforeWord(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int k = t.is(i + 1, ":") ? i + 2 : i + 1;
    // "pharmacie\n   Vidal-Maurin": the name may open the next line, alone before its own line
    // break or a place ("à Lunel"), never a heading of the next section.
    boolean nextLine = k < t.size && t.lineBefore[k] && t.shape[i] == Shape.LOWER;
    int initial = -1;
    if (k < t.size && !t.lineBefore[k] && TitledNames.isTitle(t, k) && t.fold[k].equals("m") && labels.isBeforeWord(t.fold[i])) {
      initial = k;
      k += 2;
    }
    if (k >= t.size || used[k] || !t.capitalised(k) || TitledNames.isTitle(t, k) || t.is(k + 1, ":")
        || (t.lineBefore[k] && !nextLine)) {
      return i + 1;
    }
    if (initial >= 0) {
      int end = groups.group(t, k, out, used, true, false);
      if (end == k + 1) {
        TitledNames.staffInitial(t, initial, out, used);
      }
      return Math.max(end, k);
    }
    String f = t.fold[k];
    if (t.shape[i] == Shape.UPPER && t.shape[k] == Shape.UPPER && !labels.isBeforeWord(t.fold[i])) {
      // "ÉTABLISSEMENTS SOLLICITÉS": a heading in capitals, not a business and its owner.
      return i + 1;
    }
    boolean acronym = t.shape[k] == Shape.UPPER && t.end[k] - t.begin[k] <= 4;
    // "cabinet infirmier Le Floch": a particle opening the family name, not an article.
    // "TAXI LE BIHAN": in capitals too.
    boolean particle = NameWords.PARTICLES.contains(f) && (t.shape[k] == Shape.TITLE || t.shape[k] == Shape.UPPER)
        && k + 1 < t.size && !t.lineBefore[k + 1]
        && t.capitalised(k + 1) && !lex.isStopWord(t.fold[k + 1]) && !lex.isCommonWordOrPlural(t.fold[k + 1]);
    if ((acronym && !particle) || (lex.isStopWord(f) && !particle) || NameTokens.isMonth(f) || lex.isCountry(f)
        || (lex.isCommonWordOrPlural(f) && !names.isGiven(t, k) && !lex.isFamilyName(f))
        || lex.communes().longestMatch(t.fold, k, t.size) > 0 && !names.isGiven(t, k) && !lex.isFamilyName(f)) {
      return i + 1;
    }
    if (t.lineBefore[k] && !endsNameLine(t, k)) {
      return i + 1;
    }
    int end = groups.group(t, k, out, used, false, false);
    int partner = end + 1;
    if (end > k && (t.is(end, "&") || t.is(end, "/")) && partner < t.size && !t.lineBefore[partner] && t.capitalised(partner)
        && !FIRM_WORDS.contains(t.fold[partner]) && !lex.isStopWord(t.fold[partner])) {
      end = groups.group(t, partner, out, used, true, true);
    }
    return end;
  }

  /** True if the name word at {@code k} ends its line or is followed by a comma or a place. */
  private boolean endsNameLine(PhiTokens t, int k) {
    NameGroups.Word w = groups.word(t, k, false);
    if (w == null) {
      return false;
    }
    int n = w.last() + 1;
    return n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, "(") || t.fold[n].equals("a");
  }

  /**
   * "ANLI Bacar, dit « Baco »", "Mireille (dite "mimi")": a nickname in quotes after a person's
   * name is a given name; in lower case, it must be a known given name and no common word.
   */
  int nickname(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    boolean afterName = t.capitalised(i - 1) || ((t.is(i - 1, ",") || t.is(i - 1, "(")) && t.capitalised(i - 2));
    int k = i + 1;
    if (!afterName || k + 1 >= t.size || !t.fold[k].equals("\"")) {
      return i + 1;
    }
    String f = t.fold[k + 1];
    boolean lowerGiven = t.shape[k + 1] == Shape.LOWER && names.isGiven(t, k + 1) && names.isLowerName(f);
    if (!t.capitalised(k + 1) && !lowerGiven) {
      return i + 1;
    }
    int last = k + 1;
    while (last + 1 < t.size && last - k < 3 && !t.lineBefore[last + 1] && !t.fold[last + 1].equals("\"")) {
      last++;
    }
    if (last + 1 >= t.size || !t.fold[last + 1].equals("\"")) {
      return i + 1;
    }
    NameTokens.emit(t, k + 1, last, "PRENOM", out, used);
    return last + 2;
  }
}

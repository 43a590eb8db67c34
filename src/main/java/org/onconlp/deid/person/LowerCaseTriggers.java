package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The person-name triggers at a lower-case word, a number or a mark: typists' and sign-off
 * initials, informal and dictated names, birth names and relatives, titles and labels written
 * in lower case, "par" before a name. Immutable and thread-safe.
 */
final class LowerCaseTriggers {
  /** Articles in lower case after "par": prose ("vérifié par la PUI"), not a name's particle. */
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "un", "une", "des");

  private final PersonRules r;

  LowerCaseTriggers(PersonRules r) {
    this.r = r;
  }

  /** The triggers at a lower-case word, a number or a mark; returns the next token to look at. */
  int at(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    Shape s = t.shape[i];
    if (s == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "/") || SignatureNames.afterSigned(t, i)) && t.is(i + 2, ".")) {
      int abbreviated = r.signatures().givenAndInitial(t, i, out, used);
      if (abbreviated > i) {
        return abbreviated;
      }
    }
    if (s == Shape.LOWER && t.lineBefore[i]) {
      int header = r.notes().lowerIdentityLine(t, i, out, used);
      if (header > i) {
        return header;
      }
    }
    if (s == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "(")) && t.is(i + 1, "/") && !r.lex().isStopWord(f)) {
      // "jf/sb", "(pyg/cb)": typist's initials in lower case.
      int initials = r.typists().dictationInitials(t, i, out, used);
      if (initials > i) {
        return initials;
      }
    }
    if (s == Shape.LOWER) {
      int informalEnd = informalAt(t, i, out, used);
      if (informalEnd > i) {
        return informalEnd;
      }
    }
    if (s == Shape.LOWER && t.is(i - 1, "(") && r.notes().bracketedGivenName(t, i, out, used)) {
      return i + 1;
    }
    if (s == Shape.LOWER && DictatedNames.TITLES.contains(f) && !TitledNames.LOWER_CASE_TITLES.contains(f)) {
      int dictatedEnd = r.dictated().after(t, i, out, used);
      if (dictatedEnd > i) {
        return dictatedEnd;
      }
    }
    // Most tokens are lower-case words: one lookup decides whether any cue can start here.
    if (s != Shape.LOWER || !r.labels().isLowerCue(f)) {
      return i + 1;
    }
    return lowerCueAt(t, i, out, used);
  }

  /**
   * The triggers of informal notes at a lower-case word: initials closing a signature line or
   * the text ("(agent : lm)", "mt"), carers' given names before or after their role, a given and
   * family name before a phone number.
   *
   * @return the token after what was read, or {@code i} when nothing starts here
   */
  private int informalAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (t.end[i] - t.begin[i] <= 4) {
      int run = r.signOffs().run(t, i, out, used);
      if (run > i) {
        return run;
      }
      if (r.signOffs().closingInitials(t, i, out, used)) {
        return i + 1;
      }
    }
    int role = t.is(i + 1, "(") ? r.informal().beforeRole(t, i, out, used) : i;
    if (role > i) {
      return role;
    }
    int bracketed = t.is(i + 1, "(") ? r.informal().roleThenBracket(t, i, out, used) : i;
    if (bracketed > i) {
      return bracketed;
    }
    int signed = r.informal().dashSignature(t, i, out, used);
    if (signed > i) {
      return signed;
    }
    if (r.informal().afterRole(t, i, out, used) || r.informal().afterRoleLabel(t, i, out, used)) {
      return i + 1;
    }
    return t.lineBefore[i] || t.is(i - 1, "(") ? r.informal().givenThenFamily(t, i, out, used) : i;
  }

  /** The triggers at a lower-case word that may open a cue (birth name, relation, label, title). */
  private int lowerCueAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    int birthNameEnd = r.relatives().birthName(t, i, out, used);
    if (birthNameEnd > i) {
      return birthNameEnd;
    }
    int relativeEnd = r.relatives().relative(t, i, out, used);
    if (relativeEnd > i) {
      return relativeEnd;
    }
    if ((f.equals("naissance") || f.equals("fille")) && i > 1 && !t.is(i + 1, ":")
        && (t.fold[i - 2].equals("nom") || t.fold[i - 1].equals("jeune"))) {
      return r.groups().group(t, i + 1, out, used, true, true);
    }
    if (f.equals("par")) {
      int byEnd = byAt(t, i, out, used);
      if (byEnd > i) {
        return byEnd;
      }
    }
    if (TitledNames.isTitle(t, i)) {
      int found = out.size();
      int end = r.titles().titled(t, i, out, used);
      // "dr okafor": a lower-case name the titled rule does not read may still be r.dictated().
      boolean none = out.size() == found && DictatedNames.TITLES.contains(f);
      return none ? Math.max(end, r.dictated().after(t, i, out, used)) : end;
    }
    int formEnd = r.forms().at(t, i, out, used);
    if (formEnd > i) {
      return formEnd;
    }
    if (f.equals("dit") || f.equals("dite")) {
      return r.fields().nickname(t, i, out, used);
    }
    return r.labels().isBeforeWord(f) ? r.fields().afterBeforeWord(t, i, out, used) : i + 1;
  }

  /**
   * The triggers at "par": a typist's initials, a name after a verb of kind "by" ("signé par"),
   * a form field naming who acted ("Appel reçu par : Noémie Roche").
   *
   * @return the token after the name, or {@code i} when there is none
   */
  private int byAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int typed = r.typists().typedByInitials(t, i, out, used);
    if (typed > i) {
      return typed;
    }
    int name = t.is(i + 1, ":") ? i + 2 : i + 1;
    if (name < t.size && ARTICLES.contains(t.text.substring(t.begin[name], t.end[name]))) {
      // "vérifié par la PUI", "préparé par le coursier": an article in lower case opens prose.
      return i;
    }
    if (r.signatures().afterByWord(t, i)) {
      // "Rempli par : Laetitia Marin": a form field may put a colon after "par".
      int found = out.size();
      int end = r.titles().skipTitle(t, name, out, used, true);
      // "Edité le 09/06 15:47 par jdupont": a login the name rules do not read.
      return out.size() == found ? Math.max(end, r.datedBy().after(t, i, out, used)) : end;
    }
    if (t.is(i + 1, ":") && i > 0 && t.shape[i - 1] == Shape.LOWER && i + 2 < t.size && !t.lineBefore[i + 2]) {
      // "Identité vérifiée par : RABIN M.": the name may not start with a common word ("par : téléphone").
      return Math.max(i + 1, r.titles().skipTitle(t, i + 2, out, used, false));
    }
    return r.datedBy().after(t, i, out, used);
  }
}

package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PhiTokens.Shape;

/**
 * Finds the names of patients, relatives and clinicians (NOM, PRENOM) in French clinical text.
 * CAS-free; one pass over the tokens with hash-set lookups, no pattern per name.
 *
 * <p>Evidence, strongest first:
 *
 * <ol>
 *   <li>the patient's own identity when the input carries it ({@link PatientIdentity}): exact
 *       token sequences, case- and accent-insensitive, and the birth date in its usual written
 *       forms (DATE_NAISSANCE);
 *   <li>a title (Dr, Pr, Docteur, Professeur, Mme, Madame, M., Monsieur, Mlle, Drs) or a label
 *       (Nom, Prénom, Patient(e), Identité, Concerne, née, cc, signé/validé/suivi par) followed
 *       by capitalised words or initials: the first word is taken even when it is a common word
 *       ("Dr Blanc", "M. Rose"), later ones must be upper case, given names, initials or not
 *       common words; lists ("Drs X et Y", "Dr X, Dr Y") continue after "et" and commas;
 *   <li>without a title, a known given name next to an upper-case or known family name
 *       ("Marie DUPONT", "DUPONT Marie");
 *   <li>every later occurrence, anywhere in the document, of a family name found above.
 * </ol>
 *
 * Given name or family name: initials and known given names are PRENOM, the rest NOM; an
 * upper-case word before a given name is the family name ("DUPONT Marie").
 *
 * <p>This class runs the triggers in their order, token by token; the rules themselves live in
 * the package-private finders it wires: {@link KnownNames} (identity, recurrences), {@link
 * TitledNames}, {@link LabelledNames} and {@link NameTables} (titles, labels, form and table
 * cells), {@link SignatureNames} and {@link TypistInitials} (signatures, initials), {@link
 * RelativeNames} (relatives, birth names), {@link LowerCaseNotes} and {@link UntitledNames}, all
 * reading names with {@link NameGroups} and {@link NameClassifier}. Immutable and thread-safe.
 */
public final class PersonNameFinder {
  private final PhiLexicons lex;
  private final NameLabels labels;
  private final NameGroups groups;
  private final TitledNames titles;
  private final LabelledNames fields;
  private final NameTables tables;
  private final SignatureNames signatures;
  private final TypistInitials typists;
  private final SignOffInitials signOffs;
  private final InformalNames informal;
  private final DictatedNames dictated;
  private final VisaInitials visas;
  private final BrokenNames broken;
  private final NameInitials initials;
  private final RecurringInitials recurring;
  private final DatedBy datedBy;
  private final TeamInitials teams;
  private final SignOffLines signOffLines;
  private final RelativeNames relatives;
  private final LowerCaseNotes notes;
  private final UntitledNames untitled;
  private final KnownNames known;
  private final ClinicalTerms clinical;

  /** A finder over the given lexicons. */
  public PersonNameFinder(PhiLexicons lex) {
    this.lex = lex;
    NameTokens names = new NameTokens(lex);
    this.labels = new NameLabels(lex);
    this.groups = new NameGroups(lex, names, labels);
    this.titles = new TitledNames(lex, names, groups);
    this.fields = new LabelledNames(lex, names, labels, groups, titles);
    this.tables = new NameTables(lex, names, labels, groups, titles);
    this.signatures = new SignatureNames(lex, names, labels, groups);
    this.typists = new TypistInitials(lex);
    this.signOffs = new SignOffInitials(lex);
    this.informal = new InformalNames(names);
    this.dictated = new DictatedNames(lex, names);
    this.visas = new VisaInitials(lex);
    this.broken = new BrokenNames(lex);
    this.initials = new NameInitials(lex);
    this.recurring = new RecurringInitials(lex, initials);
    this.datedBy = new DatedBy(lex, initials);
    this.teams = new TeamInitials(lex, initials);
    this.signOffLines = new SignOffLines(lex, initials);
    this.relatives = new RelativeNames(lex, names, groups);
    this.notes = new LowerCaseNotes(lex, names);
    this.untitled = new UntitledNames(lex, names, labels, groups);
    this.known = new KnownNames(lex);
    this.clinical = new ClinicalTerms(lex);
  }

  /**
   * Finds person names and the patient's birth date.
   *
   * @param tokens the document's tokens
   * @param identity the patient's identity, {@link PatientIdentity#NONE} when unknown
   * @return spans, possibly overlapping (the resolver arbitrates)
   */
  public List<PhiSpan> find(PhiTokens tokens, PatientIdentity identity) {
    List<PhiSpan> out = new ArrayList<>();
    boolean[] used = new boolean[tokens.size];
    known.identity(tokens, identity, out, used);
    int i = 0;
    while (i < tokens.size) {
      i = Math.max(i + 1, at(tokens, i, out, used));
    }
    signOffLines.complete(tokens, out, used);
    initials.complete(tokens, out, used);
    teams.complete(tokens, out, used);
    recurring.complete(tokens, out, used);
    broken.complete(tokens, out, used);
    // "anastomose selon Van Velthoven": an eponym, whatever rule took it for a name.
    out.removeIf(span -> lex.followsEponymCue(tokens.text, span.begin()) || untitledDevice(tokens, span));
    known.recurrences(tokens, out, used);
    return out;
  }

  /** "robot Da Vinci Xi": a device's brand read as a name, unless a title stands before it. */
  private boolean untitledDevice(PhiTokens t, PhiSpan span) {
    if (!clinical.isDeviceName(t.text, span.begin(), span.end())) {
      return false;
    }
    int k = NameInitials.tokenAt(t, span.begin());
    return k <= 0 || !TitledNames.isTitle(t, k - 1);
  }

  /** Tries every trigger at token {@code i}; returns the next token to look at. */
  private int at(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    Shape s = t.shape[i];
    if (s == Shape.LOWER || s == Shape.NUMBER || s == Shape.OTHER) {
      return lowerAt(t, i, out, used);
    }
    return capitalisedAt(t, i, out, used);
  }

  /** The triggers at a lower-case word, a number or a mark. */
  private int lowerAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    Shape s = t.shape[i];
    if (s == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "/")) && t.is(i + 2, ".")) {
      int abbreviated = signatures.givenAndInitial(t, i, out, used);
      if (abbreviated > i) {
        return abbreviated;
      }
    }
    if (s == Shape.LOWER && t.lineBefore[i]) {
      int header = notes.lowerIdentityLine(t, i, out, used);
      if (header > i) {
        return header;
      }
    }
    if (s == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "(")) && t.is(i + 1, "/") && !lex.isStopWord(f)) {
      // "jf/sb", "(pyg/cb)": typist's initials in lower case.
      int initials = typists.dictationInitials(t, i, out, used);
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
    if (s == Shape.LOWER && t.is(i - 1, "(") && notes.bracketedGivenName(t, i, out, used)) {
      return i + 1;
    }
    if (s == Shape.LOWER && DictatedNames.TITLES.contains(f) && !TitledNames.LOWER_CASE_TITLES.contains(f)) {
      int dictatedEnd = dictated.after(t, i, out, used);
      if (dictatedEnd > i) {
        return dictatedEnd;
      }
    }
    // Most tokens are lower-case words: one lookup decides whether any cue can start here.
    if (s != Shape.LOWER || !labels.isLowerCue(f)) {
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
      int run = signOffs.run(t, i, out, used);
      if (run > i) {
        return run;
      }
      if (signOffs.closingInitials(t, i, out, used)) {
        return i + 1;
      }
    }
    int role = t.is(i + 1, "(") ? informal.beforeRole(t, i, out, used) : i;
    if (role > i) {
      return role;
    }
    if (informal.afterRole(t, i, out, used)) {
      return i + 1;
    }
    return t.lineBefore[i] || t.is(i - 1, "(") ? informal.givenThenFamily(t, i, out, used) : i;
  }

  /** The triggers at a lower-case word that may open a cue (birth name, relation, label, title). */
  private int lowerCueAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    int birthNameEnd = relatives.birthName(t, i, out, used);
    if (birthNameEnd > i) {
      return birthNameEnd;
    }
    int relativeEnd = relatives.relative(t, i, out, used);
    if (relativeEnd > i) {
      return relativeEnd;
    }
    if ((f.equals("naissance") || f.equals("fille")) && i > 1 && !t.is(i + 1, ":")
        && (t.fold[i - 2].equals("nom") || t.fold[i - 1].equals("jeune"))) {
      return groups.group(t, i + 1, out, used, true, true);
    }
    if (f.equals("par")) {
      int byEnd = byAt(t, i, out, used);
      if (byEnd > i) {
        return byEnd;
      }
    }
    if (TitledNames.isTitle(t, i)) {
      int found = out.size();
      int end = titles.titled(t, i, out, used);
      // "dr okafor": a lower-case name the titled rule does not read may still be dictated.
      boolean none = out.size() == found && DictatedNames.TITLES.contains(f);
      return none ? Math.max(end, dictated.after(t, i, out, used)) : end;
    }
    int formEnd = formAt(t, i, out, used);
    if (formEnd > i) {
      return formEnd;
    }
    if (f.equals("dit") || f.equals("dite")) {
      return fields.nickname(t, i, out, used);
    }
    return labels.isBeforeWord(f) ? fields.afterBeforeWord(t, i, out, used) : i + 1;
  }

  /**
   * The triggers at "par": a typist's initials, a name after a verb of kind "by" ("signé par"),
   * a form field naming who acted ("Appel reçu par : Noémie Roche").
   *
   * @return the token after the name, or {@code i} when there is none
   */
  private int byAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int typed = typists.typedByInitials(t, i, out, used);
    if (typed > i) {
      return typed;
    }
    if (signatures.afterByWord(t, i)) {
      // "Rempli par : Laetitia Marin": a form field may put a colon after "par".
      int found = out.size();
      int end = titles.skipTitle(t, t.is(i + 1, ":") ? i + 2 : i + 1, out, used, true);
      // "Edité le 09/06 15:47 par jdupont": a login the name rules do not read.
      return out.size() == found ? Math.max(end, datedBy.after(t, i, out, used)) : end;
    }
    if (t.is(i + 1, ":") && i > 0 && t.shape[i - 1] == Shape.LOWER && i + 2 < t.size && !t.lineBefore[i + 2]) {
      // "Identité vérifiée par : RABIN M.": the name may not start with a common word ("par : téléphone").
      return Math.max(i + 1, titles.skipTitle(t, i + 2, out, used, false));
    }
    return datedBy.after(t, i, out, used);
  }

  /** The triggers at a capitalised word, an initial or a word in capitals. */
  private int capitalisedAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    Shape s = t.shape[i];
    if (TitledNames.isTitle(t, i)) {
      signOffs.initialNotTitle(t, i, out);
      return titles.titled(t, i, out, used);
    }
    int relativeEnd = relatives.relative(t, i, out, used);
    if (relativeEnd > i) {
      return relativeEnd;
    }
    int formEnd = formAt(t, i, out, used);
    if (formEnd > i) {
      return formEnd;
    }
    if (labels.isBeforeWord(f) || labels.isBrandWord(f)) {
      int end = fields.afterBeforeWord(t, i, out, used);
      if (end > i + 1) {
        return end;
      }
    }
    if (s == Shape.LETTER) {
      int signed = signatures.initialsSignature(t, i, out, used);
      return signed > i ? signed : signatures.initialName(t, i, out, used);
    }
    int initials = typists.dictationInitials(t, i, out, used);
    if (initials > i) {
      return initials;
    }
    if (s == Shape.UPPER) {
      int signed = signOffs.run(t, i, out, used);
      if (signed > i || signOffs.closingInitials(t, i, out, used)) {
        return Math.max(signed, i + 1);
      }
    }
    int abbreviated = signatures.givenAndInitial(t, i, out, used);
    if (abbreviated > i) {
      return abbreviated;
    }
    int weak = untitled.weakName(t, i, out, used);
    return weak > i + 1 ? weak : untitled.loneGivenName(t, i, out, used);
  }

  /**
   * The triggers of forms: a label of initials, a table's column header, a header row drawn with
   * spaces, a label and its value. No title is a label, so the title rule may run before or after.
   *
   * @return the token after what was read, or {@code i} when no form trigger starts here
   */
  private int formAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    if (labels.isInitialsLabel(f)) {
      int initials = typists.labelledInitials(t, i, out);
      if (initials > i) {
        return initials;
      }
    }
    if (labels.isInitialsOnlyLabel(f)) {
      int visa = visas.after(t, i, out, used);
      if (visa > i) {
        return visa;
      }
    }
    if (tables.isColumnHeader(t, i)) {
      return tables.column(t, i, out, used);
    }
    if (t.lineBefore[i] && labels.isNameLabel(t, i)) {
      int header = tables.gapHeader(t, i, out, used);
      if (header > i) {
        return header;
      }
    }
    if (labels.isLabel(f) && LabelledNames.labelValue(t, i) > 0) {
      return fields.labelled(t, i, out, used);
    }
    return i;
  }
  /** True if token {@code i} is a person's title as this finder reads titles (M. needs its dot). */
  static boolean titleAt(PhiTokens t, int i) {
    return i >= 0 && TitledNames.isTitle(t, i);
  }

  /** True for a folded name, given-name or role label of name-labels.txt ("Nom", "IDE"): a name follows its colon. */
  boolean isNameLabel(String folded) {
    return labels.isLabel(folded);
  }

  /** True for a folded word right before a name without a colon ("kiné", "pharmacie"). */
  boolean isWordBeforeName(String folded) {
    return labels.isBeforeWord(folded);
  }
}

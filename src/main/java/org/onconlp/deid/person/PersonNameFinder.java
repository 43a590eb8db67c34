package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

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
 * <p>This class runs the triggers in their order, token by token (those at lower-case words in
 * {@link LowerCaseTriggers}, those of forms in {@link FormTriggers}); the rules themselves live in
 * the package-private finders of {@link PersonRules}: {@link KnownNames} (identity, recurrences), {@link
 * TitledNames}, {@link LabelledNames} and {@link NameTables} (titles, labels, form and table
 * cells), {@link SignatureNames} and {@link TypistInitials} (signatures, initials), {@link
 * RelativeNames} (relatives, birth names), {@link LowerCaseNotes} and {@link UntitledNames}, all
 * reading names with {@link NameGroups} and {@link NameClassifier}. Immutable and thread-safe.
 */
public final class PersonNameFinder {
  private final PersonRules r;
  private final LowerCaseTriggers lower;
  private final LowerCaseGivenNames lowerGiven;
  private final NameContinuations continuations;
  private final ListedNames listed;
  private final PedigreeRows pedigree;

  /** A finder over the given lexicons. */
  public PersonNameFinder(PhiLexicons lex) {
    this.r = PersonRules.of(lex);
    this.lower = new LowerCaseTriggers(r);
    NameTokens names = new NameTokens(lex);
    this.lowerGiven = new LowerCaseGivenNames(lex, names);
    this.continuations = new NameContinuations(lex, names, r.labels(), r.siblings());
    this.listed = new ListedNames(lex, names, r.siblings());
    this.pedigree = new PedigreeRows(lex, r.groups());
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
    r.known().identity(tokens, identity, out, used);
    int i = 0;
    while (i < tokens.size) {
      i = Math.max(i + 1, at(tokens, i, out, used));
    }
    r.signOffLines().complete(tokens, out, used);
    r.references().complete(tokens, out, used);
    r.initials().complete(tokens, out, used);
    r.teams().complete(tokens, out, used);
    r.legendKeys().complete(tokens, out, used);
    r.operators().complete(tokens, out, used);
    r.closings().complete(tokens, out, used);
    r.recurring().complete(tokens, out, used);
    r.broken().complete(tokens, out, used);
    lowerGiven.complete(tokens, out, used);
    continuations.complete(tokens, out, used);
    listed.complete(tokens, out, used);
    r.layouts().complete(tokens, out, used);
    r.siblings().complete(tokens, out, used);
    // "anastomose selon Van Velthoven": an eponym, whatever rule took it for a name.
    out.removeIf(span -> r.lex().followsEponymCue(tokens.text, span.begin()) || untitledDevice(tokens, span));
    r.known().recurrences(tokens, out, used);
    // Rows of a family tree left unread once every known name recurred: their names recur too.
    if (pedigree.complete(tokens, out, used)) {
      r.known().recurrences(tokens, out, used);
    }
    return out;
  }

  /** "robot Da Vinci Xi": a device's brand read as a name, unless a title stands before it. */
  private boolean untitledDevice(PhiTokens t, PhiSpan span) {
    if (!r.clinical().isDeviceName(t.text, span.begin(), span.end())) {
      return false;
    }
    int k = NameInitials.tokenAt(t, span.begin());
    return k <= 0 || !TitledNames.isTitle(t, k - 1);
  }

  /** Tries every trigger at token {@code i}; returns the next token to look at. */
  private int at(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    Shape s = t.shape[i];
    if (s == Shape.LOWER || s == Shape.NUMBER || s == Shape.OTHER) {
      return lower.at(t, i, out, used);
    }
    return capitalisedAt(t, i, out, used);
  }

  /** The triggers at a capitalised word, an initial or a word in capitals. */
  private int capitalisedAt(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    Shape s = t.shape[i];
    if (TitledNames.isTitle(t, i)) {
      r.signOffs().initialNotTitle(t, i, out);
      return r.titles().titled(t, i, out, used);
    }
    int relativeEnd = r.relatives().relative(t, i, out, used);
    if (relativeEnd > i) {
      return relativeEnd;
    }
    int formEnd = r.forms().at(t, i, out, used);
    if (formEnd > i) {
      return formEnd;
    }
    if (r.labels().isBeforeWord(f) || r.labels().isBrandWord(f)) {
      int end = r.fields().afterBeforeWord(t, i, out, used);
      if (end > i + 1) {
        return end;
      }
    }
    if (s == Shape.LETTER) {
      int signed = r.signatures().initialsSignature(t, i, out, used);
      return signed > i ? signed : r.signatures().initialName(t, i, out, used);
    }
    int initials = r.typists().dictationInitials(t, i, out, used);
    if (initials > i) {
      return initials;
    }
    if (s == Shape.UPPER) {
      int signed = r.signOffs().run(t, i, out, used);
      if (signed > i || r.signOffs().closingInitials(t, i, out, used)) {
        return Math.max(signed, i + 1);
      }
    }
    int abbreviated = r.signatures().givenAndInitial(t, i, out, used);
    if (abbreviated > i) {
      return abbreviated;
    }
    int weak = r.untitled().weakName(t, i, out, used);
    return weak > i + 1 ? weak : r.untitled().loneGivenName(t, i, out, used);
  }

  /** True if token {@code i} is a person's title as this finder reads titles (M. needs its dot). */
  public static boolean titleAt(PhiTokens t, int i) {
    return i >= 0 && TitledNames.isTitle(t, i);
  }

  /** True for a folded name, given-name or role label of name-r.labels().txt ("Nom", "IDE"): a name follows its colon. */
  public boolean isNameLabel(String folded) {
    return r.labels().isLabel(folded);
  }

  /** True for a folded word right before a name without a colon ("kiné", "pharmacie"). */
  public boolean isWordBeforeName(String folded) {
    return r.labels().isBeforeWord(folded);
  }
}

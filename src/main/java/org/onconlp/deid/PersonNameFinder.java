package org.onconlp.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.text.ResourceLines;

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
 * upper-case word before a given name is the family name ("DUPONT Marie"). Immutable and
 * thread-safe.
 */
public final class PersonNameFinder {
  private static final Set<String> TITLES =
      Set.of(
          "dr", "docteur", "pr", "professeur", "mme", "madame", "mlle", "mademoiselle",
          "monsieur", "mr", "me", "mgr", "drs", "docteurs", "prs", "professeurs", "mmes", "vve");
  /** Titles that also count in lower case ("mme piot a appelé", "annulation mr gasnier"). */
  private static final Set<String> LOWER_CASE_TITLES = Set.of("dr", "pr", "mme", "mr", "mlle");
  /** Doctor's titles in lower case, after which even a common word that is a family name is one ("dr roche"). */
  private static final Set<String> DOCTOR_TITLES = Set.of("dr", "pr");
  private static final Set<String> CIVIL_TITLES =
      Set.of("m", "mme", "madame", "mlle", "mademoiselle", "monsieur", "mr", "vve");
  private static final int MAX_PARENTHESIS_DATE = 24;
  private static final Set<String> LIST_TITLES = Set.of("drs", "docteurs", "prs", "professeurs");
  /** Words that may stand between a label and its colon: "Nom de naissance :", "Nom / Prénom :". */
  private static final Set<String> LABEL_FILLERS =
      Set.of(
          "(", ")", "-", "/", "e", "s", "de", "d'", "du", "naissance", "usage", "marital", "jeune",
          "fille", "famille", "epouse", "usuel", "utilise", "utilisee", "patient", "patiente", "prenom", "prenoms",
          "nom",
          "noms", "et", "la", "le", "naiss", ".", "ne");
  private static final int MAX_LABEL_FILLERS = 5;
  /** Words that may open a label's line before it: "Premier prénom de naissance     Yvonne". */
  private static final Set<String> LABEL_OPENERS = Set.of("premier", "second", "autre", "autres");
  private static final Set<String> BIRTH_NAME = Set.of("nee", "ne", "epouse", "ep", "veuve");
  /** Determiners that make "épouse" a relative ("son épouse Martine"), not a married name. */
  private static final Set<String> POSSESSIVES = Set.of("son", "sa", "mon", "ma", "votre", "notre", "leur");
  /** Whose relative a relation cue names: "le frère de Monsieur", "l'amie du couple". */
  private static final Set<String> RELATIVE_OWNERS =
      Set.of("monsieur", "madame", "couple", "patient", "patiente", "defunt", "defunte", "famille");
  private static final int POSTCODE_LENGTH = 5;
  /** Cells of a table header row ("Fauteuil | Heure | NOM | Prénom"), not a "| Nom | X |" pair. */
  private static final int MIN_HEADER_CELLS = 3;
  /** Age units in "Gwendal (24 ans, …)": a given name followed by an age is a person. */
  private static final Set<String> AGE_UNITS = Set.of("ans", "an", "mois");
  /** Words after "&" in a business name that are no second owner: "Lefèvre & Fils". */
  private static final Set<String> FIRM_WORDS = Set.of("fils", "fille", "filles", "freres", "cie", "co", "associes");
  /** Punctuation a title may be glued to: "(M. PONCET", "«Mme Durand". */
  private static final Set<String> OPENERS = Set.of("(", "[", "«", "\"", "'");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "du", "le", "la", "van", "von", "ben", "el", "d'", "di", "da", "mac", "n'", "o'", "del",
          "della", "dos", "das", "der", "den", "ter", "ten", "al", "bin", "des", "m'");
  /** Given names abbreviated by their first sounds: "Dr Ph. Estrade", "Ch. Morel", "Th. Roux". */
  private static final Set<String> ABBREVIATED_GIVEN = Set.of("ph", "ch", "chr", "th");
  /** Spaces between two words that make them table cells, not one name. */
  private static final int COLUMN_GAP = 3;
  /** Characters a value may stand left or right of its column header ("Nom      Prénom"). */
  private static final int HEADER_SLACK = 2;
  private static final int MAX_NAME_WORDS = 4;
  /** Tokens of a date and a time between a "by" verb and "par": "le 02/04/2024 à 07:51". */
  private static final int MAX_DATED_BY_TOKENS = 12;
  /** Verbs of typing or writing a text, after which "par XY." names the typist by initials. */
  private static final Set<String> TYPED_BY =
      Set.of(
          "saisi", "saisie", "frappe", "frappee", "dicte", "dictee", "redige", "redigee", "relu", "relue", "tape", "tapee",
          "edite", "editee", "imprime", "imprimee", "scanne", "scannee", "numerise", "numerisee", "recu", "recue",
          "enregistre", "enregistree");
  /** Words a label of initials may span before its colon ("Initiales CRF :", "Réf. :"). */
  private static final int MAX_INITIALS_LABEL = 3;
  /** A trial patient's spelt initials: "G-S", "R.M.", "J.-P.D." (upper-case letters joined). */
  private static final Pattern SPELT_INITIALS = Pattern.compile("\\p{Lu}(?:(?:\\.-?|-)\\p{Lu})+\\.?(?=\\s|$|[,;)])");
  /** Typist's initials: "MK/ap", "HB/NL", "NR", groups of two or three letters joined by "/". */
  private static final Pattern INITIALS_GROUPS =
      Pattern.compile("(\\p{L}{2,3})(?:/\\p{L}{2,3})*(?=\\s|$|[.,;)])");
  private static final Pattern INITIALS_GROUP = Pattern.compile("\\p{L}{2,3}");
  private static final int MAX_LIST = 8;
  /** Tokens of a date-and-time stamp between a verb and "par": "Imprimé le 10/10 à 08:57 par". */
  private static final Set<String> STAMP_WORDS = Set.of("le", "a", "h", ":", "/", ",", "-");
  /** Full-word titles: a period after them ends the sentence ("le père de Monsieur. Trois"). */
  private static final Set<String> WORD_TITLES =
      Set.of("docteur", "professeur", "madame", "mademoiselle", "monsieur", "docteurs", "professeurs");
  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };

  private static final Set<String> FOLDED_MONTHS =
      Set.of(
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre");

  /** Weekdays: "dr arnaud samedi" names a day after the doctor, not a second name. */
  private static final Set<String> WEEKDAYS =
      Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

  private static final String LABEL_FILE = "/org/onconlp/deid/name-labels.txt";

  private final PhiLexicons lex;
  /** Label word to its kind ("name", "given", "role"), from name-labels.txt. */
  private final Map<String, String> labels;
  /** Verbs before "par" and a name ("signé par"), from name-labels.txt. */
  private final Set<String> byWords;
  /** Every lower-case word that may start a cue: birth names, relations, titles, labels, "par". */
  private final Set<String> lowerCueWords;
  /** Words right before a name without a colon ("kiné Harriet", "pharmacie Delahaye"). */
  private final Set<String> beforeWords;
  /** As {@link #beforeWords}, only when capitalised: a business name ("Médical Joseph"). */
  private final Set<String> brandWords;
  /** Labels of typist's or trial patient's initials ("Réf. :", "Saisie :", "Initiales CRF :"). */
  private final Set<String> initialsLabels;

  /** A finder over the given lexicons. */
  public PersonNameFinder(PhiLexicons lex) {
    this.lex = lex;
    Map<String, String> l = new HashMap<>();
    Set<String> by = new HashSet<>();
    Set<String> before = new HashSet<>();
    Set<String> brand = new HashSet<>();
    Set<String> initials = new HashSet<>();
    for (String line : ResourceLines.load(LABEL_FILE)) {
      int tab = line.indexOf('\t');
      String word = line.substring(0, tab);
      String kind = line.substring(tab + 1).trim();
      if (kind.equals("by")) {
        by.add(word);
      } else if (kind.equals("before")) {
        before.add(word);
      } else if (kind.equals("brand")) {
        brand.add(word);
      } else if (kind.equals("initials")) {
        initials.add(word);
      } else {
        l.put(word, kind);
      }
    }
    this.labels = Map.copyOf(l);
    this.byWords = Set.copyOf(by);
    this.beforeWords = Set.copyOf(before);
    this.brandWords = Set.copyOf(brand);
    this.initialsLabels = Set.copyOf(initials);
    Set<String> cues = new HashSet<>(BIRTH_NAME);
    cues.addAll(lex.relationCues().firstKeys());
    cues.addAll(LOWER_CASE_TITLES);
    cues.addAll(l.keySet());
    cues.addAll(before);
    cues.addAll(initials);
    cues.add("dit");
    cues.addAll(List.of("naissance", "fille", "par"));
    this.lowerCueWords = Set.copyOf(cues);
  }

  /** One word of a name: token range and whether it is an initial. */
  private record Word(int first, int last, boolean initial) {}

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
    identity(tokens, identity, out, used);
    int i = 0;
    while (i < tokens.size) {
      i = Math.max(i + 1, at(tokens, i, out, used));
    }
    // "anastomose selon Van Velthoven": an eponym, whatever rule took it for a name.
    out.removeIf(span -> lex.followsEponymCue(tokens.text, span.begin()));
    recurrences(tokens, out, used);
    return out;
  }

  /** Tries every trigger at token {@code i}; returns the next token to look at. */
  private int at(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    Shape s = t.shape[i];
    if (s == Shape.LOWER || s == Shape.NUMBER || s == Shape.OTHER) {
      // Most tokens are lower-case words: one lookup decides whether any cue can start here.
      if (s == Shape.LOWER && t.lineBefore[i] && t.is(i + 2, ".")) {
        int abbreviated = givenAndInitial(t, i, out, used);
        if (abbreviated > i) {
          return abbreviated;
        }
      }
      if (s == Shape.LOWER && t.lineBefore[i]) {
        int header = lowerIdentityLine(t, i, out, used);
        if (header > i) {
          return header;
        }
      }
      if (s == Shape.LOWER && (t.lineBefore[i] || t.is(i - 1, "(")) && t.is(i + 1, "/") && !lex.isStopWord(f)) {
        // "jf/sb", "(pyg/cb)": typist's initials in lower case.
        int initials = dictationInitials(t, i, out, used);
        if (initials > i) {
          return initials;
        }
      }
      if (s == Shape.LOWER && t.is(i - 1, "(") && bracketedGivenName(t, i, out, used)) {
        return i + 1;
      }
      if (s != Shape.LOWER || !lowerCueWords.contains(f)) {
        return i + 1;
      }
      // "avec epouse marie-josephe": in lower case, a given name after "épouse" is the wife's.
      boolean wife = i + 1 < t.size && t.shape[i + 1] == Shape.LOWER && isGiven(t, i + 1)
          && !lex.isFamilyName(t.fold[i + 1]);
      if (BIRTH_NAME.contains(f) && !t.is(i + 1, "le") && !t.is(i + 1, "en") && !wife
          && !(i > 0 && POSSESSIVES.contains(t.fold[i - 1]))) {
        int from = t.is(i + 1, ".") && t.glued(i + 1) ? i + 2 : i + 1;
        // "nee bouvier": a lower-case cue may be followed by a known family name in lower case
        // (not after "ne", the negation as often as "né").
        int end = from < t.size ? group(t, from, out, used, true, true, !f.equals("ne")) : from;
        if (end > from) {
          nameBeforeBirthName(t, i, out, used);
          birthDateInParentheses(t, end, out);
          return end;
        }
      }
      int relativeEnd = relative(t, i, out, used);
      if (relativeEnd > i) {
        return relativeEnd;
      }
      if ((f.equals("naissance") || f.equals("fille")) && i > 1 && !t.is(i + 1, ":")
          && (t.fold[i - 2].equals("nom") || t.fold[i - 1].equals("jeune"))) {
        return group(t, i + 1, out, used, true, true);
      }
      if (f.equals("par")) {
        int typed = typedByInitials(t, i, out, used);
        if (typed > i) {
          return typed;
        }
        if (afterByWord(t, i)) {
          return skipTitle(t, i + 1, out, used, true);
        }
        if (t.is(i + 1, ":") && i > 0 && t.shape[i - 1] == Shape.LOWER && i + 2 < t.size && !t.lineBefore[i + 2]) {
          // "Appel reçu par : Noémie Roche", "Identité vérifiée par : RABIN M.": a form field
          // naming who acted; the name may not start with a common word ("par : téléphone").
          return Math.max(i + 1, skipTitle(t, i + 2, out, used, false));
        }
      }
      if (initialsLabels.contains(f)) {
        int initials = labelledInitials(t, i, out);
        if (initials > i) {
          return initials;
        }
      }
      if (isTitle(t, i)) {
        return titled(t, i, out, used);
      }
      if (isColumnHeader(t, i)) {
        return column(t, i, out, used);
      }
      if (t.lineBefore[i] && isNameLabel(t, i)) {
        int header = gapHeader(t, i, out, used);
        if (header > i) {
          return header;
        }
      }
      if (labels.containsKey(f) && labelValue(t, i) > 0) {
        return labelled(t, i, out, used);
      }
      if (f.equals("dit")) {
        return nickname(t, i, out, used);
      }
      return beforeWords.contains(f) ? afterBeforeWord(t, i, out, used) : i + 1;
    }
    if (isTitle(t, i)) {
      return titled(t, i, out, used);
    }
    int relativeEnd = relative(t, i, out, used);
    if (relativeEnd > i) {
      return relativeEnd;
    }
    if (initialsLabels.contains(f)) {
      int initials = labelledInitials(t, i, out);
      if (initials > i) {
        return initials;
      }
    }
    if (isColumnHeader(t, i)) {
      return column(t, i, out, used);
    }
    if (t.lineBefore[i] && isNameLabel(t, i)) {
      int header = gapHeader(t, i, out, used);
      if (header > i) {
        return header;
      }
    }
    if (labels.containsKey(f) && labelValue(t, i) > 0) {
      return labelled(t, i, out, used);
    }
    if (beforeWords.contains(f) || brandWords.contains(f)) {
      int end = afterBeforeWord(t, i, out, used);
      if (end > i + 1) {
        return end;
      }
    }
    if (s == Shape.LETTER) {
      int signed = initialsSignature(t, i, out, used);
      return signed > i ? signed : initialName(t, i, out, used);
    }
    int initials = dictationInitials(t, i, out, used);
    if (initials > i) {
      return initials;
    }
    int abbreviated = givenAndInitial(t, i, out, used);
    if (abbreviated > i) {
      return abbreviated;
    }
    int weak = weakName(t, i, out, used);
    return weak > i + 1 ? weak : loneGivenName(t, i, out, used);
  }

  /**
   * True if a verb of kind "by" (name-labels.txt) stands before "par" at {@code i}: right before
   * it, one word before it ("signé électroniquement par"), or before a date and a time on the
   * same line ("Edité le 02/04/2024 à 07:51 par").
   */
  private boolean afterByWord(PhiTokens t, int i) {
    if ((i > 0 && byWords.contains(t.fold[i - 1])) || (i > 1 && byWords.contains(t.fold[i - 2]))) {
      return true;
    }
    for (int k = i - 1; k >= 0 && i - k <= MAX_DATED_BY_TOKENS && !t.lineBefore[k + 1]; k--) {
      if (byWords.contains(t.fold[k])) {
        return true;
      }
      boolean dateOrTime = t.shape[k] == Shape.NUMBER || STAMP_WORDS.contains(t.fold[k]) || isMonth(t.fold[k]);
      if (!dateOrTime) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Gwen B.", "Chantal M." in a care table or a signature: a known given name and the initial
   * of the family name. Not a common word ("Vitamine B."), not after another capitalised word.
   */
  private int givenAndInitial(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    // "christelle R." opening a line of a hastily typed message: a lower-case given name too.
    boolean lowerSignature = t.shape[i] == Shape.LOWER && t.lineBefore[i] && !lex.isStopWord(t.fold[i]);
    if (used[i] || (t.shape[i] != Shape.TITLE && !lowerSignature) || n + 1 >= t.size || t.lineBefore[n] || t.shape[n] != Shape.LETTER
        || !t.is(n + 1, ".") || !t.glued(n + 1) || t.glued(n) || !isGiven(t, i)
        || lex.isCommonWordOrPlural(t.fold[i]) || (!t.lineBefore[i] && t.capitalised(i - 1))
        || (n + 2 < t.size && !t.lineBefore[n + 2] && t.capitalised(n + 2) && !isRole(t.fold[n + 2]))) {
      // "Cécile R. IDE": the carer's role may follow the signature.
      return i;
    }
    emit(t, i, i, "PRENOM", out, used);
    emit(t, n, n + 1, "NOM", out, used);
    return n + 2;
  }

  /**
   * "et Morgane, qui vit à Brest", "(Katell, cabinet infirmier)", "Moussa, 14 ans": a known
   * given name standing alone inside a sentence is a person's given name. Not at the start of a
   * line or a sentence, not next to another capitalised word (a place or a longer name that
   * the other rules judge), not a common word, not a commune rather than a name ("Paris").
   */
  private int loneGivenName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    if (used[i] || t.shape[i] != Shape.TITLE || !isGiven(t, i)) {
      return i + 1;
    }
    String f = t.fold[i];
    int n = i + 1;
    boolean lineEnd = n >= t.size || t.lineBefore[n];
    // "… compris. -Karim", "10h20 - Aurore (IDE)": a note signed with a given name after a dash.
    boolean signature = t.is(i - 1, "-") && !t.lineBefore[i]
        && (lineEnd || (t.is(n, "(") && n + 2 < t.size && t.is(n + 2, ")") && isRole(t.fold[n + 1])));
    // "Gwendal (24 ans, marin)": a given name and an age.
    boolean aged =
        t.is(n, "(") && n + 2 < t.size && t.shape[n + 1] == Shape.NUMBER && AGE_UNITS.contains(t.fold[n + 2]);
    // "Martine, secrétaire USP": a given name and its role, alone at the start of a line.
    boolean signedRole =
        t.lineBefore[i] && t.is(n, ",") && n + 1 < t.size && !t.lineBefore[n + 1] && isRole(t.fold[n + 1]);
    boolean person = signature || aged || signedRole;
    if (t.lineBefore[i] && !person) {
      return i + 1;
    }
    boolean sentenceStart = t.is(i - 1, ".") || t.is(i - 1, "!") || t.is(i - 1, "?") || t.is(i - 1, "-");
    boolean nextCapitalised = n < t.size && !t.lineBefore[n] && t.capitalised(n);
    if ((sentenceStart && !person) || t.capitalised(i - 1) || nextCapitalised || lex.isCommonWordOrPlural(f)
        || lex.isStopWord(f)
        || isPlaceMoreThanName(f) || isMonth(f) || lex.isCountry(f) || hasInnerCapital(t, i)
        || (!person && !lex.isFrequentGivenName(f) && lex.isFamilyName(f))
        || (i > 0 && t.shape[i - 1] == Shape.NUMBER && t.end[i - 1] - t.begin[i - 1] == POSTCODE_LENGTH)) {
      // "75015 Paris": after a postcode, the town.
      return i + 1;
    }
    emit(t, i, i, "PRENOM", out, used);
    return i + 1;
  }

  /**
   * "faucher denis, 67a, ddn 17.8.1956", "pujadas monique epouse sirvent, ddn …": a hurried note
   * opening the patient's line in lower case with a known family name and a known given name
   * (neither a common word), then a comma or a birth-name cue, and a number later on the line
   * (age, birth date, record number).
   *
   * @return the token after the given name, or {@code i} when the line is no such header
   */
  private int lowerIdentityLine(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    if (n + 1 >= t.size || used[i] || t.lineBefore[n] || t.shape[n] != Shape.LOWER || t.lineBefore[n + 1]
        || !(t.is(n + 1, ",") || BIRTH_NAME.contains(t.fold[n + 1])) || !isLowerName(t.fold[i]) || !isFamily(t.fold[i])
        || !isLowerName(t.fold[n]) || !isGiven(t, n)) {
      return i;
    }
    for (int k = n + 2; k < t.size && !t.lineBefore[k] && k <= n + MAX_DATED_BY_TOKENS; k++) {
      if (t.shape[k] == Shape.NUMBER) {
        emit(t, i, i, "NOM", out, used);
        emit(t, n, n, "PRENOM", out, used);
        return n + 1;
      }
    }
    return i;
  }

  /**
   * "2) HEBERT née GOSSELIN", "Martine ROSE épouse BASTIDE": the upper-case word right before a
   * birth-name cue is the used family name (a common word only after a given name), and a
   * capitalised given name before it the given name.
   */
  private void nameBeforeBirthName(PhiTokens t, int cue, List<PhiSpan> out, boolean[] used) {
    int k = cue - 1;
    if (k < 0 || t.lineBefore[cue] || used[k] || t.shape[k] != Shape.UPPER || t.end[k] - t.begin[k] < 3) {
      return;
    }
    int g = k - 1;
    boolean given = g >= 0 && !t.lineBefore[k] && !used[g] && t.shape[g] == Shape.TITLE && isGiven(t, g)
        && !lex.isCommonWord(t.fold[g]);
    if (lex.isStopWord(t.fold[k]) || (lex.isCommonWordOrPlural(t.fold[k]) && !given)) {
      return;
    }
    emit(t, k, k, "NOM", out, used);
    if (given) {
      emit(t, g, g, "PRENOM", out, used);
    }
  }

  /**
   * "ide annonce (sandrine)", "mari present (jordi, 06 39 …)": in a line typed in lower case, a
   * known given name alone in brackets or before a phone number; not a commune ("(valence)").
   */
  private boolean bracketedGivenName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int n = i + 1;
    boolean closed = t.is(n, ")") || (t.is(n, ",") && n + 1 < t.size && t.shape[n + 1] == Shape.NUMBER);
    if (used[i] || !closed || t.lineBefore[n] || !isGiven(t, i) || !isLowerName(t.fold[i])
        || lex.communes().longestMatch(t.fold, i, i + 1) > 0 || !lowerCaseLine(t, i)) {
      return false;
    }
    emit(t, i, i, "PRENOM", out, used);
    return true;
  }

  /** True if the first word of the line of token {@code i} starts with a lower-case letter (a hurried note). */
  private static boolean lowerCaseLine(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k]) {
      k--;
    }
    while (k < i && (t.shape[k] == Shape.OTHER || t.shape[k] == Shape.NUMBER)) {
      k++;
    }
    return t.shape[k] == Shape.LOWER;
  }

  /** True for a folded word of three letters or more that is no common word, stop word or month. */
  private boolean isLowerName(String folded) {
    return folded.length() >= 3 && !lex.isCommonWordOrPlural(folded) && !lex.isStopWord(folded) && !isMonth(folded);
  }

  /** True if the folded word names a carer's role (kinds {@code role} and {@code before}). */
  private boolean isRole(String folded) {
    return "role".equals(labels.get(folded)) || beforeWords.contains(folded);
  }

  /**
   * "kiné Harriet", "pharmacie Nguyen-Lambert", "Taxi Ferreira", "POMPES FUNEBRES : GIROUD": the
   * name right after a word of kind {@code before} (and an optional colon), when it is not a
   * common word, a stop word or a short acronym; a second owner after "&" or "/" too
   * ("Ambulances Chabrol & Mas", "cabinet infirmier Le Floch / Guého").
   */
  private int afterBeforeWord(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int k = t.is(i + 1, ":") ? i + 2 : i + 1;
    // "pharmacie\n   Vidal-Maurin": the name may open the next line, alone before its own line
    // break or a place ("à Lunel"), never a heading of the next section.
    boolean nextLine = k < t.size && t.lineBefore[k] && t.shape[i] == Shape.LOWER;
    int initial = -1;
    if (k < t.size && !t.lineBefore[k] && isTitle(t, k) && t.fold[k].equals("m") && beforeWords.contains(t.fold[i])) {
      initial = k;
      k += 2;
    }
    if (k >= t.size || used[k] || !t.capitalised(k) || isTitle(t, k) || t.is(k + 1, ":")
        || (t.lineBefore[k] && !nextLine)) {
      return i + 1;
    }
    if (initial >= 0) {
      int end = group(t, k, out, used, true, false);
      if (end == k + 1) {
        staffInitial(t, initial, out, used);
      }
      return Math.max(end, k);
    }
    String f = t.fold[k];
    if (t.shape[i] == Shape.UPPER && t.shape[k] == Shape.UPPER && !beforeWords.contains(t.fold[i])) {
      // "ÉTABLISSEMENTS SOLLICITÉS": a heading in capitals, not a business and its owner.
      return i + 1;
    }
    boolean acronym = t.shape[k] == Shape.UPPER && t.end[k] - t.begin[k] <= 4;
    // "cabinet infirmier Le Floch": a particle opening the family name, not an article.
    // "TAXI LE BIHAN": in capitals too.
    boolean particle = PARTICLES.contains(f) && (t.shape[k] == Shape.TITLE || t.shape[k] == Shape.UPPER)
        && k + 1 < t.size && !t.lineBefore[k + 1]
        && t.capitalised(k + 1) && !lex.isStopWord(t.fold[k + 1]) && !lex.isCommonWordOrPlural(t.fold[k + 1]);
    if ((acronym && !particle) || (lex.isStopWord(f) && !particle) || isMonth(f) || lex.isCountry(f)
        || (lex.isCommonWordOrPlural(f) && !isGiven(t, k) && !lex.isFamilyName(f))
        || lex.communes().longestMatch(t.fold, k, t.size) > 0 && !isGiven(t, k) && !lex.isFamilyName(f)) {
      return i + 1;
    }
    if (t.lineBefore[k] && !endsNameLine(t, k)) {
      return i + 1;
    }
    int end = group(t, k, out, used, false, false);
    int partner = end + 1;
    if (end > k && (t.is(end, "&") || t.is(end, "/")) && partner < t.size && !t.lineBefore[partner] && t.capitalised(partner)
        && !FIRM_WORDS.contains(t.fold[partner]) && !lex.isStopWord(t.fold[partner])) {
      end = group(t, partner, out, used, true, true);
    }
    return end;
  }

  /**
   * "IDE M. Rolland", "Signature IDE : M. Chabrier": before a carer's family name alone, "M." is
   * the initial of the given name as often as the title; it is redacted with the name (not in
   * "Physicien : M. Hugo Taïeb", where the given name follows).
   */
  private static void staffInitial(PhiTokens t, int m, List<PhiSpan> out, boolean[] used) {
    emit(t, m, m + 1, "PRENOM", out, used);
  }

  /** True if the name word at {@code k} ends its line or is followed by a comma or a place. */
  private boolean endsNameLine(PhiTokens t, int k) {
    Word w = word(t, k, false);
    if (w == null) {
      return false;
    }
    int n = w.last() + 1;
    return n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, "(") || t.fold[n].equals("a");
  }

  /**
   * "ANLI Bacar, dit « Baco »": a nickname in quotes after a person's name is a given name.
   */
  private int nickname(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    boolean afterName = t.capitalised(i - 1) || (t.is(i - 1, ",") && t.capitalised(i - 2));
    int k = i + 1;
    if (!afterName || k + 1 >= t.size || !t.fold[k].equals("\"") || !t.capitalised(k + 1)) {
      return i + 1;
    }
    int last = k + 1;
    while (last + 1 < t.size && last - k < 3 && !t.lineBefore[last + 1] && !t.fold[last + 1].equals("\"")) {
      last++;
    }
    if (last + 1 >= t.size || !t.fold[last + 1].equals("\"")) {
      return i + 1;
    }
    emit(t, k + 1, last, "PRENOM", out, used);
    return last + 2;
  }

  /** A title and the name group after it (with a list or a civil name's birth name and date). */
  private int titled(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[i];
    int next = afterTitle(t, i);
    int end = group(t, next, out, used, true, false, true);
    if (CIVIL_TITLES.contains(f)) {
      end = afterCivilName(t, end, out, used);
    }
    if (LIST_TITLES.contains(f)) {
      end = continueList(t, end, out, used);
    }
    return end;
  }

  /**
   * A label of name-labels.txt, its colon (or leader, or gap) and the name after it. After a
   * gap the line is a row of columns ("Nom usage      DUBOIS        WAROT"): each cell is read.
   */
  private int labelled(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    String kind = labels.get(t.fold[i]);
    int next = labelValue(t, i);
    if (t.is(next - 1, "|")) {
      return pipeCells(t, next, out, used, kind);
    }
    if (kind.equals("given")) {
      return givenOnly(t, next, out, used);
    }
    boolean gap = next < t.size && !t.lineBefore[next] && t.begin[next] - t.end[next - 1] >= COLUMN_GAP
        && t.shape[next - 1] != Shape.OTHER;
    if (next < t.size && !t.lineBefore[next] && isNextLabel(t, next)) {
      // "Tél. patient :      Aidant principal :": the next label of a form row, no name.
      return next;
    }
    if (!gap) {
      return skipTitle(t, next, out, used, !kind.equals("role"));
    }
    int end = next;
    for (int n = 0; n < MAX_LIST && end < t.size && !t.lineBefore[end] && t.begin[end] - t.end[end - 1] >= COLUMN_GAP
        && !labels.containsKey(t.fold[end]) && !t.is(end + 1, ":"); n++) {
      int after = skipTitle(t, end, out, used, false);
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
    for (int n = 0; n < MAX_LIST && end < t.size && !t.lineBefore[end]; n++) {
      int after = kind.equals("given") ? givenOnly(t, end, out, used) : skipTitle(t, end, out, used, !kind.equals("role"));
      if (after == end || !t.is(after, "|") || after + 1 >= t.size || t.lineBefore[after + 1]
          || labels.containsKey(t.fold[after + 1])) {
        return Math.max(after, end);
      }
      end = after + 1;
    }
    return end;
  }

  /** True if a label or a relation cue and its colon start at token {@code k} ("Aidant principal :"). */
  private boolean isNextLabel(PhiTokens t, int k) {
    int len = lex.relationCues().longestMatch(t.fold, k, t.size);
    if (len == 0 && !labels.containsKey(t.fold[k])) {
      return false;
    }
    for (int c = k + Math.max(len, 1); c < t.size && c <= k + MAX_INITIALS_LABEL && !t.lineBefore[c]; c++) {
      if (t.is(c, ":")) {
        return true;
      }
    }
    return false;
  }

  /** "C. Poli", "J.-D. Mattei", "P. GAUTHIER" without a title: an initial and a family name. */
  private int initialName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    Word initial = word(t, i, false, false);
    if (initial == null || !initial.initial() || initial.last() + 1 >= t.size || t.lineBefore[initial.last() + 1]
        || (i > 0 && t.glued(i))) {
      return i + 1;
    }
    Word name = word(t, initial.last() + 1, false, false);
    if (name == null) {
      // "– L. Gros" ending a line of a call log: a signature, even with a family name that is a word.
      Word word = word(t, initial.last() + 1, true, false);
      int after = word == null ? -1 : word.last() + 1;
      boolean signature = word != null && !word.initial() && (t.lineBefore[i] || (isDash(t, i - 1) && !t.glued(i)))
          && (after >= t.size || t.lineBefore[after]) && t.shape[word.last()] == Shape.TITLE
          && isFamily(t.fold[word.last()]);
      if (signature) {
        emit(t, initial.first(), initial.last(), "PRENOM", out, used);
        emit(t, word.first(), word.last(), "NOM", out, used);
        return after;
      }
    }
    if (name == null || name.initial()
        || (lex.isCommonWord(t.fold[name.last()]) && !isGiven(t, name.last()) && !isMonth(t.fold[name.last()]))) {
      return i + 1;
    }
    return group(t, i, out, used, false, false, false);
  }

  /**
   * "L. G." opening a line and ending it (or before "/ ASS", "- IDE"): a signature made of the
   * initials of a given name and a family name; "N." alone on the last line of the text.
   */
  private int initialsSignature(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    // "À jeudi.\nN.": one initial alone on the last line signs a message with a given name.
    if (t.lineBefore[i] && i > 0 && i + 2 == t.size && t.is(i + 1, ".") && t.glued(i + 1) && !used[i]) {
      emit(t, i, i + 1, "PRENOM", out, used);
      return t.size;
    }
    int second = i + 2;
    int after = i + 4;
    if (!t.lineBefore[i] || used[i] || !t.is(i + 1, ".") || !t.glued(i + 1) || second >= t.size
        || t.lineBefore[second] || t.shape[second] != Shape.LETTER || !t.is(second + 1, ".") || !t.glued(second + 1)) {
      return i;
    }
    if (after < t.size && !t.lineBefore[after] && !t.is(after, "/") && !(t.is(after, "-") && !t.glued(after))) {
      return i;
    }
    emit(t, i, i + 1, "PRENOM", out, used);
    emit(t, second, second + 1, "NOM", out, used);
    return after;
  }

  /**
   * "Réf. : MK/ap", "N/Réf : HB", "Saisie : NR", "Initiales CRF : G-S", "Initiales : R.M.": after
   * a label of kind "initials" (name-labels.txt) and its colon, the value is a run of initials
   * groups ("MK/ap": each a name) or of single letters joined by "-" or "." (a trial patient's
   * initials: family name first, then given names). Not a reference number, not a word ("le",
   * "non").
   *
   * @return the token after the initials, or {@code i} when there are none
   */
  private int labelledInitials(PhiTokens t, int i, List<PhiSpan> out) {
    int colon = i + 1;
    while (colon < t.size && colon <= i + MAX_INITIALS_LABEL && !t.lineBefore[colon] && !t.is(colon, ":")) {
      colon++;
    }
    int k = colon + 1;
    if (k >= t.size || !t.is(colon, ":") || t.lineBefore[k]) {
      return i;
    }
    int lineEnd = t.text.indexOf('\n', t.begin[k]);
    String rest = t.text.substring(t.begin[k], lineEnd < 0 ? t.text.length() : lineEnd);
    Matcher letters = SPELT_INITIALS.matcher(rest);
    if (letters.lookingAt()) {
      int n = 0;
      for (int c = 0; c < letters.end(); c++) {
        if (Character.isLetter(rest.charAt(c))) {
          int at = t.begin[k] + c;
          out.add(new PhiSpan(at, at + 1, n++ == 0 ? "NOM" : "PRENOM"));
        }
      }
      return tokenAfter(t, k, t.begin[k] + letters.end());
    }
    Matcher groups = INITIALS_GROUPS.matcher(rest);
    String first = groups.lookingAt() ? groups.group(1).toLowerCase(Locale.ROOT) : null;
    if (first == null || lex.isStopWord(first) || lex.isCommonWord(first)) {
      return i;
    }
    Matcher group = INITIALS_GROUP.matcher(rest).region(0, groups.end());
    while (group.find()) {
      out.add(new PhiSpan(t.begin[k] + group.start(), t.begin[k] + group.end(), "NOM"));
    }
    return tokenAfter(t, k, t.begin[k] + groups.end());
  }

  /** The first token from {@code k} on that starts at or after character {@code offset}. */
  private static int tokenAfter(PhiTokens t, int k, int offset) {
    int j = k;
    while (j < t.size && t.begin[j] < offset) {
      j++;
    }
    return j;
  }

  /**
   * "Saisie eCRF faite le 22/03/2024 par KM.": upper-case initials ending the sentence after
   * "par", when a verb of typing or writing (saisi, frappé, dicté, rédigé, relu) stands earlier
   * on the line; "confirmé par IRM." has no such verb.
   */
  private int typedByInitials(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int k = i + 1;
    // "scanné … par lv.", "édité … par ngu - page 1": lower-case initials too, when no word.
    boolean lowerInitials = k < t.size && t.shape[k] == Shape.LOWER && !lex.isStopWord(t.fold[k])
        && !lex.isCommonWordOrPlural(t.fold[k]);
    if (k >= t.size || t.lineBefore[k] || (t.shape[k] != Shape.UPPER && !lowerInitials) || !isInitialsGroup(t, k)
        || !(k + 1 == t.size || t.lineBefore[k + 1] || t.is(k + 1, ".") || t.is(k + 1, ",") || t.is(k + 1, "-")
            || t.begin[k + 1] - t.end[k] >= COLUMN_GAP)) {
      return i;
    }
    if (typedBefore(t, i)) {
      emit(t, k, k, "NOM", out, used);
      return k + 1;
    }
    return i;
  }

  /** True if a verb of typing or writing stands before token {@code i} on its line, close to it. */
  private static boolean typedBefore(PhiTokens t, int i) {
    for (int b = i - 1; b >= 0 && i - b <= MAX_DATED_BY_TOKENS && !t.lineBefore[b + 1]; b--) {
      if (TYPED_BY.contains(t.fold[b])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "RB/LC/kg", "VD/fb": the writer's and typist's initials alone on a line, as letters are
   * signed in French hospitals; each group is a name.
   */
  private int dictationInitials(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    // Alone on a line, or closing a "Dicté le … – frappé le … – NSH/RA/mv" line.
    // ... or after the last sentence of a line: "Conciliation terminée à 10h30. AM/CG".
    // ... or in brackets after the typing date: "frappé le 19.06.24 (PYG/cb)".
    boolean bracketed = t.is(i - 1, "(") && typedBefore(t, i - 1);
    boolean start = t.lineBefore[i] || (t.fold[i - 1].equals("-") && !t.glued(i))
        || (t.is(i - 1, ".") && !t.glued(i) && t.shape[i] == Shape.UPPER) || bracketed;
    if (!start || !isInitialsGroup(t, i)) {
      return i;
    }
    int k = i + 1;
    int groups = 1;
    // "pl/ nb": one space may follow the slash.
    while (k + 1 < t.size && !t.lineBefore[k] && t.is(k, "/") && t.glued(k) && t.begin[k + 1] - t.end[k] <= 1
        && !t.lineBefore[k + 1] && isInitialsGroup(t, k + 1)) {
      k += 2;
      groups++;
    }
    // "jf/sb  --  dicte non relu": a dash may follow the initials.
    boolean closed = k < t.size && !t.lineBefore[k] && ((bracketed && t.is(k, ")")) || isDash(t, k))
        && !lex.isCommonWordOrPlural(t.fold[i]);
    // "MP" alone on the last line of a letter: the typist's initials.
    // "SA" too: a possessive alone in capitals on its own line cannot be a sentence.
    boolean typist = groups == 1 && k == t.size && t.lineBefore[i] && t.shape[i] == Shape.UPPER
        && (POSSESSIVES.contains(t.fold[i]) || !lex.isStopWord(t.fold[i]) && !lex.isCommonWord(t.fold[i]));
    if ((groups < 2 && !typist) || (k < t.size && !t.lineBefore[k] && t.begin[k] - t.end[k - 1] < COLUMN_GAP && !closed)) {
      return i;
    }
    for (int g = i; g < k; g += 2) {
      emit(t, g, g, "NOM", out, used);
    }
    return k;
  }

  /** True if token {@code k} is a dash made of "-", "–" or "—" characters. */
  private static boolean isDash(PhiTokens t, int k) {
    if (t.shape[k] != Shape.OTHER) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      char x = t.text.charAt(c);
      if (x != '-' && x != '–' && x != '—') {
        return false;
      }
    }
    return true;
  }

  private static boolean isInitialsGroup(PhiTokens t, int k) {
    int len = t.end[k] - t.begin[k];
    if (len < 2 || len > 3 || (t.shape[k] != Shape.UPPER && t.shape[k] != Shape.LOWER)) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      if (!Character.isLetter(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "son fils, Emilien Masson", "personne de confiance : Julie Martin": a capitalised name on
   * the same line after a relation cue (relation-cues.txt) and an optional separator. A title
   * there is left to the title rule; a single known given name is PRENOM.
   *
   * @return the token after the name, or {@code i} when there is none
   */
  private int relative(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int len = lex.relationCues().longestMatch(t.fold, i, t.size);
    if (len == 0) {
      return i;
    }
    int k = i + len;
    // Whose relative: "le frère de Monsieur, Yvon", "l'amie du couple, Morgane Le Roux".
    int owner = k;
    if (k + 1 < t.size && (t.fold[k].equals("de") || t.fold[k].equals("du"))) {
      int o = t.is(k + 1, "la") ? k + 2 : k + 1;
      owner = o < t.size && RELATIVE_OWNERS.contains(t.fold[o]) ? o + 1 : k;
    }
    if (owner > k && owner < t.size && (t.is(owner, ",") || t.is(owner, ":") || t.is(owner, "("))) {
      k = owner;
    }
    if (k < t.size && (t.is(k, ",") || t.is(k, ":") || t.is(k, "(") || t.is(k, "-") || t.is(k, "–"))) {
      k++;
    }
    if (k < t.size && !t.lineBefore[k] && t.shape[i] == Shape.LOWER && t.shape[k] == Shape.LOWER) {
      return lowerRelative(t, i, k, out, used);
    }
    if (k >= t.size || (t.lineBefore[k] && k > i + len) || !t.capitalised(k) || isTitle(t, k)) {
      return i;
    }
    Word first = word(t, k, false);
    if (first == null || (t.lineBefore[k] && !isGiven(t, first.last()))) {
      return i;
    }
    Word second = first.last() + 1 < t.size && !t.lineBefore[first.last() + 1] ? word(t, first.last() + 1, false) : null;
    if (second == null && !first.initial() && t.shape[first.last()] == Shape.TITLE && isGiven(t, first.last())) {
      emit(t, first.first(), first.last(), "PRENOM", out, used);
      return moreRelatives(t, first.last() + 1, out, used);
    }
    if (second == null && lex.communes().longestMatch(t.fold, first.first(), first.last() + 1) > 0) {
      // "Mme Kervella (fille, Lorient)": where the relative lives, not a name.
      return i;
    }
    return moreRelatives(t, group(t, k, out, used, false, false), out, used);
  }

  /**
   * "soeur monique", "fille laia sirvent": in a note typed all in lower case, a known given name
   * (no common word) right after a relation cue, and a known family name after it.
   *
   * @return the token after the name, or {@code i} when there is none
   */
  private int lowerRelative(PhiTokens t, int i, int k, List<PhiSpan> out, boolean[] used) {
    String f = t.fold[k];
    // Only in a line typed in lower case: in prose "cousin germain" is no name.
    if (used[k] || f.length() < 3 || !isGiven(t, k) || lex.isCommonWordOrPlural(f) || lex.isStopWord(f) || isMonth(f)
        || !lowerCaseLine(t, i)) {
      return i;
    }
    emit(t, k, k, "PRENOM", out, used);
    int n = k + 1;
    if (n < t.size && !t.lineBefore[n] && t.shape[n] == Shape.LOWER && isFamily(t.fold[n]) && !isGiven(t, n)
        && !lex.isCommonWordOrPlural(t.fold[n]) && !lex.isStopWord(t.fold[n])) {
      emit(t, n, n, "NOM", out, used);
      return n + 1;
    }
    return n;
  }

  /**
   * "la fratrie (Thi Hoa et Minh)", "ses enfants, Théo, Maël et Inès": after a relative's name,
   * the next names of the list joined by "," or "et" on the same line, each a capitalised word
   * that is no common word (unless a known given name) and no commune; a lone word is a given
   * name.
   */
  private int moreRelatives(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    for (int n = 0; n < MAX_LIST; n++) {
      int k = end + 1;
      if (!(t.is(end, "et") || t.is(end, ",")) || k >= t.size || t.lineBefore[k] || used[k]
          || t.shape[k] != Shape.TITLE) {
        return end;
      }
      Word w = word(t, k, false);
      if (w == null || w.initial() || (lex.isCommonWordOrPlural(t.fold[w.last()]) && !isGiven(t, w.last()))
          || lex.communes().longestMatch(t.fold, k, t.size) > 0 && !isGiven(t, w.last())) {
        return end;
      }
      boolean alone = w.last() + 1 >= t.size || t.lineBefore[w.last() + 1] || !t.capitalised(w.last() + 1);
      if (alone) {
        emit(t, w.first(), w.last(), "PRENOM", out, used);
        end = w.last() + 1;
      } else {
        end = group(t, k, out, used, false, false);
      }
    }
    return end;
  }

  /**
   * "Mme Marie Dupont (12/03/1950)": a date right after a patient's civil name (in parentheses,
   * after a comma, a dash or "le") is the birth date; the structured finder reports the same span as DATE and the resolver
   * keeps DATE_NAISSANCE (stronger on a tie).
   */
  private static void birthDateInParentheses(PhiTokens t, int k, List<PhiSpan> out) {
    if (k < t.size && (t.is(k, "(") || t.is(k, ",") || t.is(k, "-") || t.is(k, "le"))) {
      k++;
    }
    if (k >= t.size || t.shape[k] != Shape.NUMBER || t.lineBefore[k]) {
      return;
    }
    int last = k;
    if (k + 2 < t.size && FOLDED_MONTHS.contains(t.fold[k + 1]) && t.shape[k + 2] == Shape.NUMBER) {
      last = k + 2;
    }
    String date = t.text.substring(t.begin[k], t.end[last]);
    if (date.length() <= MAX_PARENTHESIS_DATE && date.matches("[0-9]{1,2}(?:er)?[./ -].*[0-9]{2}")) {
      out.add(new PhiSpan(t.begin[k], t.end[last], "DATE_NAISSANCE"));
    }
  }

  /**
   * "Nom :", "Patient(e) :", "Nom de naissance :", "Nom - prénom du patient :" — a label only
   * when, on the same line and after label words only, a colon follows, a dotted leader ("Nom
   * de naissance ....... COSQUER", "Premier prénom de naissance . Yvonne") or, for a label that
   * opens its line, a wide gap before the value ("Nom naissance      DUBOIS").
   *
   * @return the token where the value starts, or -1 when token {@code i} is no label here
   */
  private static int labelValue(PhiTokens t, int i) {
    for (int k = i + 1; k < Math.min(t.size, i + 2 + MAX_LABEL_FILLERS) && !t.lineBefore[k]; k++) {
      if (t.is(k, ":") || t.is(k, "|")) {
        return k + 1;
      }
      if (isLeader(t, k)) {
        return t.is(k + 1, ":") ? k + 2 : k + 1;
      }
      boolean opensLine = t.lineBefore[i] || (i > 0 && t.lineBefore[i - 1] && LABEL_OPENERS.contains(t.fold[i - 1]));
      if (opensLine && t.begin[k] - t.end[k - 1] >= COLUMN_GAP && t.capitalised(k)) {
        return k;
      }
      if (!LABEL_FILLERS.contains(t.fold[k])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True if token {@code i} heads a column of a table drawn with "|" ("Fauteuil | Heure | NOM |
   * Prénom |"): a name or given-name label alone in its cell.
   */
  private boolean isColumnHeader(PhiTokens t, int i) {
    String kind = labels.get(t.fold[i]);
    if (!"name".equals(kind) && !"given".equals(kind)) {
      return false;
    }
    boolean opens = t.lineBefore[i] || t.is(i - 1, "|");
    int k = i + 1;
    while (k < t.size && !t.lineBefore[k] && k - i <= MAX_LABEL_FILLERS && LABEL_FILLERS.contains(t.fold[k])) {
      k++;
    }
    // "prénoms naissance | AISSATOU BINTA | …": a name in the next cell makes the label a row's.
    int value = k + 1;
    boolean rowLabel = value < t.size && !t.lineBefore[value] && t.capitalised(value) && !labels.containsKey(t.fold[value])
        && (isGiven(t, value) || isFamily(t.fold[value])) && !lex.isCommonWord(t.fold[value]);
    return opens && k < t.size && !t.lineBefore[k] && t.is(k, "|") && !rowLabel && cellsOnLine(t, i) >= MIN_HEADER_CELLS;
  }

  /**
   * A header row of a form drawn with spaces, not "|" ("Nom d'usage      Nom de naissance
   * Prénom(s)"): two or more cells made only of name or given-name label words, set apart by
   * wide gaps. On the next line, the value that starts under a name cell (within
   * {@link #HEADER_SLACK} characters) is a name, under a given-name cell a given name.
   *
   * @return the first token of the value line, or {@code i} when the line is no such header
   */
  private int gapHeader(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int lineStart = t.text.lastIndexOf('\n', t.begin[i] - 1) + 1;
    List<int[]> cells = new ArrayList<>();
    int k = i;
    boolean labelCell = false;
    for (; k < t.size && (k == i || !t.lineBefore[k]); k++) {
      boolean cellStart = k == i || t.begin[k] - t.end[k - 1] >= COLUMN_GAP;
      String kind = labels.get(t.fold[k]);
      if (cellStart) {
        labelCell = "name".equals(kind) || "given".equals(kind);
        if (labelCell) {
          cells.add(new int[] {t.begin[k] - lineStart, "given".equals(kind) ? 1 : 0});
        } else if (t.shape[k] == Shape.NUMBER) {
          return i;
        }
      } else if (labelCell && kind == null && !LABEL_FILLERS.contains(t.fold[k])) {
        return i;
      }
    }
    if (cells.size() < 2 || k >= t.size || blankLineBefore(t, k)) {
      return i;
    }
    int valueStart = t.text.lastIndexOf('\n', t.begin[k] - 1) + 1;
    for (int v = k; v < t.size && (v == k || !t.lineBefore[v]); v++) {
      if (used[v] || !t.capitalised(v) || (v > k && t.begin[v] - t.end[v - 1] < COLUMN_GAP)) {
        continue;
      }
      int column = t.begin[v] - valueStart;
      for (int[] cell : cells) {
        if (Math.abs(cell[0] - column) <= HEADER_SLACK) {
          if (cell[1] == 1) {
            givenOnly(t, v, out, used);
          } else {
            group(t, v, out, used, true, false);
          }
        }
      }
    }
    return k;
  }

  /** Number of non-empty "|"-separated cells on the line of token {@code i}. */
  private static int cellsOnLine(PhiTokens t, int i) {
    int k = i;
    while (k > 0 && !t.lineBefore[k]) {
      k--;
    }
    int cells = 0;
    boolean filled = false;
    do {
      if (t.is(k, "|")) {
        cells += filled ? 1 : 0;
        filled = false;
      } else {
        filled = true;
      }
      k++;
    } while (k < t.size && !t.lineBefore[k]);
    return cells + (filled ? 1 : 0);
  }

  /**
   * The rows under a column header: the cell in the same column (counted in "|") of every
   * following line is a name ("F01 | 08:00 | ROUQUETTE | Danielle |"), a given name under
   * "Prénom". Ruling lines ("----+----") are skipped; the table ends at a line without "|".
   *
   * @return the token after the header
   */
  private int column(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int col = 0;
    for (int k = i - 1; k >= 0 && !t.lineBefore[k + 1]; k--) {
      if (t.is(k, "|")) {
        col++;
      }
    }
    boolean given = "given".equals(labels.get(t.fold[i]));
    int p = i + 1;
    while (p < t.size && !t.lineBefore[p]) {
      p++;
    }
    while (p < t.size) {
      int pipes = 0;
      int cell = -1;
      boolean pipe = false;
      boolean words = false;
      int q = p;
      do {
        if (t.is(q, "|")) {
          pipe = true;
          pipes++;
        } else if (t.shape[q] != Shape.OTHER) {
          words = true;
          if (pipes == col && cell < 0) {
            cell = q;
          }
        }
        q++;
      } while (q < t.size && !t.lineBefore[q]);
      if (!pipe && words) {
        break;
      }
      if (cell >= 0 && (col == 0 || t.is(cell - 1, "|")) && !labels.containsKey(t.fold[cell])) {
        if (given) {
          givenOnly(t, cell, out, used);
        } else {
          afterCivilName(t, group(t, cell, out, used, true, false, true), out, used);
        }
      }
      p = q;
    }
    return i + 1;
  }

  /** A dotted leader: two or more dots, or one dot set apart by a space (not a full stop). */
  private static boolean isLeader(PhiTokens t, int k) {
    if (t.shape[k] != Shape.OTHER) {
      return false;
    }
    for (int c = t.begin[k]; c < t.end[k]; c++) {
      char x = t.text.charAt(c);
      if (x != '.' && x != '…' && x != '_') {
        return false;
      }
    }
    return t.end[k] - t.begin[k] >= 2 || t.text.charAt(t.begin[k]) == '…' || !t.glued(k);
  }

  /**
   * After a label: an optional title, then a name group (or a list separated by ';' ',').
   *
   * @param strong the first word may be a common word ("Nom : Blanc"); not after a role label
   */
  private int skipTitle(PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong) {
    int end = i;
    for (int n = 0; n < MAX_LIST; n++) {
      int start = end;
      boolean civil = false;
      if (start < t.size && isTitle(t, start)) {
        civil = CIVIL_TITLES.contains(t.fold[start]);
        start = afterTitle(t, start);
      }
      int after = group(t, start, out, used, strong || start > end, false, true);
      if (after == start) {
        return end;
      }
      if (!strong && start == end + 2 && t.fold[end].equals("m") && after == start + 1) {
        staffInitial(t, end, out, used);
      }
      after = civil ? afterCivilName(t, after, out, used) : givenAfterComma(t, after, out, used);
      end = after;
      if (!(t.is(end, ";") || t.is(end, ",")) || end + 1 >= t.size || t.lineBefore[end + 1]
          || !(isTitle(t, end + 1))) {
        return end;
      }
      end++;
    }
    return end;
  }

  /**
   * What may follow a patient's civil name: "née LEROY", ", Jean", then the birth date
   * "(12/03/1950)", ", 21.12.71", "- 09.01.1945", "le 9 janvier 1945".
   */
  private int afterCivilName(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    int k = t.is(end, ",") ? end + 1 : end;
    // "née LEROY", "ép. AIT-OUFELLA Nadia"
    int name = k + 1 < t.size && t.is(k + 1, ".") && t.glued(k + 1) ? k + 2 : k + 1;
    if (name < t.size && BIRTH_NAME.contains(t.fold[k]) && t.capitalised(name)) {
      end = group(t, name, out, used, true, true);
    }
    end = givenAfterComma(t, end, out, used);
    end = givenInParentheses(t, end, out, used);
    birthDateInParentheses(t, end, out);
    return end;
  }

  /** "sa mère, Mme Fleury (Odile)": a known given name alone in parentheses after a civil name. */
  private int givenInParentheses(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    int k = end + 1;
    if (!t.is(end, "(") || !t.is(k + 1, ")") || t.lineBefore[k] || t.shape[k] != Shape.TITLE || !isGiven(t, k)
        || lex.isCommonWord(t.fold[k]) || lex.communes().longestMatch(t.fold, k, k + 1) > 0) {
      // "M. Leroux (Nancy)": where the person lives.
      return end;
    }
    emit(t, k, k, "PRENOM", out, used);
    return k + 2;
  }

  /** "M. DUPONT, Jean": a capitalised word after the comma that follows an upper-case name. */
  private int givenAfterComma(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    if (!t.is(end, ",") || end + 1 >= t.size || t.lineBefore[end + 1] || end < 1
        || t.shape[end - 1] != Shape.UPPER || t.shape[end + 1] != Shape.TITLE) {
      return end;
    }
    Word w = word(t, end + 1, true);
    if (w == null || (lex.isCommonWord(t.fold[w.last()]) && !isGiven(t, w.last()))) {
      return end;
    }
    emit(t, w.first(), w.last(), "PRENOM", out, used);
    return w.last() + 1;
  }

  /**
   * After "Prénom :": every word is a given name, lower-case ones too when known ("prenom :
   * pierre-marie"), listed with commas or not; not the next label ("Prénom : Marie      Sexe : F").
   */
  private int givenOnly(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
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
      emit(t, w.first(), w.last(), "PRENOM", out, used);
      k = w.last() + 1;
    }
    return k;
  }

  private int continueList(PhiTokens t, int end, List<PhiSpan> out, boolean[] used) {
    for (int n = 0; n < MAX_LIST; n++) {
      // "Drs Le Bihan - Quéré - Oukacha": a spaced dash joins the list too, with no common word after it.
      boolean dash = end < t.size && isDash(t, end) && !t.glued(end) && !t.glued(end + 1);
      if (!(t.is(end, ",") || t.is(end, "et") || dash) || end + 1 >= t.size || (dash && t.lineBefore[end + 1])) {
        return end;
      }
      int after = group(t, end + 1, out, used, !dash, false);
      if (after == end + 1) {
        return end;
      }
      end = after;
    }
    return end;
  }

  /** True if token {@code i} is a title (M. needs its dot). */
  private static boolean isTitle(PhiTokens t, int i) {
    if (i >= t.size) {
      return false;
    }
    String f = t.fold[i];
    if (!t.capitalised(i)) {
      return t.shape[i] == Shape.LOWER && LOWER_CASE_TITLES.contains(f);
    }
    if (f.equals("m")) {
      // "(M. PONCET)": glued to an opening bracket or quote, but not to a word ("CM.").
      return t.is(i + 1, ".") && t.glued(i + 1) && (i == 0 || !t.glued(i) || OPENERS.contains(t.fold[i - 1]));
    }
    return TITLES.contains(f);
  }

  /** True if token {@code i} is a person's title as this finder reads titles (M. needs its dot). */
  static boolean titleAt(PhiTokens t, int i) {
    return i >= 0 && isTitle(t, i);
  }

  /** True for a folded name, given-name or role label of name-labels.txt ("Nom", "IDE"): a name follows its colon. */
  boolean isNameLabel(String folded) {
    return labels.containsKey(folded);
  }

  /** True for a folded word right before a name without a colon ("kiné", "pharmacie"). */
  boolean isWordBeforeName(String folded) {
    return beforeWords.contains(folded);
  }

  private static int afterTitle(PhiTokens t, int i) {
    if (t.is(i + 1, ".") && WORD_TITLES.contains(t.fold[i])) {
      // The period ends the sentence: what follows is no name.
      return i + 1;
    }
    return t.is(i + 1, ".") ? i + 2 : i + 1;
  }

  /**
   * Reads a name group at token {@code i} and records its spans.
   *
   * @param strong a title or label precedes: the first word may be a common word
   * @param allFamily every word is a family name (after "née")
   * @return the token after the group, or {@code i} when there is none
   */
  private int group(PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong, boolean allFamily) {
    return group(t, i, out, used, strong, allFamily, false);
  }

  /**
   * Reads a name group as {@link #group(PhiTokens, int, List, boolean[], boolean, boolean)}.
   *
   * @param lowerFirst a title or label precedes: the first word may be a lower-case known name
   *     ("mme piot")
   */
  private int group(
      PhiTokens t, int i, List<PhiSpan> out, boolean[] used, boolean strong, boolean allFamily, boolean lowerFirst) {
    int spaced = strong ? letterSpacedEnd(t, i) : i;
    if (spaced > i) {
      emit(t, i, spaced - 1, "NOM", out, used);
      // The word after the spelt family name on its line is the given name.
      Word given = spaced < t.size && !t.lineBefore[spaced] ? word(t, spaced, false) : null;
      if (given == null) {
        return spaced;
      }
      emit(t, given.first(), given.last(), "PRENOM", out, used);
      return given.last() + 1;
    }
    List<Word> words = new ArrayList<>(MAX_NAME_WORDS);
    int k = i;
    while (k < t.size && words.size() < MAX_NAME_WORDS) {
      if (!words.isEmpty() && ((t.lineBefore[k] && (words.size() > 1 || t.is(k + 1, "/")))
          || (!t.lineBefore[k] && t.begin[k] - t.end[k - 1] >= COLUMN_GAP))) {
        break;
      }
      // "dr geraldine leca": after a lower-case first word, later words may be lower case too.
      // "Dr Hélène lefebvre": after a capitalised given name too.
      // "dr m. olivier": after a lower-case initial (its first token) too.
      int previous = words.isEmpty() ? -1 : words.get(words.size() - 1).first();
      boolean lowerRun = previous >= 0 && t.shape[previous] == Shape.LOWER && t.shape[words.get(0).first()] == Shape.LOWER;
      // ... but only after a title typed in lower case: "M. Rose lui-même" is no name.
      boolean lower = lowerFirst && (previous < 0 || lowerRun
          || (t.shape[previous] == Shape.TITLE && isGiven(t, previous) && words.size() == 1 && i > 0
              && t.shape[i - 1] == Shape.LOWER));
      Word w = word(t, k, words.isEmpty() && strong, lower);
      if (w == null) {
        break;
      }
      // A name cut by a line break: "Mme Brigitte\nChauvin" after a given name; not the label
      // that opens the next line ("Nom : COSQUER\nPremier prénom : Yvonne").
      if (!words.isEmpty() && t.lineBefore[k] && (!(t.shape[w.first()] == Shape.UPPER || isGiven(t, w.first())
          || (isGiven(t, words.get(0).last()) && t.shape[w.last()] == Shape.TITLE && !lex.isCommonWord(t.fold[w.last()])))
          || isNameLabel(t, w.last() + 1) || blankLineBefore(t, k))) {
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
    classify(t, words, out, used, allFamily);
    return k;
  }

  /** True if the word is one token naming a business (kinds {@code before} and {@code brand}: "Ambulances"). */
  private boolean isBusinessWord(PhiTokens t, Word w) {
    return !w.initial() && w.first() == w.last() && (beforeWords.contains(t.fold[w.first()]) || brandWords.contains(t.fold[w.first()]));
  }

  /** True if token {@code k} is a name or given-name label ("Premier prénom de naissance"). */
  private boolean isNameLabel(PhiTokens t, int k) {
    String kind = k < t.size ? labels.get(t.fold[k]) : null;
    return "name".equals(kind) || "given".equals(kind);
  }

  /** True if an empty line separates token {@code k} from the one before. */
  private static boolean blankLineBefore(PhiTokens t, int k) {
    int breaks = 0;
    for (int c = t.end[k - 1]; c < t.begin[k]; c++) {
      breaks += t.text.charAt(c) == '\n' ? 1 : 0;
    }
    return breaks > 1;
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

  /** A name word at {@code k}: an initial (J. / J.-P.), a particle + word, or a capitalised word. */
  private Word word(PhiTokens t, int k, boolean first) {
    return word(t, k, first, false);
  }

  /**
   * A name word as {@link #word(PhiTokens, int, boolean)}.
   *
   * @param lower a lower-case word counts when it is a known name and no common word
   */
  private Word word(PhiTokens t, int k, boolean first, boolean lower) {
    if (k >= t.size) {
      return null;
    }
    if (lower && t.shape[k] == Shape.LOWER && t.end[k] - t.begin[k] == 1 && t.is(k + 1, ".") && t.glued(k + 1)) {
      // "dr m. olivier", "dr casanova j.-f.": an initial typed in lower case.
      int last = k + 1;
      if (t.is(k + 2, "-") && k + 4 < t.size && t.end[k + 3] - t.begin[k + 3] == 1 && t.shape[k + 3] == Shape.LOWER
          && t.is(k + 4, ".")) {
        last = k + 4;
      }
      return new Word(k, last, true);
    }
    if (lower && t.shape[k] == Shape.LOWER && PARTICLES.contains(t.fold[k]) && k + 1 < t.size && !t.lineBefore[k + 1]
        && t.shape[k + 1] == Shape.LOWER && isFamily(t.fold[k + 1]) && !lex.isCommonWord(t.fold[k + 1])
        && !lex.isStopWord(t.fold[k + 1])) {
      // "dr e. le floch", "dr ben salem": a particle and a known family name in lower case.
      return new Word(k, k + 1, false);
    }
    if (lower && t.shape[k] == Shape.LOWER && !PARTICLES.contains(t.fold[k])) {
      String f = t.fold[k];
      boolean known = isFamily(f) || isGiven(t, k);
      // "dr roche": right after a doctor's title, a known family name even if it is a word too.
      boolean doctor = first && k > 0 && DOCTOR_TITLES.contains(t.fold[k - 1]) && isFamily(f);
      return known && f.length() >= 3 && (doctor || !lex.isCommonWord(f)) && !lex.isStopWord(f) && !isMonth(f)
          && !WEEKDAYS.contains(f) ? new Word(k, k, false) : null;
    }
    if (t.shape[k] == Shape.LETTER && t.is(k + 1, ".") && t.glued(k + 1)) {
      int last = k + 1;
      if (t.is(k + 2, "-") && k + 4 < t.size && t.shape[k + 3] == Shape.LETTER && t.is(k + 4, ".")) {
        last = k + 4;
      }
      return new Word(k, last, true);
    }
    if (t.shape[k] == Shape.TITLE && ABBREVIATED_GIVEN.contains(t.fold[k]) && t.is(k + 1, ".") && t.glued(k + 1)) {
      return new Word(k, k + 1, true);
    }
    int w = k;
    // "de La Fontaine", "Van de Velde", "N'GUESSAN": up to two particles before the name.
    // "Jordi Puig i Serra": the Catalan "i" joins two family names, in lower case only.
    for (int p = 0; p < 2 && (PARTICLES.contains(t.fold[w]) || (w == k && catalanJoin(t, k))); p++) {
      int next = w + 1;
      if (next >= t.size || t.lineBefore[next] || !t.capitalised(next) && !PARTICLES.contains(t.fold[next])) {
        break;
      }
      if (PARTICLES.contains(t.fold[next]) && next + 1 < t.size && !t.lineBefore[next + 1] && t.capitalised(next + 1)
          && !lex.isStopWord(t.fold[next + 1])) {
        w = next + 1;
        break;
      }
      if (!t.capitalised(next) || lex.isStopWord(t.fold[next])) {
        break;
      }
      w = next;
    }
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
    if (w > k && t.shape[w] == Shape.TITLE && lex.isCommonWord(f) && !isGiven(t, w)) {
      // "Monsieur le Directeur", "Madame la Présidente": a function, not a name.
      return null;
    }
    // "Dr C. Avril": after an initial, a month name is a family name.
    boolean afterInitial = (w > 1 && t.is(w - 1, ".") && t.shape[w - 2] == Shape.LETTER)
        || (w > 0 && !t.lineBefore[w] && t.shape[w - 1] == Shape.TITLE && isGiven(t, w - 1)
            && !lex.isCommonWord(t.fold[w - 1]));
    if (lex.isStopWord(f) || f.length() < 2 || (isMonth(f) && !afterInitial)) {
      return null;
    }
    if (!first && t.shape[w] == Shape.TITLE && lex.isCommonWord(f) && !isGiven(t, w)
        && !(k > 0 && isGiven(t, k - 1)) && !(afterInitial && isMonth(f))) {
      return null;
    }
    return new Word(k, w, false);
  }

  /** True if token {@code k} is a lower-case "i" after a capitalised word on its line ("Puig i Serra"). */
  private static boolean catalanJoin(PhiTokens t, int k) {
    return t.is(k, "i") && k > 0 && !t.lineBefore[k] && t.capitalised(k - 1);
  }

  private static boolean isMonth(String folded) {
    return FOLDED_MONTHS.contains(folded);
  }

  private boolean isGiven(PhiTokens t, int k) {
    String f = t.fold[k];
    if (lex.isGivenName(f)) {
      return true;
    }
    int dash = f.indexOf('-');
    return dash > 0 && lex.isGivenName(f.substring(0, dash)) && lex.isGivenName(f.substring(dash + 1));
  }

  private void classify(PhiTokens t, List<Word> words, List<PhiSpan> out, boolean[] used, boolean allFamily) {
    int n = words.size();
    String[] cat = new String[n];
    for (int k = 0; k < n; k++) {
      cat[k] = words.get(k).initial() ? "PRENOM" : null;
    }
    if (n == 1 && !allFamily && cat[0] == null && t.shape[words.get(0).last()] != Shape.UPPER
        && isGiven(t, words.get(0).last()) && !isFamily(t.fold[words.get(0).last()])) {
      // "confirmé par Jessica": a lone given name that is no family name.
      cat[0] = "PRENOM";
    } else if (n == 2 && cat[1] != null && cat[0] == null) {
      // "GICQUEL M.", "LAFFONT C.": a family name and the initial of the given name after it.
      for (int k = 0; k < n; k++) {
        cat[k] = cat[k] == null ? "NOM" : cat[k];
      }
    } else if (allFamily || n == 1) {
      for (int k = 0; k < n; k++) {
        int w = words.get(k).last();
        // "née TESSIER Monique", "épouse FAURE Adaeze": after an upper-case family name, a
        // capitalised word is the given name unless it is known only as a family name.
        boolean given = allFamily && k > 0 && t.shape[w] == Shape.TITLE
            && (isGiven(t, w) || !isFamily(t.fold[w]))
            && t.shape[words.get(k - 1).last()] == Shape.UPPER;
        cat[k] = cat[k] == null ? (given ? "PRENOM" : "NOM") : cat[k];
      }
    } else {
      int firstWord = words.get(0).last();
      int secondWord = words.get(1).last();
      boolean firstUpper = t.shape[firstWord] == Shape.UPPER;
      boolean secondUpper = t.shape[secondWord] == Shape.UPPER;
      boolean particleName = !words.get(1).initial() && words.get(1).first() < words.get(1).last()
          && PARTICLES.contains(t.fold[words.get(1).first()]) && !isGiven(t, firstWord);
      boolean familyFirst =
          !particleName
              && cat[0] == null
              && ((firstUpper && !secondUpper && isGiven(t, secondWord))
                  || (!isGiven(t, firstWord) && isGiven(t, secondWord) && firstUpper == secondUpper
                      && lex.isFamilyName(t.fold[firstWord]))
                  || (!lex.isFrequentGivenName(t.fold[firstWord]) && lex.isFrequentGivenName(t.fold[secondWord])
                      && firstUpper == secondUpper && lex.isFamilyName(t.fold[firstWord])));
      if (particleName) {
        // "Dr Colonna d'Istria": a particle joins family names.
        for (int k = 0; k < n; k++) {
          cat[k] = cat[k] == null ? "NOM" : cat[k];
        }
      } else if (familyFirst) {
        cat[0] = "NOM";
        for (int k = 1; k < n; k++) {
          cat[k] = cat[k] == null ? "PRENOM" : cat[k];
        }
      } else {
        // Given names first ("Jean", "J.-P.", "Jean Pierre"), then family names.
        int k = 0;
        while (k < n - 1
            && (cat[k] != null
                || k == 0
                || (isGiven(t, words.get(k).last()) && !secondUpperFamily(t, words, k)))) {
          cat[k] = "PRENOM";
          k++;
        }
        for (; k < n; k++) {
          cat[k] = cat[k] == null ? "NOM" : cat[k];
        }
      }
    }
    int k = 0;
    while (k < n) {
      int j = k;
      while (j + 1 < n && cat[j + 1].equals(cat[k]) && cat[k].equals("NOM")) {
        j++;
      }
      emit(t, words.get(k).first(), words.get(j).last(), cat[k], out, used);
      k = j + 1;
    }
  }

  /** "Jean MARTIN": an upper-case word after given names is the family name. */
  private static boolean secondUpperFamily(PhiTokens t, List<Word> words, int k) {
    return t.shape[words.get(k).last()] == Shape.UPPER && t.shape[words.get(0).last()] != Shape.UPPER;
  }

  private static void emit(PhiTokens t, int first, int last, String category, List<PhiSpan> out, boolean[] used) {
    out.add(new PhiSpan(t.begin[first], t.end[last], category));
    for (int k = first; k <= last; k++) {
      used[k] = true;
    }
  }

  /** "Marie DUPONT", "DUPONT Marie", "Marie Dupont" (a known family name) without a title. */
  private int weakName(PhiTokens t, int i, List<PhiSpan> out, boolean[] used) {
    int j = i + 1;
    if (j >= t.size || t.lineBefore[j] || used[i]) {
      return i + 1;
    }
    String a = t.fold[i];
    String b = t.fold[j];
    // "Nolwenn Le Floch": a particle may open the family name.
    boolean particle = PARTICLES.contains(b) && j + 1 < t.size && !t.lineBefore[j + 1] && t.capitalised(j + 1);
    if (lex.isStopWord(a) || (lex.isStopWord(b) && !particle)
        || (t.shape[j] != Shape.UPPER && t.shape[j] != Shape.TITLE)) {
      return i + 1;
    }
    boolean aGiven = t.shape[i] == Shape.TITLE && isGiven(t, i) && !lex.isCommonWord(a);
    boolean bGiven = t.shape[j] == Shape.TITLE && isGiven(t, j) && !lex.isCommonWord(b);
    // "N'DIAYE Aminata": a family name glued to an elided particle, known or not.
    boolean elided = i > 0 && t.glued(i) && t.fold[i - 1].endsWith("'") && PARTICLES.contains(t.fold[i - 1])
        && !used[i - 1];
    boolean aFamily = t.shape[i] == Shape.UPPER && a.length() >= 3 && (isFamily(a) || elided)
        && (!lex.isCommonWord(a) || (bGiven && lex.isFrequentGivenName(b)));
    if (aGiven) {
      // "Sylvie Hamon", "Sandrine Le Bihan", "Marie DUPONT": a given name and a family name that
      // is no common word (it need not be in the family-name list: foreign and rare names).
      Word second = word(t, j, false);
      if (second != null && !second.initial()) {
        int w = second.last();
        String f = t.fold[w];
        boolean upper = t.shape[w] == Shape.UPPER && f.length() >= 3 && !lex.isCommonWord(f);
        boolean title = t.shape[w] == Shape.TITLE && (f.length() >= 3 || second.first() < w)
            && !lex.isCommonWordOrPlural(f) && !isPlaceMoreThanName(a);
        if (upper || title) {
          return group(t, i, out, used, false, false);
        }
      }
    }
    if (aFamily && bGiven && t.begin[j] - t.end[i] < COLUMN_GAP) {
      // "LOPES Maria da Graça": the group reads the given names that follow.
      return group(t, elided ? i - 1 : i, out, used, false, false);
    }
    if (aFamily && bGiven) {
      // "GRANDJEAN            Élodie": two cells of a table row.
      emit(t, elided ? i - 1 : i, i, "NOM", out, used);
      emit(t, j, j, "PRENOM", out, used);
      return j + 1;
    }
    if (upperFamilyThenGiven(t, i, j) && (j + 1 >= t.size || t.lineBefore[j + 1] || !t.capitalised(j + 1))) {
      // "GUILLAUMOT ODETTE - 25H02957", "\"DIALLO AISSATOU\"": both in capitals, a family name
      // that is no given name, then a given name; not a town ("SAINT ETIENNE").
      emit(t, i, i, "NOM", out, used);
      emit(t, j, j, "PRENOM", out, used);
      return j + 1;
    }
    return i + 1;
  }

  /** True for two upper-case words: a known family name that is no given name, then a given name. */
  private boolean upperFamilyThenGiven(PhiTokens t, int i, int j) {
    String a = t.fold[i];
    String b = t.fold[j];
    return t.shape[i] == Shape.UPPER && t.shape[j] == Shape.UPPER && t.begin[j] - t.end[i] < COLUMN_GAP
        && a.length() >= 3 && isFamily(a) && !isGiven(t, i) && !lex.isCommonWordOrPlural(a)
        && isGiven(t, j) && !lex.isCommonWordOrPlural(b)
        && lex.communes().longestMatch(t.fold, i, t.size) == 0;
  }

  /**
   * "Paris": a commune that is only a rare given name is read as the place, so that "Paris Is"
   * (a polyp classification) is no person; "Nancy", a frequent given name, stays a name.
   */
  private boolean isPlaceMoreThanName(String folded) {
    return !lex.isFrequentGivenName(folded) && lex.communes().longestMatch(new String[] {folded}, 0, 1) > 0;
  }

  /** "IgA", "McKinley": an upper-case letter inside a word that is not after a hyphen. */
  private static boolean hasInnerCapital(PhiTokens t, int k) {
    for (int c = t.begin[k] + 1; c < t.end[k]; c++) {
      if (Character.isUpperCase(t.text.charAt(c)) && t.text.charAt(c - 1) != '-') {
        return true;
      }
    }
    return false;
  }

  /** A family name of the lexicon, or two joined by a hyphen (MARTIN-LEROY). */
  private boolean isFamily(String folded) {
    if (lex.isFamilyName(folded)) {
      return true;
    }
    int dash = folded.indexOf('-');
    return dash > 0 && lex.isFamilyName(folded.substring(0, dash)) && lex.isFamilyName(folded.substring(dash + 1));
  }

  /** Later occurrences of names already found (any case) become PHI too. */
  private void recurrences(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Set<String> family = new HashSet<>();
    Set<String> given = new HashSet<>();
    for (PhiSpan s : out) {
      String f = lex.fold(t.text.substring(s.begin(), s.end()));
      if (f.length() >= 3 && !lex.isCommonWord(f) && !lex.isStopWord(f)) {
        if (s.category().equals("NOM")) {
          family.add(f);
        } else if (s.category().equals("PRENOM") && f.indexOf('.') < 0) {
          given.add(f);
        }
      }
    }
    if (family.isEmpty() && given.isEmpty()) {
      return;
    }
    for (int k = 0; k < t.size; k++) {
      if (used[k] || !t.capitalised(k)) {
        continue;
      }
      if (family.contains(t.fold[k])) {
        emit(t, k, k, "NOM", out, used);
      } else if (given.contains(t.fold[k])) {
        emit(t, k, k, "PRENOM", out, used);
      }
    }
  }

  /** The patient's own names (any case) and birth date. */
  private void identity(PhiTokens t, PatientIdentity identity, List<PhiSpan> out, boolean[] used) {
    if (identity.isEmpty()) {
      return;
    }
    List<String[]> family = foldedNames(identity.familyNames());
    List<String[]> given = foldedNames(identity.givenNames());
    for (int k = 0; k < t.size; k++) {
      int len = matchAny(t, k, family);
      String category = "NOM";
      if (len == 0) {
        len = matchAny(t, k, given);
        category = "PRENOM";
      }
      if (len > 0) {
        emit(t, k, k + len - 1, category, out, used);
        k += len - 1;
      }
    }
    if (identity.birthDate() != null) {
      for (String written : writtenDates(identity.birthDate())) {
        for (int at = t.text.indexOf(written); at >= 0; at = t.text.indexOf(written, at + 1)) {
          boolean digitBefore = at > 0 && Character.isDigit(t.text.charAt(at - 1));
          int e = at + written.length();
          boolean digitAfter = e < t.text.length() && Character.isDigit(t.text.charAt(e));
          if (!digitBefore && !digitAfter) {
            out.add(new PhiSpan(at, e, "DATE_NAISSANCE"));
          }
        }
      }
    }
  }

  private List<String[]> foldedNames(List<String> names) {
    List<String[]> out = new ArrayList<>();
    for (String name : names) {
      PhiTokens nt = lex.tokens(name);
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < nt.size; k++) {
        if (nt.shape[k] != Shape.OTHER) {
          parts.add(nt.fold[k]);
        }
      }
      if (!parts.isEmpty()) {
        out.add(parts.toArray(String[]::new));
      }
    }
    // Longest names first, so "Le Goff" wins over "Le".
    out.sort((x, y) -> y.length - x.length);
    return out;
  }

  private static int matchAny(PhiTokens t, int k, List<String[]> names) {
    for (String[] name : names) {
      int len = 0;
      int p = k;
      for (String part : name) {
        while (p < t.size && t.shape[p] == Shape.OTHER && t.is(p, "-")) {
          p++;
        }
        if (p >= t.size || !t.fold[p].equals(part)) {
          len = -1;
          break;
        }
        p++;
      }
      if (len == 0 && p > k) {
        return p - k;
      }
    }
    return 0;
  }

  /** The usual written forms of an ISO date: 03/04/1956, 3/4/1956, 03.04.1956, 3 avril 1956. */
  static List<String> writtenDates(String iso) {
    int y = Integer.parseInt(iso.substring(0, 4));
    int m = Integer.parseInt(iso.substring(5, 7));
    int d = Integer.parseInt(iso.substring(8, 10));
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return List.of();
    }
    String month = MONTHS[m - 1];
    List<String> forms = new ArrayList<>();
    forms.add(String.format(Locale.ROOT, "%02d/%02d/%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%02d.%02d.%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%02d-%02d-%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%d/%d/%04d", d, m, y));
    forms.add(iso);
    forms.add((d == 1 ? "1er" : Integer.toString(d)) + " " + month + " " + y);
    forms.add(String.format(Locale.ROOT, "%02d %s %04d", d, month, y));
    return forms;
  }
}

package org.onconlp.deid.person;

import java.util.Set;

/** Folded words and limits that more than one of the name finders behind {@link PersonNameFinder} reads. */
final class NameWords {
  /** Words that may stand between a label and its colon: "Nom de naissance :", "Nom / Prénom :". */
  static final Set<String> LABEL_FILLERS =
      Set.of(
          "(", ")", "-", "/", "e", "s", "de", "d'", "du", "naissance", "usage", "marital", "jeune",
          "fille", "famille", "epouse", "usuel", "utilise", "utilisee", "patient", "patiente", "prenom", "prenoms",
          "nom", "noms", "et", "la", "le", "naiss", ".", "ne");
  /** Filler words a label may span before its colon or value. */
  static final int MAX_LABEL_FILLERS = 8;
  /** Cues of a birth or married name: "née", "épouse", "veuve". */
  static final Set<String> BIRTH_NAME = Set.of("nee", "ne", "epouse", "ep", "veuve");
  /** Words after a relation cue that qualify the relation ("cousin germain"), not a given name. */
  static final Set<String> RELATION_ADJECTIVES = Set.of("germain", "germaine", "aine", "ainee", "cadet", "cadette");
  /** Determiners that make "épouse" a relative ("son épouse Martine"), not a married name. */
  static final Set<String> POSSESSIVES = Set.of("son", "sa", "mon", "ma", "votre", "notre", "leur");
  /** Particles that open or join family names: "de La Fontaine", "Van de Velde", "N'Diaye". */
  static final Set<String> PARTICLES =
      Set.of(
          "de", "du", "le", "la", "van", "von", "ben", "el", "d'", "di", "da", "mac", "n'", "o'", "del",
          "della", "dos", "das", "der", "den", "ter", "ten", "al", "bin", "des", "m'");
  /** Spaces between two words that make them table cells, not one name. */
  static final int COLUMN_GAP = 3;
  /** Tokens of a date and a time between a "by" verb and "par": "le 02/04/2024 à 07:51". */
  static final int MAX_DATED_BY_TOKENS = 12;
  /** Words a label of initials may span before its colon ("Initiales CRF :", "Réf. :"). */
  static final int MAX_INITIALS_LABEL = 3;
  /** Names a list ("Drs X, Y et Z", cells of a row, relatives) may run to. */
  static final int MAX_LIST = 8;
  /** Months, folded: "Dr C. Avril" aside, a month is no name. */
  static final Set<String> FOLDED_MONTHS =
      Set.of(
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre");

  private NameWords() {}
}

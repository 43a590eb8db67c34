package org.onconlp.deid.place;

import java.util.Set;

/** Folded words that more than one of the place finders behind {@link PlaceFinder} reads. */
final class PlaceWords {
  /** Facility head words: "CHU", "Clinique", "Centre"… */
  static final Set<String> HEADS =
      Set.of(
          "chu", "chr", "chru", "ch", "chi", "chs", "chd", "gh", "ghu", "hopital", "hop", "hopitaux", "hospital", "smr",
          "clinique", "polyclinique", "institut", "centre", "groupe", "ehpad", "hia", "fondation",
          "maison", "hospices", "had", "emsp", "ssiad", "ssr", "usld", "cabinet", "laboratoire", "site", "chp",
          "reseau", "cecos", "cliniques", "lbm", "efs", "dispensaire", "groupement", "ght", "universitatsspital", "kantonsspital",
          "spital", "policlinica", "ziekenhuis", "klinik", "klinikum", "ospedale", "clinica", "az", "uz", "centro");
  /** Lower-case words of a facility's own name: "Institut de cancérologie Sainte-Adèle". */
  static final Set<String> DESCRIPTORS =
      Set.of(
          "cancerologie", "oncologie", "radiotherapie", "cancer", "sante", "soins", "medecine",
          "chirurgie", "regional", "regionale", "universitaire", "hospitalier", "hospitaliere",
          "prive", "privee", "mutualiste", "interregional", "pathologie", "pathologique",
          "pathologiques", "anatomie", "cytologie", "imagerie", "medicale", "medical", "radiologie",
          "biologie", "biologique", "biologiques", "nucleaire", "local", "locale", "analyses", "medicales", "specialise",
          "specialisee", "oncologique", "reeducation", "readaptation", "genomique", "genetique", "moleculaire",
          "dentaire", "dentaires", "palliatifs", "palliatif", "infirmiers", "dialyse", "universitaires",
          "coordination", "depistage", "depistages", "cancers", "pluriprofessionnelle", "pluriprofessionnel",
          "pluridisciplinaire", "hematologie", "hematologique", "gastro-enterologie", "gastroenterologie", "urologie",
          "senologie", "pneumologie", "cardiologie", "dermatologie", "gynecologie", "endoscopie", "digestive", "digestif",
          "general", "generale", "public", "publique", "salud", "salute");
  /** Heads that need a capitalised word right after them (not "de"): "Centre Léon Bérard". */
  static final Set<String> WEAK_HEADS =
      Set.of("centre", "groupe", "groupement", "maison", "fondation", "cabinet", "laboratoire", "site", "reseau", "centro", "az", "uz");
  /** Words and marks that may stand between the words of a place's name. */
  static final Set<String> CONNECTORS =
      Set.of("de", "du", "des", "d'", "la", "le", "l'", "les", "et", "sur", "en", "-", "sous", "lez", "\"", "«", "»", "“", "”");
  /** Articles after which a common word is a facility's name: "hôpital de la Conception". */
  static final Set<String> ARTICLES = Set.of("la", "le", "l'", "les", "du", "des");
  /** Hospital heads that open a facility's name in text typed without capitals: "ch valence". */
  static final Set<String> LOWER_TEXT_HEADS =
      Set.of("ch", "chu", "chr", "chru", "chi", "chic", "hopital", "clinique", "polyclinique", "centre", "imagerie");
  /** Compass points: "site Nord" names a building, not a facility. */
  static final Set<String> COMPASS = Set.of("nord", "sud", "est", "ouest", "centre");
  /** Parts of a facility named after it with a dash: "CHU de Rennes - Antenne de Vitré". */
  static final Set<String> UNIT_WORDS =
      Set.of("antenne", "pole", "unite", "pavillon", "batiment", "secretariat", "departement", "consultation",
          "consultations", "accueil", "direction", "bureau", "page", "service", "hdj", "plateau");
  /** Connectors between "site" and its name. */
  static final Set<String> SITE_CONNECTORS = Set.of("de", "du", "d'");
  /** Postal box prefixes: "BP 740", "CS 86709", "TSA 10001". */
  static final Set<String> POSTAL_BOXES = Set.of("bp", "cs", "tsa");
  /** Parts of a building on an address line: "bât. C", "appt 23", "3e étage". */
  static final Set<String> BUILDING_PARTS =
      Set.of("bat", "batiment", "esc", "escalier", "appt", "apt", "app", "appartement", "etage", "porte", "entree", "bloc", "lot",
          "tour", "rez-de-jardin", "rez-de-chaussee", "villa", "izq", "izda", "dcha", "piso", "puerta");
  /** Words a street's name or an address part may run to (twice that for a whole segment). */
  static final int MAX_STREET_WORDS = 8;

  private PlaceWords() {}
}

package org.onconlp.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TextSpan;
import org.onconlp.text.TokenTrie;

/**
 * The lexicons of the name and place finders and of the surrogate generator, loaded once from
 * {@code /org/onconlp/deid/} (given and family names from INSEE, communes from the COG, health
 * establishments from FINESS, French common words, stop words, street types; sources and
 * licences in each file's header). Entries are folded like {@link PhiTokens#fold}; multi-word
 * entries are {@link TokenTrie}s. Immutable after construction and thread-safe; about 25 MB
 * of heap, so share one instance (see {@link PhiLexiconResource}).
 */
public final class PhiLexicons {
  private static final String BASE = "/org/onconlp/deid/";

  /**
   * The treatment extractor's drug lexicon (INN and brand names, last column), shared rather than
   * copied: a brand name is capitalised and unknown to the common-word list, like a name.
   */
  private static final String DRUGS = "/org/onconlp/extract/treatment/drugs.tsv";

  private final Map<String, Character> givenNames;
  private final Set<String> frequentGivenNames;
  private final Set<String> familyNames;
  private final Set<String> commonWords;
  private final Set<String> stopWords;
  private final Set<String> streetTypes;
  private final Set<String> placeEponyms;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Folded one- or two-word phrases announcing a medical eponym (eponym-cues.txt). */
  private final Set<String> eponymCues;
  private final Set<String> countries;
  private final Set<String> departments;
  private final Set<String> drugNames = new HashSet<>();
  private final TokenTrie<Boolean> communes = new TokenTrie<>();
  private final TokenTrie<Boolean> hospitals = new TokenTrie<>();
  private final TokenTrie<Boolean> relationCues = new TokenTrie<>();
  private final Map<String, String> placeCues;
  private final List<String> femaleNames = new ArrayList<>();
  private final List<String> maleNames = new ArrayList<>();
  private final List<String> surrogateFamilyNames = new ArrayList<>();
  private final List<String> communeNames;
  private final FrenchTokenizer tokenizer;
  private final TextNormaliser normaliser;
  private final ThreadLocal<PhiTokens> lastTokens = new ThreadLocal<>();
  private final ThreadLocal<String[]> lastRepair = new ThreadLocal<>();
  /** Damaged names after titles and labels, repaired even in a text otherwise left as it is. */
  private final OcrNames ocrNames = new OcrNames(this::fold);

  /** Loads the default lexicons. */
  public PhiLexicons() {
    tokenizer = new FrenchTokenizer();
    normaliser = new TextNormaliser();
    commonWords = Set.copyOf(ResourceLines.load(BASE + "lex/common-words.txt"));
    stopWords = Set.copyOf(ResourceLines.load(BASE + "name-stopwords.txt"));
    streetTypes = Set.copyOf(ResourceLines.load(BASE + "street-types.txt"));
    placeEponyms = Set.copyOf(ResourceLines.load(BASE + "place-eponyms.txt"));
    eponymCues = Set.copyOf(ResourceLines.load(BASE + "eponym-cues.txt"));
    countries = Set.copyOf(ResourceLines.load(BASE + "countries.txt"));
    departments = Set.copyOf(ResourceLines.load(BASE + "departments.txt"));
    for (String line : ResourceLines.load(DRUGS)) {
      for (String name : line.substring(line.lastIndexOf('\t') + 1).split("\\|")) {
        drugNames.add(fold(name));
      }
    }
    for (String cue : ResourceLines.load(BASE + "relation-cues.txt")) {
      relationCues.putIfAbsent(foldedTokens(cue), Boolean.TRUE);
    }
    Map<String, String> places = new HashMap<>();
    for (String line : ResourceLines.load(BASE + "place-cues.txt")) {
      int tab = line.indexOf('\t');
      places.put(line.substring(0, tab), line.substring(tab + 1).trim());
    }
    placeCues = Map.copyOf(places);
    Map<String, Character> given = new HashMap<>();
    Set<String> frequent = new HashSet<>();
    for (String line : ResourceLines.load(BASE + "lex/given-names.txt")) {
      int tab = line.indexOf('\t');
      String name = line.substring(0, tab);
      char sex = line.charAt(tab + 1);
      if (sex == 'U') {
        // Sex unknown (names missing from the frequent list): French endings in -e / -a are
        // mostly female; the guess only steers the surrogate's sex.
        sex = name.endsWith("e") || name.endsWith("a") ? 'F' : 'M';
        given.put(name, sex);
        continue;
      }
      given.put(name, sex);
      frequent.add(name);
      if (!commonWords.contains(name) && name.length() >= 3 && name.chars().allMatch(Character::isLetter)) {
        (sex == 'F' ? femaleNames : maleNames).add(capitalise(name));
      }
    }
    for (String nickname : ResourceLines.load(BASE + "lex/given-nicknames.txt")) {
      // Short forms ("steph") guess the sex like the unknown names; they are never frequent.
      given.putIfAbsent(nickname, nickname.endsWith("e") || nickname.endsWith("a") ? 'F' : 'M');
    }
    givenNames = Map.copyOf(given);
    frequentGivenNames = Set.copyOf(frequent);
    Set<String> family = new HashSet<>();
    for (String name : ResourceLines.load(BASE + "lex/family-names.txt")) {
      family.add(name);
      if (name.length() >= 4
          && name.length() <= 10
          && !commonWords.contains(name)
          && !given.containsKey(name)
          && name.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        surrogateFamilyNames.add(capitalise(name));
      }
    }
    familyNames = family;
    communeNames = List.copyOf(ResourceLines.load(BASE + "lex/communes.txt"));
    for (String commune : communeNames) {
      for (String spelling : communeSpellings(commune)) {
        communes.putIfAbsent(foldedTokens(spelling), Boolean.TRUE);
      }
    }
    for (String town : ResourceLines.load(BASE + "lex/foreign-cities.txt")) {
      for (String spelling : communeSpellings(town)) {
        communes.putIfAbsent(foldedTokens(spelling), Boolean.TRUE);
      }
    }
    for (String h : ResourceLines.load(BASE + "lex/finess.txt")) {
      List<String> tokens = foldedTokens(h);
      if (hasProperName(tokens)) {
        hospitals.putIfAbsent(tokens, Boolean.TRUE);
      }
    }
    for (String h : ResourceLines.load(BASE + "lex/hospitals.txt")) {
      hospitals.putIfAbsent(foldedTokens(h), Boolean.TRUE);
    }
  }

  /**
   * The ways a commune is written in reports: as named, with spaces for its dashes ("Fort de
   * France", "canet en roussillon") and with "Saint"/"Sainte" abbreviated ("St-Nazaire", "st
   * junien", "Ste Maxime").
   */
  static List<String> communeSpellings(String commune) {
    List<String> out = new ArrayList<>(4);
    out.add(commune);
    String abbreviated = commune.startsWith("Saint-") ? "St-" + commune.substring(6)
        : commune.startsWith("Sainte-") ? "Ste-" + commune.substring(7) : null;
    if (abbreviated != null) {
      out.add(abbreviated);
    }
    if (commune.indexOf('-') > 0) {
      out.add(commune.replace('-', ' '));
      if (abbreviated != null) {
        out.add(abbreviated.replace('-', ' '));
      }
    }
    return out;
  }

  private List<String> foldedTokens(String s) {
    List<String> out = new ArrayList<>();
    for (TextSpan t : tokenizer.tokenize(s)) {
      out.add(normaliser.fold(s, t.begin(), t.end()));
    }
    return out;
  }

  /**
   * A FINESS name made only of generic words ("HOPITAL DE JOUR", "CENTRE DE SANTE") is not a
   * name: in a report it is a kind of unit, not an identifying place.
   */
  private boolean hasProperName(List<String> tokens) {
    for (String t : tokens.subList(1, tokens.size())) {
      if (t.length() > 2 && !commonWords.contains(t) && !stopWords.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    boolean start = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == ' ' || c == '\'';
    }
    return b.toString();
  }

  /**
   * Tokenizes a text for the finders. The rule finders, the model's context and the recurrences
   * all read the same document one after the other on one thread, so each thread keeps its last
   * tokenisation and hands it out again for the same text (the tokens are never modified).
   */
  public PhiTokens tokens(String text) {
    PhiTokens last = lastTokens.get();
    if (last != null && last.text.equals(text)) {
      return last;
    }
    PhiTokens tokens = new PhiTokens(text, tokenizer, normaliser);
    lastTokens.set(tokens);
    return tokens;
  }

  /**
   * {@link OcrRepair#repaired} of a text, with the damaged names after titles and labels repaired
   * too ({@link OcrNames}), kept per thread like {@link #tokens} so that the PHI
   * finders of one document repair it once.
   */
  public String repaired(String text) {
    String[] last = lastRepair.get();
    if (last != null && last[0].equals(text)) {
      return last[1];
    }
    String repaired = ocrNames.repaired(OcrRepair.repaired(text));
    lastRepair.set(new String[] {text, repaired});
    return repaired;
  }

  /** Folds a string like token norms (lower case, no accents). */
  public String fold(String s) {
    return normaliser.fold(s);
  }

  /** True for a folded given name of the INSEE list. */
  public boolean isGivenName(String folded) {
    return givenNames.containsKey(folded);
  }

  /**
   * True for a folded given name of the frequent list (known sex): "paris" or "bouin" are in
   * the long INSEE list but are not frequent given names.
   */
  public boolean isFrequentGivenName(String folded) {
    return frequentGivenNames.contains(folded);
  }

  /** 'F', 'M' or null for a folded given name. */
  public Character sexOf(String folded) {
    return givenNames.get(folded);
  }

  /** True for a folded family name of the INSEE list. */
  public boolean isFamilyName(String folded) {
    return familyNames.contains(folded);
  }

  /** True for a folded word seen in lower case in French medical text. */
  public boolean isCommonWord(String folded) {
    return commonWords.contains(folded);
  }

  /** True for a label, heading, profession or function word that is never part of a name. */
  public boolean isStopWord(String folded) {
    return stopWords.contains(folded);
  }

  /** True for a folded country name ("italie"). */
  public boolean isCountry(String folded) {
    return countries.contains(folded);
  }

  /** True for a folded French department name ("creuse", "vaucluse"). */
  public boolean isDepartment(String folded) {
    return departments.contains(folded);
  }

  /** True for a folded drug name (INN or brand) of the treatment lexicon ("herceptin"). */
  public boolean isDrugName(String folded) {
    return drugNames.contains(folded);
  }

  /**
   * True if the one or two words right before {@code begin} announce a medical eponym ("selon Van
   * Velthoven", "maladie de Hodgkin"): the capitalised name there is no person of the report.
   */
  public boolean followsEponymCue(String text, int begin) {
    String before = fold(text.substring(Math.max(0, begin - 40), begin)).strip();
    String[] words = NON_LETTERS.split(before);
    int n = words.length;
    return n > 0 && (eponymCues.contains(words[n - 1])
        || (n > 1 && eponymCues.contains(words[n - 2] + " " + words[n - 1])));
  }

  /** True for a folded commune name that is also a medical eponym ("redon", "deauville"). */
  public boolean isPlaceEponym(String folded) {
    return placeEponyms.contains(folded);
  }

  /**
   * True for a folded word seen in lower case, or the plural of one ("bains" for "bain"), so
   * that commune names such as "Bains" are not taken for places when used as nouns.
   */
  public boolean isCommonWordOrPlural(String folded) {
    if (commonWords.contains(folded)) {
      return true;
    }
    int n = folded.length();
    return n > 3 && (folded.charAt(n - 1) == 's' || folded.charAt(n - 1) == 'x')
        && commonWords.contains(folded.substring(0, n - 1));
  }

  /** True for a folded street-type word (rue, avenue, bd). */
  public boolean isStreetType(String folded) {
    return streetTypes.contains(folded);
  }

  /** True for a two-word place type ("centre commercial", "zone artisanale"), folded words. */
  public boolean isStreetTypePair(String first, String second) {
    return streetTypes.contains(first + " " + second);
  }

  /** Words naming a relative or a contact ("fils", "personne de confiance"), folded tokens. */
  public TokenTrie<Boolean> relationCues() {
    return relationCues;
  }

  /**
   * The preposition that introduces a city after a folded cue word: "a" ("né à"), "de"
   * ("originaire de"), or null when the word is no place cue.
   */
  public String placeCue(String folded) {
    return placeCues.get(folded);
  }

  /** The commune lexicon. */
  public TokenTrie<Boolean> communes() {
    return communes;
  }

  /** The health-establishment lexicon. */
  public TokenTrie<Boolean> hospitals() {
    return hospitals;
  }

  /** Female given names for surrogates (capitalised, no accents). */
  public List<String> femaleNames() {
    return femaleNames;
  }

  /** Male given names for surrogates. */
  public List<String> maleNames() {
    return maleNames;
  }

  /** Family names for surrogates (not common words, 4 to 10 letters). */
  public List<String> surrogateFamilyNames() {
    return surrogateFamilyNames;
  }

  /** Commune names as written, for surrogates. */
  public List<String> communeNames() {
    return communeNames;
  }
}

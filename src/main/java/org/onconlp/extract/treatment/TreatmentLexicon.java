package org.onconlp.extract.treatment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TokenTrie;

/**
 * The treatment vocabulary, loaded once from the data files beside this class: drugs
 * ({@code drugs.tsv}: INN, ATC, category, names), named regimens ({@code regimens.tsv}),
 * procedures and treatment classes ({@code procedures.tsv}), procedure qualifiers ({@code
 * qualifiers.txt}), attribute cues ({@code cues.tsv}), left-context exclusions ({@code
 * exclusions.txt}) and disease-context words ({@code first-line-contexts.txt}). Every phrase is tokenized and folded like the CAS tokens, so lookups compare
 * folded words.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class TreatmentLexicon {
  /** Default classpath folder of the data files. */
  public static final String DEFAULT_LOCATION = "/org/onconlp/extract/treatment/";

  /** What a lexicon entry names. */
  public enum Kind {
    /** One drug, by INN or brand. */
    DRUG,
    /** A named regimen with components. */
    REGIMEN,
    /** A procedure or a class of treatment (surgery, radiotherapy, "chimiothérapie"). */
    PROCEDURE
  }

  /**
   * A normalised treatment.
   *
   * @param kind what it names
   * @param agent contract agent (INN, regimen name, procedure noun)
   * @param atc ATC code or null
   * @param category contract category
   * @param components component INNs of a regimen, else empty
   */
  public record Entry(Kind kind, String agent, String atc, String category, List<String> components) {}

  /**
   * A phrase of the lexicon.
   *
   * @param entry what it names
   * @param exactForms for names of 3 letters or less, the spellings accepted (case included),
   *     else null
   * @param comboOnly accepted only inside a written combination ("cis" in "cis-navelbine")
   */
  public record Term(Entry entry, Set<String> exactForms, boolean comboOnly) {
    /** Whether the name as written is accepted. */
    public boolean accepts(String surface) {
      return exactForms == null || exactForms.contains(surface);
    }
  }

  /** Kinds of attribute cues. */
  public enum CueKind {
    /** Treatment status. */
    STATUS,
    /** Treatment setting. */
    SETTING,
    /** Reason a treatment was stopped. */
    STOP_REASON,
    /** Introduces an end date. */
    END_DATE
  }

  /**
   * An attribute cue and the value it gives.
   *
   * @param kind the attribute
   * @param value its contract value
   * @param heading whether the phrase ends with a colon ("Décision :") and so reaches every
   *     treatment after it in its sentence
   */
  public record Cue(CueKind kind, String value, boolean heading) {}

  private static final int SHORT_NAME = 3;

  private final TokenTrie<Term> terms = new TokenTrie<>();
  private final TokenTrie<Cue> cues = new TokenTrie<>();
  private final Set<String> qualifiers;
  private final Map<String, String> diseaseContexts;
  private final Set<String> exclusions;
  private final Map<String, Entry> drugsByInn = new LinkedHashMap<>();
  private final FrenchTokenizer tokenizer = new FrenchTokenizer();
  private final TextNormaliser normaliser = new TextNormaliser();

  /** Loads the default data files. */
  public TreatmentLexicon() {
    this(DEFAULT_LOCATION);
  }

  /**
   * Loads the data files of a classpath folder.
   *
   * @param location folder ending with {@code /}
   */
  public TreatmentLexicon(String location) {
    Map<List<String>, Term> phrases = new LinkedHashMap<>();
    for (String line : ResourceLines.load(location + "drugs.tsv")) {
      String[] c = columns(line, 4, "drugs.tsv");
      Entry e = new Entry(Kind.DRUG, c[0], c[1], c[2], List.of());
      drugsByInn.put(c[0], e);
      for (String name : c[3].split("\\|")) {
        boolean comboOnly = name.startsWith("!");
        addPhrase(phrases, comboOnly ? name.substring(1) : name, e, comboOnly);
      }
    }
    for (String line : ResourceLines.load(location + "regimens.tsv")) {
      String[] c = columns(line, 4, "regimens.tsv");
      List<String> components = new ArrayList<>();
      for (String inn : c[3].split(",")) {
        components.add(inn.strip());
      }
      Entry e = new Entry(Kind.REGIMEN, c[0], null, c[1], List.copyOf(components));
      for (String name : c[2].split("\\|")) {
        addPhrase(phrases, name, e, false);
      }
    }
    for (String line : ResourceLines.load(location + "procedures.tsv")) {
      String[] c = columns(line, 3, "procedures.tsv");
      Entry e = new Entry(Kind.PROCEDURE, c[0], null, c[1], List.of());
      for (String name : c[2].split("\\|")) {
        addPhrase(phrases, name, e, false);
      }
    }
    phrases.forEach(terms::put);
    for (String line : ResourceLines.load(location + "cues.tsv")) {
      String[] c = columns(line, 3, "cues.tsv");
      for (String phrase : c[2].split("\\|")) {
        List<String> words = fold(phrase);
        boolean heading = !words.isEmpty() && words.get(words.size() - 1).equals(":");
        cues.putIfAbsent(words, new Cue(CueKind.valueOf(c[0]), c[1], heading));
      }
    }
    Map<String, String> contexts = new LinkedHashMap<>();
    for (String line : ResourceLines.load(location + "first-line-contexts.txt")) {
      String[] c = columns(line, 2, "first-line-contexts.txt");
      contexts.put(normaliser.fold(c[1]), c[0]);
    }
    diseaseContexts = Map.copyOf(contexts);
    qualifiers = foldedSet(location + "qualifiers.txt");
    exclusions = foldedSet(location + "exclusions.txt");
  }

  private void addPhrase(Map<List<String>, Term> phrases, String name, Entry e, boolean comboOnly) {
    String written = name.strip();
    if (written.isEmpty()) {
      return;
    }
    List<String> key = fold(written);
    boolean isShort = written.length() <= SHORT_NAME;
    Term old = phrases.get(key);
    if (old == null) {
      Set<String> exact = isShort ? new HashSet<>(Set.of(written)) : null;
      phrases.put(key, new Term(e, exact, comboOnly));
    } else if (old.exactForms() != null && isShort && old.entry().equals(e)) {
      old.exactForms().add(written);
    }
  }

  /** Folded words of a phrase; a final elision ("indication d'") is kept as its own word. */
  private List<String> fold(String phrase) {
    if (phrase.endsWith("'") || phrase.endsWith("\u2019")) {
      // The tokenizer splits an elision only before a letter: fold "d'x" and drop the "x".
      List<String> words = Words.of(phrase + "x", tokenizer, normaliser).norms();
      return words.subList(0, words.size() - 1);
    }
    return Words.of(phrase, tokenizer, normaliser).norms();
  }

  private Set<String> foldedSet(String resource) {
    Set<String> set = new HashSet<>();
    for (String line : ResourceLines.load(resource)) {
      set.add(normaliser.fold(line.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(set);
  }

  private static String[] columns(String line, int count, String file) {
    String[] c = line.split("\t");
    if (c.length != count) {
      throw new IllegalArgumentException(
          file + ": expected " + count + " tab-separated columns in line: " + line);
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].strip();
    }
    return c;
  }

  /** Treatment names (drugs, regimens, procedures). */
  public TokenTrie<Term> terms() {
    return terms;
  }

  /** Attribute cues. */
  public TokenTrie<Cue> cues() {
    return cues;
  }

  /** Whether a folded word qualifies a preceding procedure ("totale", "gauche"). */
  public boolean isQualifier(String norm) {
    return qualifiers.contains(norm);
  }

  /** Whether a folded word two words before a name excludes it ("marges de résection"). */
  public boolean isExclusion(String norm) {
    return exclusions.contains(norm);
  }

  /**
   * The disease context a folded word shows: {@code SOLID} (metastatic solid tumour) or {@code
   * HAEM} (haematological malignancy), else null ({@code first-line-contexts.txt}).
   */
  public String diseaseContext(String norm) {
    return diseaseContexts.get(norm);
  }

  /** The drug entry of an INN, or null. */
  public Entry drug(String inn) {
    return drugsByInn.get(inn);
  }

  /** Folds text like the CAS tokens' norms. */
  public String foldWord(String surface) {
    return normaliser.fold(surface);
  }
}

package org.onconlp.deid.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiTokens;
import org.onconlp.text.ResourceLines;

/**
 * The cue words of name-labels.txt by kind: labels followed by a name ("Nom", "Prénom", "IDE"),
 * verbs before "par" ("signé par"), words right before a name ("kiné"), business words
 * ("Médical") and labels of initials ("Réf."); and every lower-case word that may open a cue.
 */
final class NameLabels {
  private static final String LABEL_FILE = "/org/onconlp/deid/name-labels.txt";

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
  /** Labels of whoever checked or wrote, followed by initials only ("Contrôle libération : T.H."). */
  private final Set<String> visaLabels;

  NameLabels(PhiLexicons lex) {
    Map<String, String> l = new HashMap<>();
    Set<String> by = new HashSet<>();
    Set<String> before = new HashSet<>();
    Set<String> brand = new HashSet<>();
    Set<String> initials = new HashSet<>();
    Set<String> visas = new HashSet<>();
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
      } else if (kind.equals("visa")) {
        visas.add(word);
      } else {
        l.put(word, kind);
      }
    }
    this.labels = Map.copyOf(l);
    this.byWords = Set.copyOf(by);
    this.beforeWords = Set.copyOf(before);
    this.brandWords = Set.copyOf(brand);
    this.initialsLabels = Set.copyOf(initials);
    this.visaLabels = Set.copyOf(visas);
    Set<String> cues = new HashSet<>(NameWords.BIRTH_NAME);
    cues.addAll(lex.relationCues().firstKeys());
    cues.addAll(TitledNames.LOWER_CASE_TITLES);
    cues.addAll(l.keySet());
    cues.addAll(before);
    cues.addAll(initials);
    cues.addAll(visas);
    cues.addAll(List.of("dit", "dite"));
    cues.addAll(List.of("naissance", "fille", "par"));
    this.lowerCueWords = Set.copyOf(cues);
  }

  /** The kind of a folded label ("name", "given", "role"), or null for no label. */
  String kind(String folded) {
    return labels.get(folded);
  }

  /** True for a folded name, given-name or role label ("Nom", "IDE"): a name follows its colon. */
  boolean isLabel(String folded) {
    return labels.containsKey(folded);
  }

  /** True if token {@code k} is a name or given-name label ("Premier prénom de naissance"). */
  boolean isNameLabel(PhiTokens t, int k) {
    String kind = k < t.size ? labels.get(t.fold[k]) : null;
    return "name".equals(kind) || "given".equals(kind);
  }

  /** True if the folded word names a carer's role (kinds {@code role} and {@code before}). */
  boolean isRole(String folded) {
    return "role".equals(labels.get(folded)) || beforeWords.contains(folded);
  }

  /** True for a verb of kind "by": "signé", "validé" before "par". */
  boolean isByWord(String folded) {
    return byWords.contains(folded);
  }

  /** True for a word of kind "before": "kiné", "pharmacie" right before a name. */
  boolean isBeforeWord(String folded) {
    return beforeWords.contains(folded);
  }

  /** True for a word of kind "brand": "Médical" before a business named after its owner. */
  boolean isBrandWord(String folded) {
    return brandWords.contains(folded);
  }

  /** True for a label of kind "initials": "Réf.", "Saisie", "Initiales". */
  boolean isInitialsLabel(String folded) {
    return initialsLabels.contains(folded);
  }

  /**
   * True for a label after which initials alone name a person: kind "visa" ("Contrôle", "Visa",
   * "Rédaction"), and the role and "by" labels ("Opérateur isolateur : S.D.", "Validé : MLG").
   */
  boolean isInitialsOnlyLabel(String folded) {
    return visaLabels.contains(folded) || byWords.contains(folded) || "role".equals(labels.get(folded));
  }

  /** True for a label of kind "visa" proper ("Visa", "Paraphe", "Contrôle"): lower-case initials may follow it. */
  boolean isVisaLabel(String folded) {
    return visaLabels.contains(folded);
  }

  /** True if a cue may start at this lower-case folded word: most tokens are not. */
  boolean isLowerCue(String folded) {
    return lowerCueWords.contains(folded);
  }
}

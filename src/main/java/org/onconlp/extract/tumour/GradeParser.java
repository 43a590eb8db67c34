package org.onconlp.extract.tumour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;

/**
 * Finds histological grades in one scan over the word starts of a text, CAS-free: SBR /
 * Elston-Ellis ({@code SBR II}, {@code grade 2 (3+2+1)}, {@code grade II de SBR}), ISUP renal
 * nucleolar grade (only when asked: a prostate ISUP is a grade group, handled by the stage
 * extractor), FNCLCC, WHO/OMS, Fuhrman and differentiation ({@code bien / moyennement / peu
 * différencié}, {@code indifférencié}), IASLC, nuclear grade, and two provisional systems the
 * caller resolves from the tumour: {@code GENERIC} ("grade 2" without a system) and {@code
 * LEVEL} ("de haut grade": high / intermediate / low). Values are Arabic numerals (SBR II → 2)
 * or, for differentiation, well / moderately / poorly / undifferentiated. Immutable and
 * thread-safe.
 */
public final class GradeParser {
  private static final String NUM = "(?<v>III|II|IV|I|[1-4])(?![\\p{L}\\p{N}])";
  private static final String SBR_NAME =
      "(?:SBR|S\\.B\\.R\\.?|EE|Elston(?:\\s?(?:et|-|&)\\s?Ellis)?|Scarff[- ]Bloom[- ]Richardson)"
          + "(?:\\s(?:modifié\\s)?(?:par\\s)?(?:Elston(?:\\s?(?:et|-|&)\\s?Ellis)?))?";
  private static final Pattern SBR = Pattern.compile(
      "(?:(?:[Gg]rade\\s(?:histo(?:logique|pronostique)\\s)?(?:de\\s)?)?" + SBR_NAME
          + "\\s?(?:modifié\\s)?[:=]?\\s?(?:grade\\s)?" + NUM
          + "|[Gg]rade\\s(?:histo(?:logique|pronostique)\\s)?" + NUM.replace("<v>", "<v2>")
          + "\\s(?:de\\s)?(?:l'|la\\s)?" + SBR_NAME + "(?![\\p{L}])"
          + "|[Gg]rade\\s(?:histo(?:logique|pronostique)\\s)?" + NUM.replace("<v>", "<v3>")
          + "\\s?\\(\\s?(?:score\\s?(?:\\d\\s?)?[:=]?\\s?)?[1-3]\\s?\\+\\s?[1-3]\\s?\\+\\s?[1-3]\\s?(?:=\\s?\\d\\s?)?\\))");
  private static final Pattern NAMED = Pattern.compile(
      "(?:[Gg]rade\\s(?:nucléaire\\s|nucléolaire\\s|histologique\\s)?(?:de\\s(?:la\\s|l')?)?)?"
          + "(?<sys>Fuhrman|FNCLCC|ISUP|OMS|WHO|IASLC)\\s?[:=]?\\s?(?:grade\\s)?" + NUM
          + "|[Gg]rade\\s(?:nucléaire\\s|nucléolaire\\s|histologique\\s)?" + NUM.replace("<v>", "<v2>")
          + "\\s(?:de\\s(?:la\\s|l')?|selon\\s(?:la\\s|l')?)?(?<sys2>Fuhrman|FNCLCC|ISUP|OMS|WHO|IASLC)(?![\\p{L}])");
  private static final Pattern GENERIC = Pattern.compile(
      "[Gg]rade\\s(?:histo(?:logique|pronostique)\\s)?[:=]?\\s?" + NUM);
  private static final Pattern LEVEL = Pattern.compile(
      "(?<lvl>haut|bas)\\sgrade(?<nuc>\\snucléaire)?(?![\\p{L}])"
          + "|[Gg]rade\\snucléaire\\s(?:[:=]\\s?)?(?<lvl2>élevé|intermédiaire|bas|haut|faible|III|II|I|[1-3])(?![\\p{L}\\p{N}])");
  private static final Pattern DIFFERENTIATION = Pattern.compile(
      "(?<deg>(?:très\\s)?bien|moyennement|peu|faiblement|mal|in)\\s?-?\\s?différencié(?:e|s|es)?(?![\\p{L}])"
          + "|(?<und>indifférencié(?:e|s|es)?)(?![\\p{L}])");

  private static final Set<String> TRIGGERS = Set.of("grade", "sbr", "s", "ee", "elston",
      "scarff", "haut", "bas", "fuhrman", "fnclcc", "isup", "oms", "who", "iaslc", "tres", "bien",
      "moyennement", "peu", "faiblement", "mal", "indifferencie", "indifferenciee",
      "indifferencies", "indifferenciees");

  /** Classpath location of the adverse-event stems ("neuropathie grade 1" is no tumour grade). */
  static final String ADVERSE_EVENTS = "/org/onconlp/extract/tumour/adverse-event-stems.txt";

  /** How far before a "grade N" an adverse-event word makes it a toxicity grade. */
  private static final int ADVERSE_EVENT_REACH = 30;

  private final TextNormaliser normaliser = new TextNormaliser();
  private final List<String> adverseEvents;

  /** Creates a parser with the default adverse-event stems. */
  public GradeParser() {
    this.adverseEvents = ResourceLines.load(ADVERSE_EVENTS).stream().map(String::strip).toList();
  }

  /**
   * The grades of {@code text} in text order, triggered by its {@code tokens} (folded forms);
   * {@code renal} says the document is about a kidney tumour (ISUP is then the renal grade,
   * otherwise it is left out).
   */
  public List<GradeMention> find(String text, List<TumourFinder.Tok> tokens, boolean renal) {
    List<GradeMention> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    int after = 0;
    for (TumourFinder.Tok t : tokens) {
      if (t.begin() < after || !TRIGGERS.contains(t.norm())) {
        continue;
      }
      GradeMention g = at(text, t.begin(), t.norm(), renal);
      if (g != null) {
        found.add(g);
        after = g.end();
      }
    }
    return found;
  }

  private GradeMention at(String text, int i, String word, boolean renal) {
    switch (word) {
      case "grade" -> {
        GradeMention g = sbr(text, i);
        if (g == null) {
          g = named(text, i, renal);
        }
        if (g == null) {
          g = level(text, i);
        }
        return g != null ? g : afterAdverseEvent(text, i) ? null : generic(text, i);
      }
      case "sbr", "s", "ee", "elston", "scarff" -> {
        return sbr(text, i);
      }
      case "haut", "bas" -> {
        return level(text, i);
      }
      case "fuhrman", "fnclcc", "isup", "oms", "who", "iaslc" -> {
        return named(text, i, renal);
      }
      case "tres", "bien", "moyennement", "peu", "faiblement", "mal", "indifferencie",
          "indifferenciee", "indifferencies", "indifferenciees" -> {
        return differentiation(text, i);
      }
      default -> {
        return null;
      }
    }
  }

  private static GradeMention sbr(String text, int i) {
    Matcher m = matcher(SBR, text, i);
    if (!m.lookingAt()) {
      return null;
    }
    String v = first(m.group("v"), m.group("v2"), m.group("v3"));
    return new GradeMention(m.start(), m.end(), "SBR", arabic(v));
  }

  private static GradeMention named(String text, int i, boolean renal) {
    Matcher m = matcher(NAMED, text, i);
    if (!m.lookingAt()) {
      return null;
    }
    String sys = m.group("sys") != null ? m.group("sys") : m.group("sys2");
    String system = switch (sys) {
      case "OMS", "WHO" -> "WHO";
      case "Fuhrman" -> "FUHRMAN";
      default -> sys;
    };
    if ("ISUP".equals(system) && !renal) {
      return null;
    }
    if ("WHO".equals(system) && !m.group().toLowerCase(Locale.ROOT).contains("grade")) {
      // "OMS 1" alone is the WHO performance status; a WHO tumour grade says "grade".
      return null;
    }
    return new GradeMention(m.start(), m.end(), system, arabic(first(m.group("v"), m.group("v2"), null)));
  }

  private static GradeMention differentiation(String text, int i) {
    Matcher m = matcher(DIFFERENTIATION, text, i);
    if (!m.lookingAt()) {
      return null;
    }
    String value;
    if (m.group("und") != null) {
      value = "undifferentiated";
    } else {
      String deg = m.group("deg").toLowerCase(Locale.ROOT);
      value = switch (deg) {
        case "moyennement" -> "moderately";
        case "peu", "faiblement", "mal" -> "poorly";
        case "in" -> "undifferentiated";
        default -> "well";
      };
    }
    return new GradeMention(m.start(), m.end(), "DIFFERENTIATION", value);
  }

  /**
   * Whether an adverse-event word is written just before {@code at}, on its line and in its
   * clause: "neuropathie grade 1", "mucite de grade 2", "toxicité hématologique de grade 3".
   */
  private boolean afterAdverseEvent(String text, int at) {
    int from = at;
    while (from > 0 && at - from < ADVERSE_EVENT_REACH && ".;,:\n(".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String before = normaliser.fold(text, from, at);
    for (String stem : adverseEvents) {
      for (int k = before.indexOf(stem); k >= 0; k = before.indexOf(stem, k + 1)) {
        if (k == 0 || !Character.isLetter(before.charAt(k - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "grade 2" without a system: {@code GENERIC}, resolved by the organ of its tumour. */
  private static GradeMention generic(String text, int i) {
    Matcher m = matcher(GENERIC, text, i);
    return m.lookingAt() ? new GradeMention(m.start(), m.end(), "GENERIC", arabic(m.group("v"))) : null;
  }

  /**
   * "de haut grade", "bas grade nucléaire", "grade nucléaire 3": {@code LEVEL} (high,
   * intermediate, low), or {@code NUCLEAR} (3, 2, 1) when nuclear grade is written.
   */
  private static GradeMention level(String text, int i) {
    Matcher m = matcher(LEVEL, text, i);
    if (!m.lookingAt()) {
      return null;
    }
    String lvl = m.group("lvl") != null ? m.group("lvl") : m.group("lvl2");
    String value = switch (lvl) {
      case "haut", "élevé", "III", "3" -> "high";
      case "intermédiaire", "II", "2" -> "intermediate";
      default -> "low";
    };
    boolean nuclear = m.group("lvl2") != null || m.group("nuc") != null;
    if (nuclear) {
      return new GradeMention(m.start(), m.end(), "NUCLEAR", nuclearValue(value));
    }
    return new GradeMention(m.start(), m.end(), "LEVEL", value);
  }

  /** A two- or three-tier level as a nuclear grade number: high 3, intermediate 2, low 1. */
  static String nuclearValue(String level) {
    return switch (level) {
      case "high" -> "3";
      case "intermediate" -> "2";
      default -> "1";
    };
  }

  private static Matcher matcher(Pattern pattern, String text, int start) {
    Matcher m = pattern.matcher(text);
    m.region(start, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  /** Roman grade to Arabic: II → 2. */
  static String arabic(String v) {
    return switch (v) {
      case "I" -> "1";
      case "II" -> "2";
      case "III" -> "3";
      case "IV" -> "4";
      default -> v;
    };
  }
}

package org.onconlp.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onconlp.extract.treatment.ClinicalDates;
import org.onconlp.extract.treatment.Segment;
import org.onconlp.extract.treatment.Words;
import org.onconlp.text.FrenchTokenizer;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TextNormaliser;
import org.onconlp.text.TokenTrie;

/**
 * Finds the events of the disease course in French text; the CAS-free algorithm behind {@code
 * EventAnnotator}. One leftmost-longest pass per sentence over the phrases of {@code
 * events.tsv}:
 *
 * <ul>
 *   <li>performance status: a trigger ("OMS", "PS", "ECOG", "Karnofsky", "IK"), optionally ":",
 *       "=", "à", then the value: 0–4 for ECOG/WHO (WHO and ECOG share one scale), a multiple
 *       of 10 up to 100 for Karnofsky (with its "%" in the span); glued forms "PS1", "OMS2";
 *   <li>response: RECIST or clinical wording, span extended by "biologique", "radiologique" ...;
 *       a recurrence followed by a site ("récidive péritonéale") is a metastasis;
 *   <li>metastasis: a head ("métastases", "localisation secondaire", "carcinose") with its site
 *       word ("hépatiques" → C22) or extent ("à distance"); "localisation", "lésion" only with a
 *       site word;
 *   <li>death ("décédée", "décès"), its span reaching a date right after it ("décédée le
 *       21/05/2020").
 * </ul>
 *
 * A date within three words after an event ("réponse partielle (18/08/23)", "rémission
 * complète le 25/08/2020") is its date. Immutable and thread-safe.
 */
public final class EventFinder {
  /** Default classpath location of the phrase file. */
  public static final String DEFAULT_PHRASES = "/org/onconlp/extract/event/events.tsv";

  private static final int DATE_WINDOW = 3;
  private static final Set<String> NOT_EVENT_HEADS =
      Set.of("score", "risque", "taux", "facteur", "facteurs", "survie", "delai");
  private static final Set<String> KNOWN_DETERMINERS =
      Set.of("des", "la", "les", "du", "ces", "cette");

  private enum Kind {
    ECOG,
    KARNOFSKY,
    RESPONSE,
    QUALIFIER,
    METASTASIS,
    SITED,
    SITE,
    EXTENT,
    DEATH
  }

  private record Phrase(Kind kind, String value) {}

  /** A date after an event: its ISO form and the index of its last word. */
  private record DateAt(String iso, int lastWord) {}

  private final TokenTrie<Phrase> phrases = new TokenTrie<>();

  /** Loads the default phrases. */
  public EventFinder() {
    this(DEFAULT_PHRASES);
  }

  /**
   * Loads a phrase file.
   *
   * @param location classpath location of a file laid out like {@code events.tsv}
   */
  public EventFinder(String location) {
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    TextNormaliser normaliser = new TextNormaliser();
    for (String line : ResourceLines.load(location)) {
      String[] c = line.split("\t");
      if (c.length != 3) {
        throw new IllegalArgumentException(location + ": expected 3 columns in line: " + line);
      }
      Phrase p = new Phrase(Kind.valueOf(c[0].strip()), c[1].strip());
      for (String name : c[2].split("\\|")) {
        phrases.putIfAbsent(Words.of(name.strip(), tokenizer, normaliser).norms(), p);
      }
    }
  }

  /** Finds the events of a plain text (fallback sentences). */
  public List<EventMention> find(String text) {
    Words w = Words.of(text);
    return find(w, Segment.split(w));
  }

  /**
   * Finds the events of tokenized text.
   *
   * @param w the words
   * @param segments sentences in text order
   * @return events in text order
   */
  public List<EventMention> find(Words w, List<Segment> segments) {
    List<EventMention> out = new ArrayList<>();
    for (Segment s : segments) {
      int limit = Math.min(w.size(), s.limit());
      int i = Math.max(0, s.first());
      if (Segment.isTitle(w, i, limit)) {
        continue;
      }
      while (i < limit) {
        int next = event(w, i, limit, out);
        i = next > i ? next : i + 1;
      }
    }
    return out;
  }

  /** Reads an event at word i; returns the word after it, or i when there is none. */
  private int event(Words w, int i, int limit, List<EventMention> out) {
    TokenTrie.Match<Phrase> m = phrases.longest(w::norm, i, limit);
    if (m == null) {
      return glued(w, i, out);
    }
    int last = i + m.length() - 1;
    Phrase p = m.value();
    if (p.kind() == Kind.RESPONSE && notAnEvent(w, i)) {
      return last + 1;
    }
    switch (p.kind()) {
      case ECOG, KARNOFSKY -> {
        return performance(w, i, last, limit, p.kind(), out);
      }
      case RESPONSE -> {
        TokenTrie.Match<Phrase> site = at(w, last + 1, limit, Kind.SITE);
        if (p.value().equals("recurrence") && site != null) {
          int end = last + site.length();
          out.add(dated(w, i, end, limit, "metastasis", null, site.value().value()));
          return end + 1;
        }
        TokenTrie.Match<Phrase> q = at(w, last + 1, limit, Kind.QUALIFIER);
        if (q != null) {
          last += q.length();
        }
        out.add(dated(w, i, last, limit, "response", p.value(), null));
        return last + 1;
      }
      case METASTASIS, SITED -> {
        String code = p.value().equals("-") ? null : p.value();
        TokenTrie.Match<Phrase> site = at(w, last + 1, limit, Kind.SITE);
        if (site != null) {
          code = site.value().value();
          last += site.length();
        }
        if (p.kind() == Kind.SITED && (site == null || knownLesion(w, i))) {
          return i + 1;
        }
        if (site == null) {
          TokenTrie.Match<Phrase> extent = at(w, last + 1, limit, Kind.EXTENT);
          last += extent == null ? 0 : extent.length();
        }
        out.add(dated(w, i, last, limit, "metastasis", null, code));
        return last + 1;
      }
      case DEATH -> {
        DateAt date = dateAfter(w, last, limit);
        int end = date == null ? last : date.lastWord();
        String iso = date == null ? null : date.iso();
        out.add(new EventMention(w.begin(i), w.end(end), "death", null, null, null, null, iso));
        return end + 1;
      }
      default -> {
        return i + 1;
      }
    }
  }

  /** "score de récidive", "risque de rechute", "survie sans progression": no event happened. */
  private static boolean notAnEvent(Words w, int i) {
    if (i < 2) {
      return false;
    }
    String before = w.norm(i - 1);
    String head = w.norm(i - 2);
    return (before.equals("de") || before.equals("d'")) && NOT_EVENT_HEADS.contains(head)
        || before.equals("sans") && head.equals("survie");
  }

  /**
   * "des lésions hépatiques", "de la lésion cérébrale": lesions already known, no new site
   * ("apparition de lésions osseuses" is new).
   */
  private static boolean knownLesion(Words w, int i) {
    return i > 0 && KNOWN_DETERMINERS.contains(w.norm(i - 1));
  }

  /** "PS1", "OMS2": a trigger glued to its value in one word. */
  private int glued(Words w, int i, List<EventMention> out) {
    String n = w.norm(i);
    for (String trigger : new String[] {"ps", "oms", "ecog"}) {
      if (n.length() == trigger.length() + 1
          && n.startsWith(trigger)
          && n.charAt(n.length() - 1) >= '0'
          && n.charAt(n.length() - 1) <= '4') {
        out.add(
            new EventMention(
                w.begin(i), w.end(i), "performance_status", "ECOG",
                String.valueOf(n.charAt(n.length() - 1)), null, null, null));
        return i + 1;
      }
    }
    return i;
  }

  private int performance(Words w, int i, int last, int limit, Kind kind, List<EventMention> out) {
    int k = last + 1;
    while (k < limit && k <= last + 2 && isFiller(w.norm(k))) {
      k++;
    }
    if (k >= limit) {
      return i + 1;
    }
    String n = w.norm(k);
    if (kind == Kind.ECOG) {
      if (n.length() == 1 && n.charAt(0) >= '0' && n.charAt(0) <= '4') {
        out.add(
            new EventMention(w.begin(i), w.end(k), "performance_status", "ECOG", n, null, null, null));
        return k + 1;
      }
      return i + 1;
    }
    int value = percent(n);
    if (value < 0) {
      return i + 1;
    }
    int end = k + 1 < limit && w.norm(k + 1).equals("%") ? k + 1 : k;
    out.add(
        new EventMention(
            w.begin(i), w.end(end), "performance_status", "KARNOFSKY",
            Integer.toString(value), null, null, null));
    return end + 1;
  }

  private static boolean isFiller(String n) {
    return n.equals(":") || n.equals("=") || n.equals("a") || n.equals("de") || n.equals("(");
  }

  /** Karnofsky: a multiple of 10 from 10 to 100, else -1. */
  private static int percent(String n) {
    if (n.isEmpty() || n.length() > 3) {
      return -1;
    }
    int v = 0;
    for (int k = 0; k < n.length(); k++) {
      char c = n.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v >= 10 && v <= 100 && v % 10 == 0 ? v : -1;
  }

  private TokenTrie.Match<Phrase> at(Words w, int k, int limit, Kind kind) {
    if (k >= limit) {
      return null;
    }
    TokenTrie.Match<Phrase> m = phrases.longest(w::norm, k, limit);
    return m != null && m.value().kind() == kind ? m : null;
  }

  private static EventMention dated(
      Words w, int first, int last, int limit, String type, String response, String site) {
    DateAt date = dateAfter(w, last, limit);
    return new EventMention(
        w.begin(first), w.end(last), type, null, null, response, site,
        date == null ? null : date.iso());
  }

  /** The date starting within {@link #DATE_WINDOW} words after {@code last} ("le", "(" between). */
  private static DateAt dateAfter(Words w, int last, int limit) {
    for (int k = last + 1; k < limit && k <= last + DATE_WINDOW; k++) {
      ClinicalDates.Found d = ClinicalDates.at(w, k, limit);
      if (d != null) {
        return new DateAt(d.iso(), k + d.length() - 1);
      }
      String n = w.norm(k);
      if (!(n.equals("le") || n.equals("(") || n.equals("du") || n.equals("en") || n.equals(":"))) {
        return null;
      }
    }
    return null;
  }
}

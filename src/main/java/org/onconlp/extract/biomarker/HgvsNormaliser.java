package org.onconlp.extract.biomarker;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a written variant to the contract's short notation: protein changes to one-letter
 * HGVS ({@code p.Gly12Cys}, {@code p.(Gly12Cys)}, {@code G12C} → {@code p.G12C}; {@code
 * p.Glu746_Ala750del} → {@code p.E746_A750del}), a coding change kept as written when no protein
 * form is given ({@code c.35G>T}), and exon-level events to {@code exon 19 deletion}, {@code exon
 * 20 insertion}, {@code exon 14 skipping}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HgvsNormaliser {
  /** HGVS three-letter amino-acid codes (and Ter for a stop) to one letter. */
  private static final Map<String, String> AMINO_ACIDS =
      Map.ofEntries(
          Map.entry("ala", "A"), Map.entry("arg", "R"), Map.entry("asn", "N"),
          Map.entry("asp", "D"), Map.entry("cys", "C"), Map.entry("gln", "Q"),
          Map.entry("glu", "E"), Map.entry("gly", "G"), Map.entry("his", "H"),
          Map.entry("ile", "I"), Map.entry("leu", "L"), Map.entry("lys", "K"),
          Map.entry("met", "M"), Map.entry("phe", "F"), Map.entry("pro", "P"),
          Map.entry("ser", "S"), Map.entry("thr", "T"), Map.entry("trp", "W"),
          Map.entry("tyr", "Y"), Map.entry("val", "V"), Map.entry("ter", "*"),
          Map.entry("sec", "U"));

  private static final String AA3 =
      "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec";

  /** One-letter codes of the twenty amino acids, plus * (stop). */
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";

  private static final Pattern AA3_CODE = Pattern.compile(AA3, Pattern.CASE_INSENSITIVE);

  /** p. notation, three- or one-letter, optional parentheses (predicted consequence). */
  private static final Pattern PROTEIN =
      Pattern.compile(
          "p\\.\\(?((?:(?:" + AA3 + ")|" + AA1 + ")\\d+(?:_(?:(?:" + AA3 + ")|" + AA1 + ")\\d+)?"
              + "(?:(?:" + AA3 + ")|" + AA1 + "|\\*|=|fs\\*?\\d*|del(?:ins)?\\w*|ins\\w*|dup)"
              + "?(?:fs(?:\\*|Ter)?\\d*)?)\\)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A bare one-letter protein change as written in reports: L858R, T790M, V600E, G12C, and
   * E746_A750del (an in-frame deletion written without "p.").
   */
  private static final Pattern SHORT =
      Pattern.compile(
          AA1 + "\\d{1,4}(?:" + AA1 + "|\\*|(?:_" + AA1 + "\\d{1,4})?(?:delins|del|ins|dup)[A-Z]*)");

  /** A coding DNA change: c.35G>T, c.2573T>G, c.2235_2249del, c.1234+1G>A. */
  private static final Pattern CODING =
      Pattern.compile("c\\.[-*]?\\d+(?:[+-]\\d+)?(?:_[-*]?\\d+(?:[+-]\\d+)?)?[ACGTacgt>\\w]*");

  /** Exon-level events ("délétion de l'exon 19", "exon 20 insertion", "saut de l'exon 14"). */
  private static final Pattern EXON =
      Pattern.compile(
          "(?<del>d[ée]l[ée]tions?|del)\\s*(?:(?:de|dans|en)\\s+)?(?:l(?:['’]\\s*|\\s+))?(?:exon|ex)\\s*(?<n1>\\d{1,2})"
              + "|(?<ins>insertions?|ins)\\s*(?:(?:de|dans|en)\\s+)?(?:l(?:['’]\\s*|\\s+))?(?:exon|ex)\\s*(?<n2>\\d{1,2})"
              + "|(?<skip>saut|skipping)\\s*(?:(?:de|d['’])\\s*)?(?:l(?:['’]\\s*|\\s+))?(?:exon|ex)\\s*(?<n3>\\d{1,2})"
              + "|(?:exon|ex)\\s*(?<n4>\\d{1,2})\\s*(?<kind4>d[ée]l[ée]tion|del|insertion|ins|skipping)"
              + "|(?:ex|exon)(?<n5>\\d{1,2})(?<kind5>del|ins)"
              + "|(?<kind6>del|ins)(?<n6>19|20)(?!\\d)"
              + "|METex(?<n7>14)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Normalises one written token.
   *
   * @param token a token such as {@code p.Gly12Cys}, {@code G12C} or {@code c.35G>T}
   * @return the short notation ({@code p.G12C}, {@code c.35G>T}), or null when it is no variant
   */
  public String normalise(String token) {
    Matcher p = PROTEIN.matcher(token);
    if (p.matches()) {
      return "p." + shortProtein(p.group(1));
    }
    if (SHORT.matcher(token).matches()) {
      return "p." + token;
    }
    if (CODING.matcher(token).matches() && token.length() > 3) {
      return token;
    }
    return null;
  }

  /**
   * Finds an exon-level event in a stretch of text.
   *
   * @return {@code exon N deletion}, {@code exon N insertion} or {@code exon N skipping}, or null
   */
  public String exonEvent(CharSequence text, int from, int to) {
    Matcher m = EXON.matcher(text).region(from, to);
    if (!m.find()) {
      return null;
    }
    String number = firstNonNull(m, "n1", "n2", "n3", "n4", "n5", "n6", "n7");
    String kind;
    if (m.group("del") != null) {
      kind = "deletion";
    } else if (m.group("ins") != null) {
      kind = "insertion";
    } else if (m.group("skip") != null || m.group("n7") != null) {
      kind = "skipping";
    } else {
      String written = firstNonNull(m, "kind4", "kind5", "kind6").toLowerCase(Locale.ROOT);
      kind = written.startsWith("ins") ? "insertion" : written.startsWith("sk") ? "skipping" : "deletion";
    }
    return "exon " + number + " " + kind;
  }

  private static String firstNonNull(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  /** Replaces every three-letter code by its one-letter code, keeping the rest as written. */
  private static String shortProtein(String change) {
    Matcher m = AA3_CODE.matcher(change);
    StringBuilder out = new StringBuilder(change.length());
    int last = 0;
    while (m.find()) {
      out.append(change, last, m.start());
      out.append(AMINO_ACIDS.get(m.group().toLowerCase(Locale.ROOT)));
      last = m.end();
    }
    out.append(change, last, change.length());
    return out.toString();
  }
}

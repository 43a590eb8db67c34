package org.onconlp.extract.biomarker;

/**
 * What a window of text says about a marker, as read by {@link ResultParser}. Absent parts are
 * null ({@code percent} included).
 *
 * @param interpretation contract interpretation, or null when none is stated
 * @param generic the interpretation comes from a plain positive/negative word or number, not a
 *     specific one (muté, amplifié, réarrangé)
 * @param pending the test is pending, failed or was not done ("en cours", "non contributif")
 * @param search a test is named ("recherche de", "statut") whatever its result
 * @param panel the marker is named in a method description ("panel NGS couvrant")
 * @param method IHC, FISH, SISH, CISH, NGS or PCR when written (IHC for an HER2 score)
 * @param value main value as written, compacted ("3+", "90%", "<1%", "12 mut/Mb")
 * @param percent the percentage when one is written
 * @param score IHC or PD-L1 score as written ("3+", "TPS 60%", "CPS 10", "Allred 8")
 * @param variant short variant notation ("p.G12C", "c.35G>T", "exon 19 deletion")
 * @param begin start of the result words in the text, or -1 when none
 * @param end end of the result words in the text, or -1 when none
 */
public record Result(
    String interpretation,
    boolean generic,
    boolean pending,
    boolean search,
    boolean panel,
    String method,
    String value,
    Float percent,
    String score,
    String variant,
    int begin,
    int end) {

  /** The empty result: nothing stated. */
  public static final Result NONE =
      new Result(null, false, false, false, false, null, null, null, null, null, -1, -1);

  /** This result with another method. */
  public Result withMethod(String newMethod) {
    return new Result(interpretation, generic, pending, search, panel, newMethod, value, percent, score,
        variant, begin, end);
  }

  /** Whether the window states a result of its own (an interpretation or a measurement). */
  public boolean stated() {
    return interpretation != null || value != null || percent != null || score != null
        || variant != null;
  }

  /** Whether the window says anything at all about the test. */
  public boolean isEmpty() {
    return !stated() && !pending && !search && !panel && method == null;
  }
}

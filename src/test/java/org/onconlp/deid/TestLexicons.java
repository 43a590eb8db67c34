package org.onconlp.deid;

/** The PHI lexicons every de-identification test shares: immutable and loaded once, they are large. */
public final class TestLexicons {
  /** The lexicons shipped in the jar. */
  public static final PhiLexicons LEX = new PhiLexicons();

  private TestLexicons() {}
}

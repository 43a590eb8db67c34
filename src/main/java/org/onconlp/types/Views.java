package org.onconlp.types;

import org.apache.uima.cas.CAS;

/**
 * Names of the two CAS views every document carries.
 *
 * <p>The original text lives in the default view, where de-identification finds {@link Phi}
 * spans; the de-identified text lives in {@link #DEID}, and every extractor reads that view so
 * that output offsets point into the contract's {@code text} field.
 */
public final class Views {
  /** View holding the original input text (offsets of {@code phi} in the output). */
  public static final String ORIGINAL = CAS.NAME_DEFAULT_SOFA;

  /** View holding the de-identified text (offsets of every extracted mention). */
  public static final String DEID = "deid";

  private Views() {}
}

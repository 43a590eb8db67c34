package org.onconlp.io;

/**
 * The result of {@link TextDecoder#decode(byte[])}.
 *
 * @param text the decoded text, without a leading byte-order mark
 * @param windows1252 true when some bytes were not valid UTF-8 and were decoded as Windows-1252, so
 *     the runner can count "decoded as windows-1252" without logging content
 */
public record DecodedText(String text, boolean windows1252) {

  /** True when the text looks like binary content rather than a report. */
  public boolean binary() {
    return TextDecoder.looksBinary(text);
  }
}

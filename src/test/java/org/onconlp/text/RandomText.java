package org.onconlp.text;

import java.util.Random;

/**
 * Seeded garbage text for robustness tests (Lucene's {@code checkRandomData} habit): characters
 * of the Basic Multilingual Plane below U+3000, mixed half and half with a test's own alphabet
 * when it gives one, so that the characters its component cares about occur often.
 */
public final class RandomText {
  private static final int BMP_LIMIT = 0x3000;

  private RandomText() {}

  /** {@code length} random characters below U+3000. */
  public static String of(long seed, int length) {
    return of(seed, length, "");
  }

  /** {@code length} characters, each from {@code alphabet} or random below U+3000 by a coin toss. */
  public static String of(long seed, int length, String alphabet) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(
          !alphabet.isEmpty() && random.nextBoolean()
              ? alphabet.charAt(random.nextInt(alphabet.length()))
              : (char) random.nextInt(BMP_LIMIT));
    }
    return sb.toString();
  }
}

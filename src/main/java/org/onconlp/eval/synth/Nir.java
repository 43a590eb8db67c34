package org.onconlp.eval.synth;

/**
 * The control key of a French NIR (numéro d'inscription au répertoire, "numéro de sécurité
 * sociale"): 97 minus the first 13 characters read as a number modulo 97, Corsican departments
 * 2A and 2B being read as 19 and 18 for the computation (INSEE rule since 1976).
 */
public final class Nir {
  private Nir() {}

  /**
   * Computes the two-digit key of a 13-character NIR body.
   *
   * @param body 13 characters: digits, with "2A" or "2B" allowed at positions 5–6
   * @return the key, 1 to 97
   * @throws IllegalArgumentException if the body is not 13 valid characters
   */
  public static int key(CharSequence body) {
    if (body.length() != 13) {
      throw new IllegalArgumentException("A NIR body has 13 characters");
    }
    long value = 0;
    for (int i = 0; i < 13; i++) {
      char c = body.charAt(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (i == 6 && body.charAt(5) == '2' && (c == 'A' || c == 'a' || c == 'B' || c == 'b')) {
        // Corsica: 2A -> 19, 2B -> 18 for the key; the '2' already counted must become '1'.
        value -= 1;
        digit = (c == 'A' || c == 'a') ? 9 : 8;
      } else {
        throw new IllegalArgumentException("Not a NIR character at position " + i);
      }
      value = value * 10 + digit;
    }
    return (int) (97 - value % 97);
  }

  /**
   * Tells whether a NIR as written (spaces allowed) has 15 characters and a matching key.
   *
   * @param written the NIR, e.g. {@code "2 56 04 75 112 034 46"}
   * @return true if the body is well formed and the key matches
   */
  public static boolean isValid(String written) {
    String compact = written.replace(" ", "");
    if (compact.length() != 15) {
      return false;
    }
    try {
      int key = Integer.parseInt(compact.substring(13));
      return key == key(compact.substring(0, 13));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

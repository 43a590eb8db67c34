package org.onconlp.deid.structured;

/**
 * Checks a French social-security number (NIR, "numéro INSEE") against the INSEE structure and
 * its control key. CAS-free and stateless.
 *
 * <p>Structure (INSEE): sex 1 or 2 (3, 4 for temporary registrations, 7, 8 for NIA numbers),
 * two-digit birth year, birth month 01–12 or a conventional 20–42 or 50–99 when the month is
 * unknown, department (two digits, or 2A / 2B for Corsica), commune (three digits), order
 * number 001–999, then the key = 97 − (first 13 digits mod 97), where 2A counts as 19 and 2B
 * as 18.
 */
public final class NirValidator {

  /** Removes the spaces, non-breaking spaces and dots people write inside a NIR. */
  public static String compact(CharSequence written) {
    StringBuilder out = new StringBuilder(15);
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c != ' ' && c != '.' && c != '\u00A0' && c != '\u202F') {
        out.append(c == 'a' || c == 'b' ? Character.toUpperCase(c) : c);
      }
    }
    return out.toString();
  }

  /**
   * Whether the 13 leading characters of a compact NIR follow the INSEE structure.
   *
   * @param compact a NIR without separators, 13 or 15 characters
   */
  public boolean hasValidStructure(String compact) {
    if (compact.length() != 13 && compact.length() != 15) {
      return false;
    }
    for (int i = 0; i < compact.length(); i++) {
      if (i != 5 && i != 6 && !isDigit(compact.charAt(i))) {
        return false;
      }
    }
    char sex = compact.charAt(0);
    if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
      return false;
    }
    int month = twoDigits(compact, 3);
    // INSEE: 01-12 are real months; 20-42 and 50-99 are conventional values (unknown month).
    boolean monthOk = (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
    if (!monthOk) {
      return false;
    }
    String department = compact.substring(5, 7);
    boolean corsica = department.equals("2A") || department.equals("2B");
    if (!corsica && (!isDigit(department.charAt(0)) || !isDigit(department.charAt(1)))) {
      return false;
    }
    if (department.equals("00")) {
      return false;
    }
    return !compact.startsWith("000", 10);
  }

  /**
   * Whether the text between {@code begin} and {@code end} is a NIR as people write one: 15 to 21
   * characters (the separators a NIR is written with) whose compact form is a valid NIR.
   */
  public boolean isWritten(CharSequence text, int begin, int end) {
    int length = end - begin;
    return length >= 15 && length <= 21 && isValid(compact(text.subSequence(begin, end)));
  }

  /**
   * Whether a compact 15-character NIR has a valid structure and a correct key.
   *
   * @param compact a NIR without separators (see {@link #compact})
   */
  public boolean isValid(String compact) {
    if (compact.length() != 15 || !hasValidStructure(compact)) {
      return false;
    }
    return twoDigits(compact, 13) == key(compact.substring(0, 13));
  }

  /**
   * The control key of the first 13 characters: 97 − (number mod 97); 2A counts 19, 2B 18.
   *
   * @param first13 13 characters, digits except possibly 2A / 2B at positions 5–6
   * @throws IllegalArgumentException if the argument is not 13 such characters
   */
  public int key(String first13) {
    if (first13.length() != 13) {
      throw new IllegalArgumentException("A NIR body has 13 characters");
    }
    String digits = first13.replace("2A", "19").replace("2B", "18");
    long number = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!isDigit(c)) {
        throw new IllegalArgumentException("A NIR body is made of digits");
      }
      number = number * 10 + (c - '0');
    }
    return (int) (97 - number % 97);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int twoDigits(String s, int at) {
    return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
  }
}

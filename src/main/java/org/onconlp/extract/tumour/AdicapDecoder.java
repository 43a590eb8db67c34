package org.onconlp.extract.tumour;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.onconlp.text.ResourceLines;

/**
 * Decodes ADICAP pathology codes, CAS-free. An ADICAP code has eight characters: sampling mode
 * (1 letter), technique (1 letter), organ (2 letters), lesion (4 characters, a letter first, a
 * digit last). A tumour lesion is a family letter, a behaviour digit (0–3 benign, 4
 * borderline, 5 in situ, 6–9 malignant), a letter and a digit; another lesion keeps its code
 * and organ with no morphology (null), for the tumour it is written with (e.g. {@code BHGSA7B2}: surgical biopsy,
 * histology, breast, invasive ductal adenocarcinoma → 8500/3, C50). Dots and spaces between
 * the parts ({@code BH.GS.A7B2}) are accepted. Immutable and thread-safe.
 */
public final class AdicapDecoder {
  /** Classpath location of the lesion table. */
  public static final String LESIONS = "/org/onconlp/extract/tumour/adicap-lesions.tsv";
  /** Classpath location of the organ table. */
  public static final String ORGANS = "/org/onconlp/extract/tumour/adicap-organs.tsv";
  /** Classpath location of the sampling mode and technique letters. */
  public static final String PREFIXES = "/org/onconlp/extract/tumour/adicap-prefixes.tsv";

  /**
   * A decoded ADICAP tumour code.
   *
   * @param code the code without separators
   * @param morphology ICD-O-3 morphology with behaviour (8000/B when the tumour lesion is not
   *     mapped; null when the lesion has no behaviour digit)
   * @param topography ICD-O-3 topography of the organ, or null when it has none
   */
  public record Decoded(String code, String morphology, String topography) {}

  private final Map<String, String> lesions = new HashMap<>();
  private final Map<String, String> organs = new HashMap<>();
  private final Set<Character> modes = new HashSet<>();
  private final Set<Character> techniques = new HashSet<>();

  /** Loads the default tables. */
  public AdicapDecoder() {
    for (String line : ResourceLines.load(LESIONS)) {
      String[] f = line.split("\t");
      lesions.put(f[0], f[1]);
    }
    for (String line : ResourceLines.load(ORGANS)) {
      String[] f = line.split("\t");
      organs.put(f[0], f[1]);
    }
    for (String line : ResourceLines.load(PREFIXES)) {
      String[] f = line.split("\t");
      (f[0].equals("D1") ? modes : techniques).add(f[1].charAt(0));
    }
  }

  /**
   * Decodes {@code written} (a word of the text, possibly with dots or spaces between the
   * parts) when it is an ADICAP code with a tumour lesion; null otherwise.
   */
  public Decoded decode(CharSequence written) {
    if (written == null || written.length() < 8 || written.length() > 12) {
      return null;
    }
    StringBuilder code = new StringBuilder(8);
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '.' || c == ' ') {
        continue;
      }
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return null;
      }
      code.append(c);
    }
    if (code.length() != 8) {
      return null;
    }
    String s = code.toString();
    if (!modes.contains(s.charAt(0)) || !techniques.contains(s.charAt(1))
        || !isLetter(s.charAt(2)) || !isLetter(s.charAt(3)) || !organs.containsKey(s.substring(2, 4))
        || !isLetter(s.charAt(4)) || !isDigit(s.charAt(7))) {
      return null;
    }
    String lesion = s.substring(4);
    String morphology = lesions.get(lesion);
    if (morphology == null && isDigit(s.charAt(5))) {
      morphology = "8000/" + behaviour(s.charAt(5));
    }
    String topo = organs.get(s.substring(2, 4));
    return new Decoded(s, morphology, "-".equals(topo) ? null : topo);
  }

  private static char behaviour(char digit) {
    return switch (digit) {
      case '0', '1', '2', '3' -> '0';
      case '4' -> '1';
      case '5' -> '2';
      default -> '3';
    };
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

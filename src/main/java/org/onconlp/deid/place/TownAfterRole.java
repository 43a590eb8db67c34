package org.onconlp.deid.place;

import java.util.List;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The town that closes a person's entry in a list of recipients or contacts, after the person's
 * role: "Dr Yann Le Garrec, médecin traitant, Vitré.", "Mme B. Lenoir, IDE libérale,
 * Port-en-Vallon ;". The person, the role and the town are separated by commas; the town is a
 * commune of the lexicon (even when also a common word) or a name shaped like a French
 * commune's ("Port-en-Vallon", "Saint-Martin-sur-Oise") that the lexicon lacks.
 */
final class TownAfterRole {
  /** Longest role between the person and the town, in tokens. */
  private static final int MAX_ROLE = 5;
  /** "Port-en-Bessin", "Villers-lès-Nancy": capitalised parts joined by hyphens and place connectors. */
  private static final Pattern COMMUNE_SHAPE = Pattern.compile(
      "\\p{Lu}[\\p{L}']+(?:-(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|au|d'\\p{Lu}[\\p{L}']+))+(?:-\\p{Lu}[\\p{L}']+)+");

  private final PhiLexicons lex;

  TownAfterRole(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * Reads the town at {@code i}; returns the token after it, or {@code i}.
   *
   * @param person tokens read as a person's name
   */
  int town(PhiTokens t, int i, List<PhiSpan> out, boolean[] person) {
    if (i < 4 || !t.capitalised(i) || t.lineBefore[i] || !t.is(i - 1, ",") || !afterPersonAndRole(t, i - 2, person)) {
      return i;
    }
    int len = lex.communes().longestMatch(t.fold, i, t.size);
    if (len == 0 && COMMUNE_SHAPE.matcher(t.text.substring(t.begin[i], t.end[i])).matches()) {
      len = 1;
    }
    int n = i + len;
    boolean closed = n >= t.size || t.lineBefore[n] || t.is(n, ",") || t.is(n, ";") || t.is(n, ")")
        || (t.is(n, ".") && (n + 1 >= t.size || t.lineBefore[n + 1] || !t.glued(n + 1)));
    if (len == 0 || !closed) {
      return i;
    }
    out.add(new PhiSpan(t.begin[i], t.end[n - 1], "VILLE"));
    return n;
  }

  /**
   * True if the tokens ending at {@code k} are a role (lower-case words, short upper-case
   * acronyms: "médecin traitant", "IDE libérale") after a comma that closes a person's name.
   */
  private static boolean afterPersonAndRole(PhiTokens t, int k, boolean[] person) {
    int words = 0;
    boolean lower = false;
    while (k > 0 && words < MAX_ROLE && !t.lineBefore[k] && !t.is(k, ",")) {
      boolean acronym = t.shape[k] == Shape.UPPER && t.end[k] - t.begin[k] <= 4;
      if (t.shape[k] != Shape.LOWER && !acronym) {
        return false;
      }
      lower |= t.shape[k] == Shape.LOWER;
      words++;
      k--;
    }
    return words > 0 && lower && t.is(k, ",") && !t.lineBefore[k] && k > 0 && person[k - 1];
  }
}

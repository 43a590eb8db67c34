package org.onconlp.deid.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens;

/**
 * Initials alone after a label naming who checked, wrote or acted: "Contrôle libération :
 * T.H.", "Double contrôle visuel : A.R.", "Validé : MLG", "Rédaction : GD/ob", "relève 12h30 :
 * M.-C.A.", "Opérateur isolateur : S.D.". The value must be initials only and close the line, a
 * column (two spaces or more) or a bracket, so that "Contrôle : TDM à 3 mois" or "IDE : RAS" stay
 * clinical; groups that are role or clinical abbreviations, stop words or words are no initials.
 */
final class VisaInitials {
  /** Dotted initials "T.H.", "M.-C.A.", "S.D": one span; spaced "J-M R." or "M.-T. R.": given then family initials. */
  private static final Pattern SPELT = Pattern.compile("\\p{Lu}(?:(?:\\.-?|-|\\.? )\\p{Lu})+\\.?");
  /**
   * "MLG", "CdH", "GD/ob", "KLM / DPR": groups of two or three letters, the first with two capitals or more; a
   * second group after a spaced slash is upper case.
   */
  private static final Pattern GROUPS = Pattern.compile("(\\p{Lu}\\p{L}\\p{Lu}?)(?:/(\\p{L}{2,4})| / (\\p{Lu}{2,4})(?!\\p{L}))?");
  /**
   * What may follow the initials: line end, a column gap, a bracket ("J-M R. (paraphe)"), a separator, a legend's "=",
   * or the time or date of the visa ("Validation technique : TRT 09:58", "AT le 09/01/2025").
   */
  private static final Pattern CLOSE =
      Pattern.compile("\\s*$|\\s{2,}|\\s*[()\\]=]|\\s+[-–—/]\\s|\\s+(?:le\\s+|à\\s+)?\\d{1,2}[:h/.]\\d{2}(?!\\d)");
  /** Lower-case initials after a visa label ("visa : mh", "Paraphe : jd / tb"). */
  private static final Pattern LOWER = Pattern.compile("(\\p{Ll}{2,3})(?: ?/ ?(\\p{Ll}{2,3}))?");
  /** Dotted initials may also close at a comma or semicolon ("A.R., S.D."); "NFS, CRP" may not. */
  private static final Pattern SPELT_CLOSE = Pattern.compile("\\s*[;,]");
  /** Roman numerals ("Niveau de Clark : IV") are grades, not initials. */
  private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
  private static final int MAX_LABEL = 4;

  private final PhiLexicons lex;

  VisaInitials(PhiLexicons lex) {
    this.lex = lex;
  }

  /**
   * The initials after the label at token {@code i} and its colon; after a visa label proper
   * ({@code visaLabel}: "Visa", "Paraphe") lower-case initials too.
   *
   * @return the token after the initials, or {@code i} when there are none
   */
  int after(PhiTokens t, int i, boolean visaLabel, List<PhiSpan> out, boolean[] used) {
    int colon = i + 1;
    while (colon < t.size && colon <= i + MAX_LABEL && !t.lineBefore[colon] && !t.is(colon, ":")) {
      colon++;
    }
    int k = colon + 1;
    if (k >= t.size || !t.is(colon, ":") || t.lineBefore[k] || used[k]) {
      return i;
    }
    int lineEnd = t.text.indexOf('\n', t.begin[k]);
    String rest = t.text.substring(t.begin[k], lineEnd < 0 ? t.text.length() : lineEnd);
    Matcher spelt = SPELT.matcher(rest);
    if (spelt.lookingAt()
        && (closes(rest, spelt.end()) || SPELT_CLOSE.matcher(rest).region(spelt.end(), rest.length()).lookingAt())) {
      spelt(t.begin[k], spelt.group(), out);
      return tokenAfter(t, k, t.begin[k] + spelt.end());
    }
    if (visaLabel) {
      Matcher lower = LOWER.matcher(rest);
      if (lower.lookingAt() && closes(rest, lower.end()) && isLowerInitials(lower.group(1))
          && (lower.group(2) == null || isLowerInitials(lower.group(2)))) {
        for (int g = 1; g <= 2 && lower.group(g) != null; g++) {
          out.add(new PhiSpan(t.begin[k] + lower.start(g), t.begin[k] + lower.end(g), "NOM"));
        }
        return tokenAfter(t, k, t.begin[k] + lower.end());
      }
    }
    Matcher groups = GROUPS.matcher(rest);
    if (!groups.lookingAt() || !isInitials(groups.group(1))) {
      return i;
    }
    // "KLM / DPR": the second group counts if it is initials too; else the first stands alone before " / ".
    boolean pair = groups.group(3) == null || isInitials(groups.group(3)) && closes(rest, groups.end());
    int end = pair ? groups.end() : groups.end(1);
    if (!closes(rest, end)) {
      return i;
    }
    out.add(new PhiSpan(t.begin[k], t.begin[k] + groups.end(1), "NOM"));
    for (int g = 2; pair && g <= 3; g++) {
      if (groups.group(g) != null) {
        out.add(new PhiSpan(t.begin[k] + groups.start(g), t.begin[k] + groups.end(g), "NOM"));
      }
    }
    return tokenAfter(t, k, t.begin[k] + end);
  }

  /**
   * Initials written together ("T.H.") are one family-name span, as the gold writes them after a
   * label; written apart ("J-M R."), the last word is the family name's initial, those before the
   * given name's.
   */
  private static void spelt(int at, String value, List<PhiSpan> out) {
    int space = value.lastIndexOf(' ');
    if (space < 0) {
      out.add(new PhiSpan(at, at + value.length(), "NOM"));
      return;
    }
    out.add(new PhiSpan(at, at + space, "PRENOM"));
    out.add(new PhiSpan(at + space + 1, at + value.length(), "NOM"));
  }

  /** Lower-case letters that are no unit, role, stop word nor word. */
  private boolean isLowerInitials(String group) {
    return !NameInitials.NOT_INITIALS.contains(group) && !lex.isStopWord(group) && !lex.isCommonWordOrPlural(group);
  }

  /** True if the letters look like initials: two capitals or more, no abbreviation, no word. */
  private boolean isInitials(String group) {
    long capitals = group.chars().filter(Character::isUpperCase).count();
    String folded = group.toLowerCase(Locale.ROOT);
    return capitals >= 2 && !ROMAN.matcher(group).matches() && !NameInitials.NOT_INITIALS.contains(folded) && !lex.isStopWord(folded)
        && !lex.isCommonWordOrPlural(folded);
  }

  private static boolean closes(String rest, int at) {
    return CLOSE.matcher(rest).region(at, rest.length()).lookingAt();
  }

  private static int tokenAfter(PhiTokens t, int k, int offset) {
    int j = k;
    while (j < t.size && t.begin[j] < offset) {
      j++;
    }
    return j;
  }
}

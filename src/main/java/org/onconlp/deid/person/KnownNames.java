package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onconlp.deid.PatientIdentity;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * Names known before or after the cue-driven pass: the patient's own names and birth date when
 * the input carries them, and the later occurrences of every name found in the document.
 */
final class KnownNames {
  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };

  private final PhiLexicons lex;

  KnownNames(PhiLexicons lex) {
    this.lex = lex;
  }

  /** The patient's own names (any case) and birth date. */
  void identity(PhiTokens t, PatientIdentity identity, List<PhiSpan> out, boolean[] used) {
    if (identity.isEmpty()) {
      return;
    }
    List<String[]> family = foldedNames(identity.familyNames());
    List<String[]> given = foldedNames(identity.givenNames());
    for (int k = 0; k < t.size; k++) {
      int len = matchAny(t, k, family);
      String category = "NOM";
      if (len == 0) {
        len = matchAny(t, k, given);
        category = "PRENOM";
      }
      if (len > 0) {
        NameTokens.emit(t, k, k + len - 1, category, out, used);
        k += len - 1;
      }
    }
    if (identity.birthDate() != null) {
      for (String written : writtenDates(identity.birthDate())) {
        for (int at = t.text.indexOf(written); at >= 0; at = t.text.indexOf(written, at + 1)) {
          boolean digitBefore = at > 0 && Character.isDigit(t.text.charAt(at - 1));
          int e = at + written.length();
          boolean digitAfter = e < t.text.length() && Character.isDigit(t.text.charAt(e));
          if (!digitBefore && !digitAfter) {
            out.add(new PhiSpan(at, e, "DATE_NAISSANCE"));
          }
        }
      }
    }
  }

  private List<String[]> foldedNames(List<String> names) {
    List<String[]> out = new ArrayList<>();
    for (String name : names) {
      PhiTokens nt = lex.tokens(name);
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < nt.size; k++) {
        if (nt.shape[k] != Shape.OTHER) {
          parts.add(nt.fold[k]);
        }
      }
      if (!parts.isEmpty()) {
        out.add(parts.toArray(String[]::new));
      }
    }
    // Longest names first, so "Le Goff" wins over "Le".
    out.sort((x, y) -> y.length - x.length);
    return out;
  }

  private static int matchAny(PhiTokens t, int k, List<String[]> names) {
    for (String[] name : names) {
      int len = 0;
      int p = k;
      for (String part : name) {
        while (p < t.size && t.shape[p] == Shape.OTHER && t.is(p, "-")) {
          p++;
        }
        if (p >= t.size || !t.fold[p].equals(part)) {
          len = -1;
          break;
        }
        p++;
      }
      if (len == 0 && p > k) {
        return p - k;
      }
    }
    return 0;
  }

  /** The usual written forms of an ISO date: 03/04/1956, 3/4/1956, 03.04.1956, 3 avril 1956. */
  private static List<String> writtenDates(String iso) {
    int y = Integer.parseInt(iso.substring(0, 4));
    int m = Integer.parseInt(iso.substring(5, 7));
    int d = Integer.parseInt(iso.substring(8, 10));
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return List.of();
    }
    String month = MONTHS[m - 1];
    List<String> forms = new ArrayList<>();
    forms.add(String.format(Locale.ROOT, "%02d/%02d/%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%02d.%02d.%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%02d-%02d-%04d", d, m, y));
    forms.add(String.format(Locale.ROOT, "%d/%d/%04d", d, m, y));
    forms.add(iso);
    forms.add((d == 1 ? "1er" : Integer.toString(d)) + " " + month + " " + y);
    forms.add(String.format(Locale.ROOT, "%02d %s %04d", d, month, y));
    return forms;
  }

  /** Later occurrences of names already found (any case) become PHI too. */
  void recurrences(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    Set<String> family = new HashSet<>();
    Set<String> given = new HashSet<>();
    Set<String> particled = new HashSet<>();
    for (PhiSpan s : out) {
      String f = lex.fold(t.text.substring(s.begin(), s.end()));
      if (f.length() >= 3 && !lex.isCommonWord(f) && !lex.isStopWord(f)) {
        if (s.category().equals("NOM")) {
          family.add(f);
          addParticled(f, family, particled);
        } else if (s.category().equals("PRENOM") && f.indexOf('.') < 0) {
          given.add(f);
        }
      }
    }
    if (family.isEmpty() && given.isEmpty()) {
      return;
    }
    for (int k = 0; k < t.size; k++) {
      if (k > 0 && !used[k - 1] && !t.lineBefore[k] && t.begin[k] - t.end[k - 1] == 1 && t.capitalised(k - 1)
          && particled.contains(t.fold[k - 1] + " " + t.fold[k])) {
        NameTokens.emit(t, k - 1, k, "NOM", out, used);
        continue;
      }
      if (used[k] || !t.capitalised(k)) {
        continue;
      }
      if (family.contains(t.fold[k])) {
        NameTokens.emit(t, k, k, "NOM", out, used);
      } else if (given.contains(t.fold[k])) {
        NameTokens.emit(t, k, k, "PRENOM", out, used);
      }
    }
  }

  /**
   * "LE GOUËFF", "de La Tour": a family name opening with a particle recurs with its particle
   * ("LE GOUËFF A." in a footer), and its last word alone is the family name too.
   */
  private void addParticled(String folded, Set<String> family, Set<String> particled) {
    int space = folded.indexOf(' ');
    // "Le Tampon", "La Rochelle": a town taken for a name elsewhere does not spread.
    if (space > 0 && space == folded.lastIndexOf(' ') && NameWords.PARTICLES.contains(folded.substring(0, space))
        && lex.communes().longestMatch(folded.split(" "), 0, 2) < 2) {
      particled.add(folded);
      String tail = folded.substring(space + 1);
      if (tail.length() >= 3 && !lex.isCommonWord(tail) && !lex.isStopWord(tail)) {
        family.add(tail);
      }
    }
  }
}

package org.onconlp.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates the finders typed DATE that are the patient's birth date by their place: right after a
 * patient's name on an identity line ("PATIENT : DUBERNET Alain – 16/10/1958", "M. Foucault
 * (Gérard, 14/04/1949", "FOURNIER Augustine" then the date opening the next line), or after a
 * birth label the labelled finders did not read ("DDN / Sexe | 17/06/1966", "Date de naissance :
 * le 3.3.32"). After a name the year must be at least {@link #MIN_AGE} years before the
 * document's latest year, and the name must not follow a clinician's title or a signing word
 * ("Dr Martin, 12/03/2024" is the date of a visit). Immutable and thread-safe.
 */
final class BirthDates {
  /** Youngest age, in years before the document's latest date, of a birth date read after a name. */
  static final int MIN_AGE = 15;
  /** Tokens between a birth label and its date ("Date de naissance (âge) : le 3.3.32"). */
  private static final int LABEL_REACH = 6;
  /** Marks between a name and its birth date: "DUPONT Marie, 12/03/1950", "(Gérard, …", "— 1971-05-08". */
  private static final Set<String> SEPARATORS = Set.of(",", "-", "–", "—", "(", ":", "|", "/");
  private static final Set<String> BIRTH_LABELS = Set.of("naissance", "ddn", "né", "née", "ne", "nee", "naiss", "dob");
  /** Words before a name that make it a clinician's or a signer's, not the patient's. */
  private static final Set<String> NOT_PATIENT = Set.of(
      "dr", "pr", "docteur", "professeur", "drs", "par", "signe", "signee", "valide", "validee", "redige", "redigee");

  /**
   * The birth dates among the found dates.
   *
   * @param t the document's tokens
   * @param found every span found so far (any order, may overlap)
   * @return one DATE_NAISSANCE span for each DATE span that is a birth date
   */
  List<PhiSpan> find(PhiTokens t, List<PhiSpan> found) {
    String[] category = categories(t, found);
    int latest = latestYear(t, found);
    List<PhiSpan> out = new ArrayList<>();
    for (PhiSpan s : found) {
      if (!"DATE".equals(s.category())) {
        continue;
      }
      int first = firstToken(t, s.begin());
      if (first < 0) {
        continue;
      }
      if (afterBirthLabel(t, first) || (afterPatientName(t, first, category) && oldEnough(t, s, latest))) {
        out.add(new PhiSpan(s.begin(), s.end(), "DATE_NAISSANCE"));
      }
    }
    return out;
  }

  /** A birth label on the same line a few tokens before, with no other date between. */
  private static boolean afterBirthLabel(PhiTokens t, int first) {
    for (int k = first - 1; k >= 0 && first - k <= LABEL_REACH; k--) {
      if (BIRTH_LABELS.contains(t.fold[k])) {
        return true;
      }
      if (t.lineBefore[k] || t.shape[k] == PhiTokens.Shape.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /** A patient's name right before, past separators, or alone on the line above. */
  private static boolean afterPatientName(PhiTokens t, int first, String[] category) {
    boolean opensLine = t.lineBefore[first];
    int k = first - 1;
    if (!opensLine) {
      int marks = 0;
      while (k >= 0 && marks < 2 && SEPARATORS.contains(t.fold[k])) {
        k--;
        marks++;
      }
      if (k < 0 || !sameLine(t, k, first)) {
        return false;
      }
    }
    if (k < 0 || !isName(category[k])) {
      return false;
    }
    int start = k;
    while (start > 0 && isName(category[start - 1]) && !t.lineBefore[start]) {
      start--;
    }
    if (opensLine && !t.lineBefore[start] && start > 0) {
      // The date opens its line: the line above must hold the name alone.
      return false;
    }
    return start == 0 || t.lineBefore[start] || !afterSigner(t, start);
  }

  /** "Dr Martin", "Dr. Martin", "validé par Martin": a clinician's or a signer's name. */
  private static boolean afterSigner(PhiTokens t, int start) {
    if (NOT_PATIENT.contains(t.fold[start - 1])) {
      return true;
    }
    return start > 1 && t.is(start - 1, ".") && NOT_PATIENT.contains(t.fold[start - 2]);
  }

  /** No line break between token {@code a} and token {@code b > a}. */
  private static boolean sameLine(PhiTokens t, int a, int b) {
    for (int k = a + 1; k <= b; k++) {
      if (t.lineBefore[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String category) {
    return "NOM".equals(category) || "PRENOM".equals(category);
  }

  private static boolean oldEnough(PhiTokens t, PhiSpan s, int latest) {
    int year = yearOf(t.text, s.begin(), s.end());
    return year > 0 && latest > 0 && year <= latest - MIN_AGE;
  }

  /** The latest four-digit year of the document's dates, or 0. */
  private static int latestYear(PhiTokens t, List<PhiSpan> found) {
    int latest = 0;
    for (PhiSpan s : found) {
      if ("DATE".equals(s.category())) {
        latest = Math.max(latest, yearOf(t.text, s.begin(), s.end()));
      }
    }
    return latest;
  }

  /** The four-digit year 1900–2099 inside {@code text[begin, end)}, or 0. */
  static int yearOf(String text, int begin, int end) {
    for (int i = begin; i + 4 <= end; i++) {
      boolean digits = true;
      for (int k = i; k < i + 4 && digits; k++) {
        digits = Character.isDigit(text.charAt(k));
      }
      boolean alone = (i == begin || !Character.isDigit(text.charAt(i - 1))) && (i + 4 == end || !Character.isDigit(text.charAt(i + 4)));
      if (digits && alone) {
        int y = Integer.parseInt(text, i, i + 4, 10);
        if (y >= 1900 && y <= 2099) {
          return y;
        }
      }
    }
    return 0;
  }

  /** The category of the found span covering each token, names first, or null. */
  private static String[] categories(PhiTokens t, List<PhiSpan> found) {
    String[] category = new String[t.size];
    for (PhiSpan s : found) {
      int k = firstToken(t, s.begin());
      for (; k >= 0 && k < t.size && t.begin[k] < s.end(); k++) {
        if (category[k] == null || isName(s.category())) {
          category[k] = s.category();
        }
      }
    }
    return category;
  }

  /** The first token starting at or after {@code offset}, or -1. */
  private static int firstToken(PhiTokens t, int offset) {
    int lo = 0;
    int hi = t.size - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.begin[mid] >= offset) {
        best = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return best;
  }
}

package org.onconlp.deid.person;

import java.util.List;
import java.util.Set;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * A team listed by initials, each with its role in brackets, after a presence label: "Présents :
 * FS (onco), AP (chir. dig.), JMC (radiothérapie, par visio), DB (radiologie)". The list runs on
 * while its lines end with a comma; two bracketed items at least make it a team, and then each
 * group of initials before a bracket is one NOM, even one that elsewhere is a role abbreviation
 * ("MT (gastro-entérologie)"); so is each group listed between them without a role ("GM (radiothérapeute),
 * AK, P-YL, CdV (radiothérapeutes)"), unless it is a role abbreviation. Stop words and words are
 * never initials.
 */
final class TeamInitials {
  /** Folded labels opening a list of who attended. */
  private static final Set<String> PRESENCE =
      Set.of("presents", "presentes", "present", "presente", "participants", "participantes", "participant", "equipe",
          "excuses", "absents", "invites", "membres", "assistaient", "etaient");
  /** Most lines a list runs over. */
  private static final int MAX_LINES = 6;
  /** Fewest bracketed initials that make a team. */
  private static final int MIN_ITEMS = 2;

  private final PhiLexicons lex;
  private final NameInitials initials;

  TeamInitials(PhiLexicons lex, NameInitials initials) {
    this.lex = lex;
    this.initials = initials;
  }

  /** Reads every presence list of the document. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    for (int k = 0; k < t.size; k++) {
      if (PRESENCE.contains(t.fold[k]) && t.capitalised(k)) {
        k = Math.max(k, list(t, k, out, used));
      }
    }
  }

  private int list(PhiTokens t, int label, List<PhiSpan> out, boolean[] used) {
    int start = label + 1;
    while (start < t.size && !t.lineBefore[start] && (t.is(start, ":") || t.is(start, "(") || t.is(start, ")")
        || t.shape[start] == Shape.LOWER && start <= label + 2)) {
      start++;
    }
    int end = start;
    int lines = 1;
    while (end < t.size) {
      if (t.lineBefore[end] && end > start) {
        if (!t.is(end - 1, ",") && !t.is(end - 1, ";") || ++lines > MAX_LINES) {
          break;
        }
      }
      end++;
    }
    int[] items = new int[2 * 8];
    int[] bare = new int[2 * 8];
    int n = 0;
    int b = 0;
    int depth = 0;
    for (int k = start; k < end && n < items.length; k++) {
      if (t.is(k, "(")) {
        depth++;
      } else if (t.is(k, ")")) {
        depth--;
      } else if (depth == 0 && opensItem(t, k, start)) {
        int e = initials.unit(t, k);
        if (e > 0 && e < end && t.is(e, "(") && !t.glued(e) && isInitials(t, k, e)) {
          items[n++] = k;
          items[n++] = e;
        } else if (e > 0 && b < bare.length && closesItem(t, e, end) && isInitials(t, k, e)
            && (e > k + 1 || !NameInitials.NOT_INITIALS.contains(t.fold[k]))) {
          bare[b++] = k;
          bare[b++] = e;
        }
      }
    }
    if (n / 2 < MIN_ITEMS) {
      return label;
    }
    emit(t, items, n, out, used);
    emit(t, bare, b, out, used);
    return end - 1;
  }

  private static void emit(PhiTokens t, int[] items, int n, List<PhiSpan> out, boolean[] used) {
    for (int x = 0; x < n; x += 2) {
      if (!used[items[x]]) {
        NameTokens.emit(t, items[x], items[x + 1] - 1, "NOM", out, used);
      }
    }
  }

  /** A bare item ends at a comma, a semicolon, "et" or the list's end. */
  private static boolean closesItem(PhiTokens t, int e, int end) {
    return e >= end || t.is(e, ",") || t.is(e, ";") || t.is(e, "et");
  }

  /** The list's first token, or one after a comma, a semicolon, "et" or a line break. */
  private static boolean opensItem(PhiTokens t, int k, int start) {
    return k == start || t.lineBefore[k] || t.is(k - 1, ",") || t.is(k - 1, ";") || t.is(k - 1, "et");
  }

  private boolean isInitials(PhiTokens t, int k, int e) {
    if (e > k + 1) {
      return true;
    }
    String f = t.fold[k];
    return NameInitials.isGroup(t, k) && t.shape[k] != Shape.LOWER && f.length() <= 4 && !lex.isStopWord(f)
        && !lex.isCommonWordOrPlural(f);
  }
}

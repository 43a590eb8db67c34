package org.onconlp.deid.structured;

import java.util.ArrayList;
import java.util.List;
import org.onconlp.text.ResourceLines;

/**
 * The cues of spelled-number-cues.txt that make a number spelled out in words PHI ("né le",
 * "âgée de", "code postal", "sécurité sociale", "examen numéro"), matched on the folded words of
 * a {@link SpelledWords}. Immutable and thread-safe.
 */
final class SpelledNumberCues {
  private record Cue(String category, String[] words, int gap, boolean after) {}

  private final List<Cue> cues = new ArrayList<>();

  SpelledNumberCues() {
    for (String line : ResourceLines.load("/org/onconlp/deid/spelled-number-cues.txt")) {
      String[] f = line.split("\t");
      boolean after = f[1].startsWith("+");
      String words = after ? f[1].substring(1) : f[1];
      cues.add(new Cue(f[0], words.split(" "), Integer.parseInt(f[2]), after));
    }
  }

  /** True when a cue of the category stands before word {@code k} (within its gap). */
  boolean before(SpelledWords w, String category, int k) {
    for (Cue cue : cues) {
      if (!cue.after && cue.category.equals(category)) {
        for (int gap = 0; gap <= cue.gap; gap++) {
          if (matches(w, cue.words, k - gap - cue.words.length)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when a cue of the category stands before word {@code k} or right after {@code end}. */
  boolean around(SpelledWords w, String category, int k, int end) {
    for (Cue cue : cues) {
      if (cue.after && cue.category.equals(category) && matches(w, cue.words, end)) {
        return true;
      }
    }
    return before(w, category, k);
  }

  private static boolean matches(SpelledWords w, String[] words, int from) {
    if (from < 0 || from + words.length > w.size) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!w.folded[from + i].equals(words[i])) {
        return false;
      }
    }
    return true;
  }

}

package org.onconlp.extract.tumour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onconlp.text.ResourceLines;
import org.onconlp.text.TokenTrie;

/**
 * The French tumour terminology as one {@link TokenTrie}: histological terms and generic
 * cancer words (→ ICD-O-3 morphology), site words (→ ICD-O-3 topography) and laterality
 * words, so that one pass over a sentence's tokens finds all of them. Keys are {@link
 * #key(String) folded token keys}. Immutable after construction and thread-safe.
 */
public final class TumourLexicon {
  /** Classpath location of the morphology terms. */
  public static final String MORPHOLOGY = "/org/onconlp/extract/tumour/morphology.tsv";
  /** Classpath location of the site terms. */
  public static final String TOPOGRAPHY = "/org/onconlp/extract/tumour/topography.tsv";
  /** Classpath location of the laterality words. */
  public static final String LATERALITY = "/org/onconlp/extract/tumour/laterality.tsv";

  private final TokenTrie<LexEntry> trie = new TokenTrie<>();

  /** Loads the default terminology files. */
  public TumourLexicon() {
    for (String line : ResourceLines.load(MORPHOLOGY)) {
      String[] f = line.split("\t");
      String topo = f[2].equals("-") ? null : f[2];
      boolean upper = !f[0].equals(f[0].toLowerCase(Locale.ROOT));
      add(f[0].toLowerCase(Locale.ROOT),
          new LexEntry(LexEntry.Kind.valueOf(f[3]), f[1], topo, upper));
    }
    for (String line : ResourceLines.load(TOPOGRAPHY)) {
      String[] f = line.split("\t");
      LexEntry.Kind kind = f.length > 2 && f[2].equals("SUBSITE")
          ? LexEntry.Kind.SUBSITE : LexEntry.Kind.SITE;
      add(f[0], new LexEntry(kind, f[1], null, false));
    }
    for (String line : ResourceLines.load(LATERALITY)) {
      String[] f = line.split("\t");
      add(f[0], new LexEntry(LexEntry.Kind.LATERALITY, f[1], null, false));
    }
  }

  private void add(String term, LexEntry entry) {
    List<String> keys = new ArrayList<>();
    for (String token : term.strip().split(" ")) {
      keys.add(key(token));
    }
    trie.put(keys, entry);
  }

  /** The longest term starting at {@code start} of the token keys, or null. */
  public TokenTrie.Match<LexEntry> longest(List<String> keys, int start) {
    return trie.longest(keys::get, start, keys.size());
  }

  /**
   * The lookup key of a folded token: a final plural {@code s} is dropped on tokens of more
   * than four characters (métastases, cellules), not on short acronyms (CCIS, CLIS).
   */
  public static String key(String foldedToken) {
    int n = foldedToken.length();
    if (n > 4 && foldedToken.charAt(n - 1) == 's') {
      return foldedToken.substring(0, n - 1);
    }
    return foldedToken;
  }
}

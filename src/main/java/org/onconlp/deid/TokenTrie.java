package org.onconlp.deid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over folded token sequences ("centre", "leon", "berard") for multi-word lexicon
 * entries (communes, hospitals): one walk from a start token finds the longest entry there, so
 * a lexicon of thousands of entries costs one hash lookup per token instead of one pattern per
 * entry. Built once, then read-only and thread-safe.
 */
public final class TokenTrie {
  private static final class Node {
    private final Map<String, Node> next = new HashMap<>(4);
    private boolean terminal;
  }

  private final Node root = new Node();
  private int size;

  /** Adds an entry given as its folded tokens; an empty list is ignored. */
  public void add(List<String> foldedTokens) {
    if (foldedTokens.isEmpty()) {
      return;
    }
    Node node = root;
    for (String t : foldedTokens) {
      node = node.next.computeIfAbsent(t, k -> new Node());
    }
    if (!node.terminal) {
      node.terminal = true;
      size++;
    }
  }

  /** The first tokens of all entries (a cheap pre-filter before {@link #longestMatch}). */
  public Set<String> firstTokens() {
    return Set.copyOf(root.next.keySet());
  }

  /** Number of distinct entries. */
  public int size() {
    return size;
  }

  /**
   * The number of tokens of the longest entry starting at {@code from}, or 0.
   *
   * @param folded folded tokens of the text
   * @param from first token index
   * @param limit exclusive end of the tokens that may be used
   */
  public int longestMatch(String[] folded, int from, int limit) {
    Node node = root;
    int best = 0;
    for (int i = from; i < limit; i++) {
      node = node.next.get(folded[i]);
      if (node == null) {
        break;
      }
      if (node.terminal) {
        best = i - from + 1;
      }
    }
    return best;
  }
}

package org.onconlp.extract.tumour;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys, for one-pass longest-match lexicon lookup: each position of a token
 * sequence is matched once against every term at the same time, instead of one regular
 * expression per term. Filled once at construction time by its owner, then only read, so it is
 * safe to share between threads once published.
 *
 * @param <V> the value stored at the end of a term
 */
public final class TokenTrie<V> {
  /** A longest match: the number of tokens it covers and the term's value. */
  public record Match<V>(int length, V value) {}

  private final Node<V> root = new Node<>();

  private static final class Node<V> {
    private final Map<String, Node<V>> next = new HashMap<>();
    private V value;
  }

  /** Adds a term given as its token keys; a later value for the same term replaces it. */
  public void put(List<String> keys, V value) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("Empty term");
    }
    Node<V> node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node<>());
    }
    node.value = value;
  }

  /** The longest term starting at {@code start} of {@code keys}, or null when none does. */
  public Match<V> longest(List<String> keys, int start) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = start; i < keys.size(); i++) {
      node = node.next.get(keys.get(i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(i - start + 1, node.value);
      }
    }
    return best;
  }
}

package org.onconlp.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A trie over token keys (folded words) for one-pass, longest-match lookup of multi-word
 * lexicon entries: a walk from one token finds the longest entry starting there, so a lexicon of
 * thousands of terms costs one hash lookup per token instead of one pattern per term. Shared by
 * every lexicon scan of the project (tumour terms, treatment phrases, events, communes and
 * hospitals). Filled once by its owner, then only read, so it is safe to share between threads
 * once published.
 *
 * @param <V> the value stored at the end of an entry
 */
public final class TokenTrie<V> {
  /** A longest match: the number of tokens it covers and the entry's value. */
  public record Match<V>(int length, V value) {}

  private static final class Node<V> {
    private final Map<String, Node<V>> next = new HashMap<>(4);
    private V value;
  }

  private final Node<V> root = new Node<>();
  private int size;

  /** Adds an entry given as its token keys; a later value for the same entry replaces it. */
  public void put(List<String> keys, V value) {
    Node<V> node = nodeFor(keys);
    if (node != null) {
      size += node.value == null ? 1 : 0;
      node.value = value;
    }
  }

  /** Adds an entry unless it is already present, in which case its first value is kept. */
  public void putIfAbsent(List<String> keys, V value) {
    Node<V> node = nodeFor(keys);
    if (node != null && node.value == null) {
      size++;
      node.value = value;
    }
  }

  private Node<V> nodeFor(List<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    Node<V> node = root;
    for (String key : keys) {
      node = node.next.computeIfAbsent(key, k -> new Node<>());
    }
    return node;
  }

  /**
   * The longest entry starting at token {@code start}, or null when none does.
   *
   * @param keyAt the key of the text's token at an index
   * @param start first token index
   * @param limit exclusive end of the tokens that may be used
   */
  public Match<V> longest(IntFunction<String> keyAt, int start, int limit) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = start; i < limit; i++) {
      node = node.next.get(keyAt.apply(i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(i - start + 1, node.value);
      }
    }
    return best;
  }

  /**
   * The number of tokens of the longest entry starting at {@code start}, or 0: for tries used as
   * sets of phrases, whose values do not matter.
   *
   * @param keys keys of the text's tokens
   * @param start first token index
   * @param limit exclusive end of the tokens that may be used
   */
  public int longestMatch(String[] keys, int start, int limit) {
    Match<V> m = longest(i -> keys[i], start, limit);
    return m == null ? 0 : m.length();
  }

  /** The value of the one-token entry {@code key}, or null. */
  public V single(String key) {
    Node<V> node = root.next.get(key);
    return node == null ? null : node.value;
  }

  /** The first keys of all entries (a cheap pre-filter before {@link #longest}). */
  public Set<String> firstKeys() {
    return Set.copyOf(root.next.keySet());
  }

  /** Number of distinct entries. */
  public int size() {
    return size;
  }
}

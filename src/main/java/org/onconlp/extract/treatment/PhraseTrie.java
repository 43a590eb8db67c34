package org.onconlp.extract.treatment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases (sequences of folded words) with leftmost-longest lookup: the
 * one-pass lexicon scan of the treatment and event finders. Built once, read-only afterwards, so
 * it can be shared between threads.
 *
 * @param <V> the value attached to a phrase
 */
public final class PhraseTrie<V> {
  private final Node<V> root = new Node<>();

  /** A match: the value and the number of words it covers. */
  public record Match<V>(V value, int length) {}

  private static final class Node<V> {
    private final Map<String, Node<V>> next = new HashMap<>();
    private V value;
  }

  /**
   * Adds a phrase; a phrase already present keeps its first value.
   *
   * @param words folded words of the phrase
   * @param value its value
   */
  public void add(List<String> words, V value) {
    if (words.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(w, k -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
  }

  /**
   * The longest phrase starting at word {@code start}.
   *
   * @param words the words to search
   * @param start first word
   * @param limit exclusive word limit
   * @return the longest match, or null
   */
  public Match<V> longest(Words words, int start, int limit) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = start; i < limit; i++) {
      node = node.next.get(words.norm(i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, i - start + 1);
      }
    }
    return best;
  }

  /** The value of a one-word phrase, or null. */
  public V single(String norm) {
    Node<V> node = root.next.get(norm);
    return node == null ? null : node.value;
  }
}

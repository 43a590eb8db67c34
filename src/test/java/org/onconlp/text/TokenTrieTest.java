package org.onconlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTrieTest {
  private static final List<String> TEXT =
      List.of("carcinome", "canalaire", "infiltrant", "du", "sein", "gauche");

  private static TokenTrie<String> terms() {
    TokenTrie<String> trie = new TokenTrie<>();
    trie.put(List.of("carcinome"), "8010/3");
    trie.put(List.of("carcinome", "canalaire", "infiltrant"), "8500/3");
    trie.put(List.of("sein"), "C50");
    return trie;
  }

  @Test
  void longestTermWinsOverItsPrefix() {
    TokenTrie.Match<String> m = terms().longest(TEXT::get, 0, TEXT.size());
    assertEquals(new TokenTrie.Match<>(3, "8500/3"), m);
  }

  @Test
  void limitCutsTheWalkBeforeTheLongerTerm() {
    assertEquals(new TokenTrie.Match<>(1, "8010/3"), terms().longest(TEXT::get, 0, 2));
  }

  @Test
  void noTermStartingAtATokenGivesNull() {
    assertNull(terms().longest(TEXT::get, 3, TEXT.size()));
    assertEquals(0, terms().longestMatch(TEXT.toArray(String[]::new), 5, TEXT.size()));
  }

  @Test
  void putReplacesAndPutIfAbsentKeepsTheFirstValue() {
    TokenTrie<String> trie = terms();
    trie.putIfAbsent(List.of("sein"), "C50.9");
    assertEquals("C50", trie.single("sein"));
    trie.put(List.of("sein"), "C50.9");
    assertEquals("C50.9", trie.single("sein"));
    assertEquals(3, trie.size());
  }

  @Test
  void firstKeysListTheFirstTokenOfEveryTerm() {
    assertEquals(Set.of("carcinome", "sein"), terms().firstKeys());
  }
}

package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The rolling n-gram hash equals the hash of each n-gram computed on its own. */
class NgramHasherProperties {
  private static final long M = 0x9E3779B97F4A7C15L;
  private static final long SEED = 0x13198A2E03707344L;

  @Provide
  Arbitrary<List<String>> paragraphs() {
    return Arbitraries.of("le", "la", "LE", "été", "Été", "Niger", "Mali", "a", "dit", "42", "œuvre")
        .list().ofMaxSize(40);
  }

  @Property
  void rollingHash_equalsEachNgramHashedAlone(@ForAll("paragraphs") List<String> words,
      @ForAll @IntRange(min = 1, max = 9) int n) {
    NgramHasher hasher = new NgramHasher(n);
    hasher.reset();
    String text = String.join(" ", words);
    hasher.add(text, 0, text.length());
    int count = hasher.hash();
    List<Long> expected = direct(words, n);
    assertEquals(expected.size(), count);
    for (int i = 0; i < count; i++) {
      assertEquals(expected.get(i), hasher.grams()[i], "n-gram " + i);
    }
  }

  /** Hashes each n-gram from scratch: sum of word hashes, the i-th from the end times M^i. */
  private static List<Long> direct(List<String> words, int n) {
    List<Long> hashes = new ArrayList<>();
    KeyHasher k = new KeyHasher();
    for (String w : words) {
      hashes.add(k.hashWord(w.toCharArray(), 0, w.length()));
    }
    List<Long> out = new ArrayList<>();
    for (int end = n; end <= hashes.size(); end++) {
      long g = 0;
      for (int j = end - n; j < end; j++) {
        g = g * M + hashes.get(j);
      }
      out.add(KeyHasher.mix64(g ^ SEED));
    }
    return out;
  }

  @Test
  void sameWordsInAnotherOrder_anotherHash() {
    NgramHasher h = new NgramHasher(2);
    h.reset();
    h.add("le chat", 0, 7);
    h.hash();
    long a = h.grams()[0];
    h.reset();
    h.add("chat le", 0, 7);
    h.hash();
    assertNotEquals(a, h.grams()[0]);
    h.reset();
    h.add("  Le  CHAT", 0, 10);
    h.hash();
    assertEquals(a, h.grams()[0]);
  }
}

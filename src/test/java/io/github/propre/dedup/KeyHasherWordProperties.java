package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link KeyHasher#hashWord}'s shortcut gives the key the general path gives, for any word. */
class KeyHasherWordProperties {

  @Provide
  Arbitrary<String> words() {
    // plain letters most of the time, and now and then what the shortcut must leave to the general
    // path: combining accents, ligatures, soft hyphens, surrogates, spaces, the acute accent
    return Arbitraries.strings().withChars("aeilnrstuAEÉéèàçœ'’-0123456789«?")
        .withChars('\u0301', '\uFB01', '\u00AD', '\uD83D', '\uDE00', ' ', '\u00A0', '\u00B4', '\u00BD')
        .ofMinLength(0).ofMaxLength(30);
  }

  @Property
  void hashWord_equalsTheGeneralPath(@ForAll("words") String word, @ForAll("words") String before) {
    char[] chars = (before + word).toCharArray();
    KeyHasher general = new KeyHasher();
    general.add(chars, before.length(), chars.length);
    long expected = general.finish();
    KeyHasher h = new KeyHasher();
    h.add(chars, 0, 3 <= chars.length ? 3 : chars.length); // state left over must not matter
    assertEquals(expected, h.hashWord(chars, before.length(), chars.length), word);
    assertEquals(expected, h.hashWord(chars, before.length(), chars.length), word);
  }

  @Test
  void hashWord_foldsCaseAndApostrophes_likeTheExactKey() {
    KeyHasher h = new KeyHasher();
    assertEquals(h.hashWord("l'aes".toCharArray(), 0, 5), h.hashWord("L’AES".toCharArray(), 0, 5));
    assertEquals(Deduplicator.exactKey("Œuvre"), h.hashWord("œuvre".toCharArray(), 0, 5));
    assertNotEquals(h.hashWord("aes".toCharArray(), 0, 3), h.hashWord("aesa".toCharArray(), 0, 4));
  }
}

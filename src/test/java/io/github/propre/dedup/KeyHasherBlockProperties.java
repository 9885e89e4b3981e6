package io.github.propre.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyHasher}'s three-character blocks against the character-at-a-time path and against a
 * key string built independently here (ICU on the whole text, then the space rules), on text made
 * of words, so that blocks run and stop at every kind of character the key treats apart.
 */
class KeyHasherBlockProperties {

  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("le ", "mot", "Paris", "été", "l’AES", "aujourd'hui ", "80 000", "x", "ÉTAT "),
        Arbitraries.of(" ", "  ", "\u00A0", "\u202F", "\t", "\n", "«", "»", "\"", "?", "!", ":", ";", ",",
            "\u00AD", "\u200B", "ß", "ﬁ", "\u0301", "e\u0301", "\u00B4", "—", "😀", "Ⅻ", "\u0085"));
    return piece.list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property
  void blocks_giveTheKeyOfTheOneByOnePath(@ForAll("prose") String text) {
    KeyHasher bulk = new KeyHasher();
    bulk.add(text.toCharArray(), 0, text.length());
    KeyHasher single = new KeyHasher();
    for (int i = 0; i < text.length(); i++) {
      single.add(text.charAt(i));
    }
    assertEquals(single.finish(), bulk.finish(), text);
    assertEquals(single.length(), bulk.length(), text);
  }

  @Property
  void key_isTheKeyOfTheKeyString(@ForAll("prose") String text) {
    String key = referenceKey(text);
    assertEquals(Deduplicator.exactKey(key), Deduplicator.exactKey(text), () -> text + " -> " + key);
    KeyHasher h = new KeyHasher();
    h.add(text, 0, text.length());
    h.finish();
    assertEquals(key.codePointCount(0, key.length()), h.length(), () -> text + " -> " + key);
  }

  @Test
  void blocks_collapseSpacesAcrossTheirEdges() {
    String base = "le ministre nigérien des affaires étrangères a qualifié";
    assertEquals(Deduplicator.exactKey(base), Deduplicator.exactKey(base.replace(" des ", " des\u00A0 ")));
    assertEquals(Deduplicator.exactKey(base), Deduplicator.exactKey(base.replace(" a ", "  a  ")));
    assertEquals(Deduplicator.exactKey(base + " !"), Deduplicator.exactKey(base + "!"));
    assertNotEquals(Deduplicator.exactKey(base), Deduplicator.exactKey(base.replace(" a ", " ")));
  }

  /**
   * The key as a string, by the definition in {@link KeyHasher}'s Javadoc: {@code ´} read as an
   * apostrophe, ICU {@code NFKC_Casefold} of the whole text, one form per apostrophe, quote mark, dash
   * and space, spaces collapsed and dropped at the ends, after a quote mark and before a quote mark or
   * {@code ? ! ; :}.
   */
  static String referenceKey(String text) {
    String n = KeyTables.NFKC_CF.normalize(text.replace('\u00B4', '\''));
    StringBuilder out = new StringBuilder();
    boolean space = false;
    boolean afterQuote = false;
    for (int cp : n.codePoints().map(KeyTables::unify).toArray()) {
      int cls = KeyTables.classOf(cp);
      if (cls == KeyTables.SPACE) {
        space = out.length() > 0 && !afterQuote;
        continue;
      }
      if (space && cls == KeyTables.PLAIN) {
        out.append(' ');
      }
      space = false;
      afterQuote = cls == KeyTables.QUOTE;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}

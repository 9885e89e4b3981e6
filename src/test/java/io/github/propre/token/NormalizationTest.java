package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A token's normalized form, and the shortcut that skips the work for most tokens. */
class NormalizationTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * The shortcut takes a token with no character from U+0300 on (and none of the few it maps) as
   * its own normalized form. That holds only if each of those characters is NFC and of combining
   * class 0, so that no string of them is changed by NFC.
   */
  @Example
  void everyCharacterBelowTheCombiningMarksIsNfcAndAStarter() {
    for (int c = 0; c < 0x300; c++) {
      String s = String.valueOf((char) c);
      String name = "U+" + Integer.toHexString(c);
      assertEquals(Normalizer.YES, NFC.quickCheck(s), "NFC quick check of " + name);
      assertEquals(0, UCharacter.getCombiningClass(c), "combining class of " + name);
    }
  }

  @Provide
  Arbitrary<String> tokens() {
    // Plain and accented letters, letters written with combining accents, every character the
    // normalization maps, and characters on either side of U+0300.
    return Arbitraries.strings().withChars("aeéèàçœŒÿ1 '’ʼ`´\u2032\u2018\u00A0\u202F\u2009\u00AD\u2010\u2011-")
        .withChars('\u0300', '\u0301', '\u0327', '\u02FF', '\u0100', '\u212B', '\u1E9B', '\u0323')
        // Dashes and guillemets (inert), an en quad and an ohm sign (which NFC replaces), a surrogate.
        .withChars('\u2014', '\u2013', '«', '»', '…', '\u2000', '\u2126', '\uD83D', '\uDC4D', '\u0344')
        .ofMinLength(1).ofMaxLength(8);
  }

  @Property
  void shortcut_givesWhatTheFullNormalizationGives(@ForAll("tokens") String token,
      @ForAll TokenType type) {
    char[] a = token.toCharArray();
    String n = Normalization.of(a, 0, a.length, type, token);
    assertEquals(reference(token, type), n);
    StringBuilder appended = new StringBuilder("x");
    Normalization.appendTo(a, 0, a.length, type, appended);
    assertEquals("x" + n, appended.toString());
    assertEquals(n, Normalization.of(token, type), "from the token's string");
    assertEquals(n, Token.of(token, type, 0, token.length(), false).normalized(), "Token.of");
  }

  @Example
  void tokenOf_givesTheNormalizedFormTheTokenizerGives() {
    assertEquals("l'", Token.of("l’", TokenType.ELIDED, 0, 2, false).normalized());
    assertEquals("80 000", Token.of("80\u202F000", TokenType.NUMBER, 3, 9, true).normalized());
    assertSame("été", Normalization.of("été", TokenType.WORD));
    for (Token t : FrenchTokenizer.standard().tokenize("L’AES a-t-il 80\u00A0000 soldats ? C’est « ça ».")) {
      assertEquals(t, Token.of(t.text(), t.type(), t.start(), t.end(), t.spaceAfter()), t.toString());
    }
    assertThrows(NullPointerException.class, () -> Token.of(null, TokenType.WORD, 0, 0, false));
    assertThrows(NullPointerException.class, () -> Token.of("a", null, 0, 1, false));
    assertThrows(IllegalArgumentException.class, () -> Token.of("a", TokenType.WORD, 2, 1, false));
  }

  @Example
  void aTokenThatIsItsOwnFormIsReturnedAsItIs() {
    for (String t : new String[] {"été", "Œuvre", "naïveté", "l'", "1 000", "ça"}) {
      char[] a = t.toCharArray();
      assertSame(t, Normalization.of(a, 0, a.length, TokenType.WORD, t), t);
    }
    String composed = "e\u0301t\u0301";
    char[] a = composed.toCharArray();
    assertEquals("\u00E9t\u0301", Normalization.of(a, 0, a.length, TokenType.WORD, composed));
    assertEquals("1 000", Normalization.of("1\u00A0000".toCharArray(), 0, 5, TokenType.NUMBER, "1\u00A0000"));
  }

  /** The normalization without any shortcut: every character looked at, then NFC. */
  private static String reference(String token, TokenType type) {
    boolean word = type != TokenType.PUNCTUATION && type != TokenType.SYMBOL;
    StringBuilder b = new StringBuilder();
    for (char c : token.toCharArray()) {
      if (c == '\u00AD') {
        continue;
      }
      if (word && CharTable.isApostrophe(c)) {
        b.append('\'');
      } else if (word && (c == '\u2010' || c == '\u2011')) {
        b.append('-');
      } else if (type == TokenType.NUMBER && CharTable.isGroupSpace(c)) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return NFC.normalize(b);
  }
}

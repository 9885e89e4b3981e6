package io.github.propre.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.token.Token;
import io.github.propre.token.TokenType;
import java.util.List;
import java.util.RandomAccess;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The token columns: each token made back whole, mapped or not, and a list nobody can change. */
class TokenColumnsTest {

  @Example
  void eachTokenIsMadeFromItsColumns() {
    String text = "L’AES a-t-il 80\u00A0000 soldats ?";
    TokenColumns.Builder b = new TokenColumns.Builder(text, 2, false);
    b.add(0, 2, TokenType.ELIDED, false);
    b.add(2, 5, TokenType.WORD, true);
    b.add(13, 19, TokenType.NUMBER, true);
    TokenColumns tokens = b.build();

    assertEquals(3, tokens.size());
    assertEquals(Token.of("L’", TokenType.ELIDED, 0, 2, false), tokens.get(0));
    assertEquals("L'", tokens.get(0).normalized());
    assertEquals(Token.of("AES", TokenType.WORD, 2, 5, true), tokens.get(1));
    assertEquals("80 000", tokens.get(2).normalized());
    assertEquals(13, tokens.textStart(2));
    assertEquals(19, tokens.textEnd(2));
    assertEquals(TokenType.NUMBER, tokens.type(2));
    assertEquals(tokens.get(1), tokens.get(1));
    assertNotSame(tokens.get(1), tokens.get(1), "made when asked for, not kept");
    assertTrue(tokens instanceof RandomAccess);
  }

  @Example
  void aMappedTokenReportsItsOwnOffsetsAndIsCutFromTheText() {
    String text = "Oui ! dit-il";
    TokenColumns.Builder b = new TokenColumns.Builder(text, 4, true);
    b.add(0, 3, TokenType.WORD, true, 10, 13);
    b.add(6, 9, TokenType.WORD, false, 20, 25);
    TokenColumns tokens = b.build();

    assertEquals(Token.of("Oui", TokenType.WORD, 10, 13, true), tokens.get(0));
    assertEquals(Token.of("dit", TokenType.WORD, 20, 25, false), tokens.get(1));
    assertEquals(6, tokens.textStart(1), "the text's offsets stay for the sentence splitter");
    assertEquals(9, tokens.textEnd(1));
  }

  @Property(tries = 50)
  void theColumnsGrowPastWhatWasExpected(@ForAll @IntRange(min = 0, max = 5_000) int n) {
    String text = "ab".repeat(n);
    TokenColumns.Builder b = new TokenColumns.Builder(text, 0, false);
    for (int i = 0; i < n; i++) {
      b.add(2 * i, 2 * i + 2, TokenType.values()[i % TokenType.values().length], i % 3 == 0);
    }
    TokenColumns tokens = b.build();
    assertEquals(n, tokens.size());
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      assertEquals(2 * i, t.start());
      assertEquals(2 * i + 2, t.end());
      assertEquals("ab", t.text());
      assertEquals(TokenType.values()[i % TokenType.values().length], t.type());
      assertEquals(i % 3 == 0, t.spaceAfter());
    }
  }

  @Example
  void theListCannotBeChangedNorReadOutOfBounds() {
    TokenColumns.Builder b = new TokenColumns.Builder("a b", 1, false);
    b.add(0, 1, TokenType.WORD, true);
    List<Token> tokens = b.build();
    Token t = tokens.get(0);
    assertThrows(UnsupportedOperationException.class, () -> tokens.add(t));
    assertThrows(UnsupportedOperationException.class, () -> tokens.set(0, t));
    assertThrows(UnsupportedOperationException.class, () -> tokens.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(-1));
  }

  @Example
  void aBuilderRefusesOffsetsOfTheWrongKindAndUseAfterBuild() {
    TokenColumns.Builder plain = new TokenColumns.Builder("a b", 1, false);
    assertThrows(IllegalStateException.class, () -> plain.add(0, 1, TokenType.WORD, true, 5, 6));
    TokenColumns.Builder mapped = new TokenColumns.Builder("a b", 1, true);
    assertThrows(IllegalStateException.class, () -> mapped.add(0, 1, TokenType.WORD, true));
    plain.add(0, 1, TokenType.WORD, true);
    plain.build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> plain.add(2, 3, TokenType.WORD, false));
    assertTrue(e.getMessage().contains("build()"), e.getMessage());
    assertThrows(NullPointerException.class, () -> new TokenColumns.Builder(null, 1, false));
  }
}

package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor's view of a token that does not start at 0, normalization and word-list folding. */
class CursorAndFoldBoundaryTest {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();

  @Test
  void cursor_charsOfATokenInsideTheText() {
    TokenCursor c = TK.cursor("Il part");
    assertTrue(c.next());
    assertTrue(c.next());
    assertEquals(3, c.start());
    assertEquals(4, c.length());
    assertEquals('p', c.charAt(0));
    assertEquals('t', c.charAt(3));
    assertThrows(IndexOutOfBoundsException.class, () -> c.charAt(4));
    assertThrows(IndexOutOfBoundsException.class, () -> c.charAt(-1));
    assertEquals("ar", c.subSequence(1, 3).toString());
    assertEquals("<part>", c.appendText(new StringBuilder("<")).append('>').toString());
    assertFalse(c.next());
  }

  @Test
  void cursor_appendsTheNormalizedForm() {
    TokenCursor c = TK.cursor("dit l’homme");
    c.next();
    c.next();
    assertEquals("l’", c.appendText(new StringBuilder()).toString());
    assertEquals("[l'", c.appendNormalized(new StringBuilder("[")).toString());
  }

  private static List<String> normalized(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : TK.tokenize(text)) {
      out.add(t.normalized());
    }
    return out;
  }

  @Test
  void normalization_apostrophesAndHyphensOfWordsOnly() {
    assertEquals(List.of("l'", "homme"), normalized("l’homme"));
    assertEquals(List.of("l'", "homme"), normalized("l`homme"));
    assertEquals(List.of("’"), normalized("’"));
    assertEquals(List.of("porte-monnaie"), normalized("porte\u2011monnaie"));
    assertEquals(List.of("1 000"), normalized("1\u202F000"));
  }

  @Test
  void tokenType_punctuationOrSymbol() {
    assertTrue(TokenType.PUNCTUATION.isPunctuationOrSymbol());
    assertTrue(TokenType.SYMBOL.isPunctuationOrSymbol());
    assertFalse(TokenType.WORD.isPunctuationOrSymbol());
    assertFalse(TokenType.EMOTICON.isPunctuationOrSymbol());
  }

  @Test
  void fold_asciiCapitalsApostrophesAndHyphens() {
    assertEquals('a', WordSet.fold('A', false));
    assertEquals('z', WordSet.fold('Z', false));
    assertEquals('@', WordSet.fold('@', false));
    assertEquals('[', WordSet.fold('[', false));
    assertEquals('A', WordSet.fold('A', true));
    assertEquals('\'', WordSet.fold('’', true));
    assertEquals('-', WordSet.fold('\u2010', false));
    assertEquals('-', WordSet.fold('\u2011', false));
    assertEquals('é', WordSet.fold('É', false));
    assertEquals('É', WordSet.fold('É', true));
  }
}

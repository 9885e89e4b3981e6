package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The character classes the scanners ask about (Marks.isLetter at the ends of the ASCII alphabet),
 * the elided words before an apostrophe (Elision), and Quote's own methods.
 */
class MarksAndElisionTest {

  @Test
  public void isLetter_theEndsOfTheAsciiAlphabet() {
    for (char c : "aAzZmMéÉœ".toCharArray()) {
      assertTrue(Marks.isLetter(c), String.valueOf(c));
    }
    // The neighbours of A-Z and a-z (@ [ ` {): folding case by setting bit 5 must not make them letters.
    for (char c : "@[`{'-1 \u0080".toCharArray()) {
      assertFalse(Marks.isLetter(c), String.valueOf((int) c));
    }
  }

  @Test
  public void isElidedWord_eachLengthAndAnyCase() {
    for (String w : List.of("l", "d", "qu", "jusqu", "lorsqu", "quelqu", "puisqu", "presqu", "quoiqu", "entr", "Qu",
        "JUSQU", "Lorsqu")) {
      assertTrue(Elision.isElidedWord(w, 0, w.length()), w);
    }
    for (String w : List.of("", "a", "la", "que", "jusque", "lorsque", "quelque", "quelqux", "x")) {
      assertFalse(Elision.isElidedWord(w, 0, w.length()), w);
    }
    // A range inside a longer text.
    String s = "jusqu’ici et lorsqu’il";
    assertTrue(Elision.isElidedWord(s, 0, 5));
    assertTrue(Elision.isElidedWord(s, 13, 19));
    assertFalse(Elision.isElidedWord(s, 1, 5));
    assertFalse(Elision.isElidedWord(s, 13, 18));
  }

  @Test
  public void quote_toStringEqualsAndParts() {
    QuoteExtractor e = QuoteExtractor.standard();
    Quote said = e.extract("« Oui, dit-il, je viens. »").get(0);
    assertEquals("speech [0, 26) level 0: Oui, je viens. <- il (dit)", said.toString());
    Quote open = e.extract("Il entra. « Oui").get(0);
    assertEquals("speech (unclosed) [10, 15) level 0: Oui", open.toString());
    assertEquals(List.of(new io.github.propre.text.Span(2, 6), new io.github.propre.text.Span(15, 24)), said.parts());
    // Equal to the same quote extracted again, not to another quote nor to another type.
    assertEquals(said, e.extract("« Oui, dit-il, je viens. »").get(0));
    assertEquals(said.hashCode(), e.extract("« Oui, dit-il, je viens. »").get(0).hashCode());
    assertNotEquals(said, e.extract("« Oui, dit-il, je pars. »").get(0));
    assertNotEquals(said, e.extract("« Oui, dit-elle, je viens. »").get(0));
    assertFalse(said.equals(said.toString()));
  }
}

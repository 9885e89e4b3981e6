package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The scanner's shortcuts (a plain word before a space or closing punctuation, a comma or full
 * stop before a space) give the tokens the general path gives: the word alone, then the mark.
 */
class ScannerFastPathProperties {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();
  /** The non-separators after which the scanner takes a run of word characters as a whole word. */
  private static final String CLOSERS = closers();

  private static String closers() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      if (CharTable.ENDS_WORD[c] && CharTable.of(c) != CharTable.SPACE) {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<Character> first = Arbitraries.of('a', 'Z', 'é', 'É', 'n', 'I', 'X', 'w', 'œ', 'ß');
    Arbitrary<String> rest = Arbitraries.strings()
        .withChars("abcnIVXLéèàçÉœ0123456789\u0301ᵉº").ofMaxLength(8);
    return first.flatMap(f -> rest.map(r -> f + r));
  }

  @Property
  void aWordBeforeClosingPunctuation_isTheWordAlone(@ForAll("words") String word,
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @StringLength(max = 3) String tail) {
    char closer = CLOSERS.charAt(which % CLOSERS.length());
    List<Token> alone = TK.tokenize(word);
    List<Token> before = TK.tokenize(word + closer + tail);
    Token w = before.get(0);
    assertEquals(alone.get(0).text(), w.text(), () -> word + closer);
    assertEquals(alone.get(0).type(), w.type(), () -> word + closer);
    if (alone.size() == 1) { // the word did not split on its own (ordinals, numbers, abbreviations do)
      assertEquals(word, w.text());
      assertEquals(String.valueOf(closer), before.get(1).text().substring(0, 1));
    }
  }

  @Test
  void closers_areClosingPunctuationOnly() {
    assertEquals("!\"),;?]}»”…", CLOSERS.chars().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }

  @Test
  void commaAndFullStop_beforeASpaceOrAtTheEnd_areOneToken() {
    assertEquals(List.of("Oui", ",", "dit", "-il", "."), texts("Oui, dit-il."));
    assertEquals(List.of("Paris", ",", "Lyon", ".", "Fin"), texts("Paris, Lyon. Fin"));
    assertEquals(List.of("1,5", "%"), texts("1,5 %"));
    assertEquals(List.of("..."), texts("..."));
    assertEquals(List.of("M.", "Dupont", ","), texts("M. Dupont,"));
    // a mark after the comma belongs to it: the shortcut needs a space after
    assertEquals(List.of(",\u0301", "a"), texts(",\u0301 a"));
  }

  static List<String> texts(String s) {
    return FrenchTokenizerTest.texts(s);
  }
}

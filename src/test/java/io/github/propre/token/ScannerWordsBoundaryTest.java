package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word-level rules of the scanner at their limits: roman ordinals, www, initials, elided tails. */
class ScannerWordsBoundaryTest {

  static List<String> typed(String s) {
    return FrenchTokenizerTest.typed(s);
  }

  @Test
  void romanOrdinals_ofEveryLetter() {
    assertEquals(List.of("XIXe/ORDINAL", "Ve/ORDINAL", "Xe/ORDINAL", "IVe/ORDINAL"),
        typed("XIXe Ve Xe IVe"));
    assertEquals(List.of("LXe/ORDINAL", "CXe/ORDINAL", "DCe/ORDINAL", "MCe/ORDINAL"),
        typed("LXe CXe DCe MCe"));
    // one letter that is not I, V or X is a word (Le, Ce, De, Me), and so are bare numerals
    assertEquals(List.of("Le/WORD", "Ce/WORD", "De/WORD", "Me/WORD", "XIX/WORD"),
        typed("Le Ce De Me XIX"));
  }

  @Test
  void numero_inCapitals() {
    assertEquals(List.of("Nº/ABBREVIATION", "3/NUMBER"), typed("Nº 3"));
    assertEquals(List.of("No/WORD", "3/NUMBER"), typed("No 3"));
  }

  @Test
  void www_startsAUrlWhateverTheDomain() {
    assertEquals(List.of("www.exemple.paris/URL"), typed("www.exemple.paris"));
    assertEquals(List.of("WWW.EXEMPLE.PARIS/URL"), typed("WWW.EXEMPLE.PARIS"));
    assertNotEquals("wwx.exemple.paris/URL", typed("wwx.exemple.paris").get(0));
    assertNotEquals("ww.exemple.paris/URL", typed("ww.exemple.paris").get(0));
    assertNotEquals("wwww.exemple.paris/URL", typed("wwww.exemple.paris").get(0));
    assertEquals(List.of("www/WORD", "./PUNCTUATION"), typed("www."));
  }

  @Test
  void initials_twoLettersAreEnough() {
    assertEquals(List.of("la/WORD", "R.F./ABBREVIATION", "est/WORD"), typed("la R.F. est"));
    assertEquals(List.of("R.E.M./ABBREVIATION"), typed("R.E.M."));
  }

  @Test
  void elidedTails_ofThreeAndFourCharacters() {
    assertEquals(List.of("menez/WORD", "-m'/CLITIC", "y/CLITIC"), typed("menez-m'y"));
    assertEquals(List.of("va/WORD", "-t’/CLITIC", "en/CLITIC"), typed("va-t’en"));
  }

  @Test
  void supplementaryLetters_makeWords() {
    assertEquals(List.of("𠀀𠀁/WORD", "est/WORD"), typed("𠀀𠀁 est"));
    assertEquals(List.of("𠀀/WORD"), typed("𠀀"));
  }
}

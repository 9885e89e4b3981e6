package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner's rules at their limits: at the ends of the text and at the ends of ranges. */
class ScannerBoundaryTest {

  static List<String> typed(String s) {
    return FrenchTokenizerTest.typed(s);
  }

  // ------------------------------------------------------------------ URL schemes

  @Test
  void scheme_twoToTenAsciiLetters() {
    assertEquals(List.of("ftp://exemple.fr/x/URL"), typed("ftp://exemple.fr/x"));
    assertEquals(List.of("HTTPS://EXEMPLE.FR/URL"), typed("HTTPS://EXEMPLE.FR"));
    assertEquals(List.of("zaZA://exemple.fr/URL"), typed("zaZA://exemple.fr"));
    assertEquals(List.of("ab://exemple.fr/URL"), typed("ab://exemple.fr"));
    assertEquals(List.of("abcdefghij://exemple.fr/URL"), typed("abcdefghij://exemple.fr"));
  }

  @Test
  void scheme_tooShortTooLongOrNotLetters_isNoUrl() {
    assertEquals("a/WORD", typed("a://exemple.fr").get(0));
    assertEquals("abcdefghijk/WORD", typed("abcdefghijk://exemple.fr").get(0));
    assertEquals("h2/WORD", typed("h2://exemple.fr").get(0));
    assertEquals("été/WORD", typed("été://exemple.fr").get(0));
  }

  // ------------------------------------------------------------------ symbols at the end

  @Test
  void plusMinus_atTheEndOfTheText() {
    assertEquals(List.of("5/NUMBER", "+/-/SYMBOL"), typed("5 +/-"));
    assertEquals(List.of("5/NUMBER", "+/SYMBOL", "//PUNCTUATION"), typed("5 +/"));
    assertEquals(List.of("+5/NUMBER"), typed("+5"));
    assertEquals(List.of("+/SYMBOL"), typed("+"));
  }

  @Test
  void degrees_celsiusAndFahrenheit() {
    assertEquals(List.of("20/NUMBER", "°C/SYMBOL"), typed("20 °C"));
    assertEquals(List.of("68/NUMBER", "°F/SYMBOL", "./PUNCTUATION"), typed("68 °F."));
    assertEquals(List.of("20/NUMBER", "°/SYMBOL"), typed("20 °"));
  }

  @Test
  void heartsAndCarets_atTheEndOfTheText() {
    assertEquals(List.of("<3/EMOTICON"), typed("<3"));
    assertEquals(List.of("</3/EMOTICON"), typed("</3"));
    assertEquals(List.of("</SYMBOL"), typed("<"));
    assertEquals(List.of("^^/EMOTICON"), typed("^^"));
    assertEquals(List.of("^_^/EMOTICON"), typed("^_^"));
    assertEquals(List.of("^.^/EMOTICON"), typed("^.^"));
    assertEquals(List.of("^-^/EMOTICON"), typed("^-^"));
    assertEquals(List.of("^/SYMBOL"), typed("^"));
  }

  @Test
  void emoticons_atTheEndOfTheText() {
    assertEquals(List.of("ok/WORD", ":)/EMOTICON"), typed("ok :)"));
    assertEquals(List.of("ok/WORD", ":-)/EMOTICON"), typed("ok :-)"));
    assertEquals(List.of("ok/WORD", ":'(/EMOTICON"), typed("ok :'("));
    assertEquals(List.of("ok/WORD", ":))/EMOTICON"), typed("ok :))"));
    assertEquals(List.of("ok/WORD", ":D/EMOTICON"), typed("ok :D"));
    assertEquals(List.of("ok/WORD", "=)/EMOTICON"), typed("ok =)"));
    assertEquals(List.of("ok/WORD", ":/PUNCTUATION"), typed("ok :"));
    assertEquals(List.of("ok/WORD", ":/PUNCTUATION", "-/PUNCTUATION"), typed("ok :-"));
  }

  // ------------------------------------------------------------------ e-mails

  @Test
  void email_needsADotAndALastLabelOfTwoLetters() {
    assertEquals(List.of("a@b.fr/EMAIL"), typed("a@b.fr"));
    assertEquals(List.of("jean.dupont-x@mail-pro.example.fr/EMAIL"),
        typed("jean.dupont-x@mail-pro.example.fr"));
    assertEquals(List.of("Écrivez/WORD", "à/WORD", "a_b@c9.fr/EMAIL", "./PUNCTUATION"),
        typed("Écrivez à a_b@c9.fr."));
    assertEquals("a/WORD", typed("a@b.f").get(0));
    assertEquals("a/WORD", typed("a@bc").get(0));
    assertEquals("a/WORD", typed("a@-b.fr").get(0));
  }

  @Test
  void email_withPlusAddressing_isOneToken() {
    assertEquals(List.of("jean.dupont+presse@exemple.fr/EMAIL"), typed("jean.dupont+presse@exemple.fr"));
    assertEquals(List.of("Écrire/WORD", "à/WORD", "a+b.c@d.fr/EMAIL", "./PUNCTUATION"),
        typed("Écrire à a+b.c@d.fr."));
    // Without an e-mail after it, '+' stays a token of its own.
    assertEquals(List.of("a/WORD", "+/SYMBOL", "b/WORD"), typed("a+b"));
    assertEquals(List.of("x/WORD", "+/SYMBOL", "y/WORD", "@/PUNCTUATION"), typed("x+y@"));
  }

  // ------------------------------------------------------------------ emoji

  @Test
  void flags_pairRegionalIndicatorsFromAToZ() {
    assertEquals(List.of("🇦🇿/EMOJI"), typed("🇦🇿"));
    assertEquals(List.of("🇫🇷/EMOJI", "🇫🇷/EMOJI"), typed("🇫🇷🇫🇷"));
    assertEquals(List.of("🇫/EMOJI"), typed("🇫"));
  }

  @Test
  void skinTones_makeATextPictographAnEmoji() {
    assertEquals(List.of("☝🏻/EMOJI"), typed("☝🏻"));
    assertEquals(List.of("☝🏿/EMOJI"), typed("☝🏿"));
    assertEquals(List.of("❤️/EMOJI"), typed("❤️"));
    assertEquals(List.of("☝/SYMBOL"), typed("☝"));
    assertEquals(List.of("👨‍👩‍👧/EMOJI"), typed("👨‍👩‍👧"));
  }

  // ------------------------------------------------------------------ numbers

  @Test
  void keycaps_withAndWithoutVariationSelector() {
    assertEquals(List.of("1️⃣/EMOJI"), typed("1️⃣"));
    assertEquals(List.of("1⃣/EMOJI"), typed("1⃣"));
    assertEquals(List.of("1/NUMBER"), typed("1"));
  }

  @Test
  void digitGroups_ofThreeAfterAtMostThreeDigits() {
    assertEquals(List.of("123 456/NUMBER"), typed("123 456"));
    assertEquals(List.of("1 000 000/NUMBER", "d’/ELIDED", "euros/WORD"), typed("1 000 000 d’euros"));
    assertEquals(List.of("1234/NUMBER", "567/NUMBER"), typed("1234 567"));
    assertEquals(List.of("12/NUMBER", "3456/NUMBER"), typed("12 3456"));
    assertEquals(List.of("1 000/NUMBER", "km/WORD"), typed("1 000 km"));
  }

  @Test
  void numbers_withSeparators() {
    assertEquals(List.of("3,14/NUMBER"), typed("3,14"));
    assertEquals(List.of("12/05/2024/NUMBER"), typed("12/05/2024"));
    assertEquals(List.of("20:30/NUMBER"), typed("20:30"));
    assertEquals(List.of("10'000/NUMBER", "habitants/WORD"), typed("10'000 habitants"));
    assertEquals(List.of("3/NUMBER", ",/PUNCTUATION"), typed("3,"));
  }
}

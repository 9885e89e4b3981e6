package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import io.github.propre.testing.LinearTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

class FrenchTokenizerPropertiesTest {
  private static final FrenchTokenizer TK = FrenchTokenizer.standard();

  /** French-like text: words, elisions, clitics, numbers, every kind of space, punctuation, noise. */
  @Provide
  static Arbitrary<String> frenchish() {
    Arbitrary<String> words = Arbitraries.of("l'", "l’", "L'", "qu'", "jusqu’", "aujourd'hui", "homme", "été",
        "a-t-il", "donne-le-moi", "peut-être", "rendez-vous", "va-t’en", "celui-ci", "M.", "etc.", "J.-C.",
        "S.N.C.F.", "80", "000", "1 000,50", "3,14", "-0,8", "12%", "20h30", "1er", "XIXe", "n°", "°C",
        "https://exemple.fr/a?b=1", "www.x.fr", "jean@exemple.fr", "@moi", "#tag", ":-)", ";)", "<3",
        "👍🏽", "🇫🇷", "❤️", "c’est-à-dire", "O’Neill", "mot(s)", "étudiant.e.s", "C++", "+/-", "A.", "p.");
    Arbitrary<String> spaces = Arbitraries.of(" ", "  ", "\u00A0", "\u202F", "\u2009", "\u200B", "\t", "\n",
        "\r\n", "\u3000", "\uFEFF");
    Arbitrary<String> marks = Arbitraries.of(".", "...", "…", ",", ";", ":", "!", "?", "?!", "«", "»", "“",
        "”", "\"", "(", ")", "-", "--", "—", "–", "'", "’", "‘", "`", "´", "ʼ", "′", "/", "@", "#", "%",
        "€", "·", "_", "&", "+", "\u00AD", "\u2011", "\u0301", "\u200D", "\uFE0F");
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(3);
    Arbitrary<String> dense = Arbitraries.strings()
        .withChars("'’-.,;:!?@#/()«» \u00A0\u202F0123456789aeéltAJCn°").ofMaxLength(8);
    Arbitrary<String> fragment = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, words), net.jqwik.api.Tuple.of(4, spaces), net.jqwik.api.Tuple.of(3, marks),
        net.jqwik.api.Tuple.of(2, noise), net.jqwik.api.Tuple.of(3, dense));
    return fragment.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    TokenCursor c = TK.cursor(text);
    while (c.next()) {
      out.add(new int[] {c.start(), c.end()});
    }
    return out;
  }

  private static String show(List<int[]> spans) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans) {
      sb.append('[').append(s[0]).append(',').append(s[1]).append(')');
    }
    return sb.toString();
  }

  @Property
  void tokens_areOrderedInBoundsAndCoverEveryNonSpaceCharOnce(@ForAll("frenchish") String text) {
    List<Token> tokens = TK.tokenize(text);
    int covered = 0;
    int prevEnd = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= prevEnd, "ordered and non-overlapping: " + t);
      assertTrue(t.start() < t.end() && t.end() <= text.length(), "in bounds: " + t);
      assertEquals(text.substring(t.start(), t.end()), t.text(), "text at the offsets");
      for (int i = prevEnd; i < t.start(); i++) {
        assertTrue(FrenchTokenizer.isSeparator(text.charAt(i)),
            "U+" + Integer.toHexString(text.charAt(i)) + " at " + i + " is in no token");
      }
      assertTrue(!FrenchTokenizer.isSeparator(text.charAt(t.start()))
          && !FrenchTokenizer.isSeparator(text.charAt(t.end() - 1)), "no token starts or ends with a space: " + t);
      covered += t.end() - t.start();
      prevEnd = t.end();
    }
    for (int i = prevEnd; i < text.length(); i++) {
      assertTrue(FrenchTokenizer.isSeparator(text.charAt(i)), "trailing U+" + Integer.toHexString(text.charAt(i)));
    }
    assertTrue(covered <= text.length());
  }

  @Property
  void tokens_containNoSpaceExceptBetweenDigitGroups(@ForAll("frenchish") String text) {
    for (Token t : TK.tokenize(text)) {
      for (int i = t.start(); i < t.end(); i++) {
        char c = text.charAt(i);
        if (FrenchTokenizer.isSeparator(c)) {
          assertEquals(TokenType.NUMBER, t.type(), "space inside " + t);
          assertTrue(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)),
              "space not between digits in " + t);
        }
      }
    }
  }

  @Property
  void cursor_equalsList(@ForAll("frenchish") String text) {
    List<Token> fromCursor = new ArrayList<>();
    TokenCursor c = TK.cursor("x");
    c.next();
    c.reset(text);
    while (c.next()) {
      fromCursor.add(c.token());
    }
    assertEquals(TK.tokenize(text), fromCursor);
  }

  @Property
  void boundaries_doNotMoveWhenApostrophesAreSwapped(@ForAll("frenchish") String text) {
    List<int[]> before = spans(text);
    assertEquals(show(before), show(spans(text.replace('\'', '’'))), "' to ’");
    assertEquals(show(before), show(spans(text.replace('’', '\''))), "’ to '");
  }

  @Property
  void boundaries_doNotMoveWhenSpacesBecomeNoBreakSpaces(@ForAll("frenchish") String text, @ForAll long seed) {
    Random random = new Random(seed);
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == ' ' || c[i] == '\u00A0' || c[i] == '\u202F' || c[i] == '\u2009') {
        c[i] = random.nextBoolean() ? '\u00A0' : '\u202F';
      }
    }
    assertEquals(show(spans(text)), show(spans(new String(c))));
  }

  @Property
  void normalized_isNfcAndFoldsApostrophesInWords(@ForAll("frenchish") String text) {
    for (Token t : TK.tokenize(text)) {
      String n = t.normalized();
      assertTrue(com.ibm.icu.text.Normalizer2.getNFCInstance().isNormalized(n), "NFC: " + t);
      if (t.type().isWord()) {
        assertTrue(n.indexOf('’') < 0 && n.indexOf('ʼ') < 0, "folded: " + n);
      }
    }
  }

  // ------------------------------------------------------------------ linear time

  /**
   * Asserts that tokenizing 1 MB of {@code unit} costs about 4 times what 256 KB costs, not 16 times
   * as a quadratic scan would (see {@link LinearTime}).
   */
  static void assertLinear(String unit) {
    TokenCursor c = TK.cursor("");
    String large = unit.repeat(Math.max(1, (1 << 20) / unit.length()));
    LinearTime.assertLinear("tokenizing '" + unit + "'", large.substring(0, large.length() / 4), large,
        text -> {
          long sum = 0;
          c.reset(text);
          while (c.next()) {
            sum += c.end() - c.start();
          }
          return sum;
        });
  }

  @Example
  @Tag("timing")
  void linearTime_hyphens() {
    assertLinear("-");
  }

  @Example
  @Tag("timing")
  void linearTime_apostrophes() {
    assertLinear("'");
  }

  @Example
  @Tag("timing")
  void linearTime_periods() {
    assertLinear(".");
  }

  @Example
  @Tag("timing")
  void linearTime_digitsSeparatedBySpaces() {
    assertLinear("1 ");
    assertLinear("123 ");
    assertLinear("1\u202F000 ");
  }

  @Example
  @Tag("slow")
  @Tag("timing")
  void linearTime_otherHostileRuns() {
    for (String unit : List.of("a", "a-", "l'", "a.", "A.", "A.-", "a@", "a'", "«", "\u202F", "e\u0301",
        "👍🏽", ":)", "#a", "le-", "t-", "(s", "1,", "1.", "-1", "www.", "http://a", "a(s)")) {
      assertLinear(unit);
    }
  }
}

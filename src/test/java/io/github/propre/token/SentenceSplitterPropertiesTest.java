package io.github.propre.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.Span;
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

class SentenceSplitterPropertiesTest {
  private static final SentenceSplitter SS = SentenceSplitter.standard();

  @Provide
  static Arbitrary<String> prose() {
    Arbitrary<String> pieces = Arbitraries.of("Il", "a", "dit", "l’homme", "M.", "J.-C.", "etc.", "A.", "p.",
        "12", "3,5", ".", "!", "?", "...", "…", "«", "»", "\"", "(", ")", "—", "-", ";", ":", "Le", "la",
        "Puis", "Ce", "www.x.fr", "\n", "\n\n", "\u2029", "Kim", "Il", "Une", "(...)", "?!", "’", "“", "”");
    Arbitrary<String> spaces = Arbitraries.of(" ", " ", " ", "\u00A0", "\u202F", "");
    return Arbitraries.oneOf(pieces, spaces, FrenchTokenizerPropertiesTest.frenchish())
        .list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void sentences_areOrderedTrimmedAndHoldEveryToken(@ForAll("prose") String text) {
    List<Span> sentences = SS.split(text);
    int prevEnd = 0;
    for (Span s : sentences) {
      assertTrue(s.start() >= prevEnd && s.end() > s.start() && s.end() <= text.length(), "bounds: " + s);
      assertTrue(!FrenchTokenizer.isSeparator(text.charAt(s.start()))
          && !FrenchTokenizer.isSeparator(text.charAt(s.end() - 1)), "trimmed: " + s);
      prevEnd = s.end();
    }
    int k = 0;
    for (Token t : FrenchTokenizer.standard().tokenize(text)) {
      while (k < sentences.size() && sentences.get(k).end() <= t.start()) {
        k++;
      }
      assertTrue(k < sentences.size() && sentences.get(k).start() <= t.start() && t.end() <= sentences.get(k).end(),
          "token " + t + " is in no sentence of " + sentences);
    }
  }

  @Property(tries = 300)
  void feed_findsWhatSplitFinds_fromTheCursorsTokens(@ForAll("prose") String text) {
    SentenceSplitter.TokenFeed feed = SS.feed(text);
    TokenCursor c = SS.tokenizer().cursor(text);
    while (c.next()) {
      feed.token(c.start(), c.end(), c.type());
    }
    assertEquals(SS.split(text), feed.finish(), text);
  }

  @Property(tries = 300)
  void feed_takesAnyTokensInOrder_andGivesSpansWithinTheText(@ForAll("prose") String text, @ForAll long seed) {
    // Tokens that are not the tokenizer's (cut anywhere, of any type) give other sentences, but never an
    // exception from inside the splitter nor a span outside the text.
    Random random = new Random(seed);
    TokenType[] types = TokenType.values();
    SentenceSplitter.TokenFeed feed = SS.feed(text);
    int at = 0;
    while (at < text.length()) {
      int start = at + random.nextInt(Math.min(3, text.length() - at));
      int end = start + 1 + random.nextInt(Math.min(6, text.length() - start));
      feed.token(start, end, types[random.nextInt(types.length)]);
      at = end;
    }
    int prevEnd = 0;
    for (Span s : feed.finish()) {
      assertTrue(s.start() >= prevEnd && s.end() > s.start() && s.end() <= text.length(), "bounds: " + s);
      prevEnd = s.end();
    }
  }

  @Property(tries = 200)
  void sentences_doNotMoveWhenApostrophesOrSpacesChange(@ForAll("prose") String text, @ForAll long seed) {
    Random random = new Random(seed);
    char[] c = text.replace('\'', '’').toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == ' ' || c[i] == '\u00A0' || c[i] == '\u202F') {
        c[i] = random.nextBoolean() ? '\u00A0' : '\u202F';
      }
    }
    assertEquals(SS.split(text), SS.split(new String(c)));
  }

  @Example
  @Tag("slow")
  @Tag("timing")
  void linearTime_hostileRuns() {
    for (String unit : List.of(".", ". ", "« ", "» ", "! » ", "A. ", "; Le ", "\n", ": Il ", "( ", ".\u202F» ")) {
      String large = unit.repeat((1 << 19) / unit.length());
      LinearTime.assertLinear("splitting '" + unit + "'", large.substring(0, large.length() / 4),
          large, text -> SS.split(text).size());
    }
  }
}

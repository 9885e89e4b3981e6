package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path (one scan, then only the steps the scan shows something for, each visiting only the
 * chars that concern it) gives exactly what running every step over every char gives: the same
 * text, the same offsets, the same report, for every configuration.
 */
class FastPathProperties {

  static final List<Cleaner> CLEANERS = List.of(
      Cleaner.defaults(),
      Cleaner.builder().quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH).build(),
      Cleaner.builder().htmlEntities(true).quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH)
          .trimLines(true).collapseSpaces(true).build(),
      Cleaner.builder().htmlEntities(true).apostrophes(Apostrophes.ASCII).quotes(Quotes.STRAIGHT)
          .spaces(Spaces.PLAIN).unpairedSurrogates(Malformed.KEEP).build(),
      Cleaner.builder().quotes(Quotes.ENGLISH).build(),
      Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NONE).build(),
      Cleaner.builder().repairEncoding(false).build(),
      Cleaner.builder().normalizeLineBreaks(false).quotes(Quotes.GUILLEMETS).build(),
      Cleaner.builder().normalizeUnicode(false).apostrophes(Apostrophes.KEEP).build(),
      Cleaner.builder().repairEncoding(false).normalizeUnicode(false).normalizeLineBreaks(false)
          .apostrophes(Apostrophes.KEEP).trimLines(true).build());

  /** Undamaged French, most of the text, as in real input. */
  static final String[] CLEAN = {
    "Il était une fois ", "l’été ", "aujourd’hui, ", "« oui », ", "cœur ", "Noël. ", "déjà ",
    "80\u202F000 ", "— ", "… ", "\n", "\n\n", "ÉTÉ ", "Москва ", "東京 ", "😀 ", "12:30 ",
  };

  /** Damaged text, rare in the whole but anywhere. */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.of(CLEAN)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(CleanerProperties.PIECES)));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  /** One kind of damage (or none) in a long undamaged text, at the start, inside or at the end. */
  @Provide
  Arbitrary<String> oneDamage() {
    Arbitrary<String> clean = Arbitraries.of(CLEAN).list().ofMinSize(0).ofMaxSize(40)
        .map(l -> String.join("", l));
    Arbitrary<String> damage = Arbitraries.oneOf(Arbitraries.of(CleanerProperties.PIECES),
        Arbitraries.just(""));
    return Combinators.combine(clean, damage, clean).as((a, d, b) -> a + d + b);
  }

  /**
   * Text with more chars of interest than a scan lists (over 1024), so steps fall back to
   * scanning the text.
   */
  @Provide
  Arbitrary<String> crowded() {
    Arbitrary<String> unit = Arbitraries.of("l'a ", "« ", "» ", "a ; ", "\u00A0", "\r\n", "e\u0301",
        "\u200B", "ﬁ", "Ã©", "\"x\" ", "&amp;");
    Arbitrary<Integer> times = Arbitraries.integers().between(300, 1500);
    return Combinators.combine(unit, times, text()).as((u, n, t) -> u.repeat(n) + t);
  }

  @Property
  void fastPath_equalsStepByStep(@ForAll("text") String raw) {
    check(raw);
  }

  @Property
  void fastPath_equalsStepByStep_withOneDamage(@ForAll("oneDamage") String raw) {
    check(raw);
  }

  @Property(tries = 40)
  void fastPath_equalsStepByStep_whenTooManyToList(@ForAll("crowded") String raw) {
    check(raw);
  }

  static void check(String raw) {
    for (Cleaner c : CLEANERS) {
      Cleaned slow = c.cleanStepByStep(raw);
      Cleaned fast = c.clean(raw);
      String where = c + " on " + CleanerProperties.escape(raw);
      assertEquals(slow.text(), fast.text(), where);
      assertEquals(slow.offsets(), fast.offsets(), where);
      assertEquals(slow.report(), fast.report(), where);
    }
  }
}

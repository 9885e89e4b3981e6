package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Ten megabytes of one mark, and other inputs that would make a careless scanner quadratic. */
class QuoteHostileInputTest {

  @Test
  @Tag("timing")
  public void tenMegabytesOfOpeningGuillemets_linearAndNoQuote() {
    String text = "«".repeat(10 << 20);
    assertEquals(List.of(), QuoteExtractor.standard().extract(text));
    QuoteExtractorPropertiesTest.assertLinear("«", 10 << 20);
  }

  @Test
  @Tag("timing")
  public void otherRepeatedMarks_linear() {
    for (String unit : List.of("»", "“", "\"", "’", "‘ a", "-", "—\n", "« — ", "«a", "a»", "„", "\n«",
        "a, dit-il, ", "« Oui », dit-il. ", "— Non ! s’écria Marie, ")) {
      QuoteExtractorPropertiesTest.assertLinear(unit, 256 << 10);
    }
  }

  @Test
  public void deeplyNestedQuotes_allReported() {
    int depth = 10_000;
    String text = "«a".repeat(depth) + "»".repeat(depth);
    List<Quote> quotes = QuoteExtractor.standard().extract(text);
    assertEquals(depth, quotes.size());
    assertEquals(depth - 1, quotes.get(depth - 1).level());
    assertTrue(quotes.get(0).closed());
  }
}

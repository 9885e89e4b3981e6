package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ten megabytes of one mark, and other inputs that would make a careless scanner quadratic. */
class QuoteHostileInputTest {

  private static void assertLinear(String unit, int megabytes) {
    String large = unit.repeat(megabytes * (1 << 20) / unit.length());
    String small = large.substring(0, large.length() / 8);
    QuoteExtractorProperties.time(small);
    QuoteExtractorProperties.time(large);
    long ts = Math.max(QuoteExtractorProperties.time(small), 1_000_000);
    long tl = QuoteExtractorProperties.time(large);
    assertTrue(tl < 32 * ts, () -> "8x the input took " + (double) tl / ts + "x the time for '"
        + unit + "'");
  }

  @Test
  public void tenMegabytesOfOpeningGuillemets_linearAndNoQuote() {
    String text = "«".repeat(10 << 20);
    assertEquals(List.of(), QuoteExtractor.standard().extract(text));
    assertLinear("«", 10);
  }

  @Test
  public void otherRepeatedMarks_linear() {
    for (String unit : List.of("»", "“", "\"", "’", "‘a", "-", "—\n", "« — ", "«a", "a»", "„", "\n«")) {
      assertLinear(unit, 1);
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

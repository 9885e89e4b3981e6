package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.quote.Quote;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.text.ParagraphMode;
import java.util.List;

/**
 * Fuzzes {@link QuoteExtractor}: {@linkplain Invariants#quotes the quote invariants} hold for every
 * paragraph mode, with and without attribution.
 */
class QuoteExtractorFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void extract(FuzzedDataProvider data) {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .paragraphMode(data.pickValue(ParagraphMode.values()))
        .attribution(data.consumeBoolean())
        .dashTurnsInGuillemets(data.consumeBoolean())
        .build();
    String text = FuzzText.from(data, 4096);
    List<Quote> quotes = extractor.extract(text);
    Invariants.quotes(text, quotes);
    Invariants.check(extractor.extract(text).equals(quotes), "two extractions of one text differ");
  }
}

package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Describes extracted quotes in one line each, for the example tests of the quote package. */
final class QuoteCases {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  private QuoteCases() {}

  /**
   * Returns one line per quote: {@code kind Llevel [open] [start,end) text | speaker@start-end |
   * verb@start-end}, with {@code -} for a missing mention. Checks on the way that every mention's
   * span points at its text.
   */
  static List<String> describe(String text) {
    List<String> out = new ArrayList<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      out.add(q.kind().label() + " L" + q.level() + (q.closed() ? "" : " open") + " [" + q.start() + ","
          + q.end() + ") " + q.text() + " | " + mention(text, q.speaker()) + " | "
          + mention(text, q.verb()));
    }
    return out;
  }

  private static String mention(String text, Optional<Mention> m) {
    if (m.isEmpty()) {
      return "-";
    }
    Mention x = m.get();
    assertEquals(x.text(), x.span().textIn(text), "mention span");
    return x.text() + "@" + x.start() + "-" + x.end();
  }
}

package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.Document;
import io.github.propre.Propre;
import io.github.propre.text.OffsetMap;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by the hostile-input suite: a mapped quote stored its text, and a quote's text holds every
 * quote nested in it, so {@code d} nested closed quotes held {@code d} times the input (a 192 KB
 * text nested 16,000 deep held 1.5 billion chars in {@code Document.quotes()}).
 */
class NestedQuotesMemoryTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static String nested(int depth) {
    return "Il dit « ".repeat(depth) + "oui" + " ».".repeat(depth);
  }

  @Test
  void mappedNestedQuotes_allocateLinearMemory() {
    String text = nested(4000);
    List<Quote> found = QuoteExtractor.standard().extract(text);
    assertEquals(4000, found.size());
    OffsetMap map = OffsetMap.identity(text.length());
    long before = THREADS.getCurrentThreadAllocatedBytes();
    List<Quote> mapped = new ArrayList<>(found.size());
    for (Quote q : found) {
      mapped.add(q.mapped(map));
    }
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
    // Stored texts would be about 4,000 x 24,000 chars, 96 MB; the spans alone take a few hundred KB.
    assertTrue(bytes < 200L * text.length(), "mapping " + found.size() + " nested quotes allocated " + bytes
        + " bytes for a text of " + text.length() + " chars");
    assertEquals(found.get(0).text(), mapped.get(0).text());
    assertEquals(found.get(3999).text(), mapped.get(3999).text());
    assertEquals("oui", mapped.get(3999).text());
  }

  @Test
  void documentQuotes_nestedDeep_keepTheirTexts() {
    String text = nested(300);
    Document doc = Propre.process(text);
    List<Quote> quotes = doc.quotes();
    assertEquals(300, quotes.size());
    List<Quote> direct = QuoteExtractor.standard().extract(doc.text());
    for (int i = 0; i < quotes.size(); i++) {
      assertEquals(direct.get(i).text(), quotes.get(i).text(), "quote " + i);
    }
  }
}

package io.github.propre.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.ParagraphMode;
import io.github.propre.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The examples of the public Javadoc, run as written; and the thread-safety the Javadoc promises. */
class JavadocExamplesTest {

  @Test
  public void quoteExtractor_classExample() {
    QuoteExtractor quotes = QuoteExtractor.standard();
    Quote q = quotes.extract("« Notre coopération s’intensifie », a affirmé Lavrov.").get(0);
    assertEquals("Notre coopération s’intensifie", q.text());
    assertEquals("Lavrov", q.speaker().get().text());
    assertEquals("a affirmé", q.verb().get().text());
  }

  @Test
  public void quote_classExample() {
    Quote q = QuoteExtractor.standard().extract("— Tiens, dit-il, nous avons eu la même idée.").get(0);
    assertEquals("Tiens, nous avons eu la même idée.", q.text());
    assertEquals(Quote.Kind.DIALOGUE, q.kind());
    assertEquals("il", q.speaker().get().text());
    assertEquals("dit", q.verb().get().text());
  }

  @Test
  public void mention_classExample() {
    Quote q = QuoteExtractor.standard().extract("« Oui », a affirmé Lavrov.").get(0);
    assertEquals("Lavrov", q.speaker().get().text());
    assertEquals(new Span(9, 18), q.verb().get().span());
    assertThrows(NullPointerException.class, () -> new Mention(null, new Span(0, 3)));
  }

  @Test
  public void reportingVerbs_classExample() {
    ReportingVerbs verbs = ReportingVerbs.standard();
    assertEquals(Optional.of("répondre"), verbs.lemma("répondit"));
    assertEquals(Optional.empty(), verbs.lemma("s’écria"));
    assertEquals(Optional.of("s'écrier"), verbs.lemma("écria"));
    assertTrue(verbs.isReportingVerb("Ajouta"));
  }

  @Test
  public void builder_example() {
    QuoteExtractor e = QuoteExtractor.builder().paragraphMode(ParagraphMode.LINE).build();
    // One paragraph a line: the second line's « continues the quote.
    assertEquals(List.of("un\ndeux"), e.extract("« un\n« deux »").stream().map(Quote::text).toList());
    QuoteExtractor again = e.toBuilder().attribution(false).build();
    assertFalse(again.extract("« Oui », dit-il.").get(0).speaker().isPresent());
    assertThrows(NullPointerException.class, () -> QuoteExtractor.builder().reportingVerbs(null));
  }

  @Test
  public void extractor_isSharedSafelyByThreads() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("— Oui, dit-il, ").append(i).append(".\n« Non », répondit Marie.\n");
    }
    String text = sb.toString();
    List<Quote> expected = QuoteExtractor.standard().extract(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quote>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> QuoteExtractor.standard().extract(text)));
      }
      for (Future<List<Quote>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}

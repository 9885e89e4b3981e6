package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's defaults, its checks, and what the cleaner refuses. */
class CleanerBuilderTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    Cleaner c = Cleaner.defaults();
    assertTrue(c.repairEncoding());
    assertFalse(c.htmlEntities());
    assertTrue(c.normalizeLineBreaks());
    assertTrue(c.normalizeUnicode());
    assertEquals(Apostrophes.TYPOGRAPHIC, c.apostrophes());
    assertEquals(Quotes.KEEP, c.quotes());
    assertEquals(Spaces.KEEP, c.spaces());
    assertFalse(c.trimLines());
    assertFalse(c.collapseSpaces());
    assertEquals(Malformed.REPLACE, c.unpairedSurrogates());
    assertEquals(Malformed.KEEP, c.undecodableBytes());
    assertSame(Cleaner.defaults(), Cleaner.defaults());
  }

  @Test
  void toBuilder_keepsEverySetting() {
    Cleaner c = Cleaner.builder().htmlEntities(true).apostrophes(Apostrophes.ASCII)
        .quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP).trimLines(true)
        .unpairedSurrogates(Malformed.KEEP).build();
    assertEquals(c.toString(), c.toBuilder().build().toString());
    Cleaner d = c.toBuilder().apostrophes(Apostrophes.KEEP).build();
    assertEquals(Apostrophes.KEEP, d.apostrophes());
    assertEquals(QuoteSpace.NBSP, d.quoteSpace());
    assertEquals(Apostrophes.ASCII, c.apostrophes()); // the original is unchanged
  }

  @Test
  void quoteSpace_followsTheSpacePolicyWhenNotChosen() {
    assertEquals(QuoteSpace.NNBSP, Cleaner.builder().quotes(Quotes.GUILLEMETS).build().quoteSpace());
    assertEquals(QuoteSpace.SPACE, Cleaner.builder().quotes(Quotes.GUILLEMETS).spaces(Spaces.PLAIN)
        .build().quoteSpace());
  }

  @Test
  void nullSetting_throwsNamingTheSetting() {
    Cleaner.Builder b = Cleaner.builder();
    assertEquals("apostrophes", assertThrows(NullPointerException.class, () -> b.apostrophes(null))
        .getMessage());
    assertEquals("quotes", assertThrows(NullPointerException.class, () -> b.quotes(null)).getMessage());
    assertEquals("quoteSpace", assertThrows(NullPointerException.class, () -> b.quoteSpace(null))
        .getMessage());
    assertEquals("spaces", assertThrows(NullPointerException.class, () -> b.spaces(null)).getMessage());
    assertEquals("unpairedSurrogates",
        assertThrows(NullPointerException.class, () -> b.unpairedSurrogates(null)).getMessage());
    assertEquals("undecodableBytes",
        assertThrows(NullPointerException.class, () -> b.undecodableBytes(null)).getMessage());
  }

  @Test
  void nullInput_throwsNamingTheArgument() {
    Cleaner c = Cleaner.defaults();
    assertEquals("raw", assertThrows(NullPointerException.class, () -> c.clean((CharSequence) null))
        .getMessage());
    assertEquals("bytes", assertThrows(NullPointerException.class, () -> c.clean((byte[]) null))
        .getMessage());
    assertEquals("charset", assertThrows(NullPointerException.class,
        () -> c.clean(new byte[0], null)).getMessage());
    assertEquals("in", assertThrows(NullPointerException.class, () -> c.reader(null)).getMessage());
  }

  @Test
  void optionNames_parseInAnyCase() {
    assertEquals(Apostrophes.ASCII, Apostrophes.of("ascii"));
    assertEquals(Quotes.GUILLEMETS, Quotes.of("Guillemets"));
    assertEquals(QuoteSpace.NNBSP, QuoteSpace.of("NNBSP"));
    assertEquals(Spaces.FRENCH, Spaces.of("french"));
    assertEquals(Malformed.REPLACE, Malformed.of("replace"));
    assertEquals(List.of("typographic", "ascii", "keep"), Apostrophes.names());
  }

  @Test
  void invalidOptionName_throwsListingTheAllowedValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Apostrophes.of("curly"));
    assertEquals("apostrophes: expected one of [typographic, ascii, keep], got 'curly'", e.getMessage());
    assertEquals("quotes: expected one of [keep, guillemets, straight, english], got 'french'",
        assertThrows(IllegalArgumentException.class, () -> Quotes.of("french")).getMessage());
    assertEquals("quoteSpace: expected one of [none, space, nbsp, nnbsp], got 'thin'",
        assertThrows(IllegalArgumentException.class, () -> QuoteSpace.of("thin")).getMessage());
    assertEquals("spaces: expected one of [keep, french, plain], got ''",
        assertThrows(IllegalArgumentException.class, () -> Spaces.of("")).getMessage());
    assertEquals("malformed: expected one of [keep, replace], got 'drop'",
        assertThrows(IllegalArgumentException.class, () -> Malformed.of("drop")).getMessage());
    assertEquals("spaces", assertThrows(NullPointerException.class, () -> Spaces.of(null)).getMessage());
  }

  @Test
  void quoteSpaceWithoutGuillemets_isRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Cleaner.builder().quoteSpace(QuoteSpace.NBSP).build());
    assertEquals("quoteSpace(NBSP) needs quotes(GUILLEMETS), got quotes(KEEP)", e.getMessage());
  }

  @Test
  void quoteSpaceThatTheSpacePolicyUndoes_isRefused() {
    IllegalStateException french = assertThrows(IllegalStateException.class,
        () -> Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NBSP)
            .spaces(Spaces.FRENCH).build());
    assertTrue(french.getMessage().startsWith("quoteSpace(NBSP) conflicts with spaces(FRENCH)"));
    IllegalStateException plain = assertThrows(IllegalStateException.class,
        () -> Cleaner.builder().quotes(Quotes.GUILLEMETS).quoteSpace(QuoteSpace.NNBSP)
            .spaces(Spaces.PLAIN).build());
    assertTrue(plain.getMessage().contains("expected quoteSpace(NONE) or quoteSpace(SPACE)"));
  }

  @Test
  void unpairedSurrogates_replacedAndCounted() {
    Cleaned c = Cleaner.defaults().clean("a\uD800b\uDC00c\uD83D\uDE00");
    assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE00", c.text());
    assertEquals(2, c.report().count(Change.UNPAIRED_SURROGATES_REPLACED));
    assertEquals(0, c.report().count(Change.UNPAIRED_SURROGATES_KEPT));
  }

  @Test
  void unpairedSurrogates_keptAndCounted() {
    Cleaner keep = Cleaner.builder().unpairedSurrogates(Malformed.KEEP).build();
    Cleaned c = keep.clean("a\uD800b\uDC00");
    assertEquals("a\uD800b\uDC00", c.text());
    assertEquals(2, c.report().count(Change.UNPAIRED_SURROGATES_KEPT));
    assertTrue(c.offsets().isIdentity());
  }

  @Test
  void report_summarizesAndAdds() {
    CleaningReport r = Cleaner.defaults().clean("lâ€™Ã©tÃ©\r\n").report();
    assertEquals("3 mojibake sequences repaired, 1 line breaks normalized to \\n", r.toString());
    assertEquals(2, r.counts().size());
    CleaningReport twice = r.plus(r);
    assertEquals(6, twice.count(Change.MOJIBAKE_REPAIRED));
    assertEquals("no changes", CleaningReport.empty().toString());
    CleaningReport bytes = Cleaner.defaults().clean("été".getBytes(StandardCharsets.UTF_8)).report();
    assertEquals("charset UTF-8 (valid UTF-8)", bytes.toString());
    assertEquals(CharsetSource.VALID_UTF8, CleaningReport.empty().plus(bytes).charsetSource());
  }

  @Test
  void cleaner_isSharedSafelyBetweenThreads() throws Exception {
    Cleaner c = Cleaner.builder().quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH).build();
    String raw = "Lâ€™Ã©tÃ© \"oui\"! ".repeat(200);
    String expected = c.clean(raw).text();
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int k = 0; k < 50; k++) {
          if (!c.clean(raw).text().equals(expected)) {
            wrong.incrementAndGet();
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, wrong.get());
  }
}

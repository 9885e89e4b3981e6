package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.propre.text.Span;
import org.junit.jupiter.api.Test;

/** The examples in this package's Javadoc, run: each comment claim is an assertion here. */
class JavadocExamplesTest {

  @Test
  void cleaner() {
    Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ© de l'AES");
    assertEquals("l’été de l’AES", c.text());
    assertEquals("Ã©tÃ©", c.rawSpan(2, 5).textIn(c.raw()));

    Cleaner french = Cleaner.builder().quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH).build();
    assertEquals("Il a dit «\u202Foui\u202F»\u202F!", french.clean("Il a dit \"oui\"!").text());
  }

  @Test
  void cleaned() {
    Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ©");
    assertEquals("l’été", c.text());
    assertEquals(Span.of(4, 9), c.offsets().rawSpan(2, 5));
    assertEquals("Ã©tÃ©", c.rawSpan(2, 5).textIn(c.raw()));
  }

  @Test
  void cleaningReportAndChange() {
    CleaningReport r = Cleaner.defaults().clean("lâ€™Ã©tÃ©\r\n").report();
    assertEquals(3, r.count(Change.MOJIBAKE_REPAIRED));
    assertEquals(1, r.count(Change.LINE_BREAKS_NORMALIZED));
    assertEquals("3 mojibake sequences repaired, 1 line breaks normalized to \\n", r.toString());
    assertEquals(3, Cleaner.defaults().clean("lâ€™Ã©tÃ©").report().count(Change.MOJIBAKE_REPAIRED));
  }

  @Test
  void options() {
    assertEquals("l'été", Cleaner.builder().apostrophes(Apostrophes.ASCII).build().clean("l’été").text());
    assertEquals("Il a dit «\u202Foui\u202F».",
        Cleaner.builder().quotes(Quotes.GUILLEMETS).build().clean("Il a dit \"oui\".").text());
    assertEquals("Vraiment\u202F? Oui\u00A0: «\u202Fnon\u202F»",
        Cleaner.builder().spaces(Spaces.FRENCH).build().clean("Vraiment? Oui: «non»").text());
  }

  @Test
  void readmeSection() {
    Cleaned c = Cleaner.defaults().clean("lâ€™Ã©tÃ© de l'AES\r\n");
    assertEquals("l’été de l’AES\n", c.text());
    assertEquals("Ã©tÃ©", c.rawSpan(2, 5).textIn(c.raw()));
    assertEquals("3 mojibake sequences repaired, 1 line breaks normalized to \\n, 1 apostrophes normalized",
        c.report().toString());
  }
}

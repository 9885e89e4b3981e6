package io.github.propre.lucene;

import io.github.propre.clean.Cleaner;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** Lucene's own checks on {@link PropreCharFilter}: cleaned text, offsets in the raw text. */
public class PropreCharFilterTest extends BaseTokenStreamTestCase {

  static Analyzer cleaningTokenizer(Function<Reader, Reader> charFilter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PropreTokenizer());
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return charFilter.apply(reader);
      }
    };
  }

  private static final Analyzer DEFAULTS = cleaningTokenizer(PropreCharFilter::new);

  @Test
  public void charFilter_mojibakeIsRepairedAndOffsetsPointIntoTheRawText() throws IOException {
    // raw: l â€™ Ã© t Ã©  (9 chars); cleaned: l ’ é t é
    assertAnalyzesTo(DEFAULTS, "lâ€™Ã©tÃ© arrive",
        new String[] {"l’", "été", "arrive"},
        new int[] {0, 4, 10},
        new int[] {4, 9, 16},
        new String[] {"<ELIDED>", "<WORD>", "<WORD>"},
        new int[] {1, 1, 1});
  }

  @Test
  public void charFilter_deletionsAndDecomposedLetters() throws IOException {
    // A zero-width space inside the word is removed; "e" + U+0301 becomes one "é".
    assertAnalyzesTo(DEFAULTS, "cafe\u0301 im\u200Bportant",
        new String[] {"café", "important"},
        new int[] {0, 6},
        new int[] {5, 16});
  }

  @Test
  public void charFilter_htmlEntitiesOnRequest() throws IOException {
    Cleaner html = Cleaner.builder().htmlEntities(true).build();
    Analyzer a = cleaningTokenizer(r -> new PropreCharFilter(r, html));
    assertAnalyzesTo(a, "l&rsquo;&eacute;t&eacute;",
        new String[] {"l’", "été"}, new int[] {0, 8}, new int[] {8, 25});
  }

  @Test
  public void charFilter_cleanTextKeepsItsOffsets() throws IOException {
    assertAnalyzesTo(DEFAULTS, "L’été à Paris.",
        new String[] {"L’", "été", "à", "Paris", "."},
        new int[] {0, 2, 6, 8, 13},
        new int[] {2, 5, 7, 13, 14});
  }

  @Test
  public void charFilter_randomUnicode() throws IOException {
    checkRandomData(random(), DEFAULTS, 200 * RANDOM_MULTIPLIER);
    Cleaner everything = Cleaner.builder().htmlEntities(true).collapseSpaces(true).trimLines(true).build();
    checkRandomData(random(), cleaningTokenizer(r -> new PropreCharFilter(r, everything)),
        100 * RANDOM_MULTIPLIER);
  }

  @Test
  public void charFilter_randomLongTexts() throws IOException {
    checkRandomData(random(), DEFAULTS, 10 * RANDOM_MULTIPLIER, 8192);
  }

  @Test
  public void factory_isFoundBySpiNameAndTakesTheCleanerSettings() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("htmlEntities", "true");
    args.put("apostrophes", "ascii");
    CharFilterFactory f = CharFilterFactory.forName("propreClean", args);
    assertEquals(PropreCharFilterFactory.class, f.getClass());
    Tokenizer t = new PropreTokenizer();
    t.setReader(f.create(new StringReader("l&rsquo;été")));
    assertTokenStreamContents(t, new String[] {"l'", "été"}, new int[] {0, 8}, new int[] {8, 11});
    assertTrue(CharFilterFactory.availableCharFilters().contains(PropreCharFilterFactory.NAME));
  }

  @Test
  public void factory_rejectsBadArgumentsByName() {
    Map<String, String> curly = new HashMap<>();
    curly.put("apostrophes", "curly");
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new PropreCharFilterFactory(curly));
    assertEquals("apostrophes: expected one of typographic, ascii, keep, got \"curly\"", e.getMessage());
    Map<String, String> yes = new HashMap<>();
    yes.put("repairEncoding", "yes");
    e = expectThrows(IllegalArgumentException.class, () -> new PropreCharFilterFactory(yes));
    assertEquals("repairEncoding: expected true or false, got \"yes\"", e.getMessage());
    Map<String, String> unknown = new HashMap<>();
    unknown.put("colour", "blue");
    e = expectThrows(IllegalArgumentException.class, () -> new PropreCharFilterFactory(unknown));
    assertTrue(e.getMessage(), e.getMessage().contains("colour"));
  }

  @Test
  public void factory_cleansNormalizedQueryTerms() throws IOException {
    CharFilterFactory f = new PropreCharFilterFactory(new HashMap<>());
    Reader r = f.normalize(new StringReader("Ã©tÃ©"));
    char[] buf = new char[16];
    int n = r.read(buf, 0, buf.length);
    assertEquals("été", new String(buf, 0, n));
  }

  @Test
  public void constructor_rejectsNull() {
    NullPointerException e = expectThrows(NullPointerException.class,
        () -> new PropreCharFilter(new StringReader(""), null));
    assertEquals("cleaner", e.getMessage());
  }
}

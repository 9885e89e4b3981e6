package io.github.propre.lucene;

import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.Token;
import io.github.propre.testing.LinearTime;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;
import org.apache.lucene.util.AttributeFactory;
import org.junit.Test;

/** Lucene's own checks on {@link PropreTokenizer}, plus streaming: chunked reading never changes a token. */
public class PropreTokenizerTest extends BaseTokenStreamTestCase {

  static Analyzer analyzer(java.util.function.Supplier<Tokenizer> tokenizer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(tokenizer.get());
      }
    };
  }

  private static final Analyzer TOKENIZER = analyzer(PropreTokenizer::new);

  @Test
  public void tokenizer_frenchSentence() throws IOException {
    assertAnalyzesTo(TOKENIZER, "L’AES a-t-il 80 000 soldats ?",
        new String[] {"L’", "AES", "a", "-t-il", "80 000", "soldats", "?"},
        new int[] {0, 2, 6, 7, 13, 20, 28},
        new int[] {2, 5, 7, 12, 19, 27, 29},
        new String[] {"<ELIDED>", "<WORD>", "<WORD>", "<CLITIC>", "<NUMBER>", "<WORD>", "<PUNCTUATION>"},
        new int[] {1, 1, 1, 1, 1, 1, 1});
  }

  @Test
  public void tokenizer_elisionOffsetsCoverTheWordOnly() throws IOException {
    assertAnalyzesTo(TOKENIZER, "l’été jusqu’à lʼavocat",
        new String[] {"l’", "été", "jusqu’", "à", "lʼ", "avocat"},
        new int[] {0, 2, 6, 12, 14, 16},
        new int[] {2, 5, 12, 13, 16, 22},
        new String[] {"<ELIDED>", "<WORD>", "<ELIDED>", "<WORD>", "<ELIDED>", "<WORD>"},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  @Test
  public void tokenizer_narrowNoBreakSpaceSeparates() throws IOException {
    // StandardTokenizer glues U+202F to the word: "souvent\u202F", "\u202FBonjour\u202F".
    assertAnalyzesTo(TOKENIZER, "souvent\u202F? «\u202FBonjour\u202F» 1\u202F000,50",
        new String[] {"souvent", "?", "«", "Bonjour", "»", "1\u202F000,50"},
        new int[] {0, 8, 10, 12, 20, 22},
        new int[] {7, 9, 11, 19, 21, 30},
        new String[] {"<WORD>", "<PUNCTUATION>", "<PUNCTUATION>", "<WORD>", "<PUNCTUATION>", "<NUMBER>"},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  @Test
  public void tokenizer_lexicalizedAndCompoundWordsStayWhole() throws IOException {
    assertAnalyzesTo(TOKENIZER, "aujourd’hui peut-être donne-le-moi",
        new String[] {"aujourd’hui", "peut-être", "donne", "-le", "-moi"},
        new String[] {"<WORD>", "<WORD>", "<WORD>", "<CLITIC>", "<CLITIC>"});
  }

  @Test
  public void tokenizer_offsetsGoThroughCharFilters() throws IOException {
    // MockCharFilter(remainder 7) inserts chars, so every corrected offset must differ from the raw one.
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new PropreTokenizer());
      }

      @Override
      protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new MockCharFilter(reader, 7);
      }
    };
    checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
  }

  @Test
  public void tokenizer_randomUnicode() throws IOException {
    checkRandomData(random(), TOKENIZER, 200 * RANDOM_MULTIPLIER);
  }

  @Test
  public void tokenizer_randomLongTexts() throws IOException {
    checkRandomData(random(), TOKENIZER, 10 * RANDOM_MULTIPLIER, 8192);
  }

  @Test
  public void tokenizer_randomUnicodeWithTinyChunks() throws IOException {
    Analyzer a = analyzer(() -> new PropreTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
        FrenchTokenizer.standard(), 255, 3, 8, 16));
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
  }

  @Test
  public void tokenizer_emptyAndBlankInput() throws IOException {
    assertAnalyzesTo(TOKENIZER, "", new String[0]);
    assertAnalyzesTo(TOKENIZER, " \n\u202F\u00A0\t", new String[0]);
  }

  @Test
  public void tokenizer_tooLongTokenIsSkippedWithAGap() throws IOException {
    Analyzer a = analyzer(() -> new PropreTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
        FrenchTokenizer.standard(), 5, PropreTokenizer.CHUNK, PropreTokenizer.LINE_MAX, PropreTokenizer.LOOKAHEAD));
    assertAnalyzesTo(a, "un anticonstitutionnel mot",
        new String[] {"un", "mot"}, new int[] {0, 23}, new int[] {2, 26}, new int[] {1, 2});
  }

  @Test
  public void tokenizer_chunkedReadingGivesTheTokensOfTheWholeText() throws IOException {
    Random r = random();
    for (int iter = 0; iter < 300 * RANDOM_MULTIPLIER; iter++) {
      String text = randomFrench(r, 1 + r.nextInt(400));
      int chunk = 1 + r.nextInt(100);
      int lineMax = 64 + r.nextInt(100);
      Tokenizer t = new PropreTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
          FrenchTokenizer.standard(), PropreTokenizer.MAX_TOKEN_LENGTH_LIMIT, chunk, lineMax, 64);
      t.setReader(new StringReader(text));
      assertSameTokens("chunk " + chunk + ", lineMax " + lineMax, expected(text), actual(t));
    }
  }

  @Test
  public void tokenizer_lineLongerThanTheBufferIsCutBetweenTokens() throws IOException {
    StringBuilder sb = new StringBuilder();
    Random r = random();
    while (sb.length() < 3 * PropreTokenizer.LINE_MAX) {
      sb.append(randomFrench(r, 200).replace('\n', ' ').replace('\r', ' ')).append(' ');
    }
    String text = sb.toString();
    Tokenizer t = new PropreTokenizer();
    t.setReader(new StringReader(text));
    assertSameTokens("long line", expected(text), actual(t));
  }

  @Test
  public void tokenizer_runWithoutSeparatorIsCutAndSkippedInLinearTime() throws IOException {
    String run = "a".repeat(4_000_000);
    Tokenizer t = new PropreTokenizer();
    t.setReader(new StringReader(run + " fin"));
    assertTokenStreamContents(t, new String[] {"fin"}, new int[] {4_000_001}, new int[] {4_000_004},
        4_000_004);
    LinearTime.assertLinear("a run without separator", run.substring(0, 1_000_000), run, text -> {
      try (Tokenizer tk = new PropreTokenizer()) {
        tk.setReader(new StringReader(text));
        tk.reset();
        long n = 0;
        while (tk.incrementToken()) {
          n++;
        }
        tk.end();
        return n;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  public void tokenizer_finalOffsetIsTheInputLength() throws IOException {
    Tokenizer t = new PropreTokenizer();
    t.setReader(new StringReader("Bonjour !  \n"));
    assertTokenStreamContents(t, new String[] {"Bonjour", "!"}, new int[] {0, 8}, new int[] {7, 9}, 12);
  }

  @Test
  public void factory_isFoundBySpiName() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("maxTokenLength", "6");
    args.put("splitTimes", "false");
    TokenizerFactory f = TokenizerFactory.forName("propreFrench", args);
    assertEquals(PropreTokenizerFactory.class, f.getClass());
    Tokenizer t = f.create();
    t.setReader(new StringReader("à 20h30 anticonstitutionnel"));
    assertTokenStreamContents(t, new String[] {"à", "20h30"}, new int[] {1, 1});
    assertTrue(TokenizerFactory.availableTokenizers().contains(PropreTokenizerFactory.NAME));
  }

  @Test
  public void factory_rejectsUnknownAndInvalidArguments() {
    Map<String, String> unknown = new HashMap<>();
    unknown.put("colour", "blue");
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new PropreTokenizerFactory(unknown));
    assertTrue(e.getMessage(), e.getMessage().contains("colour"));
    Map<String, String> zero = new HashMap<>();
    zero.put("maxTokenLength", "0");
    e = expectThrows(IllegalArgumentException.class, () -> new PropreTokenizerFactory(zero));
    assertEquals("maxTokenLength: expected 1 to 1048576, got 0", e.getMessage());
  }

  @Test
  public void constructor_rejectsNull() {
    NullPointerException e = expectThrows(NullPointerException.class,
        () -> new PropreTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null, 255));
    assertEquals("tokenizer", e.getMessage());
  }

  /** Returns "text type start end" lines for Propre's tokens of the whole text. */
  static List<String> expected(String text) {
    List<String> out = new ArrayList<>();
    for (Token tok : FrenchTokenizer.standard().tokenize(text)) {
      out.add(tok.text() + " " + TokenTypes.of(tok.type()) + " " + tok.start() + " " + tok.end());
    }
    return out;
  }

  /** Fails with the first differing token (the lists can hold thousands). */
  static void assertSameTokens(String context, List<String> expected, List<String> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        fail(context + ": token " + i + " differs: expected " + expected.subList(i, Math.min(n, i + 3))
            + " but got " + actual.subList(i, Math.min(n, i + 3)) + " after "
            + expected.subList(Math.max(0, i - 3), i));
      }
    }
    assertEquals(context + ": token count", expected.size(), actual.size());
  }

  /** Returns "text type start end" lines, with " +increment" when the position increment is not 1. */
  static List<String> actual(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) {
        int i = inc.getPositionIncrement();
        out.add(term + " " + type.type() + " " + offset.startOffset() + " " + offset.endOffset()
            + (i == 1 ? "" : " +" + i));
      }
      ts.end();
    }
    return out;
  }

  private static final String[] PIECES = {
    "l’", "L'", "qu’", "jusqu’", "homme", "à", "il", "a", "-t-il", "-moi", "donne", "-le", "peut-être",
    "aujourd’hui", "80", "000", "1", "000,50", "20h30", "1er", "XIXe", "M.", "J.", "A.", "etc.", "pré-",
    "et", "post-opératoire", "https://exemple.fr/a?b=1", "jean.dupont@exemple.fr", "#JeSuis", "@Macron",
    ":-)", "😀", "👍🏽", "«", "»", "!", "?", ",", ".", "…", "—", "%", "€", "°C", "12", "Bonjour", "vient",
    "O’Neill", "c’est-à-dire", "États-Unis",
  };
  private static final String[] SEPARATORS = {
    " ", " ", " ", "\n", "\r\n", "\u00A0", "\u202F", "  ", "\n\n", "\t", "\u2009",
  };

  /** Returns text of French-looking words (1 to 3 pieces glued) joined by separators of every kind. */
  static String randomFrench(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      int pieces = 1 + r.nextInt(3);
      for (int p = 0; p < pieces; p++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      sb.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
    }
    return sb.toString();
  }
}

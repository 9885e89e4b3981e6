package io.github.propre.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.Token;
import org.junit.Test;

/** Lucene's own checks on the elision, punctuation, clitic and folding filters, and their factories. */
public class FiltersTest extends BaseTokenStreamTestCase {

  static Analyzer chain(Function<TokenStream, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PropreTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  // ------------------------------------------------------------------ elided words

  @Test
  public void elision_dropKeepsTheWordOffsetsAndNoGap() throws IOException {
    Analyzer a = chain(ts -> new ElidedWordFilter(ts, ElidedWordFilter.Mode.DROP));
    assertAnalyzesTo(a, "l’été qu’il jusqu’à L'Oréal",
        new String[] {"été", "il", "à", "Oréal"},
        new int[] {2, 9, 18, 22},
        new int[] {5, 11, 19, 27},
        new String[] {"<WORD>", "<WORD>", "<WORD>", "<WORD>"},
        new int[] {1, 1, 1, 1});
  }

  @Test
  public void elision_foldRemovesEveryApostropheLookAlike() throws IOException {
    Analyzer a = chain(ts -> new ElidedWordFilter(ts, ElidedWordFilter.Mode.FOLD));
    assertAnalyzesTo(a, "L’été l'eau lʼavocat qu’il",
        new String[] {"L", "été", "l", "eau", "l", "avocat", "qu", "il"},
        new int[] {0, 2, 6, 8, 12, 14, 21, 24},
        new int[] {2, 5, 8, 11, 14, 20, 24, 26});
  }

  @Test
  public void elision_dropCarriesAGapItHeld() throws IOException {
    // "de" (a stop word, removed upstream) left a gap on "l’": the gap moves to "eau".
    TokenStream ts = new ElidedWordFilter(new CannedTokenStream(
        token("boire", 1, 0, 5, "<WORD>"), token("l’", 2, 9, 11, "<ELIDED>"),
        token("eau", 1, 11, 14, "<WORD>")));
    assertTokenStreamContents(ts, new String[] {"boire", "eau"}, new int[] {0, 11}, new int[] {5, 14},
        new int[] {1, 2});
  }

  @Test
  public void elision_leavesOtherTokenizersAlone() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ElidedWordFilter(source));
      }
    };
    assertAnalyzesTo(a, "l’été", new String[] {"l’été"});
  }

  @Test
  public void elision_randomUnicode() throws IOException {
    checkRandomData(random(), chain(ElidedWordFilter::new), 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), chain(ts -> new ElidedWordFilter(ts, ElidedWordFilter.Mode.FOLD)),
        200 * RANDOM_MULTIPLIER);
  }

  // ------------------------------------------------------------------ punctuation

  @Test
  public void punctuation_droppedWithoutGapSymbolsKept() throws IOException {
    Analyzer a = chain(PunctuationFilter::new);
    assertAnalyzesTo(a, "« Oui, 12 % ! » :-)",
        new String[] {"Oui", "12", "%", ":-)"},
        new int[] {2, 7, 10, 16},
        new int[] {5, 9, 11, 19},
        new String[] {"<WORD>", "<NUMBER>", "<SYMBOL>", "<EMOTICON>"},
        new int[] {1, 1, 1, 1});
  }

  @Test
  public void punctuation_symbolsDroppedOnRequest() throws IOException {
    Analyzer a = chain(ts -> new PunctuationFilter(ts, true));
    assertAnalyzesTo(a, "12 % et 5 € …", new String[] {"12", "et", "5"});
  }

  @Test
  public void punctuation_otherTokenizersJudgedByCharacters() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new PunctuationFilter(source));
      }
    };
    // Unicode calls % punctuation (Po), unlike Propre, which types it a symbol.
    assertAnalyzesTo(a, "« Oui , » 12 € % ?!", new String[] {"Oui", "12", "€"}, new int[] {1, 1, 1});
  }

  @Test
  public void punctuation_randomUnicode() throws IOException {
    checkRandomData(random(), chain(PunctuationFilter::new), 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), chain(ts -> new PunctuationFilter(ts, true)), 200 * RANDOM_MULTIPLIER);
  }

  // ------------------------------------------------------------------ clitics

  @Test
  public void clitic_stripKeepsThePronoun() throws IOException {
    Analyzer a = chain(CliticFilter::new);
    assertAnalyzesTo(a, "Viendra-t-il donne-le-moi va-t’en",
        new String[] {"Viendra", "il", "donne", "le", "moi", "va", "t", "en"},
        new int[] {0, 7, 13, 18, 21, 26, 28, 31},
        new int[] {7, 12, 18, 21, 25, 28, 31, 33});
  }

  @Test
  public void clitic_dropLeavesNoGap() throws IOException {
    Analyzer a = chain(ts -> new CliticFilter(ts, CliticFilter.Mode.DROP));
    assertAnalyzesTo(a, "Viendra-t-il demain", new String[] {"Viendra", "demain"}, new int[] {1, 1});
  }

  @Test
  public void clitic_randomUnicode() throws IOException {
    checkRandomData(random(), chain(CliticFilter::new), 200 * RANDOM_MULTIPLIER);
  }

  // ------------------------------------------------------------------ typographic folding

  @Test
  public void folding_apostrophesHyphensSpacesAndNfc() throws IOException {
    Analyzer a = chain(TypographicFoldingFilter::new);
    assertAnalyzesTo(a, "aujourd’hui prudʼhomme peut\u2011être 80\u202F000 1 000,50 e\u0301te\u0301 anti\u00ADconstitutionnel",
        new String[] {"aujourd'hui", "prud'homme", "peut-être", "80000", "1000,50", "été", "anticonstitutionnel"});
  }

  @Test
  public void folding_punctuationKeepsItsQuoteMarks() throws IOException {
    Analyzer a = chain(TypographicFoldingFilter::new);
    assertAnalyzesTo(a, "‘ Oui ’", new String[] {"‘", "Oui", "’"},
        new String[] {"<PUNCTUATION>", "<WORD>", "<PUNCTUATION>"});
  }

  @Test
  public void folding_randomUnicode() throws IOException {
    checkRandomData(random(), chain(TypographicFoldingFilter::new), 200 * RANDOM_MULTIPLIER);
  }

  // ------------------------------------------------------------------ factories

  @Test
  public void factories_areFoundBySpiName() throws IOException {
    assertFilter("propreElision", args("mode", "fold"), "l’été", "l", "été");
    assertFilter("propreElision", args(), "l’été", "été");
    assertFilter("proprePunctuation", args("symbols", "true"), "12 % !", "12");
    assertFilter("propreClitic", args("mode", "drop"), "dit-il", "dit");
    assertFilter("propreFolding", args(), "aujourd’hui", "aujourd'hui");
    assertTrue(TokenFilterFactory.availableTokenFilters().containsAll(java.util.List.of(
        ElidedWordFilterFactory.NAME, PunctuationFilterFactory.NAME, CliticFilterFactory.NAME,
        TypographicFoldingFilterFactory.NAME)));
  }

  @Test
  public void factories_rejectBadArgumentsByName() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new ElidedWordFilterFactory(args("mode", "keep")));
    assertEquals("mode: expected one of drop, fold, got \"keep\"", e.getMessage());
    e = expectThrows(IllegalArgumentException.class, () -> new CliticFilterFactory(args("mode", "")));
    assertEquals("mode: expected one of strip, drop, got \"\"", e.getMessage());
    e = expectThrows(IllegalArgumentException.class, () -> new TypographicFoldingFilterFactory(args("x", "1")));
    assertTrue(e.getMessage(), e.getMessage().contains("x=1"));
  }

  @Test
  public void foldingFactory_normalizesQueryTerms() throws IOException {
    TokenFilterFactory f = new TypographicFoldingFilterFactory(args());
    TokenStream ts = f.normalize(new CannedTokenStream(token("aujourd’hui", 1, 0, 11, "word")));
    assertTokenStreamContents(ts, new String[] {"aujourd'hui"});
  }

  private static void assertFilter(String name, Map<String, String> args, String text, String... terms)
      throws IOException {
    Tokenizer t = new PropreTokenizer();
    t.setReader(new StringReader(text));
    assertTokenStreamContents(TokenFilterFactory.forName(name, args).create(t), terms);
  }

  private static Map<String, String> args(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Token token(String term, int posInc, int start, int end, String type) {
    Token t = new Token(term, posInc, start, end);
    t.setType(type);
    return t;
  }
}

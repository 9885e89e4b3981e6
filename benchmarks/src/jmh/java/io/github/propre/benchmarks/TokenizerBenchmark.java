package io.github.propre.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Word tokenization: Propre's tokenizer against the plain char loop, Lucene and the break iterators,
 * on the same text in the same run. One operation is one pass over the whole corpus; the reporter
 * turns operations per second into characters per second.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="TokenizerBenchmark"}.
 */
public class TokenizerBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  char[] chars;
  Tokenizer standard;
  Analyzer standardElisionLowercase;
  Analyzer french;
  BreakIterator icuWords;
  java.text.BreakIterator jdkWords;
  FrenchTokenizer propre;
  TokenCursor cursor;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    chars = text.toCharArray();
    standard = new StandardTokenizer();
    standardElisionLowercase = LuceneBaselines.standardElisionLowercase();
    french = new FrenchAnalyzer();
    icuWords = BreakIterator.getWordInstance(ULocale.FRENCH);
    jdkWords = java.text.BreakIterator.getWordInstance(Locale.FRENCH);
    propre = FrenchTokenizer.standard();
    cursor = propre.cursor("");
    warmUpOnDocuments(params);
  }

  /** Propre, list API: the list, then one {@code Token} object per token, each read. */
  @Benchmark
  public int propreTokenizeList() {
    return CharLoop.readEach(propre.tokenize(text));
  }

  /** Propre, streaming API: one reused cursor, nothing allocated per token. */
  @Benchmark
  public int propreTokenizeStream() {
    return CharLoop.countTokens(cursor, text);
  }

  /** The bound: one table lookup per char. */
  @Benchmark
  public int charLoop() {
    return CharLoop.run(chars);
  }

  /** The bound for a tokenizer: word runs and single chars, no French rule ({@link CharLoop#wordRuns}). */
  @Benchmark
  public int wordRunSplitter() {
    return CharLoop.wordRuns(chars);
  }

  @Benchmark
  public int luceneStandardTokenizer() throws IOException {
    standard.setReader(new StringReader(text));
    return LuceneBaselines.count(standard);
  }

  @Benchmark
  public int luceneStandardElisionLowercase() throws IOException {
    return LuceneBaselines.count(standardElisionLowercase.tokenStream("f", text));
  }

  @Benchmark
  public int luceneFrenchAnalyzer() throws IOException {
    return LuceneBaselines.count(french.tokenStream("f", text));
  }

  @Benchmark
  public int icuWordBreakIterator() {
    icuWords.setText(text);
    int n = 0;
    while (icuWords.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  @Benchmark
  public int jdkWordBreakIterator() {
    jdkWords.setText(text);
    int n = 0;
    while (jdkWords.next() != java.text.BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  /** Lucene helpers shared by the benchmarks. */
  static final class LuceneBaselines {
    private LuceneBaselines() {}

    /** Consumes a token stream the way an indexer does: reset, every token, end, close. */
    static int count(TokenStream ts) throws IOException {
      int n = 0;
      try (ts) {
        ts.reset();
        while (ts.incrementToken()) {
          n++;
        }
        ts.end();
      }
      return n;
    }

    /** StandardTokenizer + ElisionFilter (French articles) + LowerCaseFilter, as Elasticsearch users chain them. */
    static Analyzer standardElisionLowercase() {
      return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream ts = new org.apache.lucene.analysis.util.ElisionFilter(source,
              FrenchAnalyzer.DEFAULT_ARTICLES);
          ts = new org.apache.lucene.analysis.core.LowerCaseFilter(ts);
          return new TokenStreamComponents(source, ts);
        }
      };
    }
  }
}

package io.github.propre.benchmarks;

import io.github.propre.lucene.PropreFrenchAnalyzer;
import io.github.propre.lucene.PropreTokenizer;
import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Lucene analysis: Propre's tokenizer and French analyzer against Lucene's StandardTokenizer and
 * FrenchAnalyzer, on the same text in the same run. One operation is one pass of a token stream over
 * the whole corpus (read through a Reader, as Lucene indexes a field); the reporter turns operations
 * per second into characters per second.
 *
 * <ul>
 *   <li>{@code propreTokenizer} / {@code luceneStandardTokenizer}: the tokenizers alone.
 *   <li>{@code propreFrenchAnalyzer} / {@code luceneFrenchAnalyzer}: the whole search chains (elision,
 *       lower case, stop words, light stemming; Propre also cleans the text first, drops punctuation,
 *       strips clitics and folds typography).
 *   <li>{@code propreFrenchChainWithoutCleaning}: Propre's chain without its cleaning char filter, built
 *       by SPI names as the README shows, to see what cleaning costs.
 * </ul>
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="LuceneAnalyzerBenchmark"}.
 */
public class LuceneAnalyzerBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  Tokenizer propreTokenizer;
  Tokenizer standardTokenizer;
  Analyzer propreFrench;
  Analyzer propreWithoutCleaning;
  Analyzer luceneFrench;

  @Setup
  public void setUp(BenchmarkParams params) throws IOException {
    text = Corpora.get(corpus, size);
    propreTokenizer = new PropreTokenizer();
    standardTokenizer = new StandardTokenizer();
    propreFrench = new PropreFrenchAnalyzer();
    propreWithoutCleaning = CustomAnalyzer.builder()
        .withTokenizer("propreFrench")
        .addTokenFilter("propreElision")
        .addTokenFilter("proprePunctuation")
        .addTokenFilter("propreClitic")
        .addTokenFilter("propreFolding")
        .addTokenFilter("lowercase")
        .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
            "format", "snowball")
        .addTokenFilter("frenchLightStem")
        .build();
    luceneFrench = new FrenchAnalyzer();
    warmUpOnDocuments(params);
  }

  @TearDown
  public void tearDown() {
    propreFrench.close();
    propreWithoutCleaning.close();
    luceneFrench.close();
  }

  @Benchmark
  public int propreTokenizer() throws IOException {
    propreTokenizer.setReader(new StringReader(text));
    return count(propreTokenizer);
  }

  @Benchmark
  public int luceneStandardTokenizer() throws IOException {
    standardTokenizer.setReader(new StringReader(text));
    return count(standardTokenizer);
  }

  @Benchmark
  public int propreFrenchAnalyzer() throws IOException {
    return count(propreFrench.tokenStream("f", text));
  }

  @Benchmark
  public int propreFrenchChainWithoutCleaning() throws IOException {
    return count(propreWithoutCleaning.tokenStream("f", text));
  }

  @Benchmark
  public int luceneFrenchAnalyzer() throws IOException {
    return count(luceneFrench.tokenStream("f", text));
  }

  private static int count(TokenStream ts) throws IOException {
    return TokenizerBenchmark.LuceneBaselines.count(ts);
  }
}

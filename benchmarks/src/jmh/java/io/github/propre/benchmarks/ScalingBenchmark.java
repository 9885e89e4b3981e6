package io.github.propre.benchmarks;

import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.TokenCursor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Linearity: the same work on 10 K, 1 M and 100 M characters of varied text. Throughput at 100 M
 * should stay within 20 % of throughput at 1 M; the reporter's last column gives the ratio.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="ScalingBenchmark"}.
 */
public class ScalingBenchmark extends BenchmarkSettings {

  @Param({"10000", "1000000", "100000000"})
  public int size;

  String text;
  char[] chars;
  TokenCursor cursor;
  Cleaner cleaner;
  QuoteExtractor quotes;
  Deduplicator dedup;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get("varied", size);
    chars = text.toCharArray();
    cursor = FrenchTokenizer.standard().cursor("");
    cleaner = Cleaner.defaults();
    quotes = QuoteExtractor.standard();
    dedup = Deduplicator.exact();
    warmUpOnDocuments(params);
  }

  @Benchmark
  public int charLoop() {
    return CharLoop.run(chars);
  }

  @Benchmark
  public int propreTokenizeStream() {
    return CharLoop.countTokens(cursor, text);
  }

  @Benchmark
  public int propreClean() {
    return cleaner.clean(text).text().length();
  }

  @Benchmark
  public int propreQuotes() {
    return quotes.extract(text).size();
  }

  @Benchmark
  public int propreDedupExact() {
    return dedup.deduplicate(text).removed().size();
  }
}

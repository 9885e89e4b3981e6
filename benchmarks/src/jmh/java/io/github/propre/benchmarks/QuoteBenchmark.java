package io.github.propre.benchmarks;

import io.github.propre.quote.QuoteExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Quotation extraction with attribution, on news-like text and on dialogue-heavy novels.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="QuoteBenchmark"}.
 */
public class QuoteBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  QuoteExtractor extractor;
  QuoteExtractor structureOnly;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    extractor = QuoteExtractor.standard();
    structureOnly = QuoteExtractor.builder().attribution(false).build();
    warmUpOnDocuments(params);
  }

  @Benchmark
  public int propreQuotes() {
    return extractor.extract(text).size();
  }

  /**
   * The same pass without attribution (no speaker, verb or fragment): what pairing, nesting and
   * dialogue turns cost alone, to set against {@link #propreQuotes()}.
   */
  @Benchmark
  public int propreQuotesWithoutAttribution() {
    return structureOnly.extract(text).size();
  }
}

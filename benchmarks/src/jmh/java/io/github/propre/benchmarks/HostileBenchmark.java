package io.github.propre.benchmarks;

import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Hostile inputs of 10 M characters (10 MB of one quote mark, apostrophe or hyphen, one paragraph
 * without a line break, digits separated by no-break spaces) against varied text of the same size
 * ({@code normal}). Every hostile input should run at 0.1 times normal throughput or better; the
 * reporter's last column gives the ratio.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="HostileBenchmark"}.
 */
public class HostileBenchmark extends BenchmarkSettings {

  @Param({"normal", "guillemets", "apostrophes", "hyphens", "oneParagraph", "nbspDigits"})
  public String kind;

  @Param({"10000000"})
  public int size;

  String text;
  TokenCursor cursor;
  SentenceSplitter sentences;
  Cleaner cleaner;
  QuoteExtractor quotes;
  Deduplicator dedup;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = kind.equals("normal") ? Corpora.get("varied", size) : Corpora.hostile(kind, size);
    cursor = FrenchTokenizer.standard().cursor("");
    sentences = SentenceSplitter.standard();
    cleaner = Cleaner.defaults();
    quotes = QuoteExtractor.standard();
    dedup = Deduplicator.exact();
    warmUpOnDocuments(params);
  }

  @Benchmark
  public int propreTokenizeStream() {
    return CharLoop.countTokens(cursor, text);
  }

  @Benchmark
  public int propreSentences() {
    return sentences.split(text).size();
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

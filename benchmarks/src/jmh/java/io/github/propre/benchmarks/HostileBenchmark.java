package io.github.propre.benchmarks;

import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hostile inputs of 10 M characters (10 MB of one quote mark, apostrophe or hyphen, one paragraph
 * without a line break, digits separated by no-break spaces) against varied text of the same size
 * ({@code normal}). Every hostile input should run at 0.1 times normal throughput or better; the
 * reporter's last column gives the ratio.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="HostileBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class HostileBenchmark {

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
  public void setUp() {
    text = kind.equals("normal") ? Corpora.get("varied", size) : Corpora.hostile(kind, size);
    cursor = FrenchTokenizer.standard().cursor("");
    sentences = SentenceSplitter.standard();
    cleaner = Cleaner.defaults();
    quotes = QuoteExtractor.standard();
    dedup = Deduplicator.exact();
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

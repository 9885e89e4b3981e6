package io.github.propre.benchmarks;

import io.github.propre.quote.QuoteExtractor;
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
 * Quotation extraction with attribution, on news-like text and on dialogue-heavy novels.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="QuoteBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class QuoteBenchmark {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  QuoteExtractor extractor;

  @Setup
  public void setUp() {
    text = Corpora.get(corpus, size);
    extractor = QuoteExtractor.standard();
  }

  @Benchmark
  public int propreQuotes() {
    return extractor.extract(text).size();
  }
}

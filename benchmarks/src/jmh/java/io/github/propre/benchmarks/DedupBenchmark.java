package io.github.propre.benchmarks;

import io.github.propre.dedup.Deduplicator;
import java.util.HashSet;
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
 * Duplicate-paragraph removal: Propre's exact and near modes against the naive line dedup a Java
 * user would write first ({@code split("\n")} plus a {@code HashSet<String>}, no normalization).
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="DedupBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class DedupBenchmark {

  @Param({"varied"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  Deduplicator exact;
  Deduplicator near;

  @Setup
  public void setUp() {
    text = Corpora.get(corpus, size);
    exact = Deduplicator.exact();
    near = Deduplicator.near();
  }

  /** Exact mode, key normalization (NFKC case folding, apostrophes, quotes, spaces) included. */
  @Benchmark
  public int propreDedupExact() {
    return exact.deduplicate(text).removed().size();
  }

  /** Near mode: exact keys plus word 7-grams. */
  @Benchmark
  public int propreDedupNear() {
    return near.deduplicate(text).removed().size();
  }

  @Benchmark
  public int splitHashSet() {
    HashSet<String> seen = new HashSet<>();
    int kept = 0;
    for (String line : text.split("\n")) {
      if (seen.add(line)) {
        kept++;
      }
    }
    return kept;
  }
}

package io.github.propre.benchmarks;

import io.github.propre.dedup.Deduplicator;
import java.util.HashSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Duplicate-paragraph removal: Propre's exact and near modes against the naive line dedup a Java
 * user would write first ({@code split("\n")} plus a {@code HashSet<String>}, no normalization).
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="DedupBenchmark"}.
 */
public class DedupBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  Deduplicator exact;
  Deduplicator near;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    exact = Deduplicator.exact();
    near = Deduplicator.near();
    warmUpOnDocuments(params);
  }

  /**
   * Exact mode, key normalization (NFKC case folding, apostrophes, quotes, spaces) included: the
   * removals, as the baseline gives only which lines to keep (the output text is made when asked for).
   */
  @Benchmark
  public int propreDedupExact() {
    return exact.deduplicate(text).removed().size();
  }

  /** Exact mode and the text without the removed paragraphs, with its map back to the input. */
  @Benchmark
  public int propreDedupExactWithText() {
    return exact.deduplicate(text).text().length();
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

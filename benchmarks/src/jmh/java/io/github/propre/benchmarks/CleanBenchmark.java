package io.github.propre.benchmarks;

import io.github.propre.clean.Cleaner;
import io.github.propre.clean.Quotes;
import io.github.propre.clean.Spaces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Cleaning: the default chain (encoding repair, Unicode, line breaks, apostrophes) and the full French
 * typography chain (plus guillemets and French no-break spaces), one pass each over the corpus. The
 * reporter compares them with the plain char loop of {@link TokenizerBenchmark}.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="CleanBenchmark"}.
 */
public class CleanBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  Cleaner defaults;
  Cleaner typography;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    defaults = Cleaner.defaults();
    typography = Cleaner.builder().quotes(Quotes.GUILLEMETS).spaces(Spaces.FRENCH).build();
    warmUpOnDocuments(params);
  }

  @Benchmark
  public int cleanDefaults() {
    return defaults.clean(text).text().length();
  }

  @Benchmark
  public int cleanFrenchTypography() {
    return typography.clean(text).text().length();
  }
}

package io.github.propre.benchmarks;

import io.github.propre.Document;
import io.github.propre.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The default pipeline: cleaning, paragraphs and exact duplicate removal alone ({@code process}), and
 * with tokens, sentences and quotations all computed.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="PipelineBenchmark"}.
 */
public class PipelineBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  Pipeline pipeline;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    pipeline = Pipeline.defaults();
    warmUpOnDocuments(params);
  }

  /** What {@code process} costs before anything lazy is asked for: cleaning, paragraphs, exact dedup. */
  @Benchmark
  public int propreProcessOnly() {
    Document doc = pipeline.process(text);
    return doc.text().length() + doc.removed().size();
  }

  /** Everything: every token read, sentences and quotations computed too. */
  @Benchmark
  public int propreWholePipeline() {
    Document doc = pipeline.process(text);
    return CharLoop.readEach(doc.tokens()) + doc.sentences().size() + doc.quotes().size()
        + doc.removed().size();
  }
}

package io.github.propre.benchmarks;

import io.github.propre.Document;
import io.github.propre.Pipeline;
import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Linearity: the same work on 10 K, 1 M and 100 M characters of varied text. Throughput at 100 M
 * should stay within 20 % of throughput at 1 M; the reporter's last column gives the ratio.
 *
 * <p>Beyond 1 M characters, the input is its first 1 M characters repeated ({@link Corpora#scaling}),
 * so that the ratio measures the size and not a different mix of text.
 *
 * <p>Duplicate removal and the whole pipeline run on {@link Corpora#distinct}, the same text with no
 * paragraph repeated exactly: on the plain corpus, which repeats every 0.6 M characters, 99.4 % of
 * 100 M characters would be exact copies, cheaper to judge than new text (and, in the pipeline,
 * removed before tokens, sentences and quotations), so the 100 M figure would measure the corpus,
 * not linearity.
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="ScalingBenchmark"}.
 */
public class ScalingBenchmark extends BenchmarkSettings {

  @Param({"10000", "1000000", "100000000"})
  public int size;

  /** The methods that read {@link Corpora#distinct} instead of the varied corpus. */
  private static final Set<String> ON_DISTINCT_PARAGRAPHS =
      Set.of("propreDedupExact", "propreDedupNear", "propreWholePipeline");

  String text;
  char[] chars;
  TokenCursor cursor;
  Cleaner cleaner;
  SentenceSplitter sentences;
  QuoteExtractor quotes;
  Deduplicator dedup;
  Deduplicator near;
  Pipeline pipeline;

  @Setup
  public void setUp(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    text = ON_DISTINCT_PARAGRAPHS.contains(method) ? Corpora.distinct(size) : Corpora.scaling(size);
    chars = text.toCharArray();
    cursor = FrenchTokenizer.standard().cursor("");
    cleaner = Cleaner.defaults();
    sentences = SentenceSplitter.standard();
    quotes = QuoteExtractor.standard();
    dedup = Deduplicator.exact();
    near = Deduplicator.near();
    pipeline = Pipeline.defaults();
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
  public int propreSentences() {
    return sentences.split(text).size();
  }

  @Benchmark
  public int propreQuotes() {
    return quotes.extract(text).size();
  }

  @Benchmark
  public int propreDedupExact() {
    return dedup.deduplicate(text).removed().size();
  }

  @Benchmark
  public int propreDedupNear() {
    return near.deduplicate(text).removed().size();
  }

  /** As {@code PipelineBenchmark.propreWholePipeline}: every token read, sentences and quotations computed too. */
  @Benchmark
  public int propreWholePipeline() {
    Document doc = pipeline.process(text);
    return CharLoop.readEach(doc.tokens()) + doc.sentences().size() + doc.quotes().size()
        + doc.removed().size();
  }
}

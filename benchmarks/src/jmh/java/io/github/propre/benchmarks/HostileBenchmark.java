package io.github.propre.benchmarks;

import io.github.propre.Document;
import io.github.propre.Pipeline;
import io.github.propre.clean.Cleaner;
import io.github.propre.dedup.Deduplicator;
import io.github.propre.quote.QuoteExtractor;
import io.github.propre.token.FrenchTokenizer;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Hostile inputs of 10 M characters (10 MB of one quote mark, apostrophe or hyphen, one paragraph
 * without a line break, digits separated by no-break spaces) against varied text of the same size
 * ({@code normal}), for each stage (exact and near dedup included) and the whole pipeline as
 * {@code PipelineBenchmark} runs it, duplicate paragraphs kept (the normal text repeats every 0.6 M
 * characters). Every hostile input should run at 0.1 times normal throughput or
 * better; the reporter's last column gives the ratio.
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
  Deduplicator near;
  Pipeline pipeline;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = kind.equals("normal") ? Corpora.get("varied", size) : Corpora.hostile(kind, size);
    cursor = FrenchTokenizer.standard().cursor("");
    sentences = SentenceSplitter.standard();
    cleaner = Cleaner.defaults();
    quotes = QuoteExtractor.standard();
    dedup = Deduplicator.exact();
    near = Deduplicator.near();
    // Duplicates kept: the normal text repeats its 0.6 M characters, so exact dedup would cut it to
    // 0.66 M before tokens, sentences and quotes, and the ratio would compare 10 M characters of
    // hostile input with 0.66 M of normal text. The hostile inputs are one paragraph each, from which
    // dedup removes nothing; its cost on them is propreDedupExact's.
    pipeline = Pipeline.defaults().toBuilder().keepDuplicateParagraphs().build();
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

  /**
   * Near mode. On the normal text most paragraphs are exact copies (caught first, no n-grams), and
   * the near test reads the first 2^20 characters of a paragraph, so both sides n-gram about 1 M
   * characters. Fewer iterations than the class's (2 warm-up, 3 measured), as {@link
   * #propreWholePipeline}.
   */
  @Benchmark
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public int propreDedupNear() {
    return near.deduplicate(text).removed().size();
  }

  /**
   * As {@code PipelineBenchmark.propreWholePipeline}: every token read, sentences and quotations
   * computed too, with duplicate paragraphs kept (see {@link #setUp}).
   * 2 warm-up and 3 measured iterations, not 3 and 5, so that this method and {@link #propreDedupNear}
   * add about 4 minutes to the full run (12 forks), not 6: on 10 M characters of {@code «} one call
   * takes seconds, and the check these runs serve (0.1 times normal throughput or better) is coarse.
   */
  @Benchmark
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public int propreWholePipeline() {
    Document doc = pipeline.process(text);
    return CharLoop.readEach(doc.tokens()) + doc.sentences().size() + doc.quotes().size()
        + doc.removed().size();
  }
}

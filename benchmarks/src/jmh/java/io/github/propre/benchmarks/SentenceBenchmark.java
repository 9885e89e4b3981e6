package io.github.propre.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.propre.token.SentenceSplitter;
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
 * Sentence splitting: Propre's splitter against ICU's French sentence iterator with CLDR's
 * abbreviation suppressions ({@code fr@ss=standard}).
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="SentenceBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class SentenceBenchmark {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  BreakIterator icuSentences;
  SentenceSplitter propre;

  @Setup
  public void setUp() {
    text = Corpora.get(corpus, size);
    icuSentences = BreakIterator.getSentenceInstance(new ULocale("fr@ss=standard"));
    propre = SentenceSplitter.standard();
  }

  @Benchmark
  public int propreSentences() {
    return propre.split(text).size();
  }

  @Benchmark
  public int icuSentenceBreakIterator() {
    icuSentences.setText(text);
    int n = 0;
    while (icuSentences.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }
}

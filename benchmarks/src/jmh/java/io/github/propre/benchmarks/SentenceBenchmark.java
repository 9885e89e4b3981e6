package io.github.propre.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.propre.token.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Sentence splitting: Propre's splitter against ICU's French sentence iterator with CLDR's
 * abbreviation suppressions ({@code fr@ss=standard}).
 *
 * <p>Run alone: {@code mvn -Pbenchmarks verify -Djmh.args="SentenceBenchmark"}.
 */
public class SentenceBenchmark extends BenchmarkSettings {

  @Param({"varied", "dialogue"})
  public String corpus;

  @Param({"1000000"})
  public int size;

  String text;
  BreakIterator icuSentences;
  SentenceSplitter propre;

  @Setup
  public void setUp(BenchmarkParams params) {
    text = Corpora.get(corpus, size);
    icuSentences = BreakIterator.getSentenceInstance(new ULocale("fr@ss=standard"));
    propre = SentenceSplitter.standard();
    warmUpOnDocuments(params);
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

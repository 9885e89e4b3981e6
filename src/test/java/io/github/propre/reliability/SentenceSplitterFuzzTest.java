package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.text.Span;
import io.github.propre.token.SentenceSplitter;
import java.util.List;

/**
 * Fuzzes {@link SentenceSplitter}: sentences keep the {@linkplain Invariants#sentences sentence
 * invariants}, and splitting is deterministic.
 */
class SentenceSplitterFuzzTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

  @FuzzTest(maxDuration = "10s")
  void split(FuzzedDataProvider data) {
    String text = FuzzText.from(data, 4096);
    List<Span> sentences = SPLITTER.split(text);
    Invariants.sentences(text, sentences);
    Invariants.check(sentences.size() <= text.length(), "more sentences than chars");
    Invariants.check(SPLITTER.split(text).equals(sentences), "two splits of one text differ");
  }
}

package io.github.propre.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.propre.text.Span;
import io.github.propre.token.SentenceSplitter;
import io.github.propre.token.TokenCursor;
import java.util.List;

/**
 * Fuzzes {@link SentenceSplitter}: sentences keep the {@linkplain Invariants#sentences sentence
 * invariants}, splitting is deterministic, and a {@linkplain SentenceSplitter#feed feed} given the
 * tokenizer's tokens finds the same sentences.
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
    SentenceSplitter.TokenFeed feed = SPLITTER.feed(text);
    TokenCursor c = SPLITTER.tokenizer().cursor(text);
    while (c.next()) {
      feed.token(c.start(), c.end(), c.type());
    }
    Invariants.check(feed.finish().equals(sentences), "a feed of the tokens finds other sentences");
  }
}

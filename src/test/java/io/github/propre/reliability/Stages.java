package io.github.propre.reliability;

import io.github.propre.Document;
import io.github.propre.clean.Cleaned;
import io.github.propre.dedup.DedupResult;
import io.github.propre.quote.Quote;
import io.github.propre.text.Span;
import io.github.propre.token.Token;
import io.github.propre.token.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every stage of the library as a function of one text with the invariants its answer keeps: what
 * the hostile-input suite runs on each input.
 */
final class Stages {
  private Stages() {}

  /**
   * One stage: {@code run} computes its answer, {@code check} verifies the answer against the text.
   * {@code streaming} stages hold memory independent of the number of items they find; {@code
   * perToken} ones build an object per token (about 170 bytes per char of hostile input), so the
   * multi-megabyte runs leave them to the smaller sizes.
   */
  record Stage(String name, boolean streaming, boolean perToken, Function<String, Object> run,
      BiConsumer<String, Object> check) {
    void runAndCheck(String text) {
      check.accept(text, run.apply(text));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Stage> all() {
    List<Stage> out = new ArrayList<>();
    out.add(new Stage("tokens", false, true, Analysis.TOKENIZER::tokenize,
        (t, r) -> Invariants.tokens(t, (List<Token>) r)));
    out.add(new Stage("token cursor", true, false, Stages::cursor, (t, r) -> {
      long[] counts = (long[]) r;
      Invariants.check(counts[0] <= t.length() && counts[1] <= t.length(), "cursor found more than the text");
    }));
    out.add(new Stage("sentences", false, false, Analysis.SPLITTER::split,
        (t, r) -> Invariants.sentences(t, (List<Span>) r)));
    out.add(new Stage("dedup exact", true, false, Analysis.EXACT::deduplicate,
        (t, r) -> Invariants.dedup(t, (DedupResult) r)));
    out.add(new Stage("dedup near", true, false, Analysis.NEAR::deduplicate,
        (t, r) -> Invariants.dedup(t, (DedupResult) r)));
    out.add(new Stage("cleaner", true, false, Analysis.CLEANER::clean, (t, r) -> {
      Cleaned c = (Cleaned) r;
      Invariants.check(c.raw().equals(t), "raw text not kept");
      Invariants.mapped(c.mappedText(), t.length());
    }));
    out.add(new Stage("quotes", false, false, Analysis.QUOTES::extract, (t, r) -> Invariants.quotes(t, (List<Quote>) r)));
    out.add(new Stage("pipeline", false, true, Stages::pipeline, (t, r) -> Invariants.document((Document) r)));
    return out;
  }

  /** Processes {@code text} and asks the document for everything, as a user would. */
  static Document pipeline(String text) {
    Document d = Analysis.PIPELINE.process(text);
    d.tokens();
    d.sentences();
    d.quotes();
    return d;
  }

  /** Streams the tokens; returns {number of tokens, chars covered}. */
  static long[] cursor(String text) {
    TokenCursor c = Analysis.TOKENIZER.cursor(text);
    long n = 0;
    long covered = 0;
    while (c.next()) {
      n++;
      covered += c.end() - c.start();
    }
    return new long[] {n, covered};
  }
}

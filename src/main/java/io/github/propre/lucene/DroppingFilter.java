package io.github.propre.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops the tokens {@link #drop()} selects without leaving a position gap: the tokens around a
 * dropped {@code l’} or {@code ,} stay adjacent, as if the tokenizer had never emitted it (Lucene's
 * {@code StandardTokenizer} emits neither), so a phrase query matches across it. A gap the dropped
 * token itself carried (from a stop word removed before it) moves to the next token.
 *
 * <p>Not thread-safe, like every token stream.
 */
abstract class DroppingFilter extends TokenFilter {
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private int carriedGap;
  private boolean emitted;
  private boolean droppedLast;

  DroppingFilter(TokenStream input) {
    super(input);
  }

  /** Returns true if the current token must be dropped; may change the token if it is kept. */
  abstract boolean drop();

  @Override
  public final boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int inc = posIncAtt.getPositionIncrement();
      if (drop()) {
        carriedGap += Math.max(0, inc - 1);
        droppedLast = true;
        continue;
      }
      if (inc == 0 && (droppedLast || !emitted)) {
        inc = 1; // it was stacked on a dropped token: it takes that token's place
      }
      posIncAtt.setPositionIncrement(inc + carriedGap);
      carriedGap = 0;
      droppedLast = false;
      emitted = true;
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + carriedGap);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    carriedGap = 0;
    emitted = false;
    droppedLast = false;
  }
}

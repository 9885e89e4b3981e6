package io.github.propre.dedup;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * A text without some of its spans, with the map back to the text, made the first time it is asked
 * for: a caller that only wants the removals does not pay for a copy of the whole text (on 100 M
 * characters, a 200 MB buffer and its string).
 *
 * <p>Thread-safe: two threads that ask at once may both make it, and make it equal; {@link
 * MappedText} is immutable, so a thread that sees another's reference sees it whole.
 */
final class LazyOutput {
  private final String text;
  /** The spans to delete, {@code [starts[i], ends[i])}, in order and disjoint; the arrays are ours. */
  private final int[] starts;
  private final int[] ends;
  private final int count;
  private volatile MappedText made;

  private LazyOutput(String text, int[] starts, int[] ends, int count, MappedText made) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
    this.made = made;
  }

  /** The text {@code text} without {@code [starts[i], ends[i])} for {@code i < count}, made when asked for. */
  static LazyOutput deleting(String text, int[] starts, int[] ends, int count) {
    return new LazyOutput(text, starts, ends, count, null);
  }

  /** An output already made. */
  static LazyOutput of(MappedText output) {
    return new LazyOutput(null, null, null, 0, output);
  }

  MappedText get() {
    MappedText m = made;
    if (m == null) {
      TextRewriter rewriter = new TextRewriter(text);
      for (int i = 0; i < count; i++) {
        rewriter.delete(starts[i], ends[i]);
      }
      m = rewriter.finish();
      made = m;
    }
    return m;
  }
}

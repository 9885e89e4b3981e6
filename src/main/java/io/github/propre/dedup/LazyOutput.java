package io.github.propre.dedup;

import io.github.propre.internal.TextRewriter;
import io.github.propre.text.MappedText;

/**
 * A text without the spans its duplicate paragraphs took with them ({@link Removal#removedSpan()}),
 * with the map back to the text, made the first time it is asked for: a caller that only wants the
 * removals does not pay for a copy of the whole text (on 100 M characters, a 200 MB buffer and its
 * string).
 *
 * <p>Thread-safe: two threads that ask at once may both make it, and make it equal; {@link
 * MappedText} is immutable, so a thread that sees another's reference sees it whole. The text must
 * not change until then (a {@code String}, or {@link #get()} called at once).
 */
final class LazyOutput {
  private final CharSequence text;
  private final LazyRemovals removed;
  private volatile MappedText made;

  private LazyOutput(CharSequence text, LazyRemovals removed) {
    this.text = text;
    this.removed = removed;
  }

  /** The text {@code text} without the removed spans of {@code removed}, which are in order. */
  static LazyOutput deleting(CharSequence text, LazyRemovals removed) {
    return new LazyOutput(text, removed);
  }

  MappedText get() {
    MappedText m = made;
    if (m == null) {
      TextRewriter rewriter = new TextRewriter(text);
      for (int i = 0, n = removed.size(); i < n; i++) {
        rewriter.delete(removed.spanStart(i), removed.spanEnd(i)); // without making the removals
      }
      m = rewriter.finish();
      made = m;
    }
    return m;
  }
}

package io.github.propre.dedup;

import io.github.propre.text.Paragraph;
import io.github.propre.text.Span;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The paragraphs of a text, or some of them, as an unmodifiable list whose {@link Paragraph}s (and
 * their text, a copy of the paragraph's characters) are made when first asked for: a caller that only
 * wants the deduplicated text or the removals does not pay for a copy of every paragraph.
 *
 * <p>Thread-safe: a paragraph made twice by two threads is made equal, and {@link Paragraph} is
 * immutable, so a thread that sees another's reference sees it whole.
 */
final class LazyParagraphs extends AbstractList<Paragraph> implements RandomAccess {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  /** The paragraphs made so far, shared by every view of the same text. */
  private final Paragraph[] made;
  /** The paragraph numbers of this view, or null for all of them in order. */
  private final int[] which;

  /** All the paragraphs whose spans are {@code [starts[i], ends[i])}. */
  LazyParagraphs(String text, int[] starts, int[] ends) {
    this(text, starts, ends, new Paragraph[starts.length], null);
  }

  private LazyParagraphs(String text, int[] starts, int[] ends, Paragraph[] made, int[] which) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.made = made;
    this.which = which;
  }

  /** Returns the view of the paragraphs numbered {@code which[0, count)}, in that order. */
  LazyParagraphs only(int[] which, int count) {
    return new LazyParagraphs(text, starts, ends, made, Arrays.copyOf(which, count));
  }

  @Override
  public Paragraph get(int index) {
    int i = which == null ? Objects.checkIndex(index, starts.length) : which[Objects.checkIndex(index, which.length)];
    Paragraph p = made[i];
    if (p == null) {
      p = new Paragraph(i, text.substring(starts[i], ends[i]), new Span(starts[i], ends[i]));
      made[i] = p;
    }
    return p;
  }

  @Override
  public int size() {
    return which == null ? starts.length : which.length;
  }
}

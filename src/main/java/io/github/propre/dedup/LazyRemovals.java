package io.github.propre.dedup;

import io.github.propre.text.Paragraph;
import io.github.propre.text.Span;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The removals of one deduplication as an unmodifiable list whose {@link Removal}s (and the paragraph
 * each holds, with a copy of its text) are made when first asked for: a caller that wants the output,
 * or how many paragraphs went, copies no removed paragraph. On a text that is mostly copies that is
 * most of the text (99 % of the benchmark's 100 M characters).
 *
 * <p>Thread-safe, as {@link LazyParagraphs}: a removal made twice by two threads is made equal, and
 * {@link Removal} is immutable.
 */
final class LazyRemovals extends AbstractList<Removal> implements RandomAccess {
  private final List<Paragraph> paragraphs;
  /** For each removal: the paragraph's number, the span it takes out of the text, and its verdict. */
  private final int[] which;
  private final int[] spanStarts;
  private final int[] spanEnds;
  private final Verdict[] verdicts;
  private final int count;
  private final Removal[] made;

  /**
   * The removals of the paragraphs numbered {@code which[0, count)} (of {@code paragraphs}), each
   * taking {@code [spanStarts[i], spanEnds[i])} out of the text, as {@code verdicts[i]} decided.
   */
  LazyRemovals(List<Paragraph> paragraphs, int[] which, int[] spanStarts, int[] spanEnds,
      Verdict[] verdicts, int count) {
    this.paragraphs = paragraphs;
    this.which = which;
    this.spanStarts = spanStarts;
    this.spanEnds = spanEnds;
    this.verdicts = verdicts;
    this.count = count;
    this.made = new Removal[count];
  }

  /** Returns where the {@code i}-th removal's span starts, without making the removal. */
  int spanStart(int i) {
    return spanStarts[Objects.checkIndex(i, count)];
  }

  /** Returns where the {@code i}-th removal's span ends, without making the removal. */
  int spanEnd(int i) {
    return spanEnds[Objects.checkIndex(i, count)];
  }

  @Override
  public Removal get(int index) {
    Removal r = made[Objects.checkIndex(index, count)];
    if (r == null) {
      Verdict v = verdicts[index];
      r = new Removal(paragraphs.get(which[index]), new Span(spanStarts[index], spanEnds[index]),
          v.duplicateOf(), v.kind(), v.similarity());
      made[index] = r;
    }
    return r;
  }

  @Override
  public int size() {
    return count;
  }
}

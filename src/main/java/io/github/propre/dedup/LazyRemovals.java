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
  /** Where every paragraph starts; a removal's span runs to the next start, or to the text's end. */
  private final int[] starts;
  private final int textLength;
  /** Every paragraph's verdict. */
  private final Verdict[] verdicts;
  /** The numbers of the removed paragraphs, in order: {@code which[0, count)}. */
  private final int[] which;
  private final int count;
  private final Removal[] made;

  /**
   * The removals of the paragraphs numbered {@code which[0, count)} among {@code paragraphs}, which
   * start at {@code starts} in a text of {@code textLength} characters and were judged {@code verdicts}.
   */
  LazyRemovals(List<Paragraph> paragraphs, int[] starts, int textLength, Verdict[] verdicts, int[] which,
      int count) {
    this.paragraphs = paragraphs;
    this.starts = starts;
    this.textLength = textLength;
    this.verdicts = verdicts;
    this.which = which;
    this.count = count;
    this.made = new Removal[count];
  }

  /** Returns where the {@code i}-th removal's span starts, without making the removal. */
  int spanStart(int i) {
    return starts[which[Objects.checkIndex(i, count)]];
  }

  /** Returns where the {@code i}-th removal's span ends, without making the removal. */
  int spanEnd(int i) {
    int p = which[Objects.checkIndex(i, count)];
    return p + 1 < starts.length ? starts[p + 1] : textLength;
  }

  @Override
  public Removal get(int index) {
    Removal r = made[Objects.checkIndex(index, count)];
    if (r == null) {
      int p = which[index];
      Verdict v = verdicts[p];
      r = new Removal(paragraphs.get(p), new Span(spanStart(index), spanEnd(index)), v.duplicateOf(),
          v.kind(), v.similarity());
      made[index] = r;
    }
    return r;
  }

  @Override
  public int size() {
    return count;
  }
}

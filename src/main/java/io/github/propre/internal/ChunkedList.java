package io.github.propre.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list kept in arrays of {@value #CHUNK} elements, for lists that may hold millions of
 * small objects made in one call (the tokens of a long text).
 *
 * <p>Why not an {@code ArrayList}: one array of more than about 130,000 references (262,000 with
 * compressed pointers) is a humongous object for G1 with its default 2 MB regions. G1 allocates it
 * straight in the old generation, and a young collection must then keep alive every young object
 * that array points to, even once the array itself is garbage: each of them is copied, then promoted,
 * and the old generation fills until a mixed collection. Measured on 1 M characters of dialogue
 * (206,839 tokens, past the 200,000 the list was sized for): 53 young collections of about 150 ms in
 * 16 s, half the run time, against 13 of about 5 ms for the same work in smaller arrays. Chunks of
 * {@value #CHUNK} references stay far below the humongous size whatever the heap.
 *
 * <p>Immutable once built, so safe to share between threads; {@code null} elements are refused.
 * Built by one thread with a {@link Builder}:
 *
 * <pre>{@code
 * ChunkedList.Builder<Token> b = new ChunkedList.Builder<>();
 * b.add(token);
 * List<Token> tokens = b.build();
 * }</pre>
 *
 * @param <E> the element type
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {
  private static final int SHIFT = 12;
  /** Elements per chunk: 16 KB of references with compressed pointers, 32 KB without. */
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final Object[][] chunks;
  private final int size;

  private ChunkedList(Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /**
   * Returns {@code list} if it is a {@code ChunkedList}, else an immutable copy in chunks: what
   * {@link List#copyOf} does, without its single array.
   *
   * @throws NullPointerException if {@code list} or one of its elements is null
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOf(List<? extends E> list) {
    if (list instanceof ChunkedList<?> chunked) {
      return (List<E>) chunked;
    }
    Builder<E> b = new Builder<>();
    for (E e : list) {
      b.add(e);
    }
    return b.build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) chunks[index >>> SHIFT][index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Collects the elements of one {@link ChunkedList}, in order; used once. Not thread-safe.
   *
   * @param <E> the element type
   */
  public static final class Builder<E> {
    private Object[][] chunks = new Object[4][];
    private Object[] last;
    private int size;
    private boolean built;

    /**
     * Appends {@code element}.
     *
     * @throws NullPointerException if {@code element} is null
     * @throws IllegalStateException if {@link #build()} was called
     */
    public Builder<E> add(E element) {
      Objects.requireNonNull(element, "element");
      if (built) {
        throw new IllegalStateException("add after build(): a builder makes one list");
      }
      int at = size & MASK;
      if (at == 0) {
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunk * 2);
        }
        // The first chunk starts small: most lists (a sentence's tokens) are short.
        last = chunks[chunk] = new Object[chunk == 0 ? 16 : CHUNK];
      } else if (at == last.length) {
        last = chunks[size >>> SHIFT] = Arrays.copyOf(last, Math.min(CHUNK, at * 2));
      }
      last[at] = element;
      size++;
      return this;
    }

    /** Returns the number of elements added so far. */
    public int size() {
      return size;
    }

    /**
     * Returns the list of the elements added, in order; the builder takes no more.
     *
     * @throws IllegalStateException if called twice
     */
    public ChunkedList<E> build() {
      if (built) {
        throw new IllegalStateException("build() called twice: a builder makes one list");
      }
      built = true;
      return new ChunkedList<>(chunks, size);
    }
  }
}

package io.github.propre.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into some text.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Span s = Span.of(4, 9);
 * "Une nouvelle".substring(s.start(), s.end()); // "nouve"
 * }</pre>
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive; never less than {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Checks that {@code 0 <= start <= end}. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span: expected 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  /** Returns the span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Returns the number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** Returns true if this span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Returns true if {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Returns true if the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Returns the characters of {@code text} covered by this span. */
  public String textIn(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

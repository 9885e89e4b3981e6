package io.github.propre.internal;

import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;

/**
 * Rewrites a text in one left-to-right pass, recording how offsets move.
 *
 * <p>Every cleaning step scans its input once and calls {@link #replace}, {@link #delete} or
 * {@link #insert} where it changes something, always at increasing positions. Nothing is copied
 * until the first change, so a step that finds nothing to do costs one scan and no allocation.
 *
 * <p>The output is built in a UTF-16 {@code StringBuilder} from the start: a Latin-1 one would be
 * widened (reallocated and copied) at the first other char, and a {@code char[]} costs one more
 * array of the text's size when it becomes a string. Cleaning a megabyte of text is bound by such
 * allocations and copies as much as by the scan.
 *
 * <p>Not thread-safe: one rewriter per scan.
 */
public final class TextRewriter {
  private final CharSequence input;
  private final OffsetMap.Builder map = OffsetMap.builder();
  private StringBuilder out; // null until the first change
  private int copied; // input offset up to which the input has been copied to out

  public TextRewriter(CharSequence input) {
    this.input = input;
  }

  /** Returns the text being rewritten. */
  public CharSequence input() {
    return input;
  }

  /** Replaces input {@code [start, end)} with {@code replacement}. */
  public void replace(int start, int end, CharSequence replacement) {
    copyUpTo(start);
    int outStart = out.length();
    out.append(replacement);
    map.replaced(start, end, outStart, out.length());
    copied = end;
  }

  /** Replaces input {@code [start, end)} with the single character {@code c}. */
  public void replace(int start, int end, char c) {
    copyUpTo(start);
    int outStart = out.length();
    out.append(c);
    map.replaced(start, end, outStart, outStart + 1);
    copied = end;
  }

  /** Replaces input {@code [start, end)} with the code point {@code cp}. */
  public void replaceWithCodePoint(int start, int end, int cp) {
    copyUpTo(start);
    int outStart = out.length();
    out.appendCodePoint(cp);
    map.replaced(start, end, outStart, out.length());
    copied = end;
  }

  /** Removes input {@code [start, end)}. */
  public void delete(int start, int end) {
    copyUpTo(start);
    map.replaced(start, end, out.length(), out.length());
    copied = end;
  }

  /** Inserts {@code text} before input offset {@code at}. */
  public void insert(int at, CharSequence text) {
    replace(at, at, text);
  }

  /** Returns true once something was changed. */
  public boolean changed() {
    return out != null;
  }

  /** Returns the rewritten text and the map from its offsets back to the input's. */
  public MappedText finish() {
    if (out == null) {
      return MappedText.unchanged(input);
    }
    copyUpTo(input.length());
    String text = out.toString();
    return MappedText.of(text, map.build(input.length(), text.length()));
  }

  private void copyUpTo(int position) {
    if (position < copied) {
      throw new IllegalStateException("edits must come in order: position " + position
          + " is before " + copied);
    }
    if (out == null) {
      out = new StringBuilder(1);
      out.append('\u0100').setLength(0); // UTF-16 now, before it holds anything to widen
      out.ensureCapacity(input.length() + 16);
    }
    out.append(input, copied, position);
    copied = position;
  }
}

package io.github.propre.internal;

import io.github.propre.text.MappedText;
import io.github.propre.text.OffsetMap;
import java.util.Arrays;

/**
 * Rewrites a text in one left-to-right pass, recording how offsets move.
 *
 * <p>Every cleaning step scans its input once and calls {@link #replace}, {@link #delete} or
 * {@link #insert} where it changes something, always at increasing positions. Nothing is copied
 * until the first change, so a step that finds nothing to do costs one scan and no allocation.
 *
 * <p>The output is built in a {@code char[]} filled with {@link String#getChars}, which the JVM
 * copies as a block, where {@code StringBuilder.append(CharSequence, int, int)} copies a UTF-16
 * string one char at a time.
 *
 * <p>Not thread-safe: one rewriter per scan.
 */
public final class TextRewriter {
  private final CharSequence input;
  private final OffsetMap.Builder map = OffsetMap.builder();
  private char[] out; // null until the first change
  private int length; // chars written to out
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
    int outStart = length;
    int n = replacement.length();
    ensure(n);
    if (replacement instanceof String s) {
      s.getChars(0, n, out, length);
    } else {
      for (int k = 0; k < n; k++) {
        out[length + k] = replacement.charAt(k);
      }
    }
    length += n;
    map.replaced(start, end, outStart, length);
    copied = end;
  }

  /** Replaces input {@code [start, end)} with the single character {@code c}. */
  public void replace(int start, int end, char c) {
    copyUpTo(start);
    int outStart = length;
    ensure(1);
    out[length++] = c;
    map.replaced(start, end, outStart, outStart + 1);
    copied = end;
  }

  /** Replaces input {@code [start, end)} with the code point {@code cp}. */
  public void replaceWithCodePoint(int start, int end, int cp) {
    copyUpTo(start);
    int outStart = length;
    ensure(2);
    length += Character.toChars(cp, out, length);
    map.replaced(start, end, outStart, length);
    copied = end;
  }

  /** Removes input {@code [start, end)}. */
  public void delete(int start, int end) {
    copyUpTo(start);
    map.replaced(start, end, length, length);
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
    String text = new String(out, 0, length);
    return MappedText.of(text, map.build(input.length(), text.length()));
  }

  private void copyUpTo(int position) {
    if (position < copied) {
      throw new IllegalStateException("edits must come in order: position " + position
          + " is before " + copied);
    }
    if (out == null) {
      out = new char[input.length() + 16];
    }
    int n = position - copied;
    ensure(n);
    if (input instanceof String s) {
      s.getChars(copied, position, out, length);
    } else {
      for (int k = 0; k < n; k++) {
        out[length + k] = input.charAt(copied + k);
      }
    }
    length += n;
    copied = position;
  }

  /** Makes room for {@code n} more chars. */
  private void ensure(int n) {
    if (length + n > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
    }
  }
}

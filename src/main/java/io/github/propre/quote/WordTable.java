package io.github.propre.quote;

import java.util.Arrays;

/**
 * An open-addressing hash table from lower-case words to int values, looked up directly on a range
 * of a {@link CharSequence} (no substring, no allocation). Lookup folds case and reads every
 * apostrophe look-alike ({@code ’ ʼ ‘}) as {@code '}.
 *
 * <p>Immutable after construction; safe to share between threads once published.
 */
final class WordTable {
  private final char[][] keys;
  private final int[] values;
  private final int mask;
  private int size;

  WordTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new char[cap][];
    values = new int[cap];
    mask = cap - 1;
  }

  /** Returns the number of words. */
  int size() {
    return size;
  }

  /** {@link #fold} of every UTF-16 unit, computed once: one lookup per character in the hot loops. */
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < FOLD.length; c++) {
      char f;
      if (c == '\u2019' || c == '\u02BC' || c == '\u2018') {
        f = '\'';
      } else {
        f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c) : Character.toLowerCase((char) c);
      }
      FOLD[c] = f;
    }
  }

  /** Returns {@code c} in lower case, with every apostrophe look-alike read as {@code '}. */
  static char fold(char c) {
    return FOLD[c];
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  /** Sets the value of {@code word} to {@code value | old value}; grows never (size it first). */
  void merge(String word, int value, java.util.function.IntBinaryOperator how) {
    int slot = hash(word, 0, word.length()) & mask;
    char[] folded = new char[word.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(word.charAt(i));
    }
    while (keys[slot] != null) {
      if (Arrays.equals(keys[slot], folded)) {
        values[slot] = how.applyAsInt(values[slot], value);
        return;
      }
      slot = slot + 1 & mask;
    }
    if (size + 1 > keys.length * 3 / 4) {
      throw new IllegalStateException("word table full: size it for more than " + size + " words");
    }
    keys[slot] = folded;
    values[slot] = value;
    size++;
  }

  /** Calls {@code action} with every word (folded) and its value, in no particular order. */
  void forEach(java.util.function.ObjIntConsumer<String> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        action.accept(new String(keys[i]), values[i]);
      }
    }
  }

  /** Returns the value of the word {@code s[start, end)}, or 0 if it is absent. */
  int get(CharSequence s, int start, int end) {
    int len = end - start;
    int slot = hash(s, start, end) & mask;
    while (true) {
      char[] k = keys[slot];
      if (k == null) {
        return 0;
      }
      if (k.length == len) {
        int i = 0;
        while (i < len && k[i] == fold(s.charAt(start + i))) {
          i++;
        }
        if (i == len) {
          return values[slot];
        }
      }
      slot = slot + 1 & mask;
    }
  }
}

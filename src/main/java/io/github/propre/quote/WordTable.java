package io.github.propre.quote;

import java.util.Arrays;

/**
 * An open-addressing hash table from lower-case words to int values, looked up directly on a range
 * of a {@code char[]} (no substring, no allocation). Lookup folds case and reads every
 * apostrophe look-alike ({@code ’ ʼ ‘}) as {@code '}.
 *
 * <p>A slot holds a word's full hash next to its entry number, so that a word that is not in the
 * table (most words looked up) costs one cache line of slots and no key comparison; the keys sit
 * one after the other in a single {@code char[]}.
 *
 * <p>Immutable after construction; safe to share between threads once published.
 */
final class WordTable {
  /** Pairs (hash, entry + 1); entry 0 marks an empty slot. */
  private final int[] slots;
  private final int mask;
  /** The folded keys, one after the other; entry {@code e} is {@code pool[keyStart[e], keyStart[e + 1])}. */
  private char[] pool = new char[256];
  private final int[] keyStart;
  private final int[] values;
  private int size;

  WordTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[2 * cap];
    mask = cap - 1;
    int entries = cap * 3 / 4;
    keyStart = new int[entries + 1];
    values = new int[entries];
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

  private static int hash(char[] a, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(a[i]);
    }
    return h ^ (h >>> 16);
  }

  /** Adds {@code word} with {@code value}, or combines {@code value} into the value it has. */
  void merge(String word, int value, java.util.function.IntBinaryOperator how) {
    char[] a = word.toCharArray();
    int h = hash(a, 0, a.length);
    int slot = h & mask;
    int e;
    while ((e = slots[2 * slot + 1]) != 0) {
      if (slots[2 * slot] == h && matches(e - 1, a, 0, a.length)) {
        values[e - 1] = how.applyAsInt(values[e - 1], value);
        return;
      }
      slot = slot + 1 & mask;
    }
    if (size == values.length) {
      throw new IllegalStateException("word table full: size it for more than " + size + " words");
    }
    int from = keyStart[size];
    if (from + a.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + a.length));
    }
    for (int i = 0; i < a.length; i++) {
      pool[from + i] = fold(a[i]);
    }
    keyStart[size + 1] = from + a.length;
    values[size] = value;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = ++size;
  }

  /** Calls {@code action} with every word and its value. */
  void forEach(java.util.function.ObjIntConsumer<String> action) {
    for (int e = 0; e < size; e++) {
      action.accept(new String(pool, keyStart[e], keyStart[e + 1] - keyStart[e]), values[e]);
    }
  }

  /** Returns the value of the word {@code s}, 0 if it has none; for calls off the hot paths. */
  int get(CharSequence s) {
    char[] a = s.toString().toCharArray();
    return get(a, 0, a.length);
  }

  /** Returns the value of the word {@code a[start, end)}, 0 if it has none. */
  int get(char[] a, int start, int end) {
    int h = hash(a, start, end);
    int slot = h & mask;
    int e;
    while ((e = slots[2 * slot + 1]) != 0) {
      if (slots[2 * slot] == h && matches(e - 1, a, start, end)) {
        return values[e - 1];
      }
      slot = slot + 1 & mask;
    }
    return 0;
  }

  private boolean matches(int entry, char[] a, int start, int end) {
    int k = keyStart[entry];
    if (keyStart[entry + 1] - k != end - start) {
      return false;
    }
    for (int i = start; i < end; i++, k++) {
      if (pool[k] != fold(a[i])) {
        return false;
      }
    }
    return true;
  }
}

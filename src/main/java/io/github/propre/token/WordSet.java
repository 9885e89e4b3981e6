package io.github.propre.token;

import io.github.propre.internal.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable set of short words, looked up directly in a {@code char[]} range without allocating.
 *
 * <p>Keys are folded before comparison: every apostrophe look-alike becomes {@code '}, every hyphen
 * look-alike {@code -}, and, unless the set is case-sensitive, letters are lower-cased. Thread-safe.
 */
final class WordSet {
  private final char[][] keys;
  private final int[] table;
  private final int mask;
  private final boolean caseSensitive;
  private final int maxLength;
  /** The folding this set applies: {@link #FOLD_CASE} or {@link #FOLD_NO_CASE}. */
  private final char[] folding;
  /**
   * Bit {@code (first & 63) << 6 | (last & 63)} is set if a word starts with {@code first} and ends
   * with {@code last} (folded): most words looked up are in no set, and two characters tell.
   */
  private final long[] firstLast = new long[64];

  /** {@link #fold(char, boolean)} of every char, case-insensitive and case-sensitive. */
  private static final char[] FOLD_NO_CASE = new char[0x10000];
  private static final char[] FOLD_CASE = new char[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      FOLD_NO_CASE[c] = fold((char) c, false);
      FOLD_CASE[c] = fold((char) c, true);
    }
  }

  private WordSet(List<String> words, boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
    this.folding = caseSensitive ? FOLD_CASE : FOLD_NO_CASE;
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.table = new int[size];
    this.mask = size - 1;
    List<char[]> distinct = new ArrayList<>();
    int max = 0;
    for (String w : words) {
      char[] k = w.toCharArray();
      for (int i = 0; i < k.length; i++) {
        k[i] = fold(k[i], caseSensitive);
      }
      if (indexOf(distinct, k) >= 0) {
        continue;
      }
      distinct.add(k);
      max = Math.max(max, k.length);
      if (k.length > 0) {
        int bit = (k[0] & 63) << 6 | (k[k.length - 1] & 63);
        firstLast[bit >>> 6] |= 1L << bit;
      }
      int slot = hashFolded(k) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = distinct.size();
    }
    this.keys = distinct.toArray(new char[0][]);
    this.maxLength = max;
  }

  private static int indexOf(List<char[]> list, char[] k) {
    for (int i = 0; i < list.size(); i++) {
      if (java.util.Arrays.equals(list.get(i), k)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns a set of {@code words}, compared case-insensitively unless {@code caseSensitive}. */
  static WordSet of(List<String> words, boolean caseSensitive) {
    return new WordSet(words, caseSensitive);
  }

  /**
   * Returns the set loaded from the resource {@code name} beside this class: one word per line,
   * blank lines and lines starting with {@code #} ignored, surrounding spaces trimmed.
   */
  static WordSet load(String name, boolean caseSensitive) {
    return new WordSet(lines(name), caseSensitive);
  }

  /** Returns the words of a resource list (see {@link #load}). */
  static List<String> lines(String name) {
    return WordLists.words(WordSet.class, name);
  }

  /** Returns the length of the longest word. */
  int maxLength() {
    return maxLength;
  }

  /** Returns the number of distinct words. */
  int size() {
    return keys.length;
  }

  /** Returns true if {@code a[start, end)}, folded, is in the set. */
  boolean contains(char[] a, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > maxLength) {
      return false;
    }
    final char[] f = folding;
    int bit = (f[a[start]] & 63) << 6 | (f[a[end - 1]] & 63);
    if ((firstLast[bit >>> 6] & 1L << bit) == 0) {
      return false;
    }
    int slot = hash(a, start, end) & mask;
    while (true) {
      int id = table[slot];
      if (id == 0) {
        return false;
      }
      char[] k = keys[id - 1];
      if (k.length == n && equal(k, a, start)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Returns true if {@code s}, folded, is in the set. */
  boolean contains(CharSequence s) {
    char[] a = s.toString().toCharArray();
    return contains(a, 0, a.length);
  }

  private boolean equal(char[] k, char[] a, int start) {
    final char[] f = folding;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != f[a[start + i]]) {
        return false;
      }
    }
    return true;
  }

  private static int hashFolded(char[] k) {
    int h = 0;
    for (char c : k) {
      h = 31 * h + c;
    }
    return h ^ (h >>> 16);
  }

  private int hash(char[] a, int start, int end) {
    final char[] f = folding;
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + f[a[i]];
    }
    return h ^ (h >>> 16);
  }

  /** Returns {@code c} with apostrophes and hyphens unified and, unless case-sensitive, lower-cased. */
  static char fold(char c, boolean caseSensitive) {
    if (c < 0x80) {
      return !caseSensitive && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (CharTable.isApostrophe(c)) {
      return '\'';
    }
    if (c == '\u2010' || c == '\u2011') {
      return '-';
    }
    return caseSensitive ? c : Character.toLowerCase(c);
  }
}

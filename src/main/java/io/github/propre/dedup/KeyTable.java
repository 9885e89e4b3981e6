package io.github.propre.dedup;

import java.util.Arrays;

/**
 * An open-addressing hash table of 64-bit keys (already well mixed) with up to two {@code long}
 * columns and an optional count per key, holding at most a fixed number of keys.
 *
 * <p>Linear probing; the table starts small and doubles up to the size that holds its maximum at a
 * load of 3/4, so memory follows use and never exceeds {@link #maxBytes}. When the table holds its
 * maximum, {@link #insert} refuses new keys (and counts them) instead of growing or evicting: what
 * was admitted stays, so decisions never depend on what was forgotten.
 *
 * <p>Not thread-safe: {@link DuplicateIndex} guards it.
 */
final class KeyTable {
  private static final int MIN_SLOTS = 1024;
  /** Stands for key 0, which marks an empty slot. */
  private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

  private final int maxKeys;
  private final int maxSlots;
  private final boolean secondColumn;
  private final boolean counted;
  private long[] keys;
  private long[] first;
  private long[] second;
  private int[] counts;
  private int size;
  private long refused;

  KeyTable(int maxKeys, boolean secondColumn, boolean counted) {
    this.maxKeys = maxKeys;
    this.maxSlots = maxSlots(maxKeys);
    this.secondColumn = secondColumn;
    this.counted = counted;
    allocate(Math.min(MIN_SLOTS, maxSlots));
  }

  private static int maxSlots(int maxKeys) {
    long slots = ((long) maxKeys * 4 + 2) / 3 + 1; // load <= 3/4, and always one empty slot
    return (int) Math.min(slots, Integer.MAX_VALUE - 16);
  }

  /** Returns the heap bytes a table of {@code maxKeys} may take, growth included. */
  static long maxBytes(int maxKeys, boolean secondColumn, boolean counted) {
    if (maxKeys == 0) {
      return 0;
    }
    long perSlot = 16 + (secondColumn ? 8 : 0) + (counted ? 4 : 0);
    long slots = maxSlots(maxKeys);
    // the last doubling holds the old table (at most half the final one) while it copies
    return perSlot * (slots + slots / 2);
  }

  private void allocate(int slots) {
    keys = new long[slots];
    first = new long[slots];
    second = secondColumn ? new long[slots] : null;
    counts = counted ? new int[slots] : null;
  }

  /** Returns the slot of {@code key}, or -1. */
  int find(long key) {
    long k = key == 0 ? ZERO_KEY : key;
    long[] ks = keys;
    int n = ks.length;
    int i = home(k, n);
    while (true) {
      long at = ks[i];
      if (at == k) {
        return i;
      }
      if (at == 0) {
        return -1;
      }
      if (++i == n) {
        i = 0;
      }
    }
  }

  /**
   * Adds {@code key}, which must be absent, and returns its slot for the caller to fill; returns -1
   * and counts a refusal if the table already holds its maximum.
   */
  int insert(long key) {
    if (size >= maxKeys) {
      refused++;
      return -1;
    }
    if (size + 1 > keys.length / 4 * 3 && keys.length < maxSlots) {
      grow();
    }
    long k = key == 0 ? ZERO_KEY : key;
    int n = keys.length;
    int i = home(k, n);
    while (keys[i] != 0) {
      if (++i == n) {
        i = 0;
      }
    }
    keys[i] = k;
    size++;
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldFirst = first;
    long[] oldSecond = second;
    int[] oldCounts = counts;
    allocate((int) Math.min((long) oldKeys.length * 2, maxSlots));
    int n = keys.length;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k == 0) {
        continue;
      }
      int i = home(k, n);
      while (keys[i] != 0) {
        if (++i == n) {
          i = 0;
        }
      }
      keys[i] = k;
      first[i] = oldFirst[j];
      if (second != null) {
        second[i] = oldSecond[j];
      }
      if (counts != null) {
        counts[i] = oldCounts[j];
      }
    }
  }

  /** Maps a key to a slot with a multiply-shift on its high bits: any table size works. */
  private static int home(long k, int n) {
    return (int) (((k >>> 32) * n) >>> 32);
  }

  long first(int slot) {
    return first[slot];
  }

  void first(int slot, long value) {
    first[slot] = value;
  }

  long second(int slot) {
    return second[slot];
  }

  void second(int slot, long value) {
    second[slot] = value;
  }

  int count(int slot) {
    return counts[slot];
  }

  void count(int slot, int value) {
    counts[slot] = value;
  }

  int size() {
    return size;
  }

  int maxKeys() {
    return maxKeys;
  }

  long refused() {
    return refused;
  }

  boolean isFull() {
    return size >= maxKeys;
  }

  /** Returns the heap bytes the table's arrays take now. */
  long bytes() {
    return (long) keys.length * (16 + (second != null ? 8 : 0) + (counts != null ? 4 : 0));
  }

  void clear() {
    Arrays.fill(keys, 0);
    size = 0;
    refused = 0;
  }
}

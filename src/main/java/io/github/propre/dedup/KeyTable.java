package io.github.propre.dedup;

import java.util.Arrays;

/**
 * An open-addressing hash table of 64-bit keys (already well mixed) with one or two {@code long}
 * columns and, once asked for, a count per key, holding at most a fixed number of keys; or, packed,
 * of keys cut to their top {@code 64 - b} bits with a {@code b}-bit column in the same {@code long}
 * (see {@link #KeyTable(int, int, int, int)}).
 *
 * <p>Linear probing; the table starts small and doubles up to the size that holds its maximum at
 * its maximum load, so memory follows use and never exceeds {@link #maxBytes}. Keys are uniform
 * hashes, so a high load costs a few more sequential probes, not clustering. A slot's key and
 * columns sit side by side in one array, so a lookup and the read of what it found share a cache
 * line. When the table holds its maximum, {@link #add} and {@link #insert} refuse new keys (and
 * count them) instead of growing or evicting: what was admitted stays, so decisions never depend on
 * what was forgotten.
 *
 * <p>Not thread-safe: {@link DuplicateIndex} guards it.
 */
final class KeyTable {
  private static final int MIN_SLOTS = 1024;
  /** Stands for key 0 (a key whose key bits are 0, when packed), since 0 marks an empty slot. */
  private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

  private final int maxKeys;
  private final int maxSlots;
  /** The most keys per 8 slots. */
  private final int loadEighths;
  /** Longs per slot: the key and one or two columns; 1 when the column is packed into the key. */
  private final int stride;
  /**
   * The bits of a slot that hold its key: all of them, or, when the column is packed into the key's
   * low bits, the others (see {@link #KeyTable(int, int, int, int)}).
   */
  private final long keyMask;
  private boolean counted;
  /** Slot {@code i} is {@code cells[i * stride]} (key, 0 if empty) and the columns after it. */
  private long[] cells;
  private int slots;
  private int[] counts;
  private int size;
  private long refused;
  /** How many times the table grew: slots found before a growth are meaningless after it. */
  private int growths;

  /**
   * Returns a table of at most {@code maxKeys} keys, filled to at most {@code loadEighths}/8 of its
   * slots, with a second column if asked.
   */
  KeyTable(int maxKeys, int loadEighths, boolean secondColumn) {
    this(maxKeys, loadEighths, secondColumn, 0);
  }

  /**
   * Returns a table as {@link #KeyTable(int, int, boolean)} does, allocated from the start for
   * {@code expectedKeys} (at most {@code maxKeys}): a caller that knows roughly how many keys are
   * coming saves the doublings on the way there.
   */
  KeyTable(int maxKeys, int loadEighths, boolean secondColumn, int expectedKeys) {
    this(maxKeys, loadEighths, secondColumn ? 3 : 2, -1L, expectedKeys);
  }

  /**
   * Returns a table as {@link #KeyTable(int, int, boolean, int)} does, with one column of
   * {@code columnBits} bits (1 to 32) packed into the low bits of each slot: a slot is one
   * {@code long}, half the memory, and a lookup reads half the cache lines. Keys are then told apart
   * by their other {@code 64 - columnBits} bits only, so two keys that agree on them are one key.
   */
  KeyTable(int maxKeys, int loadEighths, int columnBits, int expectedKeys) {
    this(maxKeys, loadEighths, 1, -1L << checkBits(columnBits), expectedKeys);
  }

  private static int checkBits(int columnBits) {
    if (columnBits < 1 || columnBits > 32) {
      throw new IllegalArgumentException("columnBits: expected 1 to 32, got " + columnBits);
    }
    return columnBits;
  }

  private KeyTable(int maxKeys, int loadEighths, int stride, long keyMask, int expectedKeys) {
    this.maxKeys = maxKeys;
    this.loadEighths = loadEighths;
    this.maxSlots = maxSlots(maxKeys, loadEighths);
    this.stride = stride;
    this.keyMask = keyMask;
    int expectedSlots = maxSlots(Math.min(Math.max(0, expectedKeys), maxKeys), loadEighths);
    allocate(Math.min(Math.max(MIN_SLOTS, expectedSlots), maxSlots));
  }

  private static int maxSlots(int maxKeys, int loadEighths) {
    long slots = ((long) maxKeys * 8 + loadEighths - 1) / loadEighths + 1; // one slot stays empty
    return (int) Math.min(slots, (Integer.MAX_VALUE - 16) / 3);
  }

  /** Returns the heap bytes a table of {@code maxKeys} may take, growth included. */
  static long maxBytes(int maxKeys, int loadEighths, boolean secondColumn, boolean counted) {
    return maxBytes(maxKeys, loadEighths, 16 + (secondColumn ? 8 : 0) + (counted ? 4 : 0));
  }

  /** Returns the heap bytes a table with {@code perSlot} bytes per slot may take, growth included. */
  static long maxBytes(int maxKeys, int loadEighths, long perSlot) {
    if (maxKeys == 0) {
      return 0;
    }
    long slots = maxSlots(maxKeys, loadEighths);
    // the last doubling holds the old table (at most half the final one) while it copies
    return perSlot * (slots + slots / 2);
  }

  /** Starts counting copies per key; keys already held count as one copy each. */
  void countCopies() {
    if (!counted) {
      counted = true;
      counts = new int[slots];
      Arrays.fill(counts, 1);
    }
  }

  private void allocate(int n) {
    slots = n;
    cells = new long[n * stride];
    counts = counted ? new int[n] : null;
  }

  /** Returns what a slot holding {@code key} holds in its key bits; never 0, the empty slot. */
  private long stored(long key) {
    long k = key & keyMask;
    return k == 0 ? ZERO_KEY & keyMask : k;
  }

  /** Returns the slot of {@code key}, or -1. */
  int find(long key) {
    int slot = probe(key);
    return slot >= 0 ? slot : -1;
  }

  /**
   * Returns the slot of {@code key} if it is present, else {@code -1 - e} where {@code e} is the
   * empty slot that ended the search: where {@link #addAt} puts the key without searching again.
   */
  int probe(long key) {
    long k = stored(key);
    long m = keyMask;
    long[] c = cells;
    int n = slots;
    int s = stride;
    int i = home(k, n);
    while (true) {
      long at = c[i * s];
      if ((at & m) == k) {
        return i;
      }
      if (at == 0) {
        return -1 - i;
      }
      if (++i == n) {
        i = 0;
      }
    }
  }

  /**
   * Adds {@code key} as {@link #add} does, for a {@link #probe} that returned {@code probed < 0}
   * with {@link #growths()} unchanged since: the slot that probe ended on, if still empty, is the
   * key's slot (slots only ever fill, so the search would end there again); if a key added since
   * took it, this searches as {@link #add} does.
   */
  int addAt(long key, int probed) {
    int i = -1 - probed;
    if (size < maxKeys && !mustGrowFor(1) && cells[i * stride] == 0) {
      return place(key, i);
    }
    return add(key);
  }

  /**
   * Grows the table now, if it will have to for {@code count} more keys, so that slots found by
   * {@link #probe} before those keys are added stay valid for {@link #addAt}.
   */
  void reserve(int count) {
    while (mustGrowFor(count)) {
      grow();
    }
  }

  /** Returns true if {@code count} more keys would take the table past its load and it can grow. */
  private boolean mustGrowFor(int count) {
    return size + (long) count > (long) slots * loadEighths / 8 && slots < maxSlots;
  }

  /** Returns how many times the table has grown. */
  int growths() {
    return growths;
  }

  /**
   * Reads the home slot of each of {@code keys[0, count)} and returns a value made from them: run
   * before a batch of lookups, the reads miss the cache together instead of one after the other.
   */
  long touch(long[] keys, int count) {
    long[] c = cells;
    int n = slots;
    int s = stride;
    long sink = 0;
    for (int j = 0; j < count; j++) {
      long k = keys[j];
      sink += c[home(stored(k), n) * s];
    }
    return sink;
  }

  /** {@link #add} result: the key was already there. */
  static final int PRESENT = -2;

  /**
   * Adds {@code key} if it is absent, probing once, and returns its new slot for the caller to fill;
   * returns {@link #PRESENT} if it was there, or -1 (and counts a refusal) if the table is full.
   */
  int add(long key) {
    if (size >= maxKeys) {
      if (find(key) >= 0) {
        return PRESENT;
      }
      refused++;
      return -1;
    }
    reserve(1);
    int probed = probe(key);
    return probed >= 0 ? PRESENT : place(key, -1 - probed);
  }

  /** Puts {@code key} in the empty {@code slot} and returns the slot. */
  private int place(long key, int slot) {
    cells[slot * stride] = stored(key);
    size++;
    return slot;
  }

  /**
   * Adds {@code key}, which must be absent, and returns its slot for the caller to fill; returns -1
   * and counts a refusal if the table already holds its maximum.
   */
  int insert(long key) {
    int slot = add(key);
    if (slot == PRESENT) {
      throw new IllegalStateException("key already present");
    }
    return slot;
  }

  private void grow() {
    growths++;
    long[] old = cells;
    int[] oldCounts = counts;
    int oldSlots = slots;
    allocate((int) Math.min((long) slots * 2, maxSlots));
    int n = slots;
    int s = stride;
    for (int j = 0; j < oldSlots; j++) {
      long k = old[j * s];
      if (k == 0) {
        continue;
      }
      int i = home(k & keyMask, n);
      while (cells[i * s] != 0) {
        if (++i == n) {
          i = 0;
        }
      }
      System.arraycopy(old, j * s, cells, i * s, s);
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
    return stride == 1 ? cells[slot] & ~keyMask : cells[slot * stride + 1];
  }

  /**
   * Sets the first column of {@code slot}; a packed column takes {@code 0 <= value < 2^columnBits}
   * (checked: an overflow would change the key).
   */
  void first(int slot, long value) {
    if (stride == 1) {
      if ((value & keyMask) != 0) {
        throw new IllegalArgumentException("value: expected 0 to " + ~keyMask + ", got " + value);
      }
      cells[slot] = cells[slot] & keyMask | value;
    } else {
      cells[slot * stride + 1] = value;
    }
  }

  long second(int slot) {
    return cells[slot * stride + 2];
  }

  void second(int slot, long value) {
    cells[slot * stride + 2] = value;
  }

  /** Returns the copies counted for the key in {@code slot} (1 while copies are not counted). */
  int count(int slot) {
    return counted ? counts[slot] : 1;
  }

  /** Sets the copies counted for the key in {@code slot}; ignored while copies are not counted. */
  void count(int slot, int value) {
    if (counted) {
      counts[slot] = value;
    }
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
    return (long) cells.length * 8 + (counts != null ? (long) counts.length * 4 : 0);
  }
}

package io.github.propre.clean;

import java.util.Arrays;

/**
 * What one pass over a text found for the cleaning steps: which {@link Triggers} bits occur, where
 * each first occurs, and (while they are few) the positions of every char that carries one.
 *
 * <p>The cleaner scans its input once, then runs only the steps whose bits were seen, each from the
 * first position that concerns it, visiting only the listed positions: undamaged text costs one
 * table lookup per char. After a step changes the text, the next step asks for a new scan ({@link
 * #of(String)}). {@link #full(String)} is the step-by-step path, which claims every bit everywhere:
 * every step runs over every char, as each one did on its own.
 *
 * <p>Not thread-safe: one per cleaning call.
 */
final class Scan {
  private static final int BITS = 19;

  private final String text;
  private final boolean full;
  private final int wanted;
  private final int seen;
  private final int[] first; // by bit number, for the bits seen
  private final int[] positions; // null: not listed (full scan, or too many)
  private final int count;
  private int cursor; // index into positions where the last lookup ended

  private Scan(String text, boolean full, int wanted, int seen, int[] first, int[] positions,
      int count) {
    this.text = text;
    this.full = full;
    this.wanted = wanted;
    this.seen = seen;
    this.first = first;
    this.positions = positions;
    this.count = count;
  }

  /** Returns the step-by-step scan of {@code text}: every bit seen, first at 0, every char a candidate. */
  static Scan full(String text) {
    return new Scan(text, true, -1, -1, null, null, 0);
  }

  /** Returns the scan of {@code text} for the steps whose triggers are {@code wanted}. */
  static Scan of(String text, int wanted) {
    Finder f = new Finder(text, wanted);
    int n = text.length();
    // A byte table of the chars that may tell something stops the skip loop; those few chars
    // are looked at closely.
    byte[] stops = Triggers.stops(charMask(f.hot));
    for (int i = skip(text, 0, stops); i < n; i = skip(text, i + 1, stops)) {
      int hot = f.hot;
      f.visit(i);
      if (f.hot != hot) {
        if (f.hot == 0) {
          break; // every bit found and nothing to list: the rest cannot tell more
        }
        stops = Triggers.stops(charMask(f.hot));
      }
    }
    return new Scan(text, false, wanted, f.seen, f.first, f.positions, f.count);
  }

  /**
   * Returns the first position at or after {@code from} of a char {@code stops} marks, or the
   * text's length. The loop undamaged text spends its time in: one load and one test per char.
   * Kept alone and small, it compiles to a tight loop; with the close look inside it, it would not.
   */
  private static int skip(String text, int from, byte[] stops) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (stops[text.charAt(i)] != 0) {
        return i;
      }
    }
    return n;
  }

  /**
   * Returns the table bits of the chars the scan must stop at to see {@code hot}: its single-char
   * bits, and continuation chars when it looks for lead-then-continuation pairs.
   */
  private static int charMask(int hot) {
    return (hot & Triggers.PER_CHAR) | ((hot & Triggers.LEAD_THEN_CONT) != 0 ? Triggers.CONT : 0);
  }

  /** What a scan has found so far; the close look at the chars the table stops at. */
  private static final class Finder {
    final String text;
    final int looking; // bits whose first position is wanted
    int listed; // bits whose every position is listed (0 once the list is full)
    int hot; // the bits that still need a close look
    int seen = Triggers.ANY_TEXT;
    final int[] first = new int[BITS];
    int[] positions = new int[64];
    int count;
    final int cap;

    Finder(String text, int wanted) {
      this.text = text;
      // Lead-then-continuation pairs are looked at only while no real mojibake has been found.
      this.looking = (wanted & Triggers.PER_CHAR)
          | ((wanted & Triggers.MOJIBAKE) != 0 ? Triggers.LEAD_THEN_CONT : 0);
      this.listed = wanted & Triggers.PER_CHAR;
      this.hot = looking | listed;
      this.cap = Math.max(1024, text.length() >>> 3); // beyond that, steps scan the text
    }

    void visit(int i) {
      char[] table = Triggers.table();
      int t = table[text.charAt(i)];
      int v = t | (i > 0 ? pair(table[text.charAt(i - 1)], t) : 0);
      if ((v & hot) == 0) {
        return; // a continuation char after no lead
      }
      if ((v & listed) != 0) {
        list(i);
      }
      int fresh = v & looking & ~seen;
      if (fresh != 0) {
        if ((fresh & Triggers.LEAD_THEN_CONT) != 0) {
          fresh &= ~Triggers.LEAD_THEN_CONT;
          if (EncodingRepairStep.mayRepairAt(text, i - 1)) {
            seen |= Triggers.MOJIBAKE | Triggers.LEAD_THEN_CONT;
            first[Integer.numberOfTrailingZeros(Triggers.MOJIBAKE)] = i - 1;
          }
        }
        for (int f = fresh; f != 0; f &= f - 1) {
          first[Integer.numberOfTrailingZeros(f)] = i;
        }
        seen |= fresh;
      }
      hot = (looking & ~seen) | listed;
    }

    private void list(int i) {
      if (count == positions.length) {
        if (count >= cap) {
          listed = 0;
          positions = null;
          return;
        }
        positions = Arrays.copyOf(positions, Math.min(cap, count * 2));
      }
      positions[count++] = i;
    }
  }

  /** Returns {@link Triggers#LEAD_THEN_CONT} if {@code prev} is a lead and {@code t} a continuation. */
  private static int pair(int prev, int t) {
    return (prev << 2) & (t << 1) & Triggers.LEAD_THEN_CONT;
  }

  /** Returns the scan of {@code changed}, a later state of the text, of the same kind as this one. */
  Scan of(String changed) {
    return full ? full(changed) : of(changed, wanted);
  }

  /** Returns the text scanned. */
  String text() {
    return text;
  }

  /** Returns true if a char (or pair) with one of {@code bits} may occur (true for bits not looked for). */
  boolean has(int bits) {
    return (seen & bits) != 0 || (bits & ~wanted & ~Triggers.ANY_TEXT) != 0;
  }

  /** Returns the first position where one of {@code bits} may occur (0 for a full scan, or bits not looked for). */
  int first(int bits) {
    if (full || (bits & ~wanted & ~Triggers.ANY_TEXT) != 0) {
      return 0;
    }
    int min = text.length();
    for (int b = bits & seen; b != 0; b &= b - 1) {
      min = Math.min(min, first[Integer.numberOfTrailingZeros(b)]);
    }
    return min;
  }

  /**
   * Returns the first position at or after {@code from} of a char with one of {@code bits} (single
   * chars only: {@link Triggers#PER_CHAR}), or -1; for a full scan, {@code from} itself while it is
   * in the text. Calls with increasing {@code from} cost, in all, one walk over the list (over the
   * text if the list is full or the scan did not look for {@code bits}).
   */
  int next(int from, int bits) {
    int n = text.length();
    if (full) {
      return from < n ? from : -1;
    }
    char[] table = Triggers.table();
    if (positions == null || (bits & ~wanted) != 0) {
      for (int i = Math.max(from, first(bits)); i < n; i++) {
        if ((table[text.charAt(i)] & bits) != 0) {
          return i;
        }
      }
      return -1;
    }
    int k = cursor;
    if (k > 0 && k <= count && positions[k - 1] >= from) {
      k = lowerBound(from);
    }
    while (k < count && (positions[k] < from || (table[text.charAt(positions[k])] & bits) == 0)) {
      k++;
    }
    cursor = k;
    return k < count ? positions[k] : -1;
  }

  /** Returns the index of the first listed position at or after {@code from}. */
  private int lowerBound(int from) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

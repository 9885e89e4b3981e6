package io.github.propre.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps offsets in a cleaned text back to offsets in the raw text it was made from.
 *
 * <p>Cleaning replaces some ranges of the raw text by other text (a mojibake pair by one letter, an
 * entity by its character, a soft hyphen by nothing). The map records only the replacements that
 * change the text's shape; everywhere else a cleaned character maps to the raw character at the
 * same distance from the last replacement, so a one-for-one substitution ({@code '} for {@code ’})
 * keeps exact positions and costs nothing. Positions inside a replacement map to its edges: a span of the cleaned text
 * always maps to the smallest raw span that holds the source of all its characters.
 *
 * <p>Immutable and thread-safe. Lookups are {@code O(log n)} in the number of replacements.
 *
 * <pre>{@code
 * Document doc = Propre.process("lâ€™Ã©tÃ©");   // cleaned: "l’été"
 * OffsetMap map = doc.offsets();
 * map.rawSpan(2, 5);                            // [4, 9): "Ã©tÃ©" in the raw text
 * }</pre>
 */
public final class OffsetMap {

  private static final int[] NONE = new int[0];

  // Replacement i turned raw [rawStart[i], rawEnd[i]) into cleaned [cleanStart[i], cleanEnd[i]).
  // Sorted and disjoint; never a one-character-for-one replacement. Replacements may touch: several may start at one
  // cleaned offset when all but the last are deletions, and the lookups below rely on taking the
  // last of them for a start and the ones before for an end.
  private final int[] cleanStart;
  private final int[] cleanEnd;
  private final int[] rawStart;
  private final int[] rawEnd;
  private final int cleanedLength;
  private final int rawLength;
  /**
   * Where the last lookup ended, the first place the next one looks: callers map offsets in
   * ascending order (tokens, sentences, quotes), so the next answer is most often here or just after.
   * Only a hint, checked before it is used: a stale value from another thread costs a binary search,
   * never a wrong answer (an int is written whole), so the map stays safe to share.
   */
  private int hint;

  private OffsetMap(int[] cleanStart, int[] cleanEnd, int[] rawStart, int[] rawEnd,
      int cleanedLength, int rawLength) {
    this.cleanStart = cleanStart;
    this.cleanEnd = cleanEnd;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.cleanedLength = cleanedLength;
    this.rawLength = rawLength;
  }

  /** Returns the map of a text that was not changed in length: every offset maps to itself. */
  public static OffsetMap identity(int length) {
    checkLength("length", length);
    return new OffsetMap(NONE, NONE, NONE, NONE, length, length);
  }

  /** Returns the length of the cleaned text this map starts from. */
  public int cleanedLength() {
    return cleanedLength;
  }

  /** Returns the length of the raw text this map points into. */
  public int rawLength() {
    return rawLength;
  }

  /** Returns true if every offset maps to itself. */
  public boolean isIdentity() {
    return cleanStart.length == 0 && cleanedLength == rawLength;
  }

  /** Returns the number of replacements recorded (one-for-one substitutions are not). */
  public int replacementCount() {
    return cleanStart.length;
  }

  /**
   * Returns the raw offset of the character that starts at {@code offset} in the cleaned text (for
   * the start of a span).
   *
   * @throws IndexOutOfBoundsException if {@code offset} is not in {@code [0, cleanedLength()]}
   */
  public int rawStart(int offset) {
    checkOffset(offset);
    int k = lastStartingAtOrBefore(offset);
    if (k < 0) {
      return offset;
    }
    if (offset < cleanEnd[k]) {
      return rawStart[k];
    }
    return rawEnd[k] + (offset - cleanEnd[k]);
  }

  /**
   * Returns the raw offset just after the source of the cleaned character that ends at {@code
   * offset} (for the end of a span).
   *
   * @throws IndexOutOfBoundsException if {@code offset} is not in {@code [0, cleanedLength()]}
   */
  public int rawEnd(int offset) {
    checkOffset(offset);
    int k = lastStartingBefore(offset);
    if (k < 0) {
      return offset;
    }
    if (offset <= cleanEnd[k]) {
      return rawEnd[k];
    }
    return rawEnd[k] + (offset - cleanEnd[k]);
  }

  /**
   * Returns the raw span holding the source of the cleaned characters {@code [start, end)}.
   *
   * @throws IndexOutOfBoundsException if the span is not within {@code [0, cleanedLength()]}
   * @throws IllegalArgumentException if {@code end < start}
   */
  public Span rawSpan(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException("end: expected >= start " + start + ", got " + end);
    }
    int rs = rawStart(start);
    int re = start == end ? rs : rawEnd(end);
    return new Span(rs, Math.max(rs, re));
  }

  /** Returns the raw span holding the source of the cleaned characters covered by {@code span}. */
  public Span rawSpan(Span span) {
    Objects.requireNonNull(span, "span");
    return rawSpan(span.start(), span.end());
  }

  /**
   * Returns the map from the output of a later step straight to this map's raw text.
   *
   * <p>{@code this} maps text B back to raw text A; {@code next} maps text C back to B; the result
   * maps C back to A.
   *
   * @throws IllegalArgumentException if {@code next} does not start from this map's cleaned text
   */
  public OffsetMap andThen(OffsetMap next) {
    Objects.requireNonNull(next, "next");
    if (next.rawLength != cleanedLength) {
      throw new IllegalArgumentException("next: expected a map into a text of length "
          + cleanedLength + ", got one into a text of length " + next.rawLength);
    }
    if (next.cleanStart.length == 0) {
      return this;
    }
    if (cleanStart.length == 0) {
      return next;
    }
    // Sweep both replacement lists in the coordinates they share (this map's cleaned text, the
    // "mid" text), merging those that overlap or touch into one group per output replacement.
    Builder out = new Builder(cleanStart.length + next.cleanStart.length);
    int a = 0; // index into this map's replacements (mid -> raw)
    int b = 0; // index into next's replacements (out -> mid)
    int deltaRaw = 0; // raw - mid after the last consumed replacement of this map
    int deltaOut = 0; // out - mid after the last consumed replacement of next
    int na = cleanStart.length;
    int nb = next.cleanStart.length;
    while (a < na || b < nb) {
      int groupStart = Math.min(a < na ? cleanStart[a] : Integer.MAX_VALUE,
          b < nb ? next.rawStart[b] : Integer.MAX_VALUE);
      // Between replacements both maps are plain shifts, so the group's edges map by the shift
      // in force before it (start) and after its last replacement (end).
      int outStart = groupStart + deltaOut;
      int rawFrom = groupStart + deltaRaw;
      int groupEnd = groupStart;
      boolean grew = true;
      while (grew) {
        grew = false;
        if (a < na && startsInGroup(cleanStart[a], groupStart, groupEnd)) {
          groupEnd = Math.max(groupEnd, cleanEnd[a]);
          deltaRaw = rawEnd[a] - cleanEnd[a];
          a++;
          grew = true;
        }
        if (b < nb && startsInGroup(next.rawStart[b], groupStart, groupEnd)) {
          groupEnd = Math.max(groupEnd, next.rawEnd[b]);
          deltaOut = next.cleanEnd[b] - next.rawEnd[b];
          b++;
          grew = true;
        }
      }
      out.replaced(rawFrom, groupEnd + deltaRaw, outStart, groupEnd + deltaOut);
    }
    return out.build(rawLength, next.cleanedLength);
  }

  /** Returns a builder for a map recorded while scanning a raw text from left to right. */
  public static Builder builder() {
    return new Builder(8);
  }

  /**
   * Returns true if a replacement starting at {@code start} overlaps the group so far: inside it, or
   * at its start while the group is still empty (two empty replacements at one point go together).
   */
  private static boolean startsInGroup(int start, int groupStart, int groupEnd) {
    return start < groupEnd || (start == groupStart && groupEnd == groupStart);
  }

  private int lastStartingAtOrBefore(int offset) {
    int[] starts = cleanStart;
    int n = starts.length;
    if (n == 0 || starts[0] > offset) {
      return -1;
    }
    int k = hint;
    for (int t = k, last = Math.min(n - 1, k + 2); t <= last; t++) {
      if (starts[t] <= offset && (t + 1 == n || starts[t + 1] > offset)) {
        hint = t;
        return t;
      }
    }
    int lo = 0;
    int hi = n - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    hint = found;
    return found;
  }


  private int lastStartingBefore(int offset) {
    return offset == 0 ? -1 : lastStartingAtOrBefore(offset - 1);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > cleanedLength) {
      throw new IndexOutOfBoundsException(
          "offset: expected 0.." + cleanedLength + " in the cleaned text, got " + offset);
    }
  }

  private static void checkLength(String name, int length) {
    if (length < 0) {
      throw new IllegalArgumentException(name + ": expected >= 0, got " + length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && cleanedLength == m.cleanedLength
        && rawLength == m.rawLength
        && Arrays.equals(cleanStart, m.cleanStart)
        && Arrays.equals(cleanEnd, m.cleanEnd)
        && Arrays.equals(rawStart, m.rawStart)
        && Arrays.equals(rawEnd, m.rawEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cleanedLength, rawLength, Arrays.hashCode(cleanStart),
        Arrays.hashCode(rawStart));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OffsetMap[raw ").append(rawLength).append(" -> cleaned ")
        .append(cleanedLength);
    int shown = Math.min(cleanStart.length, 8);
    for (int i = 0; i < shown; i++) {
      sb.append(", raw [").append(rawStart[i]).append(',').append(rawEnd[i]).append(") -> [")
          .append(cleanStart[i]).append(',').append(cleanEnd[i]).append(')');
    }
    if (shown < cleanStart.length) {
      sb.append(", ... ").append(cleanStart.length - shown).append(" more");
    }
    return sb.append(']').toString();
  }

  /**
   * Records, from left to right, the ranges of a raw text that a cleaning step replaced.
   *
   * <p>Not thread-safe: one builder per scan.
   */
  public static final class Builder {
    private int[] cs;
    private int[] ce;
    private int[] rs;
    private int[] re;
    private int size;

    private Builder(int capacity) {
      cs = new int[capacity];
      ce = new int[capacity];
      rs = new int[capacity];
      re = new int[capacity];
    }

    /**
     * Records that raw {@code [rawStart, rawEnd)} became cleaned {@code [cleanStart, cleanEnd)}.
     * Calls must come in increasing order; a replacement of one character by one character is not
     * stored (it maps exactly as it is).
     *
     * @throws IllegalArgumentException if a range is reversed or goes back before the last one
     */
    public Builder replaced(int rawStart, int rawEnd, int cleanStart, int cleanEnd) {
      if (rawEnd < rawStart || cleanEnd < cleanStart || rawStart < 0 || cleanStart < 0) {
        throw new IllegalArgumentException("replacement: expected ordered, non-negative ranges, got raw ["
            + rawStart + ", " + rawEnd + ") -> cleaned [" + cleanStart + ", " + cleanEnd + ")");
      }
      if (size > 0) {
        int last = size - 1;
        if (rawStart < re[last] || cleanStart < ce[last]) {
          throw new IllegalArgumentException("replacement: raw [" + rawStart + ", " + rawEnd
              + ") starts before the end of the previous one, raw [" + rs[last] + ", " + re[last] + ")");
        }
        if (rawStart - re[last] != cleanStart - ce[last]) {
          throw new IllegalArgumentException("replacement: the text between two replacements must be"
              + " copied unchanged, got raw gap " + (rawStart - re[last]) + " and cleaned gap "
              + (cleanStart - ce[last]));
        }
      } else if (rawStart != cleanStart) {
        throw new IllegalArgumentException("replacement: the text before the first replacement must be"
            + " copied unchanged, got raw start " + rawStart + " and cleaned start " + cleanStart);
      }
      if (rawEnd - rawStart == cleanEnd - cleanStart && rawEnd - rawStart <= 1) {
        return this; // one character for one: maps exactly without being recorded
      }
      if (size == cs.length) {
        int n = size * 2;
        cs = Arrays.copyOf(cs, n);
        ce = Arrays.copyOf(ce, n);
        rs = Arrays.copyOf(rs, n);
        re = Arrays.copyOf(re, n);
      }
      cs[size] = cleanStart;
      ce[size] = cleanEnd;
      rs[size] = rawStart;
      re[size] = rawEnd;
      size++;
      return this;
    }

    /**
     * Returns the map for a raw text of {@code rawLength} that became a cleaned text of {@code
     * cleanedLength}.
     *
     * @throws IllegalArgumentException if the lengths disagree with the recorded replacements
     */
    public OffsetMap build(int rawLength, int cleanedLength) {
      checkLength("rawLength", rawLength);
      checkLength("cleanedLength", cleanedLength);
      int tailRaw = size == 0 ? rawLength : rawLength - re[size - 1];
      int tailClean = size == 0 ? cleanedLength : cleanedLength - ce[size - 1];
      if (tailRaw != tailClean || tailRaw < 0) {
        int lastRaw = size == 0 ? 0 : re[size - 1];
        int lastClean = size == 0 ? 0 : ce[size - 1];
        throw new IllegalArgumentException("cleanedLength: expected rawLength - " + (lastRaw - lastClean)
            + " (the text after the last replacement, raw " + lastRaw + " -> cleaned " + lastClean
            + ", is copied unchanged) and rawLength >= " + lastRaw + ", got rawLength " + rawLength
            + " and cleanedLength " + cleanedLength);
      }
      if (size == 0) {
        return new OffsetMap(NONE, NONE, NONE, NONE, cleanedLength, rawLength);
      }
      return new OffsetMap(Arrays.copyOf(cs, size), Arrays.copyOf(ce, size),
          Arrays.copyOf(rs, size), Arrays.copyOf(re, size), cleanedLength, rawLength);
    }
  }
}

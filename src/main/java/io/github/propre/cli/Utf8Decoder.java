package io.github.propre.cli;

/**
 * Decodes UTF-8 bytes that arrive in chunks into UTF-16, recording where each character's bytes
 * start, so that a command can pass the input through byte for byte while it reads it as text.
 *
 * <p>Each ill-formed sequence becomes one U+FFFD and is counted, cut exactly as the JDK's decoder
 * cuts them (Unicode's "maximal subpart" practice, except that an encoded surrogate {@code ED A0..BF
 * xx} is one bad sequence), so offsets agree with the other commands, which read through the JDK.
 * A sequence cut by the end of a chunk waits for the next one.
 *
 * <p>Not thread-safe. No allocation per chunk once the first chunk has been seen.
 */
final class Utf8Decoder {
  private final byte[] carry = new byte[3];
  private int carryLength;
  private byte[] work = new byte[0];
  private long malformed;

  /** Returns the number of ill-formed sequences replaced by U+FFFD so far. */
  long malformed() {
    return malformed;
  }

  /**
   * Decodes {@code in[0, length)}, whose first byte lies at offset {@code base} of the input, after
   * any bytes left over from the previous chunk.
   *
   * @param chars receives the characters from {@code offset}; needs room for {@code length + 3}
   * @param at receives, for each character, the input offset of the first byte of its sequence,
   *     minus {@code origin}
   * @param offset where in {@code chars} and {@code at} to write
   * @param origin subtracted from the offsets written to {@code at}, to keep them small
   * @param last true if no chunk follows: a cut sequence is then ill-formed
   * @return the number of characters written
   */
  int decode(byte[] in, int length, long base, char[] chars, int[] at, int offset, long origin,
      boolean last) {
    byte[] w = in;
    int end = length;
    long first = base; // input offset of w[0]
    if (carryLength > 0) { // put the cut sequence back in front of the chunk
      if (work.length < length + carryLength) {
        work = new byte[length + carryLength];
      }
      System.arraycopy(carry, 0, work, 0, carryLength);
      System.arraycopy(in, 0, work, carryLength, length);
      w = work;
      end = length + carryLength;
      first = base - carryLength;
      carryLength = 0;
    }
    int shift = (int) (first - origin);
    if (shift != first - origin) {
      throw new IllegalArgumentException("origin: " + origin + " is too far from " + first);
    }
    int n = offset;
    int i = 0;
    while (i < end) {
      byte b0 = w[i];
      if (b0 >= 0) {
        at[n] = shift + i;
        chars[n++] = (char) b0;
        i++;
        continue;
      }
      int need = sequenceLength(b0);
      int have = 1;
      while (have < need && i + have < end && continues(b0, have, w[i + have])) {
        have++;
      }
      if (need > 0 && have == need) {
        int cp = b0 & (0xFF >> (need + 1));
        for (int k = 1; k < need; k++) {
          cp = cp << 6 | (w[i + k] & 0x3F);
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
          malformed++; // an encoded surrogate: one bad sequence of three bytes, as the JDK says
          at[n] = shift + i;
          chars[n++] = '\uFFFD';
        } else {
          n = emit(cp, shift + i, chars, at, n);
        }
        i += need;
      } else if (need > 0 && i + have == end && !last) {
        System.arraycopy(w, i, carry, 0, have); // the rest comes with the next chunk
        carryLength = have;
        return n - offset;
      } else {
        malformed++;
        at[n] = shift + i;
        chars[n++] = '\uFFFD';
        i += have;
      }
    }
    return n - offset;
  }

  private static int emit(int cp, int start, char[] chars, int[] at, int n) {
    if (cp < 0x10000) {
      at[n] = start;
      chars[n++] = (char) cp;
    } else {
      at[n] = start;
      chars[n++] = Character.highSurrogate(cp);
      at[n] = start;
      chars[n++] = Character.lowSurrogate(cp);
    }
    return n;
  }

  /** Returns the length of the sequence a lead byte starts, or 0 if it cannot start one. */
  private static int sequenceLength(byte b0) {
    int b = b0 & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    if (b < 0xC2) {
      return 0;
    }
    if (b < 0xE0) {
      return 2;
    }
    if (b < 0xF0) {
      return 3;
    }
    return b < 0xF5 ? 4 : 0;
  }

  /** Returns true if {@code b} may be byte {@code k} (from 1) of a sequence led by {@code b0}. */
  private static boolean continues(byte b0, int k, byte b) {
    int v = b & 0xFF;
    if (k == 1) {
      switch (b0 & 0xFF) {
        case 0xE0: return v >= 0xA0 && v <= 0xBF; // no overlong forms
        case 0xF0: return v >= 0x90 && v <= 0xBF;
        case 0xF4: return v >= 0x80 && v <= 0x8F; // nothing above U+10FFFF
        default: return v >= 0x80 && v <= 0xBF;
      }
    }
    return v >= 0x80 && v <= 0xBF;
  }
}

package io.github.propre.cli;

/**
 * Decodes UTF-8 bytes that arrive in chunks into UTF-16, noting where the lines start in the bytes,
 * so that a command can pass the input through byte for byte while it reads it as text.
 *
 * <p>Each ill-formed sequence becomes one U+FFFD and is counted, cut exactly as the JDK's decoder
 * cuts them (Unicode's "maximal subpart" practice, except that an encoded surrogate {@code ED A0..BF
 * xx} is one bad sequence), so offsets agree with the other commands, which read through the JDK.
 * A sequence cut by the end of a chunk waits for the next one.
 *
 * <p>Marks: for the first character each call writes, and for every character that follows a line
 * terminator ({@code \n}, {@code \r}, U+0085, U+2028, U+2029), the decoder notes the character's
 * index and the input offset of its first byte. Every line start is among them, which is all a
 * command passing lines through needs; recording every character's offset would cost more than
 * decoding.
 *
 * <p>Not thread-safe. No allocation per chunk once the buffers have grown.
 */
final class Utf8Decoder {
  private final byte[] carry = new byte[3];
  private int carryLength;
  private byte[] work = new byte[0];
  private long malformed;
  private int[] markChars = new int[256];
  private int[] markBytes = new int[256];
  private int marks;

  /** Returns the number of ill-formed sequences replaced by U+FFFD so far. */
  long malformed() {
    return malformed;
  }

  /** Forgets the marks. */
  void clearMarks() {
    marks = 0;
  }

  /** Returns the number of marks since {@link #clearMarks()}. */
  int marks() {
    return marks;
  }

  /** Returns the character index of mark {@code k}. */
  int markChar(int k) {
    return markChars[k];
  }

  /** Returns the input offset, minus the {@code origin} of its call, of mark {@code k}. */
  int markByte(int k) {
    return markBytes[k];
  }

  /**
   * Decodes {@code in[0, length)}, whose first byte lies at offset {@code base} of the input, after
   * any bytes left over from the previous chunk.
   *
   * @param chars receives the characters from {@code offset}; needs room for {@code length + 3}
   * @param offset where in {@code chars} to write
   * @param origin subtracted from the byte offsets of the marks, to keep them small
   * @param last true if no chunk follows: a cut sequence is then ill-formed
   * @return the number of characters written
   */
  int decode(byte[] in, int length, long base, char[] chars, int offset, long origin,
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
    boolean markNext = true;
    while (i < end) {
      byte b0 = w[i];
      if (b0 >= 0x0E) { // a run of ASCII without line terminators: the bulk of most text
        if (markNext) {
          mark(n, shift + i);
          markNext = false;
        }
        int j = i;
        do {
          chars[n++] = (char) w[j++];
        } while (j < end && w[j] >= 0x0E);
        i = j;
        continue;
      }
      if (b0 >= 0) {
        if (markNext) {
          mark(n, shift + i);
        }
        chars[n++] = (char) b0;
        markNext = b0 == '\n' || b0 == '\r';
        i++;
        continue;
      }
      if (b0 >= (byte) 0xC2 && b0 < (byte) 0xE0 && i + 1 < end && (w[i + 1] & 0xC0) == 0x80) {
        if (markNext) { // two bytes, é and its kind
          mark(n, shift + i);
        }
        char c = (char) ((b0 & 0x1F) << 6 | (w[i + 1] & 0x3F));
        chars[n++] = c;
        markNext = c == '\u0085';
        i += 2;
        continue;
      }
      int need = sequenceLength(b0);
      int have = 1;
      while (have < need && i + have < end && continues(b0, have, w[i + have])) {
        have++;
      }
      if (need > 0 && have < need && i + have == end && !last) {
        System.arraycopy(w, i, carry, 0, have); // the rest comes with the next chunk
        carryLength = have;
        return n - offset;
      }
      if (markNext) {
        mark(n, shift + i);
      }
      int cp = '\uFFFD';
      if (need > 0 && have == need) {
        cp = b0 & (0xFF >> (need + 1));
        for (int k = 1; k < need; k++) {
          cp = cp << 6 | (w[i + k] & 0x3F);
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
          cp = '\uFFFD'; // an encoded surrogate: one bad sequence of three bytes, as the JDK says
          malformed++;
        }
      } else {
        malformed++;
      }
      if (cp < 0x10000) {
        chars[n++] = (char) cp;
      } else {
        chars[n++] = Character.highSurrogate(cp);
        chars[n++] = Character.lowSurrogate(cp);
      }
      markNext = cp == 0x85 || cp == 0x2028 || cp == 0x2029;
      i += have;
    }
    return n - offset;
  }

  private void mark(int charIndex, int byteOffset) {
    if (marks == markChars.length) {
      markChars = java.util.Arrays.copyOf(markChars, marks * 2);
      markBytes = java.util.Arrays.copyOf(markBytes, marks * 2);
    }
    markChars[marks] = charIndex;
    markBytes[marks] = byteOffset;
    marks++;
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

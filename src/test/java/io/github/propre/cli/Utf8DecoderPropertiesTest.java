package io.github.propre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8DecoderPropertiesTest {

  @Provide
  Arbitrary<byte[]> bytes() {
    // mostly lead and continuation bytes, so that ill-formed sequences are frequent
    Arbitrary<Byte> b = Arbitraries.oneOf(
        Arbitraries.bytes(),
        Arbitraries.of((byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x99,
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0xED, (byte) 0xA0, (byte) 'a',
            (byte) '\n', (byte) 0xF4, (byte) 0x90, (byte) 0xE0, (byte) 0xC0, (byte) '\r',
            (byte) 0xC2, (byte) 0x85));
    return b.array(byte[].class).ofMaxSize(30);
  }

  /** Decodes in chunks of the given sizes (cycled); collects the marks as [char, byte] pairs. */
  static String decode(byte[] input, List<Integer> chunkSizes, List<long[]> marks,
      long[] malformed) {
    Utf8Decoder d = new Utf8Decoder();
    char[] chars = new char[input.length + 8];
    int n = 0;
    int pos = 0;
    int k = 0;
    while (true) {
      int len = Math.min(chunkSizes.get(k++ % chunkSizes.size()), input.length - pos);
      byte[] chunk = java.util.Arrays.copyOfRange(input, pos, pos + len);
      pos += len;
      boolean last = pos == input.length;
      d.clearMarks();
      long origin = pos - len;
      int got = d.decode(chunk, len, origin, chars, n, origin, last);
      for (int m = 0; m < d.marks(); m++) {
        marks.add(new long[] {d.markChar(m), origin + d.markByte(m)});
      }
      n += got;
      if (last) {
        break;
      }
    }
    malformed[0] = d.malformed();
    return new String(chars, 0, n);
  }

  @Property
  void decode_matchesTheJdkWhateverTheChunks(@ForAll("bytes") byte[] input,
      @ForAll("chunks") List<Integer> chunkSizes) {
    long[] malformed = new long[1];
    String expected = new String(input, StandardCharsets.UTF_8);
    assertEquals(expected, decode(input, chunkSizes, new java.util.ArrayList<>(), malformed));
  }

  @Property
  void marks_coverEveryLineStartAndPointAtItsBytes(@ForAll("bytes") byte[] input,
      @ForAll("chunks") List<Integer> chunkSizes) {
    List<long[]> marks = new java.util.ArrayList<>();
    long[] malformed = new long[1];
    String s = decode(input, chunkSizes, marks, malformed);
    java.util.Map<Long, Long> byChar = new java.util.HashMap<>();
    for (long[] m : marks) {
      byChar.put(m[0], m[1]);
    }
    for (int i = 1; i < s.length(); i++) {
      char before = s.charAt(i - 1);
      if (io.github.propre.text.Paragraphs.isLineTerminator(before)) {
        assertEquals(true, byChar.containsKey((long) i), "no mark after the terminator at " + i);
      }
    }
    for (long[] m : marks) {
      int i = (int) m[0];
      char c = s.charAt(i);
      if (c != '\uFFFD') {
        byte[] enc = new String(Character.toChars(s.codePointAt(i)))
            .getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < enc.length; k++) {
          assertEquals(enc[k], input[(int) m[1] + k], "char " + i);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> chunks() {
    return Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(4);
  }

  @Test
  void malformedSequences_areCountedOncePerMaximalSubpart() {
    long[] malformed = new long[1];
    byte[] input = {'a', (byte) 0xE2, (byte) 0x80, 'b', (byte) 0xFF, (byte) 0xC3};
    assertEquals("a\uFFFDb\uFFFD\uFFFD",
        decode(input, List.of(2), new java.util.ArrayList<>(), malformed));
    assertEquals(3, malformed[0]);
  }
}

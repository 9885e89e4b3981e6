package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes in: charset choice, undecodable bytes, the streaming reader. */
class DecodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String FRENCH = "Les élèves ont été très étonnés de voir la forêt où ils "
      + "étaient allés à Noël, près du château, avec l’âne et les œufs. Ça leur a plu. ";

  @Test
  void validUtf8_isReadAsUtf8() {
    Cleaned c = Cleaner.defaults().clean(FRENCH.getBytes(StandardCharsets.UTF_8));
    assertEquals(FRENCH, c.text());
    assertEquals(StandardCharsets.UTF_8, c.report().charset().orElseThrow());
    assertEquals(CharsetSource.VALID_UTF8, c.report().charsetSource());
    assertEquals(-1, c.report().charsetConfidence());
  }

  @Test
  void byteOrderMark_namesTheCharset_andIsRemoved() {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "été".getBytes(StandardCharsets.UTF_8));
    Cleaned c = Cleaner.defaults().clean(utf8);
    assertEquals("été", c.text());
    assertEquals("\uFEFFété", c.raw());
    assertEquals(CharsetSource.BYTE_ORDER_MARK, c.report().charsetSource());
    assertEquals("été", c.rawSpan(0, 3).textIn(c.raw()));

    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "l’été".getBytes(StandardCharsets.UTF_16LE));
    Cleaned d = Cleaner.defaults().clean(utf16);
    assertEquals("l’été", d.text());
    assertEquals(StandardCharsets.UTF_16LE, d.report().charset().orElseThrow());
  }

  @Test
  void windows1252French_isDetected() {
    byte[] bytes = (FRENCH + "Il dit \u201Coui\u201D\u2026").repeat(3).getBytes(WINDOWS_1252);
    Cleaned c = Cleaner.defaults().clean(bytes);
    assertEquals((FRENCH + "Il dit \u201Coui\u201D\u2026").repeat(3), c.text());
    assertEquals(WINDOWS_1252, c.report().charset().orElseThrow());
    assertEquals(CharsetSource.DETECTED, c.report().charsetSource());
    assertTrue(c.report().charsetConfidence() > 0);
    assertEquals(0, c.report().count(Change.UNDECODABLE_BYTES_KEPT));
  }

  @Test
  void givenCharset_isUsedAndReported() {
    Cleaned c = Cleaner.defaults().clean("été".getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.ISO_8859_1);
    assertEquals("été", c.text());
    assertEquals(CharsetSource.GIVEN, c.report().charsetSource());
    assertEquals("charset ISO-8859-1 (given)", c.report().toString());
  }

  @Test
  void undecodableBytes_keptAsWindows1252Characters() {
    // A UTF-8 file with one Latin-1 "é" (0xE9) and one windows-1252 apostrophe (0x92).
    byte[] bytes = concat("caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, ' ',
        'l', (byte) 0x92}, "été".getBytes(StandardCharsets.UTF_8));
    Cleaned c = Cleaner.defaults().clean(bytes, StandardCharsets.UTF_8);
    assertEquals("café l’été", c.text());
    assertEquals(2, c.report().count(Change.UNDECODABLE_BYTES_KEPT));
    assertEquals(0, c.report().count(Change.UNDECODABLE_BYTES_REPLACED));
  }

  @Test
  void undecodableBytes_replacedAndCounted() {
    Cleaner replace = Cleaner.builder().undecodableBytes(Malformed.REPLACE).build();
    byte[] bytes = {'a', (byte) 0xC3, '(', 'b', (byte) 0xE2, (byte) 0x80};
    Cleaned c = replace.clean(bytes, StandardCharsets.UTF_8);
    assertEquals("a\uFFFD(b\uFFFD", c.text());
    assertEquals(3, c.report().count(Change.UNDECODABLE_BYTES_REPLACED));
    Cleaned kept = Cleaner.defaults().clean(bytes, StandardCharsets.UTF_8);
    assertEquals("aÃ(bâ€", kept.text());
    assertEquals(3, kept.report().count(Change.UNDECODABLE_BYTES_KEPT));
  }

  @Test
  void reader_detectsFromTheFirstBytes_andCountsLaterOnes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String block = FRENCH.repeat(600); // more than the 64 KiB the reader looks at first
    out.write(block.getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {' ', 'l', (byte) 0xE0, ' '}); // a Latin-1 "à" after the first 64 KiB
    StringBuilder text = new StringBuilder();
    DecodingReader r = Cleaner.defaults().reader(new ByteArrayInputStream(out.toByteArray()));
    try (r) {
      char[] buf = new char[1000];
      for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
        text.append(buf, 0, n);
      }
    }
    assertEquals(block + " là ", text.toString());
    assertEquals(StandardCharsets.UTF_8, r.charset());
    assertEquals(CharsetSource.VALID_UTF8, r.charsetSource());
    assertEquals(1, r.undecodableBytes());
    assertEquals(1, r.report().count(Change.UNDECODABLE_BYTES_KEPT));
  }

  @Test
  void sniffer_acceptsOnlyWellFormedUtf8() {
    byte[] good = "été €😀".getBytes(StandardCharsets.UTF_8);
    assertTrue(CharsetSniffer.isUtf8(good, good.length, true));
    assertEquals(false, CharsetSniffer.isUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 2, true)); // overlong
    assertEquals(false, CharsetSniffer.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3, true));
    byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
    assertEquals(false, CharsetSniffer.isUtf8(cut, 3, true));
    assertTrue(CharsetSniffer.isUtf8(cut, 3, false)); // the rest may follow
  }

  @Test
  void cp1252Table_roundTrips() {
    for (int b = 0; b < 256; b++) {
      assertEquals(b, Cp1252.byteOf(Cp1252.charOf(b)), "byte " + b);
      char jdk = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
      // The JDK has no character for the five undefined bytes; we keep Latin-1's.
      assertEquals(Cp1252.defines(b) ? jdk : (char) b, Cp1252.charOf(b), "byte " + b);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

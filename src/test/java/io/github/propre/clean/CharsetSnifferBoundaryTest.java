package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level rules of charset sniffing: byte order marks and RFC 3629's UTF-8 ranges. */
class CharsetSnifferBoundaryTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static boolean utf8(int... values) {
    return CharsetSniffer.isUtf8(bytes(values), values.length, true);
  }

  @Test
  void isUtf8_asciiAndTheLeadByteRanges() {
    assertTrue(utf8(0x41, 0x7F));
    assertFalse(utf8(0x80)); // a continuation byte cannot lead
    assertFalse(utf8(0xC1, 0xBF)); // overlong form of U+007F
    assertTrue(utf8(0xC2, 0x80)); // U+0080
    assertTrue(utf8(0xDF, 0xBF)); // U+07FF
    assertTrue(utf8(0xE0, 0xA0, 0x80)); // U+0800
    assertFalse(utf8(0xE0, 0x9F, 0xBF)); // overlong
    assertTrue(utf8(0xED, 0x9F, 0xBF)); // U+D7FF
    assertFalse(utf8(0xED, 0xA0, 0x80)); // a surrogate, U+D800
    assertTrue(utf8(0xEF, 0xBF, 0xBF)); // U+FFFF
    assertTrue(utf8(0xF0, 0x90, 0x80, 0x80)); // U+10000
    assertFalse(utf8(0xF0, 0x8F, 0xBF, 0xBF)); // overlong
    assertTrue(utf8(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF
    assertFalse(utf8(0xF4, 0x90, 0x80, 0x80)); // beyond U+10FFFF
    assertFalse(utf8(0xF5, 0x80, 0x80, 0x80));
  }

  @Test
  void isUtf8_continuationBytesMustLieIn80ToBF() {
    assertTrue(utf8(0xC3, 0xA9)); // é
    assertFalse(utf8(0xC3, 0x7F));
    assertFalse(utf8(0xC3, 0xC0));
    assertTrue(utf8(0xE2, 0x80, 0x99)); // ’
    assertFalse(utf8(0xE2, 0x80, 0x7F));
    assertFalse(utf8(0xE2, 0x80, 0xC0));
    assertTrue(utf8(0xE2, 0x80, 0xBF));
  }

  @Test
  void isUtf8_aSequenceCutAtTheEnd_countsOnlyWhenTheInputIsComplete() {
    byte[] cut = bytes(0x61, 0xE2, 0x80);
    assertFalse(CharsetSniffer.isUtf8(cut, 3, true));
    assertTrue(CharsetSniffer.isUtf8(cut, 3, false));
    // the length, not the array, bounds the bytes read
    byte[] whole = bytes(0x61, 0xC3, 0xA9);
    assertFalse(CharsetSniffer.isUtf8(whole, 2, true));
    assertTrue(CharsetSniffer.isUtf8(whole, 3, true));
    assertTrue(CharsetSniffer.isUtf8(whole, 1, true));
  }

  @Test
  void sniff_byteOrderMarksOfExactlyTheirLength() {
    CharsetSniffer.Guess utf8 = CharsetSniffer.sniff(bytes(0xEF, 0xBB, 0xBF), 3, true);
    assertEquals(StandardCharsets.UTF_8, utf8.charset());
    assertEquals(CharsetSource.BYTE_ORDER_MARK, utf8.source());
    CharsetSniffer.Guess be = CharsetSniffer.sniff(bytes(0xFE, 0xFF), 2, true);
    assertEquals(StandardCharsets.UTF_16BE, be.charset());
    assertEquals(CharsetSource.BYTE_ORDER_MARK, be.source());
    CharsetSniffer.Guess le = CharsetSniffer.sniff(bytes(0xFF, 0xFE), 2, true);
    assertEquals(StandardCharsets.UTF_16LE, le.charset());
    assertEquals(CharsetSource.BYTE_ORDER_MARK, le.source());
  }

  @Test
  void sniff_aMarkBeyondTheLength_isNotAMark() {
    // EF BB alone is not UTF-8 either, so the detector decides
    CharsetSniffer.Guess g = CharsetSniffer.sniff(bytes(0xEF, 0xBB, 0xBF), 2, true);
    assertEquals(CharsetSource.DETECTED, g.source());
    CharsetSniffer.Guess ascii = CharsetSniffer.sniff(bytes(0x61, 0xFE, 0xFF), 1, true);
    assertEquals(CharsetSource.VALID_UTF8, ascii.source());
  }

  @Test
  void sniff_validUtf8_withoutAMark() {
    byte[] b = "L’été à Noël".getBytes(StandardCharsets.UTF_8);
    CharsetSniffer.Guess g = CharsetSniffer.sniff(b, b.length, true);
    assertEquals(StandardCharsets.UTF_8, g.charset());
    assertEquals(CharsetSource.VALID_UTF8, g.source());
    assertEquals(-1, g.confidence());
  }

  @Test
  void sniff_frenchLatin1_isReadAsWindows1252() {
    String text = "L'été dernier, à Orléans, les élèves ont étudié la géographie et l'histoire "
        + "de la région. Où est passé le garçon ? Déjà parti, hélas, très loin d'ici.";
    byte[] b = text.getBytes(CharsetSniffer.WINDOWS_1252);
    CharsetSniffer.Guess g = CharsetSniffer.sniff(b, b.length, true);
    assertEquals(CharsetSniffer.WINDOWS_1252, g.charset());
    assertEquals(CharsetSource.DETECTED, g.source());
    assertTrue(g.confidence() > 0, "confidence " + g.confidence());
  }

  @Test
  void sniff_utf16WithoutMark_isDetectedOnlyBecauseOfItsNulBytes() {
    String text = "Bonjour à tous, voici un texte en français assez long pour la détection.";
    byte[] b = text.getBytes(StandardCharsets.UTF_16LE);
    CharsetSniffer.Guess g = CharsetSniffer.sniff(b, b.length, true);
    assertEquals(StandardCharsets.UTF_16LE, g.charset());
    assertEquals(CharsetSource.DETECTED, g.source());
  }

  private static CharsetSniffer.Guess sniff1252(String text) {
    byte[] b = text.getBytes(CharsetSniffer.WINDOWS_1252);
    return CharsetSniffer.sniff(b, b.length, true);
  }

  @Test
  void sniff_utf16ProposedForLatinBytesWithoutNul_isRefused() {
    // ICU proposes only UTF-16LE and UTF-16BE for these five bytes (no NUL among them)
    CharsetSniffer.Guess g = sniff1252("où ça");
    assertEquals(CharsetSniffer.WINDOWS_1252, g.charset());
    assertEquals(CharsetSource.DETECTED, g.source());
    assertEquals(0, g.confidence());
    // ICU proposes UTF-8 for the single byte E0, which is not valid UTF-8
    assertEquals(CharsetSniffer.WINDOWS_1252, sniff1252("à").charset());
  }

  @Test
  void sniff_latin1Match_keepsIcusConfidence() {
    String text = "Noël à Orléans";
    com.ibm.icu.text.CharsetDetector d = new com.ibm.icu.text.CharsetDetector();
    d.setText(text.getBytes(CharsetSniffer.WINDOWS_1252));
    com.ibm.icu.text.CharsetMatch best = d.detect();
    assertEquals("ISO-8859-1", best.getName());
    CharsetSniffer.Guess g = sniff1252(text);
    assertEquals(CharsetSniffer.WINDOWS_1252, g.charset());
    assertEquals(best.getConfidence(), g.confidence());
    assertTrue(g.confidence() > 0);
  }
}

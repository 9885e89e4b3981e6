package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.propre.text.MappedText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoding repair at the limits of UTF-8's byte ranges and of its plausibility classes. */
class EncodingRepairBoundaryTest {

  /** Returns the windows-1252 reading of the UTF-8 bytes of {@code cp}: what mojibake shows for it. */
  static String mojibake(int cp) {
    StringBuilder sb = new StringBuilder();
    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
      sb.append(Cp1252.charOf(b & 0xFF));
    }
    return sb.toString();
  }

  /** Returns the raw bytes as characters, one per byte (Latin-1 / windows-1252 reading). */
  static String chars(int... bytes) {
    StringBuilder sb = new StringBuilder();
    for (int b : bytes) {
      sb.append(Cp1252.charOf(b));
    }
    return sb.toString();
  }

  private static String repair(String text) {
    MappedText m = new EncodingRepairStep().apply(text, new Tally());
    return m == null ? text : m.text();
  }

  private static void assertSequence(int cp, int length, String text) {
    long seq = EncodingRepairStep.sequenceAt(text, 0);
    assertEquals(cp, EncodingRepairStep.codePoint(seq), text);
    assertEquals(length, EncodingRepairStep.length(seq), text);
  }

  @Test
  void sequenceAt_leadAndContinuationRanges() {
    assertSequence(0x80, 2, chars(0xC2, 0x80));
    assertSequence(0x7FF, 2, chars(0xDF, 0xBF));
    assertSequence(0x800, 3, chars(0xE0, 0xA0, 0x80));
    assertSequence(0xD7FF, 3, chars(0xED, 0x9F, 0xBF));
    assertSequence(0xE000, 3, chars(0xEE, 0x80, 0x80));
    assertSequence(0xFFFF, 3, chars(0xEF, 0xBF, 0xBF));
    assertSequence(0x10000, 4, chars(0xF0, 0x90, 0x80, 0x80));
    assertSequence(0x10FFFF, 4, chars(0xF4, 0x8F, 0xBF, 0xBF));
    assertSequence(0xE9, 2, "Ã©");
  }

  @Test
  void sequenceAt_rejectsOverlongSurrogatesAndBeyondUnicode() {
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xC1, 0xBF), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xE0, 0x9F, 0xBF), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xED, 0xA0, 0x80), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xED, 0xBF, 0xBF), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xF0, 0x8F, 0xBF, 0xBF), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xF4, 0x90, 0x80, 0x80), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xF5, 0x80, 0x80, 0x80), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xC3, 0x7F), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt(chars(0xC3, 0xC0), 0));
    assertEquals(-1, EncodingRepairStep.sequenceAt("é", 0)); // not a lead of anything
  }

  @Test
  void sequenceAt_cutByTheEndOfTheText() {
    assertEquals(-1, EncodingRepairStep.sequenceAt("cafÃ", 3));
    assertEquals(-1, EncodingRepairStep.sequenceAt("â€", 0));
    assertSequence(0x2019, 3, "â€™");
    assertEquals(0xE9, EncodingRepairStep.codePoint(EncodingRepairStep.sequenceAt("cafÃ©", 3)));
  }

  @Test
  void mayRepairAt_rejectsIpaModifiersAndPrivateUse() {
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x17F), 0)); // ſ, Latin Extended-A
    assertFalse(EncodingRepairStep.mayRepairAt(mojibake(0x180), 0)); // ƀ, Latin Extended-B
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x192), 0)); // ƒ
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x2C6), 0)); // ˆ
    assertFalse(EncodingRepairStep.mayRepairAt(mojibake(0x2C7), 0)); // ˇ
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x2DC), 0)); // ˜
    assertFalse(EncodingRepairStep.mayRepairAt(mojibake(0x2FF), 0));
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x300), 0)); // combining grave
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x36F), 0));
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0x370), 0)); // Greek and Coptic
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0xD7FF), 0));
    assertFalse(EncodingRepairStep.mayRepairAt(mojibake(0xE000), 0)); // private use
    assertFalse(EncodingRepairStep.mayRepairAt(mojibake(0xF8FF), 0));
    assertTrue(EncodingRepairStep.mayRepairAt(mojibake(0xF900), 0)); // CJK compatibility
  }

  @Test
  void mayRepairAt_euroSignAfterALowerCaseCircumflex() {
    assertTrue(EncodingRepairStep.mayRepairAt("xâ€", 1));
    assertFalse(EncodingRepairStep.mayRepairAt("xâ", 1));
    assertFalse(EncodingRepairStep.mayRepairAt("xâ.", 1));
  }

  @Test
  void repair_acceptsAloneOnlyTheListedRanges() {
    assertEquals("un ſ seul", repair("un " + mojibake(0x17F) + " seul"));
    assertEquals("\u03B1, \u03C0, \u03C9", repair(mojibake(0x391 + 0x20) + ", " + mojibake(0x3C0) + ", " + mojibake(0x3C9)));
    assertEquals("\u0391", repair(mojibake(0x391)));
    // ΐ (U+0390) and ϊ (U+03CA) lie just outside the Greek letters accepted alone
    assertEquals(mojibake(0x390), repair(mojibake(0x390)));
    assertEquals(mojibake(0x3CA), repair(mojibake(0x3CA)));
    assertEquals("\u2010 \u27BF", repair(mojibake(0x2010) + " " + mojibake(0x27BF)));
    assertEquals(mojibake(0x27C0), repair(mojibake(0x27C0)));
    assertEquals("\u1E00\u1EFF\uFB00\uFB06\uFB01", repair(mojibake(0x1E00) + mojibake(0x1EFF) + mojibake(0xFB00) + mojibake(0xFB06)
        + mojibake(0xFB01)));
    assertEquals("x\uFE00\uFE0F\uFEFF\uFFFD", repair("x" + mojibake(0xFE00) + mojibake(0xFE0F)
        + mojibake(0xFEFF) + mojibake(0xFFFD)));
    assertEquals(new String(Character.toChars(0x1F000)) + " " + new String(Character.toChars(0x1FAFF)), repair(mojibake(0x1F000) + " " + mojibake(0x1FAFF)));
    assertEquals(mojibake(0x1FB00), repair(mojibake(0x1FB00)));
  }

  @Test
  void formsSequence_onlyWhenTheWrittenCharTakesPart() {
    assertTrue(EncodingRepairStep.formsSequence("Ã", "’", "")); // Ã’ reads as Ò
    assertTrue(EncodingRepairStep.formsSequence("Â", "€", "")); // U+0080
    assertTrue(EncodingRepairStep.formsSequence("", "Ã", "©"));
    assertFalse(EncodingRepairStep.formsSequence("a", "’", ""));
    assertFalse(EncodingRepairStep.formsSequence("Ã", "x", ""));
    // a candidate that ends where the written chars start is none of theirs
    assertFalse(EncodingRepairStep.formsSequence("Ã©", "«", ""));
  }

  private static String spaced(int... cps) {
    StringBuilder sb = new StringBuilder("x");
    for (int cp : cps) {
      sb.append(' ').append(mojibake(cp));
    }
    return sb.toString();
  }

  @Test
  void repair_firstAndLastCodePointsOfEachRangeAcceptedAlone() {
    int[] accepted = {0x2000, 0x27BF, 0x1E00, 0x1EFF, 0xFB00, 0xFB06, 0xFE00, 0xFE0F, 0xFEFF, 0xFFFD};
    for (int cp : accepted) {
      assertEquals("x " + new String(Character.toChars(cp)) + " y", repair(spaced(cp) + " y"),
          Integer.toHexString(cp));
    }
    // just outside: other scripts and symbols wait for a neighbouring candidate
    int[] waiting = {0x1FFF, 0x27C0, 0x1DFF, 0x1F00, 0xFAFF, 0xFB07, 0xFDFF, 0xFE10, 0xFEFE, 0xFFFC};
    for (int cp : waiting) {
      assertEquals(spaced(cp) + " y", repair(spaced(cp) + " y"), Integer.toHexString(cp));
    }
  }

  @Test
  void repair_c1ControlsAtTheEndsOfTheirRange() {
    assertEquals("5€ net", repair("5\u0080 net"));
    assertEquals("xŸ", repair("x\u009F"));
    assertEquals("x\u00A0", repair("x\u00A0"));
  }

  @Test
  void repair_nextLineIsAnEllipsisOnlyWhenOtherControlsShowWindowsText() {
    assertEquals("Été.\u0085Suite", repair("Été.\u0085Suite"));
    assertEquals("x\u0081 fin.\u0085Suite", repair("x\u0081 fin.\u0085Suite"));
    assertEquals("prix€ fin.…Suite", repair("prix\u0080 fin.\u0085Suite"));
    assertEquals("Ÿ fin.…Suite", repair("\u009F fin.\u0085Suite"));
  }

  @Test
  void repair_rightQuoteWhoseLastByteWasLost() {
    assertEquals("Il a dit “oui”", repair("Il a dit â€œouiâ€?"));
    assertEquals("oui”", repair("ouiâ€\uFFFD"));
    assertEquals("fin â€", repair("fin â€"));
  }

  @Test
  void repair_undoesAtMostEightLayers() {
    String text = "l’été";
    String layered = text;
    for (int k = 0; k < 8; k++) {
      layered = encodeOnce(layered);
    }
    assertEquals(text, repair(layered));
    assertEquals(encodeOnce(text), repair(encodeOnce(layered)));
  }

  private static String encodeOnce(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      sb.append(Cp1252.charOf(b & 0xFF));
    }
    return sb.toString();
  }
}

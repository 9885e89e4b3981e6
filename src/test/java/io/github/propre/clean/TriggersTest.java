package io.github.propre.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.Test;

/**
 * The trigger table agrees, char by char, with what each step looks at; the scan finds the right
 * bits and first positions.
 */
class TriggersTest {

  @Test
  void table_marksExactlyTheCharsEachStepLooksAt() {
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      int t = Triggers.of(c);
      String at = String.format("U+%04X", i);
      assertEquals(Character.isSurrogate(c), has(t, Triggers.SURROGATE), at);
      assertEquals(c == '&', has(t, Triggers.AMPERSAND), at);
      boolean invisible = (c < 0x20 && c != '\t' && !Chars.isLineBreak(c)) || c == 0x7F
          || InvisiblesStep.isAlwaysInvisible(c) || c == '\u200C' || c == '\u200D';
      assertEquals(invisible, has(t, Triggers.INVISIBLE), at);
      assertEquals(c >= 0x80 && c <= 0x9F, has(t, Triggers.C1), at);
      assertEquals(c == '\u00AD', has(t, Triggers.SOFT_HYPHEN), at);
      assertEquals(c >= '\uFB00' && c <= '\uFB06', has(t, Triggers.LIGATURE), at);
      assertEquals(Chars.isLineBreak(c) && c != '\n', has(t, Triggers.LINE_BREAK), at);
      assertEquals(QuoteStep.isMarkChar(c), has(t, Triggers.QUOTE_MARK), at);
      assertEquals(c == '\'', has(t, Triggers.STRAIGHT_APOSTROPHE), at);
      assertEquals(c == '\u2019', has(t, Triggers.CURLY_APOSTROPHE), at);
      assertEquals(ApostropheStep.isLookAlike(c) && c != '\'' && c != '\u2019',
          has(t, Triggers.OTHER_APOSTROPHE), at);
      assertEquals(";!?:«»".indexOf(c) >= 0, has(t, Triggers.FRENCH_PUNCTUATION), at);
      assertEquals(Chars.isOtherSpace(c), has(t, Triggers.OTHER_SPACE), at);
      int b = Cp1252.byteOf(c);
      assertEquals(b >= 0xC2 && b <= 0xF4, has(t, Triggers.LEAD), at);
      assertEquals(b >= 0x80 && b <= 0xBF, has(t, Triggers.CONT), at);
      if (!Character.isSurrogate(c)) {
        boolean nfc = c >= 0x300 && (UCharacter.getCombiningClass(c) != 0
            || UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) != 1);
        assertEquals(nfc, has(t, Triggers.NFC), at);
      }
    }
  }

  @Test
  void table_marksTheHighSurrogatesOfEveryCodePointNfcCanChange() {
    for (int cp = 0x10000; cp <= 0x10FFFF; cp++) {
      if (UCharacter.getCombiningClass(cp) != 0
          || UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) != 1) {
        assertTrue(has(Triggers.of(Character.highSurrogate(cp)), Triggers.NFC),
            String.format("U+%X", cp));
      }
    }
    // The emoji block has none: an emoji does not send the text through NFC.
    assertFalse(has(Triggers.of("😀".charAt(0)), Triggers.NFC));
  }

  @Test
  void scan_findsBitsAndFirstPositions() {
    Scan s = Scan.of("ab'c\u200Bd'e",
        Triggers.STRAIGHT_APOSTROPHE | Triggers.INVISIBLE | Triggers.LIGATURE);
    assertTrue(s.has(Triggers.STRAIGHT_APOSTROPHE));
    assertTrue(s.has(Triggers.INVISIBLE));
    assertFalse(s.has(Triggers.LIGATURE));
    assertEquals(2, s.first(Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(4, s.first(Triggers.INVISIBLE));
    assertEquals(2, s.first(Triggers.STRAIGHT_APOSTROPHE | Triggers.INVISIBLE));
    assertEquals(2, s.next(0, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(6, s.next(3, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(-1, s.next(7, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(4, s.next(0, Triggers.INVISIBLE)); // the list holds both kinds
    assertEquals(6, s.next(5, Triggers.STRAIGHT_APOSTROPHE | Triggers.INVISIBLE));
  }

  @Test
  void scan_presumesWhatItDidNotLookForEverywhere() {
    Scan s = Scan.of("l'été", Triggers.INVISIBLE);
    assertFalse(s.has(Triggers.INVISIBLE));
    assertTrue(s.has(Triggers.STRAIGHT_APOSTROPHE)); // not looked for: may be there
    assertEquals(0, s.first(Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(1, s.next(0, Triggers.STRAIGHT_APOSTROPHE)); // found in the text, not the list
    assertTrue(s.has(Triggers.ANY_TEXT));
  }

  @Test
  void scan_mojibakeNeedsASequenceTheRepairMayAccept() {
    int wanted = Triggers.MOJIBAKE;
    assertFalse(Scan.of("allé» et voilà\u00A0!", wanted).has(Triggers.MOJIBAKE));
    // "Ç’" spells U+01D2, which the repair never accepts.
    assertFalse(Scan.of("Ç’a été", wanted).has(Triggers.MOJIBAKE));
    Scan s = Scan.of("un cafÃ©", wanted);
    assertTrue(s.has(Triggers.MOJIBAKE));
    assertEquals(6, s.first(Triggers.MOJIBAKE));
    assertTrue(Scan.of("â€?", wanted).has(Triggers.MOJIBAKE)); // a lost 0x9D byte
    assertTrue(Scan.of("ä¸\u00ADæ–‡", wanted).has(Triggers.MOJIBAKE));
  }

  @Test
  void scan_listsUpToACap_thenStepsScanTheText() {
    String raw = "l'a ".repeat(5000) + "x'y";
    Scan s = Scan.of(raw, Triggers.STRAIGHT_APOSTROPHE);
    assertEquals(1, s.next(0, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(20001, s.next(19998, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(-1, s.next(20002, Triggers.STRAIGHT_APOSTROPHE));
  }

  @Test
  void scan_goingBackFindsEarlierPositionsAgain() {
    Scan s = Scan.of("'a'b'c", Triggers.STRAIGHT_APOSTROPHE);
    assertEquals(4, s.next(3, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(0, s.next(0, Triggers.STRAIGHT_APOSTROPHE));
    assertEquals(2, s.next(1, Triggers.STRAIGHT_APOSTROPHE));
  }

  @Test
  void fullScan_claimsEverythingEverywhere() {
    Scan s = Scan.full("abc");
    assertTrue(s.has(Triggers.LIGATURE));
    assertEquals(0, s.first(Triggers.LIGATURE));
    assertEquals(1, s.next(1, Triggers.LIGATURE));
    assertEquals(-1, s.next(3, Triggers.LIGATURE));
  }

  private static boolean has(int bits, int bit) {
    return (bits & bit) != 0;
  }
}

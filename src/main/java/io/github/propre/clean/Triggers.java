package io.github.propre.clean;

import com.ibm.icu.text.UnicodeSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says, for every UTF-16 char, which cleaning steps it may concern: one table lookup per char
 * tells a {@link Scan} which steps can skip a text altogether.
 *
 * <p>Each bit stands for the characters one step acts on (or a superset of them): a step whose
 * bits no char of a text carries changes nothing in it and counts nothing (see {@link
 * Step#triggers()}). Two bits are not triggers but halves of one: {@link #LEAD} and {@link #CONT}
 * mark the windows-1252 characters of UTF-8 lead and continuation bytes, and a lead followed by a
 * continuation is what the encoding repair looks for ({@link #MOJIBAKE}, found by the scan).
 */
final class Triggers {
  private Triggers() {}

  /** UTF-16 surrogates, paired or not. */
  static final int SURROGATE = 1;
  /** {@code &}, which starts an HTML character reference. */
  static final int AMPERSAND = 1 << 1;
  /** What {@link InvisiblesStep} removes: C0 controls other than tab and line breaks, DEL, zero-width characters. */
  static final int INVISIBLE = 1 << 2;
  /** C1 controls U+0080..U+009F (U+0085 included: the repair may read it as an ellipsis). */
  static final int C1 = 1 << 3;
  /** U+00AD SOFT HYPHEN. */
  static final int SOFT_HYPHEN = 1 << 4;
  /** The Latin ligatures U+FB00..U+FB06. */
  static final int LIGATURE = 1 << 5;
  /**
   * Chars of code points whose NFC quick check is not YES or whose combining class is not 0 (for a
   * high surrogate: one of the 1024 code points it starts): the only places NFC can change text.
   */
  static final int NFC = 1 << 6;
  /** Line breaks other than {@code \n}: {@code \r}, VT, FF, U+0085, U+2028, U+2029. */
  static final int LINE_BREAK = 1 << 7;
  /** Quote marks {@link QuoteStep} reads: {@code " “ „ ” < > « »}. */
  static final int QUOTE_MARK = 1 << 8;
  /** {@code '} U+0027. */
  static final int STRAIGHT_APOSTROPHE = 1 << 9;
  /** {@code ’} U+2019. */
  static final int CURLY_APOSTROPHE = 1 << 10;
  /** The other apostrophe look-alikes: {@code ʼ ‘ ` ´ ′}. */
  static final int OTHER_APOSTROPHE = 1 << 11;
  /** What French spacing puts a no-break space next to: {@code ; ! ? : « »}. */
  static final int FRENCH_PUNCTUATION = 1 << 12;
  /** Spaces other than U+0020 and tab (no-break and typographic spaces). */
  static final int OTHER_SPACE = 1 << 13;
  /** Chars standing for a UTF-8 lead byte C2..F4 in windows-1252 or Latin-1 ({@code Ã}, {@code â}, {@code é}...). */
  static final int LEAD = 1 << 14;
  /** Chars standing for a UTF-8 continuation byte 80..BF in windows-1252 or Latin-1. */
  static final int CONT = 1 << 15;

  /** A lead char followed by a continuation char (computed by the scan, not in the table). */
  static final int LEAD_THEN_CONT = 1 << 16;
  /** A lead char starting a UTF-8 sequence the repair may accept, or {@code â€}: what it can change. */
  static final int MOJIBAKE = 1 << 17;
  /** Any text at all: for steps that no single character rules out (trimming, collapsing). */
  static final int ANY_TEXT = 1 << 18;

  /** The bits that belong to single chars, whose positions a scan can list. */
  static final int PER_CHAR = (1 << 14) - 1;

  private static final char[] TABLE = build();
  private static final Map<Integer, byte[]> STOPS = new ConcurrentHashMap<>();

  /** Returns the bits of {@code c}. */
  static int of(char c) {
    return TABLE[c];
  }

  /** Returns the table itself, for the scan. */
  static char[] table() {
    return TABLE;
  }

  /**
   * Returns a table holding 1 for the chars with one of {@code bits}, 0 for the others: the
   * smallest loop for a scan that looks for those bits. Made once per set of bits (a cleaner
   * configuration needs one or two).
   */
  static byte[] stops(int bits) {
    return STOPS.computeIfAbsent(bits, b -> {
      byte[] s = new byte[65536];
      for (int c = 0; c < 65536; c++) {
        s[c] = (byte) ((TABLE[c] & b) != 0 ? 1 : 0);
      }
      return s;
    });
  }

  private static char[] build() {
    char[] t = new char[65536];
    set(t, '\uD800', '\uDFFF', SURROGATE);
    set(t, '&', '&', AMPERSAND);
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && !Chars.isLineBreak(c)) {
        set(t, c, c, INVISIBLE);
      }
    }
    set(t, '\u007F', '\u007F', INVISIBLE);
    set(t, '\u200B', '\u200D', INVISIBLE);
    set(t, '\u2060', '\u2064', INVISIBLE);
    set(t, '\u206A', '\u206F', INVISIBLE);
    set(t, '\uFEFF', '\uFEFF', INVISIBLE);
    set(t, '\u180E', '\u180E', INVISIBLE);
    set(t, '\u0080', '\u009F', C1);
    set(t, '\u00AD', '\u00AD', SOFT_HYPHEN);
    set(t, '\uFB00', '\uFB06', LIGATURE);
    for (char c : "\r\u000B\f\u0085\u2028\u2029".toCharArray()) {
      set(t, c, c, LINE_BREAK);
    }
    for (char c : "\"“„”<>«»".toCharArray()) {
      set(t, c, c, QUOTE_MARK);
    }
    set(t, '\'', '\'', STRAIGHT_APOSTROPHE);
    set(t, '\u2019', '\u2019', CURLY_APOSTROPHE);
    for (char c : "ʼ‘`´′".toCharArray()) {
      set(t, c, c, OTHER_APOSTROPHE);
    }
    for (char c : ";!?:«»".toCharArray()) {
      set(t, c, c, FRENCH_PUNCTUATION);
    }
    for (int c = 0; c < 65536; c++) {
      if (Chars.isOtherSpace((char) c)) {
        t[c] |= OTHER_SPACE;
      }
      int b = Cp1252.byteOf((char) c);
      if (b >= 0xC2 && b <= 0xF4) {
        t[c] |= LEAD;
      } else if (b >= 0x80 && b <= 0xBF) {
        t[c] |= CONT;
      }
    }
    // NfcStep treats everything below U+0300 as a starter and asks ICU about the rest.
    UnicodeSet nfc = new UnicodeSet("[[:NFC_Quick_Check=No:][:NFC_Quick_Check=Maybe:]"
        + "[:^Canonical_Combining_Class=0:]]").freeze();
    for (int r = 0; r < nfc.getRangeCount(); r++) {
      int start = Math.max(nfc.getRangeStart(r), 0x300);
      int end = nfc.getRangeEnd(r);
      for (int cp = start; cp <= end; cp++) {
        if (cp < 0x10000) {
          if (!Character.isSurrogate((char) cp)) {
            t[cp] |= NFC;
          }
        } else {
          // Every high surrogate that can start such a code point; skip to the next one.
          char high = Character.highSurrogate(cp);
          t[high] |= NFC;
          cp = Character.toCodePoint(high, '\uDFFF');
        }
      }
    }
    return t;
  }

  private static void set(char[] t, char from, char to, int bit) {
    for (int c = from; c <= to; c++) {
      t[c] |= bit;
    }
  }
}

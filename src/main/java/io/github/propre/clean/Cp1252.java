package io.github.propre.clean;

/**
 * The windows-1252 code page: the characters of bytes 0x80 to 0x9F, and the byte of every
 * character the code page can write. Latin-1 fills in the five bytes windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D), as the WHATWG encoding standard does.
 */
final class Cp1252 {
  private Cp1252() {}

  // Bytes 0x80..0x9F.
  private static final String HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
      + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  /** Returns the character windows-1252 gives byte {@code b} (0..255), Latin-1's where it has none. */
  static char charOf(int b) {
    return b >= 0x80 && b < 0xA0 ? HIGH.charAt(b - 0x80) : (char) b;
  }

  /** Returns true if windows-1252 defines byte {@code b} (it leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D out). */
  static boolean defines(int b) {
    return !(b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D);
  }

  /**
   * Returns the byte that stands for {@code c} in windows-1252 or Latin-1, or -1 if neither can
   * write it. C1 controls count as the Latin-1 bytes they are.
   */
  static int byteOf(char c) {
    if (c < 0x100) {
      return c;
    }
    switch (c) {
      case '\u20AC': return 0x80;
      case '\u201A': return 0x82;
      case '\u0192': return 0x83;
      case '\u201E': return 0x84;
      case '\u2026': return 0x85;
      case '\u2020': return 0x86;
      case '\u2021': return 0x87;
      case '\u02C6': return 0x88;
      case '\u2030': return 0x89;
      case '\u0160': return 0x8A;
      case '\u2039': return 0x8B;
      case '\u0152': return 0x8C;
      case '\u017D': return 0x8E;
      case '\u2018': return 0x91;
      case '\u2019': return 0x92;
      case '\u201C': return 0x93;
      case '\u201D': return 0x94;
      case '\u2022': return 0x95;
      case '\u2013': return 0x96;
      case '\u2014': return 0x97;
      case '\u02DC': return 0x98;
      case '\u2122': return 0x99;
      case '\u0161': return 0x9A;
      case '\u203A': return 0x9B;
      case '\u0153': return 0x9C;
      case '\u017E': return 0x9E;
      case '\u0178': return 0x9F;
      default: return -1;
    }
  }
}
